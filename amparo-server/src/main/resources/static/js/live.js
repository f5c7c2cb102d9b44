// The live panel: lists the latest authorization lifecycle events from the server-sent event stream.
// Events carry kinds and identifiers only, never names or positions.
(function () {
  'use strict';
  var MAX = 20;
  var panel = document.getElementById('live');
  var list = document.getElementById('events');
  var status = document.getElementById('live-status');
  var empty = document.getElementById('live-empty');
  var source = new EventSource(panel.dataset.eventsUrl);
  source.addEventListener('hello', function () {
    status.textContent = panel.dataset.connected;
    panel.dataset.state = 'connected';
  });
  source.onerror = function () {
    status.textContent = panel.dataset.disconnected;
    panel.dataset.state = 'disconnected';
  };
  source.addEventListener('authorization', function (e) {
    var data = JSON.parse(e.data);
    var item = document.createElement('li');
    item.className = 'event';
    item.dataset.type = data.type;
    item.dataset.authorizationId = data.authorizationId;
    var type = document.createElement('span');
    type.className = 'type';
    type.textContent = data.type;
    var time = document.createElement('div');
    time.className = 'muted';
    time.textContent = String(data.at).replace('T', ' ').replace(/\.\d+Z$/, 'Z');
    var id = document.createElement('code');
    id.textContent = data.authorizationId;
    item.append(type, ' ', id, time);
    list.prepend(item);
    while (list.children.length > MAX) list.lastElementChild.remove();
    empty.hidden = true;
  });
})();
