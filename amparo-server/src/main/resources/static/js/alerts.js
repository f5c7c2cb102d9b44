// The unified queue keeps itself current and is worked from the keyboard.
// Live: when the event stream announces an alert, face match or (where incidents are listed) incident change, the
// list is fetched again from /alerts/rows with the page's filter, at most once a second however many events arrive
// and never twice at a time (the pattern of live-fragment.js). Events carry ids, types and statuses only. While
// someone types in the list the refresh waits and a notice offers it; a typed note, the selection and the focus
// survive a refresh.
// Keyboard: j/k or the arrows move the selection, a acknowledges, c confirms a match, r resolves an alert (focuses
// its note) or rejects a match (focuses Reject), Enter or o opens the detail, / goes to the filter, ? shows the
// help. Shortcuts never fire while a text field, list or button has a modifier key or a field has the focus.
(function () {
  'use strict';
  var MIN_INTERVAL_MS = 1000;
  var holder = document.getElementById('alert-list');
  if (!holder) return;
  var status = document.getElementById('live-status');
  var pending = document.getElementById('alerts-pending');
  var reloadButton = document.getElementById('alerts-reload');
  var announce = document.getElementById('queue-announce');
  var help = document.getElementById('queue-help');
  var selectedKey = holder.dataset.changed || '';
  var last = 0;
  var timer = null;
  var running = false;
  var dirty = false;
  var refreshes = 0;
  var connectedOnce = false;
  // A refresh between a button's press and release would swallow the click: it waits for the release.
  var pointerDown = false;

  function rowsPart() { return document.getElementById('alert-rows'); }
  function rows() { return Array.prototype.slice.call(document.querySelectorAll('#alerts tbody tr[data-key]')); }

  function typing() {
    var active = document.activeElement;
    if (!active) return false;
    return /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) || active.isContentEditable;
  }

  function typingInList() {
    var part = rowsPart();
    return typing() && !!part && part.contains(document.activeElement);
  }

  // ---- selection ----
  function selected() {
    return rows().filter(function (r) { return r.dataset.key === selectedKey; })[0] || null;
  }

  function mark(row, focus) {
    rows().forEach(function (r) {
      r.classList.remove('selected');
      r.removeAttribute('aria-current');
    });
    if (!row) return;
    selectedKey = row.dataset.key;
    row.classList.add('selected');
    row.setAttribute('aria-current', 'true');
    document.body.dataset.selected = selectedKey;
    if (focus) {
      row.focus();
      row.scrollIntoView({block: 'nearest'});
      say(holder.dataset.selectedText + ' ' + row.dataset.label);
    }
  }

  function say(text) {
    // Cleared first so that the same text is announced again.
    announce.textContent = '';
    setTimeout(function () { announce.textContent = text; }, 30);
  }

  function move(step) {
    var all = rows();
    if (all.length === 0) return;
    var index = all.indexOf(selected());
    var next = index < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, index + step));
    mark(all[next], true);
  }

  function press(selector) {
    var row = selected();
    var button = row && row.querySelector(selector);
    if (button) button.click();
  }

  function resolveOrReject() {
    var row = selected();
    if (!row) return;
    var note = row.querySelector('input[name=note]');
    var reject = row.querySelector('button.reject');
    if (note) {
      note.focus();
      say(holder.dataset.notePrompt);
    } else if (reject) {
      reject.focus();
      say(holder.dataset.rejectPrompt);
    }
  }

  function openDetail() {
    var row = selected();
    var link = row && row.querySelector('a.detail');
    if (link) window.location.assign(link.href);
  }

  // Escape from a line's note or button goes back to the line.
  holder.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    var row = selected();
    if (row && row.contains(document.activeElement) && document.activeElement !== row) {
      e.preventDefault();
      row.focus();
    }
  });

  document.addEventListener('keydown', function (e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing()) return;
    if (help.open) return;
    var onControl = document.activeElement && /^(BUTTON|A)$/.test(document.activeElement.tagName);
    switch (e.key) {
      case 'j': case 'ArrowDown': move(1); break;
      case 'k': case 'ArrowUp': move(-1); break;
      case 'a': press('button.acknowledge'); break;
      case 'c': press('button.confirm-match'); break;
      case 'r': resolveOrReject(); break;
      case 'o': openDetail(); break;
      case 'Enter':
        // On a button or link, Enter is theirs.
        if (onControl) return;
        openDetail();
        break;
      case '/': {
        var first = document.querySelector('#queue-filter input, #queue-filter select');
        if (first) first.focus();
        break;
      }
      case '?': help.showModal(); break;
      default: return;
    }
    e.preventDefault();
  });

  document.getElementById('queue-help-open').addEventListener('click', function () { help.showModal(); });

  // Clicking or tabbing into a line selects it, so that the keys act on what the person works on.
  holder.addEventListener('focusin', function (e) {
    var row = e.target.closest && e.target.closest('tr[data-key]');
    if (row && row.dataset.key !== selectedKey) mark(row, false);
  });
  holder.addEventListener('click', function (e) {
    var row = e.target.closest && e.target.closest('tr[data-key]');
    if (row) mark(row, false);
  });

  holder.addEventListener('pointerdown', function () { pointerDown = true; });
  document.addEventListener('pointerup', function () { pointerDown = false; });
  document.addEventListener('pointercancel', function () { pointerDown = false; });

  // ---- live refresh ----
  function request() {
    dirty = true;
    if (timer !== null || running) return;
    timer = setTimeout(run, Math.max(0, last + MIN_INTERVAL_MS - Date.now()));
  }

  function run() {
    timer = null;
    if (pointerDown) {
      timer = setTimeout(run, 100);
      return;
    }
    if (typingInList()) {
      pending.hidden = false;
      timer = setTimeout(run, MIN_INTERVAL_MS);
      return;
    }
    dirty = false;
    running = true;
    last = Date.now();
    fetch(holder.dataset.rowsUrl + window.location.search, {credentials: 'same-origin'}).then(function (r) {
      if (r.redirected || !r.ok) {
        // Signed out, or the filter is refused: the full page says why.
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
    var fresh = template.content.getElementById('alert-rows');
    var old = rowsPart();
    if (!fresh || !old) return;
    // Notes typed and not sent yet go over to the fresh list, as does the focus.
    var notes = {};
    Array.prototype.forEach.call(old.querySelectorAll('input[name=note]'), function (i) {
      if (i.value !== '') notes[i.id] = i.value;
    });
    var focusedId = old.contains(document.activeElement) ? document.activeElement.id : '';
    var rowFocused = old.contains(document.activeElement) && document.activeElement.matches('tr[data-key]');
    old.replaceWith(fresh);
    Object.keys(notes).forEach(function (id) {
      var input = document.getElementById(id);
      if (input) input.value = notes[id];
    });
    var row = selected();
    if (row) mark(row, false);
    if (focusedId) {
      var again = document.getElementById(focusedId);
      if (again) again.focus();
    } else if (rowFocused && row) {
      row.focus();
    }
    pending.hidden = true;
    refreshes += 1;
    document.body.dataset.alertsRefreshed = String(refreshes);
  }

  reloadButton.addEventListener('click', function () {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending.hidden = true;
    dirty = true;
    if (!running) run();
  });

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
  source.addEventListener('alert', request);
  source.addEventListener('face-match', request);
  if (holder.dataset.incidents === 'true') source.addEventListener('incident', request);

  var initial = selected();
  if (initial) mark(initial, false);
})();
