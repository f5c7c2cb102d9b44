// The operations map: centred on Ecuador, the basemap, then the imported provinces and the agency
// units' last positions on top, each a layer that can be switched off.
(function () {
  'use strict';
  var el = document.getElementById('map');
  var map = L.map(el, {worldCopyJump: true}).fitBounds(amparoEcuador, {maxZoom: 6});
  function json(url) {
    return fetch(url, {credentials: 'same-origin'}).then(function (r) { return r.json(); });
  }
  amparoBasemap(map, el.dataset.basemapUrl, el.dataset.tileUrl).then(function () {
    var alertsUrl = el.dataset.alertsUrl;
    return Promise.all([
      json(el.dataset.areasUrl),
      json(el.dataset.unitsUrl),
      alertsUrl ? json(alertsUrl) : Promise.resolve(null),
      el.dataset.camerasUrl ? json(el.dataset.camerasUrl) : Promise.resolve(null)
    ]);
  }).then(function (loaded) {
    var areas = loaded[0];
    var units = loaded[1];
    var areaLayer = L.geoJSON(areas, {
      style: {color: '#0b57d0', weight: 2, fillOpacity: 0.05},
      onEachFeature: function (feature, l) {
        var p = feature.properties || {};
        l.bindTooltip(p.name + (p.isoCode ? ' (' + p.isoCode + ')' : ''));
      }
    }).addTo(map);
    var unitLayer = L.geoJSON(units, {
      pointToLayer: function (feature, latlng) {
        return L.circleMarker(latlng, {radius: 8, color: '#0b1f33', weight: 3, fillColor: '#ffbf00', fillOpacity: 1});
      },
      onEachFeature: function (feature, l) {
        var p = feature.properties || {};
        l.bindTooltip(p.label + ' · ' + String(p.at).replace('T', ' ').replace(/\.\d+Z$/, 'Z'));
      }
    }).addTo(map);
    var overlays = {};
    overlays[el.dataset.areasLabel] = areaLayer;
    overlays[el.dataset.unitsLabel] = unitLayer;
    var cameras = loaded[3];
    if (cameras) {
      overlays[el.dataset.camerasLabel] = L.geoJSON(cameras, {
        pointToLayer: function (feature, latlng) {
          var on = feature.properties.enabled;
          return L.circleMarker(latlng, {radius: 6, color: '#1b1b1f', weight: 2,
            fillColor: on ? '#6750a4' : '#9e9e9e', fillOpacity: 1, dashArray: on ? null : '2 2'});
        },
        onEachFeature: function (feature, l) {
          var p = feature.properties || {};
          l.bindTooltip(p.name + ' · ' + p.province + (p.enabled ? '' : ' · off'));
        }
      }).addTo(map);
      document.body.dataset.cameras = String(cameras.features.length);
    }
    var alerts = loaded[2];
    if (alerts) {
      overlays[el.dataset.alertsLabel] = L.geoJSON(alerts, {
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, {radius: 9, color: '#b3261e', weight: 3, fillColor: '#f9dedc', fillOpacity: 1});
        },
        onEachFeature: function (feature, l) {
          var p = feature.properties || {};
          var link = document.createElement('a');
          link.href = el.dataset.orderUrl + encodeURIComponent(p.orderId);
          link.textContent = p.type + ' · ' + p.status;
          l.bindPopup(link);
          l.bindTooltip(p.type + ' · ' + p.status);
        }
      }).addTo(map);
      document.body.dataset.alerts = String(alerts.features.length);
    }
    L.control.layers(null, overlays).addTo(map);
    document.body.dataset.areas = String(areas.features.length);
    document.body.dataset.units = String(units.features.length);
  });
})();
