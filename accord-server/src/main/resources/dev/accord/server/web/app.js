// Accord's page. Everything the store holds is put on the page as text (textContent), never as HTML, so
// words from an article cannot become markup or script; the server's Content-Security-Policy backs this up.
'use strict';

// The PLOVER event types, in order, and the side of the cooperation–conflict scale each stands on: read
// once from the server, which has them from its model, by the first view that needs them.
let TYPES = [];
let SIDES = {};
const view = document.getElementById('view');
const tip = document.getElementById('tip');

// The API token comes once in the address (#token=...) from `accord serve` and is kept for this tab only:
// when the page loads, and when the address changes only after the '#', which loads nothing.
function takeToken() {
  const m = location.hash.match(/token=([0-9A-Za-z_-]+)/);
  if (m) {
    sessionStorage.setItem('accord-token', m[1]);
    history.replaceState(null, '', location.pathname + '#/');
  }
}
takeToken();
const token = () => sessionStorage.getItem('accord-token');
const curator = () => localStorage.getItem('accord-curator') || 'analyst';

/** Builds an element; strings become text nodes, never HTML. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'on') { for (const [ev, f] of Object.entries(v)) e.addEventListener(ev, f); }
    else if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) {
    if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function api(path, options) {
  const r = await fetch(path, options);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ? body.error.message : r.statusText);
  return body;
}

function correct(body) {
  return api('/api/corrections', {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token()},
    body: JSON.stringify(Object.assign({curator: curator()}, body))
  });
}

async function loadTypes() {
  if (TYPES.length) return;
  const types = await api('/api/event-types');
  SIDES = Object.fromEntries(types.map(t => [t.type, t.side]));
  TYPES = types.map(t => t.type);
}

function typeClass(t) { return SIDES[t] === 'cooperation' ? 'coop' : SIDES[t] === 'neutral' ? '' : 'conf'; }
const actorLink = (key, name) => el('a', {href: '#/actor/' + encodeURIComponent(key)}, name || key);

function facetList(title, items, param, params) {
  const box = el('div', {class: 'facet'}, el('h3', {}, title));
  for (const f of items) {
    const next = new URLSearchParams(params);
    const on = params.get(param) === f.key;
    if (on) next.delete(param); else next.set(param, f.key);
    box.append(el('a', {href: '#/search?' + next, class: on ? 'on' : null, 'data-facet': param},
      el('span', {}, f.label), el('span', {class: 'n'}, f.count)));
  }
  return items.length ? box : null;
}

async function searchView(params) {
  const input = el('input', {type: 'search', id: 'q', placeholder: 'Search articles: Kazakhstan, summit declaration …',
    value: params.get('q') || ''});
  const form = el('form', {class: 'searchbar', on: {submit: ev => {
    ev.preventDefault();
    const next = new URLSearchParams(params);
    if (input.value.trim()) next.set('q', input.value.trim()); else next.delete('q');
    location.hash = '#/search?' + next;
  }}}, input, el('button', {type: 'submit'}, 'Search'));
  const page = await api('/api/articles?' + new URLSearchParams(Object.assign(Object.fromEntries(params), {limit: 50})));
  const side = el('aside', {class: 'card'},
    el('div', {class: 'meta'}, page.total + (page.total === 1 ? ' article' : ' articles')),
    facetList('Actors', page.facets.actors, 'actor', params), facetList('Event types', page.facets.types, 'type', params),
    facetList('Themes', page.facets.themes, 'theme', params), facetList('Outlets', page.facets.outlets, 'outlet', params));
  const list = el('section', {class: 'card', id: 'results'});
  if (!page.items.length) list.append(el('div', {class: 'empty'}, 'No article matches.'));
  for (const a of page.items) {
    const snip = el('div', {class: 'snip'});
    // The snippet marks matched words with « »; they become <mark> elements holding text.
    (a.snippet || '').split(/(«[^»]*»)/).forEach(part => snip.append(part.startsWith('«')
      ? el('mark', {}, part.slice(1, -1)) : document.createTextNode(part)));
    list.append(el('div', {class: 'hit'},
      el('a', {class: 'title', href: '#/article/' + a.id}, a.title || a.source),
      el('div', {class: 'meta'}, [a.published || 'undated', a.outlet, a.events + ' events'].filter(Boolean).join(' · ')),
      snip,
      el('div', {}, a.actors.map(k => el('span', {class: 'chip'}, k)), a.eventTypes.map(t => el('span', {class: 'chip t'}, t)))));
  }
  view.replaceChildren(form, el('div', {class: 'grid'}, side, list));
  input.focus();
}

/** Marks from facts: event triggers and actor mentions, without overlaps (earlier and longer first). */
function marks(facts) {
  const all = [];
  facts.events.forEach(e => all.push({b: e.trigger.span.begin, e: e.trigger.span.end, kind: 'event', ref: e}));
  facts.actors.forEach(a => a.mentions.forEach(m =>
    all.push({b: m.evidence.span.begin, e: m.evidence.span.end, kind: 'actor', ref: a})));
  all.sort((x, y) => x.b - y.b || (y.e - y.b) - (x.e - x.b));
  const kept = [];
  let end = 0;
  for (const m of all) if (m.b >= end) { kept.push(m); end = m.e; }
  return kept;
}

