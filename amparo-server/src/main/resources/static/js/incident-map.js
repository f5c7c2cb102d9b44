// The incident page's map: the incident's own location (a solid marker) and, apart from it, the newest caller
// location with its uncertainty circle, dashed and in another colour, because it is supplementary: it becomes the
// incident's location only when a person accepts it. Redrawn whenever the live part of the page is replaced.
(function () {
  'use strict';
  var el = document.getElementById('incident-map');
  if (!el) return;
  var map = L.map(el, {worldCopyJump: true}).fitBounds(amparoEcuador, {maxZoom: 6});
  var layer = L.layerGroup().addTo(map);
  var shown = '';

  function number(value) {
    var n = parseFloat(value);
    return isFinite(n) ? n : null;
  }

  function draw() {
    var geo = document.getElementById('incident-geo');
    if (!geo) return;
    layer.clearLayers();
    var bounds = [];
    var lat = number(geo.dataset.lat);
    var lon = number(geo.dataset.lon);
    var callerLat = number(geo.dataset.callerLat);
    var callerLon = number(geo.dataset.callerLon);
    if (callerLat !== null && callerLon !== null) {
      var radius = number(geo.dataset.callerRadius);
      if (radius !== null) {
        L.circle([callerLat, callerLon], {radius: radius, color: '#b35c00', weight: 3, dashArray: '8 6', fillOpacity: 0.15})
          .bindTooltip(el.dataset.callerLabel).addTo(layer);
      }
      L.circleMarker([callerLat, callerLon], {radius: 7, color: '#b35c00', weight: 3, dashArray: '4 3', fillColor: '#fff', fillOpacity: 1})
        .bindTooltip(el.dataset.callerLabel).addTo(layer);
      bounds.push([callerLat, callerLon]);
    }
    if (lat !== null && lon !== null) {
      L.circleMarker([lat, lon], {radius: 11, color: '#0b1f33', weight: 4, fillColor: '#b00020', fillOpacity: 1})
        .bindTooltip(el.dataset.incidentLabel).addTo(layer);
      bounds.push([lat, lon]);
    }
    // Move the view only when the points moved, so that a refresh does not undo the person's zoom.
    var key = JSON.stringify(bounds);
    if (key !== shown) {
      shown = key;
      if (bounds.length === 1) map.setView(bounds[0], 14);
      else if (bounds.length > 1) map.fitBounds(bounds, {padding: [40, 40], maxZoom: 15});
    }
    document.body.dataset.mapPoints = String(bounds.length);
  }

  amparoBasemap(map, el.dataset.basemapUrl, el.dataset.tileUrl).then(function () {
    document.body.dataset.basemap = 'ready';
  });
  draw();
  document.addEventListener('amparo:fragment', draw);
})();
