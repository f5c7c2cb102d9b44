// The face match review hears of new matches and verdicts on the event stream (ids and statuses
// only) and offers a reload rather than replacing the list while someone compares two faces.
(function () {
  'use strict';
  var holder = document.getElementById('face-match-list');
  if (!holder) return;
  var pending = document.getElementById('face-matches-changed');
  var reload = document.getElementById('face-matches-reload');
  reload.addEventListener('click', function () { window.location.reload(); });
  var source = new EventSource(holder.dataset.eventsUrl);
  source.addEventListener('hello', function () { document.body.dataset.live = 'connected'; });
  source.onerror = function () { document.body.dataset.live = 'disconnected'; };
  source.addEventListener('face-match', function () { pending.hidden = false; });
})();