function eventSummary(e, names) {
  const who = e.actors.map(a => names[a.actor] || a.actor).join(', ');
  const whom = e.recipients.map(a => names[a.actor] || a.actor).join(', ');
  return {who, whom};
}

function showTip(target, lines) {
  tip.replaceChildren(...lines.map(l => el('div', {}, ...l)));
  const r = target.getBoundingClientRect();
  tip.hidden = false;
  tip.style.left = Math.min(r.left, window.innerWidth - 440) + 'px';
  tip.style.top = (r.bottom + 8) + 'px';
}

function eventTip(e, names) {
  const {who, whom} = eventSummary(e, names);
  return [[el('b', {}, e.type), ' ' + (e.mode || '') + ' · CAMEO ' + e.cameo],
    ['Evidence: “', e.trigger.text, '”'], ['Actors: ' + who], whom ? ['Recipients: ' + whom] : [''],
    ['Date: ' + (e.date ? e.date.value + (e.date.evidence ? ' (“' + e.date.evidence.text + '”)' : '') : 'none')],
    e.place ? ['Place: ' + e.place.name] : [''], ['Modality: ' + e.modality + ' · confidence ' + e.confidence]];
}

/**
 * The correction controls of one event: retype, redate, reject. For a consolidated event (its id in
 * {@code consolidated}) the type is set on the event, so every report of it takes it.
 */
function fixControls(articleId, e, done, consolidated) {
  if (!token()) return null;
  const type = el('select', {'aria-label': 'event type', class: 'fix-type'},
    TYPES.map(t => el('option', {value: t, selected: t === e.type ? 'selected' : null}, t)));
  const date = el('input', {type: 'text', placeholder: 'YYYY-MM-DD', size: 10, class: 'fix-date',
    value: e.date ? e.date.value : ''});
  const msg = el('span', {class: 'meta'});
  const run = (body) => correct(Object.assign({articleId, factId: e.id}, body))
    .then(() => done()).catch(err => { msg.textContent = err.message; });
  return el('div', {class: 'fix'}, type,
    el('button', {class: 'small ghost fix-retype', on: {click: () => consolidated
      ? correctEvent(consolidated, {action: 'RETYPE', type: type.value}).then(() => done())
        .catch(err => { msg.textContent = err.message; })
      : run({action: 'RETYPE', type: type.value})}}, 'Set type'),
    date, el('button', {class: 'small ghost', on: {click: () => run({action: 'SET_DATE', date: date.value})}}, 'Set date'),
    el('button', {class: 'small ghost fix-reject', on: {click: () => run({action: 'REJECT'})}}, 'Wrong'), msg);
}

/** A small button that marks one fact wrong, shown only to a curator. */
function wrongButton(articleId, factId, done) {
  if (!token()) return null;
  return el('button', {class: 'small ghost', title: 'Mark this fact wrong', on: {click: () =>
    correct({articleId, factId, action: 'REJECT'}).then(done).catch(err => alert(err.message))}}, 'Wrong');
}

