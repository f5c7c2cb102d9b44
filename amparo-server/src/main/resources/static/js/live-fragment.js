// Keeps a server-rendered part of a page current: when the event stream announces a change that concerns it,
// the part is fetched again and replaced. Events carry ids and statuses only; the details come with the part,
// through the audited page route. Changes are coalesced: however many events arrive, the part is fetched at most
// once a second and never twice at a time, so a board stays responsive when thousands of units report.
// The holder element says what to do:
//   data-live-url     the part's route; its answer's first element replaces the holder's first element
//   data-live-events  event names that count only when their incidentId is data-live-filter
//   data-live-any     event names that always count, coalesced over data-live-any-ms (default one second):
//                     the incident page waits longer for other units' changes, since each refresh is an audited read
//   data-live-every   seconds between refreshes without events (ages on the board), none when absent
// While someone types in the part, the refresh waits; a focused button is focused again after the refresh.
(function () {
  'use strict';
  var MIN_INTERVAL_MS = 1000;
  var holder = document.querySelector('[data-live-url]');
  if (!holder) return;
  var status = document.getElementById('live-status');
  var filtered = (holder.dataset.liveEvents || '').split(',').filter(Boolean);
  var always = (holder.dataset.liveAny || '').split(',').filter(Boolean);
  var filter = holder.dataset.liveFilter || '';
  var anyInterval = parseInt(holder.dataset.liveAnyMs || String(MIN_INTERVAL_MS), 10);
  var every = parseInt(holder.dataset.liveEvery || '0', 10);
  var slowTimer = null;
  var last = 0;
  var timer = null;
  var running = false;
  var dirty = false;
  var refreshes = 0;
  var connectedOnce = false;

  function part() { return holder.firstElementChild; }

  function typing() {
    var active = document.activeElement;
    return !!active && part().contains(active) && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName);
  }

  function request() {
    dirty = true;
    if (timer !== null || running) return;
    timer = setTimeout(run, Math.max(0, last + MIN_INTERVAL_MS - Date.now()));
  }

  function requestSlowly() {
    if (slowTimer !== null) return;
    slowTimer = setTimeout(function () {
      slowTimer = null;
      request();
    }, Math.max(0, last + anyInterval - Date.now()));
  }

  function run() {
    timer = null;
    if (typing()) {
      timer = setTimeout(run, MIN_INTERVAL_MS);
      return;
    }
    dirty = false;
    running = true;
    last = Date.now();
    fetch(holder.dataset.liveUrl, {credentials: 'same-origin'}).then(function (r) {
      if (r.redirected || !r.ok) {
        // Signed out, refused, or the reason for reading must be given again: the full page says why.
        window.location.reload();
        return null;
      }
      return r.text();
    }).then(function (html) {
      if (html !== null) replace(html);
    }).catch(function () {
      dirty = true;
    }).finally(function () {
      running = false;
      if (dirty) request();
    });
  }

  function replace(html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    var fresh = template.content.firstElementChild;
    if (!fresh) return;
    var focusedId = document.activeElement && part().contains(document.activeElement) ? document.activeElement.id : '';
    part().replaceWith(fresh);
    if (focusedId) {
      var again = document.getElementById(focusedId);
      if (again) again.focus();
    }
    refreshes += 1;
    document.body.dataset.liveRefreshes = String(refreshes);
    document.dispatchEvent(new CustomEvent('amparo:fragment'));
  }

  var source = new EventSource(holder.dataset.eventsUrl);
  source.addEventListener('hello', function () {
    status.textContent = holder.dataset.connected;
    document.body.dataset.live = 'connected';
    // After a reconnection, events may have been missed while the stream was down.
    if (connectedOnce) request();
    connectedOnce = true;
  });
  source.onerror = function () {
    status.textContent = holder.dataset.disconnected;
    document.body.dataset.live = 'disconnected';
  };
  filtered.forEach(function (name) {
    source.addEventListener(name, function (e) {
      var data = JSON.parse(e.data);
      if (data.incidentId === filter) request();
    });
  });
  always.forEach(function (name) {
    source.addEventListener(name, requestSlowly);
  });
  if (every > 0) setInterval(request, every * 1000);
})();
