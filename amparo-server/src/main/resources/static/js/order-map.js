// The small map of a monitoring order: its zones (circles in metres, polygons) over the basemap.
// It shows zones only, never anyone's position.
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
    if (zones.features.length > 0) map.fitBounds(layer.getBounds(), {padding: [30, 30], maxZoom: 16});
    el.dataset.drawn = 'ready';
    el.dataset.zoneCount = String(zones.features.length);
  });
})();