/** Where the current selection starts and ends in the article's text, in UTF-16 units; null when outside. */
function selectedSpan(textEl) {
  const sel = window.getSelection();
  if (!sel.rangeCount || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!textEl.contains(range.startContainer) || !textEl.contains(range.endContainer)) return null;
  const offset = (node, within) => {
    const r = document.createRange();
    r.setStart(textEl, 0);
    r.setEnd(node, within);
    return r.toString().length;
  };
  const begin = offset(range.startContainer, range.startOffset);
  const end = offset(range.endContainer, range.endOffset);
  return end > begin ? {begin, end} : null;
}

/** The form for an event the machine missed: its words are the text selected in the article. */
function addEventForm(facts, textEl, done) {
  if (!token()) return null;
  const options = () => facts.actors.map(a => el('option', {value: a.id}, a.name));
  const type = el('select', {'aria-label': 'type of the missed event'}, TYPES.map(t => el('option', {value: t}, t)));
  const who = el('select', {multiple: 'multiple', size: 4, 'aria-label': 'actors'}, options());
  const whom = el('select', {multiple: 'multiple', size: 4, 'aria-label': 'recipients'}, options());
  const date = el('input', {type: 'text', placeholder: 'YYYY-MM-DD', size: 10});
  const msg = el('div', {class: 'meta'}, 'Select the words that state it in the text, then add it.');
  const chosen = sel => Array.from(sel.selectedOptions).map(o => o.value);
  const add = () => {
    const trigger = selectedSpan(textEl);
    if (!trigger) { msg.textContent = 'Select the words that state the event in the article first.'; return; }
    correct({articleId: facts.article.id, action: 'ADD_EVENT', type: type.value, actors: chosen(who),
      recipients: chosen(whom), date: date.value || null, trigger}).then(done).catch(err => { msg.textContent = err.message; });
  };
  return el('div', {class: 'ev add'}, el('div', {class: 'type'}, 'Add a missed event'), msg,
    el('div', {class: 'fix'}, type, date), el('div', {class: 'fix'},
      el('label', {}, 'Actors', who), el('label', {}, 'Recipients', whom)),
    el('div', {class: 'fix'}, el('button', {class: 'small', on: {click: add}}, 'Add event')));
}

/** Controls that set an event's actors and recipients from the article's actors. */
function actorControls(facts, e, done) {
  if (!token()) return null;
  const select = (label, args) => el('select', {multiple: 'multiple', size: 3, 'aria-label': label},
    facts.actors.map(a => el('option', {value: a.id, selected: args.some(x => x.actor === a.id) ? 'selected' : null}, a.name)));
  const who = select('actors', e.actors);
  const whom = select('recipients', e.recipients);
  const chosen = sel => Array.from(sel.selectedOptions).map(o => o.value);
  return el('details', {class: 'fix-actors'}, el('summary', {class: 'meta'}, 'Correct actors'),
    el('div', {class: 'fix'}, el('label', {}, 'Actors', who), el('label', {}, 'Recipients', whom),
      el('button', {class: 'small ghost', on: {click: () => correct({articleId: facts.article.id, factId: e.id,
        action: 'SET_ACTORS', actors: chosen(who), recipients: chosen(whom)}).then(done).catch(err => alert(err.message))}},
      'Set actors')));
}

