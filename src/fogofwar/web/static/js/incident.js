/* The incident page's small map: the incident's place on the basemap, zoomed as far as
   its precision allows (a settlement closer than a region or a country). */
(function () {
  'use strict';
  var el = document.getElementById('incident-map');
  if (!el || typeof L === 'undefined' || typeof FogofwarBasemap === 'undefined') { return; }
  var lat = parseFloat(el.getAttribute('data-lat')), lon = parseFloat(el.getAttribute('data-lon'));
  var precision = parseInt(el.getAttribute('data-precision'), 10) || 3;
  var zoom = { 1: 9, 2: 8, 3: 6, 4: 4 }[precision] || 6;
  var map = FogofwarBasemap.create(el, { zoomControl: true, scrollWheelZoom: false });
  map.setView([lat, lon], zoom);
  var cc = el.getAttribute('data-country');
  if (cc) { FogofwarBasemap.admin1(map, [cc]); }
  L.marker([lat, lon], {
    icon: L.divIcon({ className: 'inc-marker st-' + el.getAttribute('data-status'), iconSize: [18, 18] }),
    keyboard: false, interactive: false
  }).addTo(map);
  if (precision === 2) {  // "near" a settlement: a ring of about 10 km
    L.circle([lat, lon], { radius: 10000, color: '#374151', weight: 1, dashArray: '4 3', fill: false }).addTo(map);
  }
  map.countriesLoaded.then(function () { el.setAttribute('data-ready', '1'); });
}());
