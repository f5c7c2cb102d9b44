// The alert queue refreshes itself: when the event stream announces an alert change, the list is
// fetched again from /alerts/rows with the page's filter. Events carry ids, types and statuses only.
// While someone types a resolution note the list is not replaced under their hands: a notice offers
// the update, which also happens once the focus leaves the list.
(function () {
  'use strict';
  var holder = document.getElementById('alert-list');
  if (!holder) return;
  var status = document.getElementById('live-status');
  var pending = document.getElementById('alerts-pending');
  var reloadButton = document.getElementById('alerts-reload');
  var waiting = false;
  var refreshes = 0;

  function busy() {
    var rows = document.getElementById('alert-rows');
    if (!rows) return false;
    if (rows.contains(document.activeElement) && document.activeElement.tagName === 'INPUT') return true;
    return Array.prototype.some.call(rows.querySelectorAll('input[name=note]'), function (i) { return i.value !== ''; });
  }

  function refresh() {
    waiting = false;
    pending.hidden = true;
    fetch(holder.dataset.rowsUrl + window.location.search, {credentials: 'same-origin'}).then(function (r) {
      if (r.redirected || !r.ok) {
        // Signed out, or the filter is refused: the full page says why.
        window.location.reload();
        return null;
      }
      return r.text();
    }).then(function (html) {
      if (html === null) return;
      var template = document.createElement('template');
      template.innerHTML = html;
      var fresh = template.content.getElementById('alert-rows');
      var old = document.getElementById('alert-rows');
      if (fresh && old) old.replaceWith(fresh);
      refreshes += 1;
      document.body.dataset.alertsRefreshed = String(refreshes);
    });
  }

  function changed() {
    if (busy()) {
      waiting = true;
      pending.hidden = false;
    } else {
      refresh();
    }
  }

  reloadButton.addEventListener('click', refresh);
  holder.addEventListener('focusout', function () {
    // The focus moves after focusout; decide once it has landed.
    setTimeout(function () { if (waiting && !busy()) refresh(); }, 0);
  });

  var source = new EventSource(holder.dataset.eventsUrl);
  source.addEventListener('hello', function () {
    status.textContent = holder.dataset.connected;
    document.body.dataset.live = 'connected';
  });
  source.onerror = function () {
    status.textContent = holder.dataset.disconnected;
    document.body.dataset.live = 'disconnected';
  };
  source.addEventListener('alert', changed);
})();