async function articleView(id) {
  const facts = await api('/api/articles/' + encodeURIComponent(id));
  const a = facts.article;
  const reload = () => articleView(id);
  const names = Object.fromEntries(facts.actors.map(x => [x.id, x.name]));
  const keys = Object.fromEntries(facts.actors.map(x => [x.id, (x.kind === 'STATE' || x.kind === 'IGO') && x.code ? x.code : x.id]));
  const text = el('div', {class: 'text', id: 'article-text'});
  let at = 0;
  const evEls = {};
  for (const m of marks(facts)) {
    if (m.b > at) text.append(document.createTextNode(a.text.slice(at, m.b)));
    const words = a.text.slice(m.b, m.e);
    if (m.kind === 'event') {
      const span = el('span', {class: 'm-event', 'data-event': m.ref.id}, words);
      span.addEventListener('mouseenter', () => { showTip(span, eventTip(m.ref, names)); highlight(m.ref.id, true); });
      span.addEventListener('mouseleave', () => { tip.hidden = true; highlight(m.ref.id, false); });
      text.append(span);
    } else {
      text.append(el('a', {class: 'm-actor', href: '#/actor/' + encodeURIComponent(keys[m.ref.id]),
        'data-actor': m.ref.id, title: m.ref.name + ' (' + m.ref.kind.toLowerCase() + ')'}, words));
    }
    at = m.e;
  }
  text.append(document.createTextNode(a.text.slice(at)));
  function highlight(eventId, on) {
    document.querySelectorAll('[data-event="' + CSS.escape(eventId) + '"]').forEach(x => x.classList.toggle('on', on));
  }
  const events = el('div', {id: 'events'});
  for (const e of facts.events) {
    const {who, whom} = eventSummary(e, names);
    const card = el('div', {class: 'ev', 'data-event': e.id},
      el('div', {}, el('span', {class: 'type ' + typeClass(e.type)}, e.type),
        e.provenance.stage === 'curation' ? el('span', {class: 'curated'}, 'corrected') : null,
        el('span', {class: 'meta'}, ' ' + (e.date ? e.date.value : 'undated'))),
      el('div', {class: 'args'}, who + (whom ? ' → ' + whom : '')),
      el('div', {class: 'meta'}, '“' + e.trigger.text + '”'),
      fixControls(a.id, e, () => articleView(id)), actorControls(facts, e, () => articleView(id)));
    card.addEventListener('mouseenter', () => highlight(e.id, true));
    card.addEventListener('mouseleave', () => highlight(e.id, false));
    events.append(card);
  }
  const side = el('aside', {},
    el('h2', {}, 'Events (' + facts.events.length + ')'), events.childNodes.length ? events : el('div', {class: 'empty'}, 'None found.'),
    addEventForm(facts, text, reload),
    el('h2', {}, 'Actors'), el('div', {}, facts.actors.map(x => el('div', {class: 'row'}, actorLink(keys[x.id], x.name),
      el('span', {class: 'meta'}, ' ' + x.kind.toLowerCase() + ' · ' + x.mentions.length + '× '), wrongButton(a.id, x.id, reload)))),
    el('h2', {}, 'Quotes'), facts.quotes.length ? facts.quotes.map(q => el('blockquote', {}, q.parts.map(p => p.text).join(' '),
      el('div', {class: 'meta'}, '— ' + (names[q.speaker] || 'unattributed') + ' ', wrongButton(a.id, q.id, reload))))
      : el('div', {class: 'empty'}, 'None found.'),
    el('h2', {}, 'Agreements'), facts.agreements.length ? facts.agreements.map(g => el('div', {class: 'row'}, g.name,
      el('span', {class: 'meta'}, ' ' + g.kind + ' · ' + g.status.toLowerCase() + ' '), wrongButton(a.id, g.id, reload)))
      : el('div', {class: 'empty'}, 'None found.'),
    el('h2', {}, 'Themes'), facts.themes.length ? el('div', {}, facts.themes.map(t => el('span', {class: 'chip t'}, t.label)))
      : el('div', {class: 'empty'}, 'None found.'));
  view.replaceChildren(el('h1', {id: 'article-title'}, a.title || a.source),
    el('div', {class: 'meta'}, [a.published || 'undated', a.outlet, a.source, 'id ' + a.id].filter(Boolean).join(' · ')),
    el('div', {class: 'split'}, el('article', {class: 'card'}, text), side));
}

function monthChart(node, months, title) {
  const chart = echarts.init(node);
  chart.setOption({
    title: {text: title, left: 0, textStyle: {fontSize: 13, color: '#5f6b7a'}},
    tooltip: {trigger: 'axis'}, legend: {right: 0},
    grid: {left: 40, right: 16, top: 40, bottom: 30},
    xAxis: {type: 'category', data: months.map(m => m.month)},
    yAxis: {type: 'value', minInterval: 1},
    series: [{name: 'Cooperation', type: 'bar', stack: 'n', color: '#2f8f5b', barMaxWidth: 48,
      data: months.map(m => m.cooperation)},
      {name: 'Conflict', type: 'bar', stack: 'n', color: '#c0392b', barMaxWidth: 48, data: months.map(m => -m.conflict)}]
  });
  return chart;
}

