// Draws the offline Natural Earth basemap (TopoJSON, decoded by topojson-client) into a Leaflet map.
// Shared by the operations map and the scope maps. Fiji and Russia cross the antimeridian; their rings
// are unwrapped so that Leaflet draws no stray horizontal line.
(function () {
  'use strict';
  function unwrapRing(ring) {
    var off = 0;
    var out = [ring[0]];
    for (var i = 1; i < ring.length; i++) {
      var d = ring[i][0] - ring[i - 1][0];
      if (d > 180) off -= 360; else if (d < -180) off += 360;
      out.push([ring[i][0] + off, ring[i][1]]);
    }
    return off === 0 ? out : ring; // a ring that does not close after unwrapping (Antarctica) stays as is
  }
  function unwrap(g) {
    if (!g) return g;
    if (g.type === 'Polygon') return {type: g.type, coordinates: g.coordinates.map(unwrapRing)};
    if (g.type === 'MultiPolygon') return {type: g.type, coordinates: g.coordinates.map(function (p) { return p.map(unwrapRing); })};
    return g;
  }
  // Mainland Ecuador, south-west and north-east corners; the Galápagos are a zoom-out away.
  window.amparoEcuador = [[-5.05, -81.1], [1.45, -75.2]];
  window.amparoBasemap = function (map, url, tileUrl) {
    if (tileUrl) {
      L.tileLayer(tileUrl, {maxZoom: 19}).addTo(map);
      document.body.dataset.basemap = 'ready';
      return Promise.resolve();
    }
    return fetch(url, {credentials: 'same-origin'}).then(function (r) { return r.json(); }).then(function (topo) {
      var countries = topojson.feature(topo, topo.objects.countries);
      countries.features.forEach(function (f) { f.geometry = unwrap(f.geometry); });
      L.geoJSON(countries, {interactive: false, style: {color: '#555', weight: 1, fillColor: '#f2efe9', fillOpacity: 1}}).addTo(map);
      map.attributionControl.addAttribution('Natural Earth');
      document.body.dataset.basemap = 'ready';
    });
  };
})();
