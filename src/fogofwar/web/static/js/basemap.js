/* The offline basemap every map page draws: Natural Earth country outlines (TopoJSON,
   Crimea inside Ukraine: the server corrects it) and admin-1 outlines, served by the app.
   FogofwarBasemap.create(element) -> a Leaflet map with the outlines on their own panes. */
(function () {
  'use strict';

  function getJSON(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) { throw new Error(url + ': HTTP ' + r.status); }
      return r.json();
    });
  }

  // world-atlas stitches shapes across the antimeridian (Chukotka, Fiji) for spherical
  // renderers; on Leaflet's flat map a ring that jumps by more than 180 degrees is moved
  // east whole, else it would draw a band across the world. Antarctica, which wraps the
  // pole, is left out: no conflict report is placed there.
  function unwrapRing(ring) {
    for (var i = 1; i < ring.length; i++) {
      if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) {
        return ring.map(function (p) { return p[0] < 0 ? [p[0] + 360, p[1]] : p; });
      }
    }
    return ring;
  }
  function unwrap(g) {
    if (g.type === 'LineString') { g.coordinates = unwrapRing(g.coordinates); }
    if (g.type === 'Polygon' || g.type === 'MultiLineString') { g.coordinates = g.coordinates.map(unwrapRing); }
    if (g.type === 'MultiPolygon') {
      g.coordinates = g.coordinates.map(function (poly) { return poly.map(unwrapRing); });
    }
    return g;
  }

  function create(el, options) {
    var map = L.map(el, Object.assign({ worldCopyJump: true, minZoom: 2, maxZoom: 14 }, options || {}))
      .setView([49, 32], 5);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Outlines: Natural Earth');
    map.createPane('basemap').style.zIndex = 200;
    map.createPane('admin1').style.zIndex = 250;
    map.countriesLoaded = getJSON('/basemap/countries.json').then(function (topo) {
      var obj = topo.objects.countries;
      var land = topojson.feature(topo, obj);
      land.features = land.features.filter(function (f) { return f.id !== '010'; });
      land.features.forEach(function (f) { if (f.geometry) { unwrap(f.geometry); } });
      L.geoJSON(land, {
        pane: 'basemap', interactive: false,
        style: { stroke: false, fill: true, fillColor: '#f3efe6', fillOpacity: 1 }
      }).addTo(map);
      L.geoJSON(unwrap(topojson.mesh(topo, obj, function (a, b) { return a !== b; })), {
        pane: 'basemap', interactive: false,
        style: { color: '#6b7280', weight: 1.2, fill: false }
      }).addTo(map);
    });
    return map;
  }

  // Admin-1 outlines of some countries (ISO alpha-2 codes), thin and dashed. Outlines are
  // context: a failure only logs.
  function admin1(map, countries) {
    countries.forEach(function (cc) {
      getJSON('/basemap/admin1/' + encodeURIComponent(cc) + '.json').then(function (fc) {
        L.geoJSON(fc, {
          pane: 'admin1', interactive: false,
          style: { color: '#9ca3af', weight: 0.7, dashArray: '3 3', fill: false }
        }).addTo(map);
      }).catch(function (e) { window.console.warn(String(e)); });
    });
  }

  window.FogofwarBasemap = { create: create, admin1: admin1, getJSON: getJSON };
}());