/** How many articles report an event, as a link to every report of it (or to its one article). */
function reportsLink(e) {
  const label = e.reports + (e.reports === 1 ? ' report' : ' reports');
  return e.event ? el('a', {class: 'reports', href: '#/event/' + encodeURIComponent(e.event),
    title: e.outlets + (e.outlets === 1 ? ' outlet' : ' outlets')}, label)
    : el('a', {class: 'reports', href: '#/article/' + e.articleId}, label);
}

function eventTable(events, editable, reload) {
  if (!events.length) return el('div', {class: 'empty'}, 'No events.');
  const heads = ['Date', 'Type', 'Who', 'To whom', 'Words', 'Reports', ''];
  return el('table', {id: 'event-table'}, el('tr', {}, heads.map(h => el('th', {}, h))),
    events.slice().reverse().map(e => el('tr', {'data-event': e.eventId, 'data-consolidated': e.event},
      el('td', {}, e.date || '—'),
      el('td', {}, el('span', {class: 'chip ' + (e.score > 0 ? 't' : e.score < 0 ? 'c' : '')}, e.type),
        e.curated ? el('span', {class: 'curated'}, 'corrected') : null),
      el('td', {}, e.actors.map((p, i) => [i ? ', ' : '', actorLink(p.key, p.name)])),
      el('td', {}, e.recipients.map((p, i) => [i ? ', ' : '', actorLink(p.key, p.name)])),
      el('td', {}, el('a', {href: '#/article/' + e.articleId}, '“' + e.trigger + '”')),
      el('td', {}, reportsLink(e)),
      el('td', {}, editable ? fixControls(e.articleId,
        {id: e.eventId, type: e.type, date: e.date ? {value: e.date} : null}, reload, e.event) : null))));
}

/** Corrects a consolidated event: MERGE, SPLIT or RETYPE; kept so that it holds through every consolidation. */
function correctEvent(id, body) {
  return api('/api/events/' + encodeURIComponent(id) + '/corrections', {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token()},
    body: JSON.stringify(Object.assign({curator: curator()}, body))
  });
}

/** One consolidated event with every report of it: each article, its outlet and date, and its words. */
async function eventView(id) {
  const r = await api('/api/events/' + encodeURIComponent(id) + '/reports');
  const e = r.event;
  const msg = el('span', {class: 'meta'});
  const after = next => {
    const target = '#/event/' + encodeURIComponent(next.event.event);
    if (location.hash === target) eventView(next.event.event); else location.hash = target;
  };
  const fail = err => { msg.textContent = err.message; };
  const type = el('select', {'aria-label': 'event type', class: 'fix-type'},
    TYPES.map(t => el('option', {value: t, selected: t === e.type ? 'selected' : null}, t)));
  const other = el('input', {type: 'text', placeholder: 'ev:… of the same event', size: 22, class: 'merge-with'});
  const send = body => correctEvent(id, body).then(after).catch(fail);
  const controls = token() ? el('div', {class: 'fix'}, type,
    el('button', {class: 'small ghost', on: {click: () => send({action: 'RETYPE', type: type.value})}}, 'Set type'),
    other,
    el('button', {class: 'small ghost', on: {click: () => send({action: 'MERGE', with: other.value.trim()})}}, 'Merge'),
    msg) : null;
  view.replaceChildren(el('h1', {id: 'event-title'}, e.type + ': ' + e.actors.map(p => p.name).join(', ')
      + (e.recipients.length ? ' → ' + e.recipients.map(p => p.name).join(', ') : '')),
    el('div', {class: 'meta'},
      [e.date || 'undated', e.place, e.modality.toLowerCase(), 'id ' + e.event].filter(Boolean).join(' · ')),
    el('div', {class: 'stats'}, stat(e.reports, e.reports === 1 ? 'report' : 'reports'), stat(e.outlets, 'outlets')),
    controls,
    el('table', {id: 'report-table', class: 'card'},
      el('tr', {}, ['Article', 'Outlet', 'Published', 'Words', 'Confidence', ''].map(h => el('th', {}, h))),
      r.reports.map(m => el('tr', {'data-report': m.articleId + '#' + m.eventId},
        el('td', {}, el('a', {href: '#/article/' + m.articleId}, m.articleTitle || m.articleId)),
        el('td', {}, m.outlet || '—'), el('td', {}, m.published || '—'),
        el('td', {}, '“' + m.trigger + '”'), el('td', {}, m.confidence.toFixed(2)),
        el('td', {}, token() && r.reports.length > 1 ? el('button', {class: 'small ghost split', on: {click: () =>
          send({action: 'SPLIT', mention: m.articleId + '#' + m.eventId})}}, 'Not this event') : null)))));
}

