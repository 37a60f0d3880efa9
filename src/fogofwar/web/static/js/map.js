/* The map page: Natural Earth outlines (served by the app), incidents as clustered
   markers coloured by status and sized by independent sources, filtered in the browser.
   Every text from the store goes into the page as textContent, never as HTML. */
(function () {
  'use strict';

  var DAY = 86400000;
  var el = document.getElementById('map');
  var countEl = document.getElementById('map-count');
  if (typeof L === 'undefined' || typeof topojson === 'undefined') {
    countEl.textContent = 'The map library is not installed (run make setup).';
    return;
  }

  var map = L.map(el, { worldCopyJump: true, minZoom: 2, maxZoom: 14 }).setView([49, 32], 5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Outlines: Natural Earth');
  map.createPane('basemap').style.zIndex = 200;
  map.createPane('admin1').style.zIndex = 250;

  function getJSON(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) { throw new Error(url + ': HTTP ' + r.status); }
      return r.json();
    });
  }

  var basemap = getJSON('/basemap/countries.json').then(function (topo) {
    var obj = topo.objects.countries;
    L.geoJSON(topojson.feature(topo, obj), {
      pane: 'basemap', interactive: false,
      style: { stroke: false, fill: true, fillColor: '#f3efe6', fillOpacity: 1 }
    }).addTo(map);
    L.geoJSON(topojson.mesh(topo, obj, function (a, b) { return a !== b; }), {
      pane: 'basemap', interactive: false,
      style: { color: '#6b7280', weight: 1.2, fill: false }
    }).addTo(map);
  });

  function drawAdmin1(countries) {
    countries.slice(0, 8).forEach(function (cc) {
      getJSON('/basemap/admin1/' + encodeURIComponent(cc) + '.json').then(function (fc) {
        L.geoJSON(fc, {
          pane: 'admin1', interactive: false,
          style: { color: '#9ca3af', weight: 0.7, dashArray: '3 3', fill: false }
        }).addTo(map);
      }).catch(function () { /* outlines are context only */ });
    });
  }

  var clusters = L.markerClusterGroup({
    showCoverageOnHover: false, maxClusterRadius: 40, spiderfyOnMaxZoom: true,
    iconCreateFunction: function (cluster) {
      var kids = cluster.getAllChildMarkers(), disputed = 0;
      kids.forEach(function (m) { if (m.options.status === 'disputed') { disputed += 1; } });
      var size = kids.length < 10 ? 'small' : (kids.length < 100 ? 'medium' : 'large');
      return L.divIcon({
        html: '<div><span>' + kids.length + '</span></div>',
        className: 'marker-cluster marker-cluster-' + size + (disputed ? ' has-disputed' : ''),
        iconSize: L.point(40, 40)
      });
    }
  }).addTo(map);

  function radius(n) { return Math.round(14 + 8 * Math.sqrt(Math.max(n, 1) - 1)); }

  function markerFor(f) {
    var p = f.properties, c = f.geometry.coordinates, d = radius(p.independent);
    var m = L.marker([c[1], c[0]], {
      icon: L.divIcon({ className: 'inc-marker st-' + p.status, iconSize: [d, d] }),
      title: p.title, alt: p.title, keyboard: true, status: p.status
    });
    var tip = document.createElement('div');
    var t = document.createElement('strong'); t.textContent = p.title; tip.appendChild(t);
    var meta = document.createElement('div');
    meta.textContent = p.status + ' · grade ' + p.grade + ' · ' + (p.time || 'undated') +
      ' · ' + p.independent + ' independent source(s)';
    tip.appendChild(meta);
    m.bindTooltip(tip, { direction: 'top' });
    m.on('add', function () {
      var e = m.getElement();
      if (e) { e.setAttribute('data-id', p.id); }
    });
    m.on('click', function () {
      window.location.href = '/incidents/' + encodeURIComponent(p.id);
    });
    return m;
  }

  var form = document.getElementById('filters');
  var sel = {
    type: document.getElementById('f-type'), grade: document.getElementById('f-grade'),
    side: document.getElementById('f-side'), source: document.getElementById('f-source'),
    admin1: document.getElementById('f-admin1'), since: document.getElementById('f-since'),
    until: document.getElementById('f-until'), slider: document.getElementById('f-slider'),
    out: document.getElementById('f-slider-out'), window: document.getElementById('f-window')
  };

  function fill(select, values) {
    values.forEach(function (v) {
      var o = document.createElement('option');
      o.value = v[0]; o.textContent = v[1];
      select.appendChild(o);
    });
  }
  function uniq(list) { return Array.from(new Set(list)).sort(); }
  function iso(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function ms(s) { return Date.parse(s + 'T00:00:00Z'); }

  var items = [], total = 0, unplaced = 0, minDay = null, maxDay = null;

  function admin1Key(p) { return p.admin1 ? p.admin1 + ' (' + (p.country || '?') + ')' : ''; }

  function visible(p, f) {
    if (f.statuses.indexOf(p.status) < 0) { return false; }
    if (f.type && p.event_type !== f.type) { return false; }
    if (f.grade && !(p.grade <= f.grade)) { return false; }
    if (f.side && p.sides.indexOf(f.side) < 0) { return false; }
    if (f.source && p.sources.indexOf(f.source) < 0) { return false; }
    if (f.admin1 && admin1Key(p) !== f.admin1) { return false; }
    if (f.since && p.last && p.last < f.since) { return false; }
    if (f.until && p.first && p.first > f.until) { return false; }
    return true;
  }

  function current() {
    var statuses = Array.prototype.map.call(
      form.querySelectorAll('input[name=status]:checked'), function (i) { return i.value; });
    return {
      statuses: statuses, type: sel.type.value, grade: sel.grade.value ? +sel.grade.value : 0,
      side: sel.side.value, source: sel.source.value, admin1: sel.admin1.value,
      since: sel.since.value, until: sel.until.value
    };
  }

  function redraw() {
    var f = current(), shown = [];
    items.forEach(function (it) { if (visible(it.f.properties, f)) { shown.push(it.m); } });
    clusters.clearLayers();
    clusters.addLayers(shown);
    countEl.textContent = shown.length + ' of ' + total + ' incidents shown' +
      (unplaced ? ' (' + unplaced + ' without a place are not on the map)' : '');
    el.setAttribute('data-shown', String(shown.length));
  }

  function fromSlider() {
    if (minDay === null) { return; }
    var end = minDay + (+sel.slider.value) * DAY, win = +sel.window.value;
    sel.until.value = iso(end);
    sel.since.value = win ? iso(end - (win - 1) * DAY) : '';
    sel.out.textContent = win ? sel.since.value + ' – ' + sel.until.value : 'up to ' + sel.until.value;
    redraw();
  }

  // Filters given in the URL (?since=&until=&type=&status=&grade=&side=&source=&admin1=),
  // as the timeline's bars link here.
  function fromURL() {
    var q = new URLSearchParams(window.location.search);
    ['since', 'until'].forEach(function (k) { if (q.get(k)) { sel[k].value = q.get(k); } });
    ['type', 'grade', 'side', 'source', 'admin1'].forEach(function (k) {
      var v = q.get(k);
      if (v && Array.prototype.some.call(sel[k].options, function (o) { return o.value === v; })) {
        sel[k].value = v;
      }
    });
    var st = q.getAll('status');
    if (st.length) {
      Array.prototype.forEach.call(form.querySelectorAll('input[name=status]'), function (i) {
        i.checked = st.indexOf(i.value) >= 0;
      });
    }
  }

  form.addEventListener('change', function (e) {
    if (e.target === sel.slider || e.target === sel.window) { fromSlider(); } else { redraw(); }
  });
  sel.slider.addEventListener('input', fromSlider);
  form.addEventListener('reset', function () {
    window.setTimeout(function () { sel.out.textContent = ''; redraw(); }, 0);
  });

  Promise.all([getJSON('/map/incidents.geojson'), basemap.catch(function () { return null; })])
    .then(function (res) {
      var fc = res[0];
      unplaced = fc.unplaced || 0;
      total = fc.features.length + unplaced;
      items = fc.features.map(function (f) { return { f: f, m: markerFor(f) }; });
      var props = fc.features.map(function (f) { return f.properties; });
      fill(sel.type, uniq(props.map(function (p) { return p.event_type; })).map(function (v) { return [v, v]; }));
      fill(sel.side, uniq([].concat.apply([], props.map(function (p) { return p.sides; })))
        .map(function (v) { return [v, v === 'none' ? 'no side stated' : v]; }));
      fill(sel.source, uniq([].concat.apply([], props.map(function (p) { return p.sources; })))
        .map(function (v) { return [v, v]; }));
      fill(sel.admin1, uniq(props.map(admin1Key).filter(Boolean)).map(function (v) { return [v, v]; }));
      var days = [].concat.apply([], props.map(function (p) { return [p.first, p.last]; })).filter(Boolean).sort();
      if (days.length) {
        minDay = ms(days[0]); maxDay = ms(days[days.length - 1]);
        sel.slider.max = String(Math.round((maxDay - minDay) / DAY));
        sel.slider.value = sel.slider.max;
        sel.since.min = sel.until.min = days[0];
        sel.since.max = sel.until.max = days[days.length - 1];
      }
      drawAdmin1(uniq(props.map(function (p) { return p.country; }).filter(Boolean)));
      fromURL();
      redraw();
      if (fc.features.length) {
        map.fitBounds(L.latLngBounds(fc.features.map(function (f) {
          return [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        })).pad(0.2), { maxZoom: 8 });
      }
      el.setAttribute('data-ready', '1');
    })
    .catch(function (err) {
      countEl.textContent = 'Could not load the incidents: ' + err.message;
      el.setAttribute('data-ready', 'error');
    });
}());
