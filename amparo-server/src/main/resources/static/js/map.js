// The operations map: centred on Ecuador, the basemap, then the imported provinces on top.
(function () {
  'use strict';
  var el = document.getElementById('map');
  var map = L.map(el, {worldCopyJump: true}).fitBounds(amparoEcuador, {maxZoom: 6});
  amparoBasemap(map, el.dataset.basemapUrl, el.dataset.tileUrl).then(function () {
    return fetch(el.dataset.areasUrl, {credentials: 'same-origin'});
  }).then(function (r) { return r.json(); }).then(function (areas) {
    var layer = L.geoJSON(areas, {
      style: {color: '#0b57d0', weight: 2, fillOpacity: 0.05},
      onEachFeature: function (feature, l) {
        var p = feature.properties || {};
        l.bindTooltip(p.name + (p.isoCode ? ' (' + p.isoCode + ')' : ''));
      }
    }).addTo(map);
    L.control.layers(null, (function () { var o = {}; o[el.dataset.areasLabel] = layer; return o; })()).addTo(map);
    document.body.dataset.areas = String(areas.features.length);
  });
})();