async function actorView(key) {
  const p = await api('/api/actors/' + encodeURIComponent(key));
  const chartBox = el('div', {class: 'chart card'});
  view.replaceChildren(el('h1', {}, p.name), el('div', {class: 'meta'}, p.kind.toLowerCase() + ' · ' + p.key
      + (p.country && p.country !== p.key ? ' · ' + p.country : '')),
    el('div', {class: 'stats'}, stat(p.articles, 'articles'), stat(p.mentions, 'mentions'), stat(p.events, 'events')),
    chartBox,
    el('div', {class: 'split'},
      el('section', {}, el('h2', {}, 'Events'), el('div', {class: 'card'}, eventTable(p.recentEvents, false))),
      el('aside', {}, el('h2', {}, 'Partners'), el('div', {class: 'card'}, p.partners.length ? p.partners.map(f => el('div', {},
        el('a', {href: '#/dyad/' + encodeURIComponent(p.key) + '/' + encodeURIComponent(f.key)}, p.name + ' – ' + f.label),
        el('span', {class: 'meta'}, ' ' + f.count + (f.count === 1 ? ' event' : ' events')))) : el('div', {class: 'empty'}, 'None.')),
        el('h2', {}, 'Quotes'), p.quotes.length ? p.quotes.map(quoteBlock) : el('div', {class: 'empty'}, 'None.'),
        el('h2', {}, 'Agreements'), agreementList(p.agreements))));
  monthChart(chartBox, p.months, 'Events by month: cooperation above, conflict below');
}

const stat = (v, l) => el('div', {class: 'stat'}, el('div', {class: 'v'}, v), el('div', {class: 'l'}, l));
const quoteBlock = q => el('blockquote', {class: 'quote'}, q.text,
  el('div', {class: 'meta'}, '— ', q.speakerKey ? actorLink(q.speakerKey, q.speakerName) : 'unattributed', ' · ',
    el('a', {href: '#/article/' + q.articleId}, 'article')));
const agreementList = gs => gs.length ? el('div', {class: 'card'}, gs.map(g => el('div', {class: 'agreement'}, el('b', {}, g.name),
  el('div', {class: 'meta'}, g.kind + ' · ' + g.status.toLowerCase() + (g.date ? ' · ' + g.date : '') + ' · ' +
    g.parties.map(x => x.name).join(', ') + ' · ' + g.reports + (g.reports === 1 ? ' article' : ' articles')))))
  : el('div', {class: 'empty'}, 'None.');

async function dyadView(a, b) {
  const d = await api('/api/dyads/' + encodeURIComponent(a) + '/' + encodeURIComponent(b));
  const ia = el('input', {type: 'text', value: a, 'aria-label': 'first actor'});
  const ib = el('input', {type: 'text', value: b, 'aria-label': 'second actor'});
  const chartBox = el('div', {class: 'chart card', id: 'dyad-chart'});
  view.replaceChildren(
    el('form', {class: 'pair', on: {submit: ev => { ev.preventDefault(); location.hash = '#/dyad/' + ia.value.trim() + '/' + ib.value.trim(); }}},
      ia, ib, el('button', {type: 'submit'}, 'Compare')),
    el('h1', {id: 'dyad-title'}, d.aName + ' – ' + d.bName),
    el('div', {class: 'stats'}, stat(d.events, 'events'), stat(d.cooperation, 'cooperation'), stat(d.conflict, 'conflict'),
      stat((d.meanScore > 0 ? '+' : '') + d.meanScore, 'cooperation–conflict score (PLOVER, +8 … −10)')),
    chartBox,
    el('div', {class: 'split'},
      el('section', {}, el('h2', {}, 'Events'), el('div', {class: 'card'}, eventTable(d.recentEvents, true, () => dyadView(a, b)))),
      el('aside', {}, el('h2', {}, 'By type'), el('div', {class: 'card'}, Object.entries(d.byType).map(([t, n]) =>
        el('div', {}, el('span', {class: 'chip ' + (SIDES[t] === 'cooperation' ? 't' : 'c')}, t), ' ' + n))),
        el('h2', {}, 'Agreements'), agreementList(d.agreements))));
  monthChart(chartBox, d.months, 'Events between them by month');
}

