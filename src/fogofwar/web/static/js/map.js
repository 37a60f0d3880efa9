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

  var map = FogofwarBasemap.create(el);
  var getJSON = FogofwarBasemap.getJSON;
  var basemap = map.countriesLoaded;

  function drawAdmin1(countries) { FogofwarBasemap.admin1(map, countries.slice(0, 6)); }

  // A cluster is a ring of its incidents' statuses (the share of each, in the status
  // colours), with the count inside; built as DOM, coloured through CSSOM (CSP-safe).
  var ORDER = ['confirmed', 'reported', 'disputed', 'retracted'];
  var css = window.getComputedStyle(document.documentElement);
  var COLOURS = {};
  ORDER.forEach(function (st) { COLOURS[st] = css.getPropertyValue('--' + st).trim() || '#888'; });

  var clusters = L.markerClusterGroup({
    showCoverageOnHover: false, maxClusterRadius: 40, spiderfyOnMaxZoom: true, chunkedLoading: true,
    iconCreateFunction: function (cluster) {
      var kids = cluster.getAllChildMarkers(), n = {}, stops = [], at = 0;
      kids.forEach(function (m) { n[m.options.status] = (n[m.options.status] || 0) + 1; });
      ORDER.forEach(function (st) {
        if (!n[st]) { return; }
        var next = at + 360 * n[st] / kids.length;
        stops.push(COLOURS[st] + ' ' + at.toFixed(1) + 'deg ' + next.toFixed(1) + 'deg');
        at = next;
      });
      var ring = document.createElement('div');
      ring.className = 'inc-cluster';
      ring.style.background = 'conic-gradient(' + stops.join(', ') + ')';
      var count = document.createElement('span');
      count.textContent = String(kids.length);
      ring.appendChild(count);
      var d = kids.length < 10 ? 32 : (kids.length < 100 ? 40 : 50);
      ring.title = ORDER.filter(function (st) { return n[st]; })
        .map(function (st) { return n[st] + ' ' + st; }).join(', ');
      return L.divIcon({ html: ring, className: 'inc-cluster-icon', iconSize: L.point(d, d) });
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

  // The newest shown incidents inside the map's view, as links: the map's content for a
  // keyboard or a screen reader, and a reading list for everyone.
  var IN_VIEW = 25, shownItems = [];
  var inView = document.getElementById('in-view');
  function listInView() {
    var box = map.getBounds(), rows = shownItems.filter(function (it) {
      return box.contains(it.m.getLatLng());
    });
    rows.sort(function (a, b) {
      var x = a.f.properties.last || '', y = b.f.properties.last || '';
      return x < y ? 1 : (x > y ? -1 : 0);
    });
    inView.textContent = '';
    rows.slice(0, IN_VIEW).forEach(function (it) {
      var p = it.f.properties, li = document.createElement('li'), a = document.createElement('a');
      var dot = document.createElement('span');
      dot.className = 'dot st-' + p.status;
      a.href = '/incidents/' + encodeURIComponent(p.id);
      a.textContent = p.title;
      var when = document.createElement('span');
      when.className = 'muted small';
      when.textContent = ' ' + (p.time || 'undated') + ' · ' + p.status;
      li.appendChild(dot); li.appendChild(a); li.appendChild(when);
      inView.appendChild(li);
    });
    inView.setAttribute('data-count', String(Math.min(rows.length, IN_VIEW)));
  }
  map.on('moveend', listInView);

  function redraw() {
    var f = current(), shown = [];
    shownItems = items.filter(function (it) { return visible(it.f.properties, f); });
    shown = shownItems.map(function (it) { return it.m; });
    clusters.clearLayers();
    clusters.addLayers(shown);
    listInView();
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

  // Play: the window moves a day at a time from the first day to the last.
  var playBtn = document.getElementById('f-play'), timer = null;
  function stop() {
    if (timer) { window.clearInterval(timer); timer = null; }
    playBtn.textContent = '▶ Play';
    playBtn.setAttribute('aria-pressed', 'false');
  }
  playBtn.addEventListener('click', function () {
    if (timer) { stop(); return; }
    if (minDay === null) { return; }
    if (+sel.window.value === 0) { sel.window.value = '7'; }
    if (+sel.slider.value >= +sel.slider.max) { sel.slider.value = '0'; }
    playBtn.textContent = '❚❚ Pause';
    playBtn.setAttribute('aria-pressed', 'true');
    fromSlider();
    timer = window.setInterval(function () {
      if (+sel.slider.value >= +sel.slider.max) { stop(); return; }
      sel.slider.value = String(+sel.slider.value + 1);
      fromSlider();
    }, 400);
  });

  form.addEventListener('change', function (e) {
    if (e.target === sel.slider || e.target === sel.window) { fromSlider(); } else { redraw(); }
  });
  sel.slider.addEventListener('input', fromSlider);
  form.addEventListener('reset', function () {
    stop();
    window.setTimeout(function () { sel.out.textContent = ''; redraw(); }, 0);
  });

  // The first view holds the middle 90% of the incidents in each direction, so that a few
  // far-away mentions (a capital abroad) do not zoom the map out to the whole world.
  function fitMost(features) {
    if (!features.length) { return; }
    function middle(values) {
      values.sort(function (a, b) { return a - b; });
      var k = Math.floor(values.length * 0.05);
      return [values[k], values[values.length - 1 - k]];
    }
    var lat = middle(features.map(function (f) { return f.geometry.coordinates[1]; }));
    var lon = middle(features.map(function (f) { return f.geometry.coordinates[0]; }));
    map.fitBounds(L.latLngBounds([lat[0], lon[0]], [lat[1], lon[1]]).pad(0.3), { maxZoom: 7 });
  }

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
      // admin-1 outlines for the countries with the most incidents
      var per = {};
      props.forEach(function (p) { if (p.country) { per[p.country] = (per[p.country] || 0) + 1; } });
      drawAdmin1(Object.keys(per).sort(function (a, b) { return per[b] - per[a]; }));
      fromURL();
      redraw();
      fitMost(fc.features);
      el.setAttribute('data-ready', '1');
    })
    .catch(function (err) {
      countEl.textContent = 'Could not load the incidents: ' + err.message;
      el.setAttribute('data-ready', 'error');
    });
}());
