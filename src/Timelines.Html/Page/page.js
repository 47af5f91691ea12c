/*
 * Timelines.Html page script: draws the events of the JSON in #timeline-data with vis-timeline, and adds what vis
 * lacks: the possible/certain drawing, qualifier badges, keys, search, tag filters, lanes by tag or actor, the
 * details panel, and the list of every event. Why vis-timeline and not hand-written zooming: see TimelineHtml.cs.
 *
 * Moments in the data are the local date-times of the timeline's zone written as if UTC, and the axis is drawn in
 * UTC (the moment option below), so the reader sees the zone's days wherever they are.
 */
(function () {
  'use strict';

  var DAY = 86400000;
  // A larger timeline opens on the stretch of its first OPENING_EVENTS events rather than on all of them.
  var OPENING_EVENTS = 200;
  var OTHER_LANE = '(other)';

  var data = JSON.parse(document.getElementById('timeline-data').textContent);
  var events = data.events;
  var byId = new Map(events.map(function (e) { return [e.id, e]; }));

  // The extent: from the first to the last moment any date or the as-of day names. Open ends are drawn to the
  // as-of day, the last day the timeline speaks for, or without one to the last date.
  var first = Infinity;
  var last = -Infinity;
  events.forEach(function (e) {
    [e.ps, e.pe, e.cs, e.ce].forEach(function (t) {
      if (t !== null && t !== undefined) {
        first = Math.min(first, t);
        last = Math.max(last, t);
      }
    });
  });
  if (data.asOf !== undefined) {
    first = Math.min(first, data.asOf);
    last = Math.max(last, data.asOf);
  }
  if (!isFinite(first)) {
    first = 0;
    last = DAY;
  } else if (last <= first) {
    last = first + DAY;
  }

  function drawnSpan(e) {
    var start = e.ps !== null ? e.ps : first;
    var end = e.pe;
    if (end === null) {
      end = data.asOf !== undefined && data.asOf > start ? data.asOf : last;
    }
    return [start, Math.max(end, start + 1)];
  }

  // Relations both ways: "follows X" on an event, "followed by" (the same relation, read back) on X.
  var incoming = new Map();
  events.forEach(function (e) {
    e.relations.forEach(function (r) {
      if (!incoming.has(r.target)) {
        incoming.set(r.target, []);
      }
      incoming.get(r.target).push({ kind: r.kind, source: e.id });
    });
  });

  // ---- Lanes ---------------------------------------------------------------------------------------------
  function laneKey(e, mode) {
    if (mode === 'tag') {
      return e.tags.length > 0 ? e.tags[0] : OTHER_LANE;
    }
    if (mode === 'actor') {
      return e.actors.length > 0 ? e.actors[0].name : OTHER_LANE;
    }
    return 'All events';
  }

  // Lanes in order of their earliest event, then by name, as in the SVG.
  function lanesFor(mode) {
    var earliest = new Map();
    events.forEach(function (e) {
      var key = laneKey(e, mode);
      var start = drawnSpan(e)[0];
      if (!earliest.has(key) || start < earliest.get(key)) {
        earliest.set(key, start);
      }
    });
    return Array.from(earliest.entries())
      .sort(function (a, b) { return a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); })
      .map(function (entry, index) {
        return { id: entry[0], content: entry[0], className: 'lane-' + (index % 8), order: index };
      });
  }

  // Vague events (a possible extent of over three months, less than half of it certain, as for "2022?") are
  // stacked below the better-dated ones rather than heading their lanes. The SVG measures "long" against its
  // plot; a page is zoomed, so here it is a fixed length.
  var VAGUE_LENGTH = 90 * DAY;
  var vague = new Set(events.filter(function (e) {
    var span = drawnSpan(e);
    var certain = e.certain ? (e.ce !== null ? e.ce : span[1]) - (e.cs !== null ? e.cs : span[0]) : 0;
    return span[1] - span[0] > VAGUE_LENGTH && certain < (span[1] - span[0]) / 2;
  }).map(function (e) { return e.id; }));

  function stackingOrder(a, b) {
    return (vague.has(a.id) ? 1 : 0) - (vague.has(b.id) ? 1 : 0) || a.start - b.start || (a.end || a.start) - (b.end || b.start);
  }

  var QUALIFIER_CLASS = { '?': 'u', '~': 'a', '?~': 'ua' };

  function itemFor(e, lane) {
    var span = drawnSpan(e);
    var start = span[0];
    var end = span[1];
    var classes = ['ev', lane.className];
    var point = end - start <= DAY && !e.ongoing && !e.openStart;
    var a = 0;
    var b = 0;
    if (e.certain) {
      classes.push('sure');
      var certainStart = e.cs !== null ? e.cs : start;
      var certainEnd = e.ce !== null ? e.ce : end;
      a = Math.max(0, Math.min(100, (certainStart - start) / (end - start) * 100));
      b = Math.max(a, Math.min(100, (certainEnd - start) / (end - start) * 100));
    }
    if (e.ongoing) {
      classes.push('ongoing');
    }
    if (e.openStart) {
      classes.push('open-start');
    }
    e.qualifiers.forEach(function (q) {
      classes.push('q-' + (q.end === 'start' ? 'start' : 'end') + '-' + QUALIFIER_CLASS[q.sign]);
    });
    var item = { id: e.id, group: lane.id, start: start, className: classes.join(' ') };
    if (point) {
      item.type = 'point';
    } else {
      item.type = 'range';
      item.end = end;
      item.style = '--a:' + a.toFixed(3) + '%;--b:' + b.toFixed(3) + '%';
    }
    return item;
  }

  // ---- Filters -------------------------------------------------------------------------------------------
  var haystacks = new Map(events.map(function (e) {
    var parts = [e.title, e.summary || '', e.words, e.when]
      .concat(e.tags, e.actors.map(function (x) { return x.name; }), e.places.map(function (x) { return x.name; }));
    return [e.id, parts.join('\n').toLowerCase()];
  }));
  var tagCounts = new Map();
  var untagged = 0;
  events.forEach(function (e) {
    if (e.tags.length === 0) {
      untagged++;
    }
    e.tags.forEach(function (t) { tagCounts.set(t, (tagCounts.get(t) || 0) + 1); });
  });
  var tagNames = Array.from(tagCounts.keys()).sort();
  var selectedTags = new Set(tagNames);
  var untaggedSelected = true;
  var query = '';

  function isShown(e) {
    if (query && haystacks.get(e.id).indexOf(query) < 0) {
      return false;
    }
    if (e.tags.length === 0) {
      return untaggedSelected;
    }
    return e.tags.some(function (t) { return selectedTags.has(t); });
  }

  // ---- The timeline --------------------------------------------------------------------------------------
  // vis gets a new DataView whenever what it shows changes (lanes, filters, the band below): handing it a whole
  // new set of items takes time in proportion to their number, while its incremental updates of a view that
  // gains thousands of items take minutes.
  var items = new vis.DataSet();
  // A large timeline gives vis only the events near what is in view (the band: the visible window and half as
  // much again on each side), since vis builds an object and its DOM for every item it holds, and for 10,000 that
  // alone takes seconds. The band follows the window as the reader moves and zooms.
  var band = null;
  function inBand(e) {
    if (band === null) {
      return true;
    }
    var span = drawnSpan(e);
    return span[0] < band.end && span[1] > band.start;
  }
  // At most MAX_HELD events go to vis at once: it slows down badly beyond a few thousand (minutes for 10,000).
  // When more are in the band, it gets those nearest the middle of the view, and the page says so.
  var MAX_HELD = 1500;
  var heldIds = null;
  function held(item) {
    return heldIds === null ? isShown(byId.get(item.id)) : heldIds.has(item.id);
  }
  function chooseHeld() {
    var candidates = events.filter(function (e) { return isShown(e) && inBand(e); });
    var notice = document.getElementById('notice');
    if (candidates.length <= MAX_HELD) {
      heldIds = band === null ? null : new Set(candidates.map(function (e) { return e.id; }));
      notice.hidden = true;
      return;
    }
    // The band is centred on the view (or on the event being selected).
    var middle = (band.start + band.end) / 2;
    var distance = function (e) {
      var span = drawnSpan(e);
      return span[0] <= middle && span[1] >= middle ? 0 : Math.min(Math.abs(span[0] - middle), Math.abs(span[1] - middle));
    };
    candidates.sort(function (a, b) { return distance(a) - distance(b); });
    heldIds = new Set(candidates.slice(0, MAX_HELD).map(function (e) { return e.id; }));
    notice.textContent = candidates.length + ' events are in or near this view; the timeline draws the ' + MAX_HELD +
      ' nearest its middle. Zoom in to see the others; every event is in the list below.';
    notice.hidden = false;
  }
  var view = new vis.DataView(items, { filter: held });
  var timeline = null;

  // Gives vis the events it should hold now, keeping the selection.
  function rebuild() {
    chooseHeld();
    view = new vis.DataView(items, { filter: held });
    if (timeline !== null) {
      var selection = timeline.getSelection().filter(function (id) { return view.get(id) !== null; });
      timeline.setItems(view);
      timeline.setSelection(selection);
    }
  }
  var groups = new vis.DataSet();
  var laneMode = data.lanes;

  function setLanes(mode) {
    laneMode = mode;
    var lanes = lanesFor(mode);
    var laneOf = new Map(lanes.map(function (l) { return [l.id, l]; }));
    items = new vis.DataSet(events.map(function (e) { return itemFor(e, laneOf.get(laneKey(e, mode))); }));
    groups.clear();
    groups.add(lanes);
    rebuild();
  }

  // Each event's label is built once, with textContent: titles are data, never markup.
  var labels = new Map();
  function template(item) {
    var label = labels.get(item.id);
    if (!label) {
      var e = byId.get(item.id);
      label = document.createElement('span');
      label.dataset.eventId = e.id;
      label.title = e.title + ' — ' + e.words;
      var title = document.createElement('span');
      title.className = 't';
      title.textContent = e.title;
      var date = document.createElement('span');
      date.className = 'd';
      date.textContent = e.words;
      label.append(title, date);
      labels.set(item.id, label);
    }
    return label;
  }

  function openingWindow() {
    var pad = Math.max((last - first) * 0.02, DAY / 24);
    if (events.length <= OPENING_EVENTS) {
      return { start: first - pad, end: last + pad };
    }
    var starts = events.map(function (e) { return drawnSpan(e)[0]; }).sort(function (x, y) { return x - y; });
    var end = starts[OPENING_EVENTS - 1];
    return { start: first - pad, end: Math.max(end, first + DAY) + pad };
  }

  var opening = openingWindow();
  function bandAround(start, end) {
    return events.length > OPENING_EVENTS ? { start: start - (end - start) / 2, end: end + (end - start) / 2 } : null;
  }
  band = bandAround(opening.start, opening.end);
  setLanes(laneMode);
  document.getElementById('lanes').value = laneMode;
  var container = document.getElementById('timeline');
  timeline = new vis.Timeline(container, view, groups, {
    moment: function (date) { return vis.moment(date).utc(); },
    template: template,
    start: opening.start,
    end: opening.end,
    zoomMin: 60 * 1000,
    zoomMax: Math.max((last - first) * 4, 30 * DAY),
    orientation: { axis: 'top', item: 'top' },
    margin: { item: { horizontal: 10, vertical: 6 }, axis: 8 },
    groupOrder: 'order',
    order: stackingOrder,
    stack: true,
    selectable: true,
    showCurrentTime: false,
    verticalScroll: true,
    preferZoom: true,
    maxHeight: '78vh',
  });

  if (data.asOf !== undefined) {
    timeline.addCustomTime(new Date(data.asOf), 'as-of');
    timeline.setCustomTimeTitle('as of ' + data.asOfWords, 'as-of');
    timeline.setCustomTimeMarker('as of ' + data.asOfWords, 'as-of', false);
  }

  function publishWindow() {
    var w = timeline.getWindow();
    container.dataset.windowStart = String(w.start.valueOf());
    container.dataset.windowEnd = String(w.end.valueOf());
  }
  timeline.on('rangechanged', function () {
    publishWindow();
    var w = timeline.getWindow();
    if (band !== null && (w.start.valueOf() < band.start || w.end.valueOf() > band.end)) {
      band = bandAround(w.start.valueOf(), w.end.valueOf());
      rebuild();
    }
  });
  timeline.once('changed', function () {
    publishWindow();
    // The moment the timeline is first drawn and can be used, for scripts and for measuring how fast it opens.
    performance.mark('timelines-ready');
    document.documentElement.dataset.ready = 'true';
    window.setTimeout(fillChronology, 0);
  });

  // ---- Header, legend, counts ----------------------------------------------------------------------------
  var summary = [events.length + (events.length === 1 ? ' event' : ' events'), 'days in ' + data.zone];
  if (data.asOf !== undefined) {
    summary.push('as of ' + data.asOfWords);
  }
  document.getElementById('summary').textContent = summary.join(' · ');
  var signs = new Set();
  events.forEach(function (e) { e.qualifiers.forEach(function (q) { signs.add(q.sign); }); });
  document.querySelector('[data-legend=uncertain]').hidden = !(signs.has('?') || signs.has('?~'));
  document.querySelector('[data-legend=approximate]').hidden = !(signs.has('~') || signs.has('?~'));
  document.getElementById('legend-ongoing').textContent = data.asOf !== undefined
    ? 'still going on, up to the as-of day'
    : 'still going on (no as-of day: drawn to the last date)';
  if (data.asOf !== undefined) {
    document.querySelector('[data-legend=as-of]').hidden = false;
    document.getElementById('legend-as-of').textContent = 'as of ' + data.asOfWords;
  }

  function updateCount() {
    var shown = events.filter(isShown).length;
    document.getElementById('count').textContent = shown === events.length
      ? 'all ' + events.length + ' events'
      : shown + ' of ' + events.length + ' events';
    chronologyItems.forEach(function (li, id) { li.hidden = !isShown(byId.get(id)); });
  }

  function refresh() {
    rebuild();
    updateCount();
  }

  // ---- Search and tags -----------------------------------------------------------------------------------
  var search = document.getElementById('search');
  search.addEventListener('input', function () {
    query = search.value.trim().toLowerCase();
    refresh();
  });

  var tagButtons = new Map();
  function tagButton(name, label, count) {
    var button = document.createElement('button');
    button.type = 'button';
    button.dataset.tag = name;
    button.setAttribute('aria-pressed', 'true');
    button.textContent = label + ' ' + count;
    tagButtons.set(name, button);
    return button;
  }
  var tagBox = document.getElementById('tags');
  tagNames.forEach(function (t) { tagBox.append(tagButton(t, t, tagCounts.get(t))); });
  if (untagged > 0) {
    tagBox.append(tagButton('', '(no tag)', untagged));
  }
  function syncTagButtons() {
    tagButtons.forEach(function (button, name) {
      button.setAttribute('aria-pressed', String(name === '' ? untaggedSelected : selectedTags.has(name)));
    });
  }
  tagBox.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-tag]');
    if (!button) {
      return;
    }
    var name = button.dataset.tag;
    if (name === '') {
      untaggedSelected = !untaggedSelected;
    } else if (selectedTags.has(name)) {
      selectedTags.delete(name);
    } else {
      selectedTags.add(name);
    }
    syncTagButtons();
    refresh();
  });
  function selectAllTags(on) {
    selectedTags = new Set(on ? tagNames : []);
    untaggedSelected = on;
    syncTagButtons();
    refresh();
  }
  document.getElementById('tags-all').addEventListener('click', function () { selectAllTags(true); });
  document.getElementById('tags-none').addEventListener('click', function () { selectAllTags(false); });

  document.getElementById('lanes').addEventListener('change', function (event) {
    setLanes(event.target.value);
  });

  // ---- Zoom and move: buttons and keys (vis already zooms by wheel and pinch and moves by drag) ---------------
  // Shows every event the filters leave, from the data rather than from what vis holds (only the band).
  function fitShown() {
    var from = Infinity;
    var to = -Infinity;
    events.forEach(function (e) {
      if (isShown(e)) {
        var span = drawnSpan(e);
        from = Math.min(from, span[0]);
        to = Math.max(to, span[1]);
      }
    });
    if (!isFinite(from)) {
      from = first;
      to = last;
    }
    var pad = Math.max((to - from) * 0.02, DAY / 24);
    timeline.setWindow(from - pad, to + pad, { animation: false });
  }

  function move(fraction) {
    var w = timeline.getWindow();
    var shift = (w.end - w.start) * fraction;
    timeline.setWindow(w.start.valueOf() + shift, w.end.valueOf() + shift, { animation: false });
  }
  var actions = {
    'zoom-in': function () { timeline.zoomIn(0.5, { animation: false }); },
    'zoom-out': function () { timeline.zoomOut(0.5, { animation: false }); },
    'move-earlier': function () { move(-0.25); },
    'move-later': function () { move(0.25); },
    'fit': fitShown,
  };
  Object.keys(actions).forEach(function (id) {
    document.getElementById(id).addEventListener('click', actions[id]);
  });
  var keys = {
    '+': 'zoom-in', '=': 'zoom-in', '-': 'zoom-out', '_': 'zoom-out',
    'ArrowLeft': 'move-earlier', 'ArrowRight': 'move-later', '0': 'fit', 'Home': 'fit',
  };
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      closeDetails();
      return;
    }
    var typing = event.target.closest && event.target.closest('input, select, textarea');
    if (typing || event.ctrlKey || event.metaKey || event.altKey || !keys[event.key]) {
      return;
    }
    event.preventDefault();
    actions[keys[event.key]]();
  });

  // ---- Details -------------------------------------------------------------------------------------------
  var details = document.getElementById('details');
  var detailsBody = document.getElementById('details-body');

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function eventLink(id) {
    var target = byId.get(id);
    var link = element('a', 'relation', target ? target.title : id);
    link.href = '#event-' + encodeURIComponent(id);
    link.dataset.target = id;
    return link;
  }

  function list(heading, entries) {
    if (entries.length === 0) {
      return [];
    }
    var ul = element('ul');
    entries.forEach(function (entry) {
      var li = element('li');
      li.append.apply(li, entry);
      ul.append(li);
    });
    return [element('h3', null, heading), ul];
  }

  function joined(parts) {
    return parts.filter(function (p) { return p; }).join(', ');
  }

  function show(id) {
    var e = byId.get(id);
    if (!e) {
      return;
    }
    var parts = [element('h2', null, e.title), element('p', 'when', e.words)];
    var edtf = element('p', 'edtf', 'EDTF ' + e.when + (e.status ? ' · ' + e.status : ''));
    parts.push(edtf);
    e.qualifiers.forEach(function (q) {
      var which = q.end === 'date' ? 'The date' : q.end === 'start' ? 'The start' : 'The end';
      parts.push(element('p', 'qualifier', which + ' is ' + q.meaning + ' (' + q.sign + ').'));
    });
    if (e.ongoing) {
      parts.push(element('p', 'qualifier', data.asOf !== undefined ? 'Still going on as of ' + data.asOfWords + '.' : 'Still going on.'));
    }
    if (e.summary) {
      parts.push(element('p', 'summary', e.summary));
    }
    parts = parts.concat(list('Actors', e.actors.map(function (a) {
      return [joined([a.name, a.role, a.country])];
    })));
    parts = parts.concat(list('Places', e.places.map(function (p) {
      var where = p.lat !== undefined ? p.lat.toFixed(4) + ', ' + p.lon.toFixed(4) : '';
      return [joined([p.name, p.country, where])];
    })));
    parts = parts.concat(list('Sources', e.sources.map(function (s) {
      var name = s.title || s.url || 'untitled source';
      var first = s.url ? element('a', 'source', name) : element('span', 'source', name);
      if (s.url) {
        first.href = s.url;
        first.target = '_blank';
        first.rel = 'noopener noreferrer';
      }
      var rest = joined([s.publisher, s.published ? 'published ' + s.published : '', s.accessed ? 'accessed ' + s.accessed : '']);
      return rest ? [first, ' — ' + rest] : [first];
    })));
    var relations = e.relations.map(function (r) { return [r.kind + ' ', eventLink(r.target)]; })
      .concat((incoming.get(e.id) || []).map(function (r) { return [eventLink(r.source), ' ' + r.kind + ' this']; }));
    parts = parts.concat(list('Related events', relations));
    if (e.tags.length > 0) {
      parts.push(element('p', 'muted', 'Tags: ' + e.tags.join(', ')));
    }
    detailsBody.replaceChildren.apply(detailsBody, parts);
    var opening = details.hidden;
    details.hidden = false;
    if (opening) {
      // The panel narrows the timeline: draw it again at its new width now, not at vis's next size check.
      timeline.redraw();
    }
    details.dataset.eventId = e.id;
    try {
      history.replaceState(null, '', '#event-' + encodeURIComponent(e.id));
    } catch (ignored) {
      // Some browsers refuse history changes on file: pages; the page works without.
    }
  }

  function closeDetails() {
    if (details.hidden) {
      return;
    }
    details.hidden = true;
    delete details.dataset.eventId;
    timeline.setSelection([]);
    timeline.redraw();
  }

  // Selects an event, even one the filters hide (they are cleared then), and shows its details.
  function select(id) {
    var e = byId.get(id);
    if (!e) {
      return;
    }
    if (!isShown(e)) {
      search.value = '';
      query = '';
      selectAllTags(true);
    }
    if (!inBand(e)) {
      var span = drawnSpan(e);
      var w = timeline.getWindow();
      var half = (w.end - w.start) / 2;
      band = bandAround((span[0] + span[1]) / 2 - half, (span[0] + span[1]) / 2 + half);
      rebuild();
    }
    timeline.setSelection([id], { focus: true, animation: false });
    show(id);
  }

  timeline.on('select', function (properties) {
    if (properties.items.length > 0) {
      show(properties.items[0]);
    }
  });
  document.getElementById('details-close').addEventListener('click', closeDetails);
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-target]');
    if (link) {
      event.preventDefault();
      select(link.dataset.target);
    }
  });

  // ---- The list of every event, in order: for reading, for search results, for print -----------------------
  var chronologyItems = new Map();
  function fillChronology() {
    var ordered = events.slice().sort(function (x, y) {
      var a = drawnSpan(x);
      var b = drawnSpan(y);
      return a[0] - b[0] || a[1] - b[1] || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
    });
    var fragment = document.createDocumentFragment();
    ordered.forEach(function (e) {
      var li = element('li');
      li.dataset.eventId = e.id;
      li.append(eventLink(e.id), element('span', 'd', e.words));
      var more = element('div', 'print-only');
      if (e.summary) {
        more.append(element('p', null, e.summary));
      }
      if (e.sources.length > 0) {
        var sources = element('ul', 'sources');
        e.sources.forEach(function (s) {
          var entry = element('li');
          var name = s.title || s.url || 'untitled source';
          var node = s.url ? element('a', null, name) : element('span', null, name);
          if (s.url) {
            node.href = s.url;
          }
          entry.append(node);
          sources.append(entry);
        });
        more.append(sources);
      }
      li.append(more);
      li.hidden = !isShown(e);
      chronologyItems.set(e.id, li);
      fragment.append(li);
    });
    document.getElementById('chronology').replaceChildren(fragment);
    document.getElementById('chronology').dataset.complete = 'true';
    performance.mark('timelines-list-ready');
  }

  window.addEventListener('beforeprint', function () {
    if (chronologyItems.size === 0) {
      fillChronology();
    }
    timeline.redraw();
  });
  window.addEventListener('afterprint', function () { timeline.redraw(); });

  updateCount();
  var hash = decodeURIComponent(location.hash.replace(/^#event-/, ''));
  if (hash && byId.has(hash)) {
    select(hash);
  }

  // For scripts and tests: the vis Timeline, which events the filters show, and which of them the visible
  // window reaches.
  window.timelinePage = {
    timeline: timeline,
    heldByVis: function () { return view.length; },
    maxHeld: MAX_HELD,
    shownIds: function () { return events.filter(isShown).map(function (e) { return e.id; }); },
    inWindow: function () {
      var w = timeline.getWindow();
      return events.filter(function (e) {
        var span = drawnSpan(e);
        return isShown(e) && span[0] < w.end.valueOf() && span[1] > w.start.valueOf();
      }).map(function (e) { return e.id; });
    },
    select: select,
  };
}());
