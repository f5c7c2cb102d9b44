// The command centre's live map. Each layer the user may see is loaded from its JSON route, drawn on one canvas
// renderer and then kept live by /map/stream: `units` events move unit markers (applied in one animation-frame
// batch), `changed` events name layers to reload, `resync` (or a reconnect) reloads them all, and `watch` events
// move the one watched subject. window.amparoMap exposes counters for tests and benchmarks.
(function () {
  'use strict';
  var el = document.getElementById('map');
  var d = el.dataset;
  var renderer = L.canvas({padding: 0.3});
  var map = L.map(el, {worldCopyJump: true, preferCanvas: true, renderer: renderer, keyboard: true})
    .fitBounds(amparoEcuador, {maxZoom: 6});
  var RING = 5000;

  // ---- measurement hooks (the lead's benchmark reads this exact API) ----
  function Ring() { this.values = []; this.next = 0; }
  Ring.prototype.push = function (v) {
    if (this.values.length < RING) this.values.push(v); else this.values[this.next] = v;
    this.next = (this.next + 1) % RING;
  };
  Ring.prototype.list = function () {
    return this.values.length < RING ? this.values.slice() : this.values.slice(this.next).concat(this.values.slice(0, this.next));
  };
  var stats = {updatesApplied: 0, eventsReceived: 0, resyncs: 0, latency: new Ring(), frame: new Ring()};
  var units = new Map();      // unit id -> {marker, status, callSign, incidentId}
  var pending = new Map();    // unit id -> latest [id, lon, lat, status, ingestEpochMs, incidentId]
  window.amparoMap = {
    stats: function () {
      return {unitsShown: units.size, updatesApplied: stats.updatesApplied, eventsReceived: stats.eventsReceived,
        resyncs: stats.resyncs, latencyMs: stats.latency.list(), frameMs: stats.frame.list()};
    },
    resetStats: function () {
      stats.updatesApplied = 0; stats.eventsReceived = 0; stats.resyncs = 0;
      stats.latency = new Ring(); stats.frame = new Ring();
    },
    unit: function (id) {
      var u = units.get(id);
      if (!u) return null;
      var at = u.marker.getLatLng();
      return {lat: at.lat, lon: at.lng, status: u.status, callSign: u.callSign, incidentId: u.incidentId};
    },
    watch: function () { return watch ? {id: watch.id, positions: watch.positions, at: watch.marker && watch.marker.getLatLng()} : null; }
  };

  // ---- a marker drawn on the canvas: a shape, a fill and a letter, so that colour is never the only cue ----
  var Glyph = L.CircleMarker.extend({
    options: {shape: 'circle', letter: '', textColor: '#ffffff', radius: 10, weight: 2, color: '#ffffff', fillOpacity: 1},
    setGlyph: function (o) { L.setOptions(this, o); this.setStyle({}); return this; },
    _updatePath: function () {
      var r = this._renderer;
      if (!r._ctx) { L.CircleMarker.prototype._updatePath.call(this); return; }
      if (!r._drawing || this._empty()) return;
      var ctx = r._ctx, p = this._point, s = this._radius, o = this.options;
      ctx.beginPath();
      if (o.shape === 'square') {
        ctx.rect(p.x - s * 0.9, p.y - s * 0.9, s * 1.8, s * 1.8);
      } else if (o.shape === 'diamond') {
        ctx.moveTo(p.x, p.y - s); ctx.lineTo(p.x + s, p.y); ctx.lineTo(p.x, p.y + s); ctx.lineTo(p.x - s, p.y); ctx.closePath();
      } else if (o.shape === 'triangle') {
        ctx.moveTo(p.x, p.y - s); ctx.lineTo(p.x + s, p.y + s * 0.8); ctx.lineTo(p.x - s, p.y + s * 0.8); ctx.closePath();
      } else {
        ctx.arc(p.x, p.y, s, 0, Math.PI * 2, false);
      }
      r._fillStroke(ctx, this);
      if (o.letter) {
        ctx.globalAlpha = 1;
        ctx.fillStyle = o.textColor;
        ctx.font = 'bold ' + Math.round(s * 1.15) + 'px system-ui, sans-serif';
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText(o.letter, p.x, p.y + (o.shape === 'triangle' ? s * 0.2 : 1));
      }
    }
  });

  // Styles come from the legend (its CSS is the one place colours are defined).
  function legendStyles(listId, shape) {
    var out = {};
    var list = document.getElementById(listId);
    if (!list) return out;
    list.querySelectorAll('li').forEach(function (li) {
      var glyph = getComputedStyle(li.querySelector('.glyph'));
      out[li.dataset.key] = {shape: shape, letter: li.dataset.letter, label: li.dataset.label,
        fillColor: glyph.backgroundColor, textColor: glyph.color, color: glyph.borderTopColor};
    });
    return out;
  }
  function glyphStyle(selector, shape, letter) {
    var probe = document.querySelector(selector);
    var s = probe ? getComputedStyle(probe) : null;
    return {shape: shape, letter: letter, fillColor: s ? s.backgroundColor : '#b3261e',
      textColor: s ? s.color : '#fff', color: s ? s.borderTopColor : '#fff'};
  }
  var unitStyles = legendStyles('legend-units', 'circle');
  var cameraStyles = legendStyles('legend-cameras', 'square');

  function json(url) {
    return fetch(url, {credentials: 'same-origin'}).then(function (r) {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.json();
    });
  }
  function time(t) { return String(t).replace('T', ' ').replace(/\.\d+Z$/, 'Z'); }
  function link(href, text) { var a = document.createElement('a'); a.href = href; a.textContent = text; return a; }

  // ---- layers ----
  var groups = {
    areas: L.featureGroup(), choropleth: null, units: L.featureGroup(), incidents: L.featureGroup(),
    alerts: L.featureGroup(), cameras: L.featureGroup(), subjects: L.featureGroup()
  };
  var areaLayer = null;
  var choropleth = null;
  var period = 'day';
  var CLASSES = [[0, 0], [1, 2], [3, 5], [6, 10], [11, Infinity]];
  var PALETTE = ['#f1f5fb', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];
  function classOf(n) { for (var i = CLASSES.length - 1; i >= 0; i--) if (n >= CLASSES[i][0]) return i; return 0; }
  function areaStyle(feature) {
    if (!choropleth || !layerOn('choropleth')) return {color: '#0b57d0', weight: 2, fillOpacity: 0.05};
    var n = (choropleth[period] || {})[feature.properties.id] || 0;
    return {color: '#0b1f33', weight: 1.5, fillColor: PALETTE[classOf(n)], fillOpacity: 0.55};
  }
  function areaTooltip(l) {
    var p = l.feature.properties || {};
    var text = p.name + (p.isoCode ? ' (' + p.isoCode + ')' : '');
    if (choropleth) text += ' · ' + ((choropleth[period] || {})[p.id] || 0);
    return text;
  }
  function drawChoroplethLegend() {
    var list = document.getElementById('legend-choropleth');
    if (!list) return;
    list.textContent = '';
    CLASSES.forEach(function (c, i) {
      var li = document.createElement('li');
      var sw = document.createElement('span');
      sw.className = 'swatch';
      sw.style.background = PALETTE[i];
      li.append(sw, ' ', c[1] === 0 ? '0 (' + d.none + ')' : c[1] === Infinity ? '≥ ' + c[0] : c[0] + '–' + c[1]);
      list.append(li);
    });
  }
  var loaders = {
    areas: function () {
      return json(d.areasUrl).then(function (areas) {
        groups.areas.clearLayers();
        areaLayer = L.geoJSON(areas, {style: areaStyle, renderer: renderer});
        areaLayer.eachLayer(function (l) { l.bindTooltip(function () { return areaTooltip(l); }); });
        groups.areas.addLayer(areaLayer);
        document.body.dataset.areas = String(areas.features.length);
      });
    },
    choropleth: function () {
      return json(d.choroplethUrl).then(function (counts) {
        choropleth = counts;
        if (areaLayer) areaLayer.setStyle(areaStyle);
        document.body.dataset.choropleth = 'ready';
      });
    },
    units: function () {
      return json(d.unitsUrl).then(function (data) {
        var seen = new Set();
        data.units.forEach(function (u) {
          seen.add(u.id);
          placeUnit(u.id, u.lat, u.lon, u.status, u.incidentId, u.callSign);
        });
        units.forEach(function (u, id) { if (!seen.has(id)) { groups.units.removeLayer(u.marker); units.delete(id); } });
        document.body.dataset.units = String(units.size);
      });
    },
    incidents: function () {
      return json(d.incidentsUrl).then(function (data) {
        groups.incidents.clearLayers();
        data.incidents.forEach(function (i) {
          var style = glyphStyle('.glyph.priority-' + i.priority, 'diamond', String(i.priority));
          var m = new Glyph([i.lat, i.lon], L.extend({renderer: renderer, radius: 11}, style));
          m.bindTooltip('P' + i.priority + ' · ' + i.type + ' · ' + i.status);
          if (d.incidentUrl) m.bindPopup(link(d.incidentUrl + encodeURIComponent(i.id), d.openIncident + ' · ' + i.type));
          groups.incidents.addLayer(m);
        });
        document.body.dataset.incidents = String(data.incidents.length);
      });
    },
    alerts: function () {
      return json(d.alertsUrl).then(function (data) {
        groups.alerts.clearLayers();
        data.features.forEach(function (f) {
          var p = f.properties;
          var face = p.kind === 'face';
          var style = glyphStyle(face ? '.glyph.alert-face' : '.glyph.alert-geofence', 'triangle', face ? 'F' : '!');
          var c = f.geometry.coordinates;
          var m = new Glyph([c[1], c[0]], L.extend({renderer: renderer, radius: 11}, style));
          m.bindTooltip(p.type + ' · ' + p.status + ' · ' + time(p.raisedAt));
          m.bindPopup(face ? link(d.faceUrl, d.reviewMatch) : link(d.orderUrl + encodeURIComponent(p.orderId), d.openOrder + ' · ' + p.type));
          groups.alerts.addLayer(m);
        });
        document.body.dataset.alerts = String(data.features.length);
      });
    },
    cameras: function () {
      return json(d.camerasUrl).then(function (data) {
        groups.cameras.clearLayers();
        data.features.forEach(function (f) {
          var p = f.properties;
          var style = cameraStyles[p.health] || cameraStyles.PUSHED || {};
          var c = f.geometry.coordinates;
          var m = new Glyph([c[1], c[0]], L.extend({renderer: renderer, radius: 9,
            dashArray: p.health === 'DISABLED' ? '3 3' : null}, style));
          m.bindTooltip(p.name + ' · ' + p.province + ' · ' + (style.label || p.health));
          groups.cameras.addLayer(m);
        });
        document.body.dataset.cameras = String(data.features.length);
      });
    },
    subjects: function () { return loadOrders(); }
  };

  function placeUnit(id, lat, lon, status, incidentId, callSign) {
    var u = units.get(id);
    if (!u) {
      var marker = new Glyph([lat, lon], L.extend({renderer: renderer}, unitStyles[status] || {}));
      u = {marker: marker, status: status, callSign: callSign || '', incidentId: incidentId};
      marker.bindTooltip(function () {
        var s = unitStyles[u.status];
        return (u.callSign || '…') + ' · ' + (s ? s.label : u.status);
      });
      marker.on('click', function () {
        if (u.incidentId && d.incidentUrl) {
          marker.bindPopup(link(d.incidentUrl + encodeURIComponent(u.incidentId), d.openIncident)).openPopup();
        }
      });
      units.set(id, u);
      groups.units.addLayer(marker);
    } else {
      u.marker.setLatLng([lat, lon]);
    }
    if (callSign) u.callSign = callSign;
    u.incidentId = incidentId;
    if (u.status !== status) {
      u.status = status;
      u.marker.setGlyph(unitStyles[status] || {});
    }
  }

  // ---- live positions: applied once per animation frame ----
  var unknownUnit = false;
  function applyPending() {
    var now = Date.now();
    pending.forEach(function (row, id) {
      if (!units.has(id)) unknownUnit = true;
      placeUnit(id, row[2], row[1], row[3], row[5], null);
      stats.updatesApplied++;
      if (row[4] != null) stats.latency.push(now - row[4]);
    });
    pending.clear();
    if (unknownUnit) { unknownUnit = false; reloadSoon('units'); }
  }
  var lastFrame = 0;
  function frame(t) {
    if (document.visibilityState === 'visible') {
      if (lastFrame) stats.frame.push(t - lastFrame);
      lastFrame = t;
    } else {
      lastFrame = 0;
    }
    if (pending.size) applyPending();
    requestAnimationFrame(frame);
  }
  document.addEventListener('visibilitychange', function () { lastFrame = 0; });

  // ---- toggles ----
  function layerOn(name) {
    var box = document.querySelector('input[data-layer="' + name + '"]');
    return !!box && box.checked;
  }
  var URLS = {areas: d.areasUrl, choropleth: d.choroplethUrl, units: d.unitsUrl, incidents: d.incidentsUrl,
    alerts: d.alertsUrl, cameras: d.camerasUrl, subjects: d.ordersUrl};
  function allowed(name) { return !!URLS[name]; }
  function applyToggle(name) {
    if (name === 'choropleth') { if (areaLayer) areaLayer.setStyle(areaStyle); return; }
    var g = groups[name];
    if (!g) return;
    if (layerOn(name)) map.addLayer(g); else map.removeLayer(g);
  }
  document.querySelectorAll('input[data-layer]').forEach(function (box) {
    box.addEventListener('change', function () { applyToggle(box.dataset.layer); });
  });
  document.querySelectorAll('input[name="choropleth-period"]').forEach(function (r) {
    r.addEventListener('change', function () { if (r.checked) { period = r.value; if (areaLayer) areaLayer.setStyle(areaStyle); } });
  });

  var reloadTimers = {};
  function reloadSoon(name) {
    if (!allowed(name) || !loaders[name] || reloadTimers[name]) return;
    reloadTimers[name] = setTimeout(function () {
      delete reloadTimers[name];
      loaders[name]().catch(function (e) { console.warn(e); });
    }, 250);
  }
  function loadAll() {
    return Promise.all(Object.keys(loaders).filter(allowed).map(function (name) {
      return loaders[name]().catch(function (e) { console.warn(e); });
    }));
  }

  // ---- the watch of one monitored subject ----
  var watchPanel = document.getElementById('watch');
  var watch = null;
  var clientId = null;
  function loadOrders() {
    var select = document.getElementById('watch-order');
    return json(d.ordersUrl).then(function (data) {
      var keep = select.value;
      select.textContent = '';
      data.orders.forEach(function (o) {
        var opt = document.createElement('option');
        opt.value = o.id;
        opt.textContent = o.id.slice(0, 8) + ' · ' + time(o.createdAt).slice(0, 10) + ' · ' + o.rules.join(', ');
        select.append(opt);
      });
      if (keep) select.value = keep;
      document.getElementById('watch-start').disabled = data.orders.length === 0;
      if (!data.orders.length) setWatchStatus(watchPanel.dataset.noOrders);
    });
  }
  function setWatchStatus(text) { document.getElementById('watch-status').textContent = text; }
  function fill(template, a, b) { return template.replace('{0}', a).replace('{1}', b); }
  function clearWatch() {
    groups.subjects.clearLayers();
    watch = null;
    document.getElementById('watch-end').hidden = true;
    document.body.dataset.watch = 'none';
  }
  function csrf(form) { var t = form.querySelector('input[name="_csrf"]'); return t ? t.value : ''; }
  if (watchPanel) {
    var form = document.getElementById('watch-form');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var body = new URLSearchParams(new FormData(form));
      body.set('clientId', clientId || '');
      fetch(d.watchUrl, {method: 'POST', credentials: 'same-origin', body: body}).then(function (r) {
        return r.json().then(function (data) { return {ok: r.ok, data: data}; });
      }).then(function (res) {
        if (!res.ok) { setWatchStatus(watchPanel.dataset.refused + ' ' + (res.data.detail || res.data.title || '')); return; }
        showWatch(res.data);
      }).catch(function (err) { setWatchStatus(watchPanel.dataset.refused + ' ' + err); });
    });
    document.getElementById('watch-end').addEventListener('click', function () {
      if (!watch) return;
      var body = new URLSearchParams();
      body.set('_csrf', csrf(form));
      fetch(d.watchUrl + '/' + encodeURIComponent(watch.id) + '/end', {method: 'POST', credentials: 'same-origin', body: body});
    });
  }
  function showWatch(data) {
    clearWatch();
    watch = {id: data.watchId, positions: 0, marker: null};
    var zones = L.geoJSON(data.zones, {
      renderer: renderer,
      style: {color: '#6a1b9a', weight: 3, fillOpacity: 0.08},
      pointToLayer: function (f, latlng) {
        return L.circle(latlng, {radius: f.properties.radiusMeters, renderer: renderer, color: '#6a1b9a', weight: 3, fillOpacity: 0.08});
      },
      onEachFeature: function (f, l) { l.bindTooltip(f.properties.name); }
    });
    groups.subjects.addLayer(zones);
    var style = glyphStyle('.glyph.subject', 'triangle', 'S');
    if (data.last) {
      watch.marker = new Glyph([data.last.lat, data.last.lon], L.extend({renderer: renderer, radius: 12}, style));
      watch.marker.bindTooltip(watchPanel.dataset.last + ' · ' + time(data.last.at));
      groups.subjects.addLayer(watch.marker);
    }
    if (layerOn('subjects')) map.addLayer(groups.subjects);
    if (zones.getLayers().length) map.fitBounds(zones.getBounds(), {maxZoom: 15, padding: [40, 40]});
    watch.running = fill(watchPanel.dataset.running, data.orderId.slice(0, 8), time(data.expiresAt));
    setWatchStatus(watch.running + (data.last ? '' : ' ' + watchPanel.dataset.noPosition));
    document.getElementById('watch-end').hidden = false;
    document.body.dataset.watch = 'running';
  }
  function watchMoved(data) {
    if (!watch || data.watchId !== watch.id) return;
    watch.positions++;
    if (!watch.marker) {
      watch.marker = new Glyph([data.lat, data.lon], L.extend({renderer: renderer, radius: 12}, glyphStyle('.glyph.subject', 'triangle', 'S')));
      groups.subjects.addLayer(watch.marker);
    } else {
      watch.marker.setLatLng([data.lat, data.lon]);
    }
    watch.marker.unbindTooltip().bindTooltip(watchPanel.dataset.last + ' · ' + time(data.at));
    setWatchStatus(watch.running + ' ' + watchPanel.dataset.last + ': ' + time(data.at));
    document.body.dataset.watchPositions = String(watch.positions);
  }

  // ---- the stream ----
  var connectedOnce = false;
  function connect() {
    var source = new EventSource(d.streamUrl);
    function on(name, handler) {
      source.addEventListener(name, function (e) { stats.eventsReceived++; handler(JSON.parse(e.data)); });
    }
    on('hello', function (data) {
      clientId = data.clientId;
      document.body.dataset.mapStream = 'connected';
      if (connectedOnce) {
        // a reconnect: whatever happened meanwhile is unknown, and the server ended any watch of the old stream
        stats.resyncs++;
        if (watch) { clearWatch(); }
        loadAll();
      }
      connectedOnce = true;
    });
    on('units', function (data) {
      data.u.forEach(function (row) { pending.set(row[0], row); });
    });
    on('changed', function (data) { data.layers.forEach(reloadSoon); });
    on('resync', function (data) {
      if (data.clientId) clientId = data.clientId;
      stats.resyncs++;
      pending.clear();
      loadAll();
    });
    on('watch', watchMoved);
    on('watch-end', function (data) {
      if (watch && data.watchId === watch.id) {
        clearWatch();
        var reason = String(data.reason).toLowerCase();
        var label = watchPanel.dataset['reason' + reason.charAt(0).toUpperCase() + reason.slice(1)] || data.reason;
        setWatchStatus(fill(watchPanel.dataset.ended, label, data.positions));
      }
    });
    source.onerror = function () { document.body.dataset.mapStream = 'reconnecting'; };
  }

  amparoBasemap(map, d.basemapUrl, d.tileUrl).then(function () {
    Object.keys(groups).forEach(function (name) { if (groups[name] && allowed(name) && layerOn(name)) map.addLayer(groups[name]); });
    drawChoroplethLegend();
    connect();
    return loadAll();
  }).then(function () {
    requestAnimationFrame(frame);
    document.body.dataset.mapReady = 'true';
  });
})();
