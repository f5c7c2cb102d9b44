// The small map of an authorization's scope: its areas over the basemap, or the basemap alone when
// the scope is the whole country.
(function () {
  'use strict';
  var el = document.getElementById('scope-map');
  if (!el) return;
  var areas = JSON.parse(el.dataset.areas || '[]');
  var map = L.map(el, {scrollWheelZoom: false}).fitBounds(amparoEcuador);
  amparoBasemap(map, el.dataset.basemapUrl, '').then(function () {
    if (areas.length === 0) return;
    var layer = L.geoJSON({type: 'FeatureCollection', features: areas.map(function (g) {
      return {type: 'Feature', properties: {}, geometry: g};
    })}, {style: {color: '#b00020', weight: 3, fillOpacity: 0.2}}).addTo(map);
    map.fitBounds(layer.getBounds(), {padding: [20, 20]});
    el.dataset.scope = 'ready';
  });
})();
