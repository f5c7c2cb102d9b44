// The small map of a monitoring order: its zones (circles in metres, polygons) over the basemap,
// and the subject's track only when a justified, audited read put it on the page.
(function () {
  'use strict';
  var el = document.getElementById('order-map');
  if (!el) return;
  var zones = JSON.parse(el.dataset.zones || '{"type":"FeatureCollection","features":[]}');
  var map = L.map(el, {scrollWheelZoom: false}).fitBounds(amparoEcuador);
  amparoBasemap(map, el.dataset.basemapUrl, el.dataset.tileUrl || '').then(function () {
    var style = {color: '#0b57d0', weight: 3, fillOpacity: 0.15};
    var layer = L.geoJSON(zones, {
      style: style,
      pointToLayer: function (feature, latlng) {
        return L.circle(latlng, Object.assign({radius: feature.properties.radiusMeters}, style));
      },
      onEachFeature: function (feature, l) {
        l.bindTooltip(feature.properties.name, {permanent: true, direction: 'center'});
      }
    }).addTo(map);
    var track = el.dataset.track ? JSON.parse(el.dataset.track) : null;
    var trackLayer = null;
    if (track && track.features.length > 0) {
      trackLayer = L.geoJSON(track, {
        style: {color: '#b3261e', weight: 3},
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, {radius: 7, color: '#b3261e', weight: 3, fillColor: '#fff', fillOpacity: 1});
        },
        onEachFeature: function (feature, l) {
          if (feature.properties.at) l.bindTooltip(String(feature.properties.at).replace('T', ' '));
        }
      }).addTo(map);
      el.dataset.trackPoints = String(track.features[0].geometry.coordinates.length);
    }
    var bounds = trackLayer ? trackLayer.getBounds() : null;
    if (zones.features.length > 0) bounds = bounds ? bounds.extend(layer.getBounds()) : layer.getBounds();
    if (bounds) map.fitBounds(bounds, {padding: [30, 30], maxZoom: 16});
    el.dataset.drawn = 'ready';
    el.dataset.zoneCount = String(zones.features.length);
  });
})();
