// The demo page: refreshes the simulator's counters every two seconds from /demo/state.json.
(function () {
  'use strict';
  function set(id, value) {
    var el = document.getElementById(id);
    if (el) { el.textContent = String(value); }
  }
  function channels(fixes) {
    return Object.keys(fixes).map(function (k) { return k + ' ' + fixes[k]; }).join(', ');
  }
  function refresh() {
    fetch('/demo/state.json', { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s) { return; }
        var c = s.counters;
        set('demo-time', s.simulatedClock);
        set('c-units', s.units);
        set('c-fixes', c.fixesTotal);
        set('c-channels', channels(c.fixes));
        set('c-calls', c.calls);
        set('c-aml', c.amlSms);
        set('c-dispatches', c.dispatches);
        set('c-frames', c.frames);
        set('c-matches', c.faceMatches);
        set('c-alerts', c.alertsSeen);
        set('c-errors', c.httpErrors);
      })
      .catch(function () { /* the next refresh tries again */ });
  }
  setInterval(refresh, 2000);
})();
