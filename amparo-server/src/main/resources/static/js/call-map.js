// The call-taker's small map: a click sets the latitude and longitude fields, and typed coordinates move the
// marker, so that the map is a help and the fields (reachable by keyboard) are what is sent.
(function () {
  'use strict';
  var el = document.getElementById('call-map');
  if (!el) return;
  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  var map = L.map(el, {worldCopyJump: true}).fitBounds(amparoEcuador, {maxZoom: 6});
  var marker = null;

  function show(latitude, longitude) {
    var at = L.latLng(latitude, longitude);
    if (marker) marker.setLatLng(at);
    else marker = L.circleMarker(at, {radius: 10, color: '#b00020', weight: 4, fillOpacity: 0.6}).addTo(map);
  }

  function typed() {
    var a = parseFloat(lat.value);
    var b = parseFloat(lon.value);
    if (isFinite(a) && isFinite(b) && Math.abs(a) <= 90 && Math.abs(b) <= 180) show(a, b);
  }

  amparoBasemap(map, el.dataset.basemapUrl, el.dataset.tileUrl).then(function () {
    document.body.dataset.basemap = 'ready';
  });
  map.on('click', function (e) {
    var at = e.latlng.wrap();
    lat.value = at.lat.toFixed(5);
    lon.value = at.lng.toFixed(5);
    show(at.lat, at.lng);
  });
  lat.addEventListener('change', typed);
  lon.addEventListener('change', typed);
  typed();
})();