/**
 * The base map for a flat (longitude, latitude) plot: without Antarctica, and without the few rings that
 * cross the antimeridian (the tip of Chukotka, some Fijian islands), which would streak across the map.
 */
function flatWorld(world) {
  const crosses = ring => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  const features = world.features.filter(f => f.id !== '010').map(f => {
    const g = f.geometry;
    if (!g) return f;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const kept = polygons.filter(poly => !crosses(poly[0]));
    return Object.assign({}, f, {geometry: {type: 'MultiPolygon', coordinates: kept}});
  });
  return {type: 'FeatureCollection', features};
}

async function mapView() {
  const points = await api('/api/places');
  const box = el('div', {class: 'mapbox card', id: 'map'});
  view.replaceChildren(el('h1', {}, 'Where events happened'), el('div', {class: 'meta'},
    points.length + ' places · circle size by number of events · base map: Natural Earth (world-atlas), served by Accord'), box);
  const topo = await (await fetch('/vendor/countries-50m.json')).json();
  echarts.registerMap('world', flatWorld(topojson.feature(topo, topo.objects.countries)));
  const chart = echarts.init(box);
  chart.setOption({
    tooltip: {formatter: p => p.data ? echarts.format.encodeHTML(p.data.name) + ': ' + p.data.events + ' events' : ''},
    geo: {map: 'world', roam: true, itemStyle: {areaColor: '#e9edf2', borderColor: '#aab4c0'},
      emphasis: {disabled: true}, top: 10, bottom: 10},
    series: [{type: 'scatter', coordinateSystem: 'geo', symbolSize: p => 8 + 4 * Math.sqrt(p[2]),
      itemStyle: {color: '#1f5fa8', opacity: .8},
      data: points.map(p => ({name: p.name, value: [p.longitude, p.latitude, p.events], events: p.events}))}]
  });
}

async function quotesView(params) {
  const input = el('input', {type: 'search', placeholder: 'Speaker', value: params.get('speaker') || ''});
  const quotes = await api('/api/quotes?' + new URLSearchParams({speaker: params.get('speaker') || '', limit: 200}));
  view.replaceChildren(el('form', {class: 'searchbar', on: {submit: ev => { ev.preventDefault();
    location.hash = '#/quotes?speaker=' + encodeURIComponent(input.value.trim()); }}}, input, el('button', {}, 'Find')),
  el('h1', {}, 'Quotes by speaker'), quotes.items.length ? el('div', {id: 'quotes'}, quotes.items.map(quoteBlock)) : el('div', {class: 'empty'}, 'No quotes.'));
}

async function route() {
  takeToken();
  tip.hidden = true;
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query || '');
  const parts = (path || '/').split('/').filter(Boolean).map(decodeURIComponent);
  document.querySelectorAll('[data-nav]').forEach(a => a.classList.toggle('on', a.dataset.nav === (parts[0] || 'search')));
  document.getElementById('who').textContent = token() ? 'curating as ' + curator() : 'read-only';
  try {
    await loadTypes();
    if (parts[0] === 'article') await articleView(parts[1]);
    else if (parts[0] === 'actor') await actorView(parts[1]);
    else if (parts[0] === 'event') await eventView(parts[1]);
    else if (parts[0] === 'dyad') await dyadView(parts[1] || 'CHN', parts[2] || 'KAZ');
    else if (parts[0] === 'map') await mapView();
    else if (parts[0] === 'quotes') await quotesView(params);
    else await searchView(params);
  } catch (err) {
    view.replaceChildren(el('div', {class: 'err'}, err.message));
  }
}

window.addEventListener('hashchange', route);
route();
