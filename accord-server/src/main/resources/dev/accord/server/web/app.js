// Accord's page. Everything the store holds is put on the page as text (textContent), never as HTML, so
// words from an article cannot become markup or script; the server's Content-Security-Policy backs this up.
'use strict';

// The PLOVER event types, in order, and the side of the cooperation–conflict scale each stands on: read
// once from the server, which has them from its model, by the first view that needs them.
let TYPES = [];
let SIDES = {};
let SCORES = {};
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

/** The names of the most reported actors, once a page load, for the lists that give only their keys. */
async function loadNames() {
  if (Object.keys(NAMES).length) return;
  const found = await api('/api/actors?limit=500');
  (found.items || found).forEach(a => learn(a.key, a.name));
}

async function loadTypes() {
  if (TYPES.length) return;
  const types = await api('/api/event-types');
  SIDES = Object.fromEntries(types.map(t => [t.type, t.side]));
  SCORES = Object.fromEntries(types.map(t => [t.type, t.score]));
  TYPES = types.map(t => t.type);
}

function typeClass(t) { return SIDES[t] === 'cooperation' ? 'coop' : SIDES[t] === 'neutral' ? '' : 'conf'; }
const actorLink = (key, name) => el('a', {href: '#/actor/' + encodeURIComponent(key)}, name || key);

/** "1 event", "2 events": a count with its noun, singular only for one. */
function plural(n, one, many) {
  return Number(n).toLocaleString('en') + ' ' + (Number(n) === 1 ? one : (many || one + 's'));
}

// Names of actor keys, learnt from every answer that gives both (facets, events, profiles, autocomplete), so
// that the page never shows an actor's key where a name is known.
const NAMES = {};
function learn(key, name) { if (key && name && name !== key) NAMES[key] = name; }
function learnEvents(events) { events.forEach(e => e.actors.concat(e.recipients).forEach(p => learn(p.key, p.name))); }
const nameOf = key => NAMES[key] || (key && key.includes(':') ? 'unnamed actor' : key);
/** A theme's label: the server's where it gives one, else its code's words ("food-security" is "Food security"). */
const themeLabel = (code, label) => label && label !== code ? label
  : code.charAt(0).toUpperCase() + code.slice(1).replace(/-/g, ' ');
const typeLabel = t => t.charAt(0) + t.slice(1).toLowerCase();

/** The filters a list view keeps in the address, in the API's own names. */
const FILTERS = ['q', 'from', 'to', 'outlet', 'lang', 'type', 'actor', 'with', 'theme', 'sort'];
const PAGE_SIZE = 20;

/** The address of a view with these parameters, leaving out blank ones. */
function viewLink(path, params) {
  const kept = new URLSearchParams();
  for (const [k, v] of params) if (v !== null && v !== undefined && String(v).trim() !== '') kept.set(k, v);
  const q = kept.toString();
  return '#' + path + (q ? '?' + q : '');
}

/** The API query of a view: its filters, and the page it is on. */
function apiQuery(params, limit, offset) {
  const q = new URLSearchParams();
  FILTERS.forEach(k => { if (params.get(k)) q.set(k, params.get(k)); });
  q.set('limit', limit);
  q.set('offset', offset);
  return q;
}

const offsetOf = params => Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
/** How many rows a page shows: {@code limit} in the address (1 to 100), else 20. */
const sizeOf = params => Math.min(100, Math.max(1, parseInt(params.get('limit') || '', 10) || PAGE_SIZE));

/** "21–40 of 57" with the links to the previous and next pages of a view. */
function pager(path, params, total, offset, limit, noun) {
  const to = Math.min(total, offset + limit);
  const at = (o) => { const next = new URLSearchParams(params); next.set('offset', o); return viewLink(path, next); };
  return el('div', {class: 'pager'},
    el('span', {class: 'meta pager-count'}, total ? (offset + 1) + '–' + to + ' of ' + plural(total, noun) : plural(0, noun)),
    offset > 0 ? el('a', {class: 'pager-prev', href: at(Math.max(0, offset - limit))}, '‹ Previous') : null,
    to < total ? el('a', {class: 'pager-next', href: at(offset + limit)}, 'Next ›') : null);
}

/**
 * An actor search box: as the analyst types, the actors whose name, code or alias begin so are offered
 * (from /api/actors); choosing one sets the box's {@code data-key} to the actor's key and calls {@code chosen}.
 */
function actorPicker(label, key, chosen) {
  const input = el('input', {type: 'text', class: 'actor-pick', 'aria-label': label, placeholder: label,
    autocomplete: 'off', value: key ? nameOf(key) : ''});
  input.dataset.key = key || '';
  const list = el('ul', {class: 'suggest', role: 'listbox', hidden: 'hidden'});
  let asked = 0;
  const pick = (a) => {
    learn(a.key, a.name);
    input.value = a.name;
    input.dataset.key = a.key;
    list.hidden = true;
    if (chosen) chosen(a.key);
  };
  input.addEventListener('input', async () => {
    input.dataset.key = '';
    const words = input.value.trim();
    const mine = ++asked;
    if (!words) { list.hidden = true; return; }
    const found = await api('/api/actors/suggest?' + new URLSearchParams({q: words, limit: 8}));
    if (mine !== asked) return;
    const items = found.items || found;
    const alias = a => a.matched && !a.name.toLowerCase().includes(a.matched.toLowerCase()) && a.matched !== a.key
      ? ' · “' + a.matched + '”' : '';
    list.replaceChildren(...items.map(a => el('li', {role: 'option', 'data-key': a.key,
      on: {mousedown: ev => { ev.preventDefault(); pick(a); }}},
      el('span', {}, a.name), el('span', {class: 'meta'}, ' ' + (a.key.includes(':') ? a.kind.toLowerCase() : a.key)
        + alias(a) + ' · ' + plural(a.articles, 'article')))));
    list.hidden = !items.length;
  });
  input.addEventListener('keydown', ev => {
    const first = list.querySelector('li');
    if (ev.key === 'Enter' && !list.hidden && first) { ev.preventDefault(); first.dispatchEvent(new Event('mousedown')); }
    if (ev.key === 'Escape') list.hidden = true;
  });
  input.addEventListener('blur', () => { list.hidden = true; });
  return el('span', {class: 'picker'}, input, list);
}

function facetList(title, items, param, params, label) {
  const box = el('div', {class: 'facet'}, el('h3', {}, title));
  for (const f of items) {
    const next = new URLSearchParams(params);
    next.delete('offset');
    const on = params.get(param) === f.key;
    if (on) next.delete(param); else next.set(param, f.key);
    box.append(el('a', {href: viewLink('/search', next), class: on ? 'on' : null, 'data-facet': param},
      el('span', {}, label(f)), el('span', {class: 'n'}, f.count.toLocaleString('en'))));
  }
  return items.length ? box : null;
}

/** The filter bar of a list view: words, dates, outlet, language, type, actor, theme and order, in the address. */
function filterBar(path, params, facets) {
  const field = (name, attrs) => el('input', Object.assign({name, value: params.get(name) || ''}, attrs));
  const choice = (name, label, options) => el('select', {name, 'aria-label': label},
    el('option', {value: ''}, label), options.map(([v, l]) =>
      el('option', {value: v, selected: params.get(name) === v ? 'selected' : null}, l)));
  const known = (list, current) => current && !list.some(f => f.key === current) ? list.concat([{key: current, label: current}]) : list;
  const actor = actorPicker('Actor', params.get('actor'));
  const form = el('form', {class: 'filters', id: 'filters', on: {submit: ev => {
    ev.preventDefault();
    const next = new URLSearchParams(new FormData(form));
    next.set('actor', actor.querySelector('input').dataset.key || '');
    location.hash = viewLink(path, next);
  }}},
  el('div', {class: 'searchbar'}, field('q', {type: 'search', id: 'q', placeholder: 'Search articles: Kazakhstan, summit declaration …'}),
    el('button', {type: 'submit'}, 'Search')),
  el('div', {class: 'filter-row'},
    el('label', {}, 'From', field('from', {type: 'date', 'aria-label': 'from'})),
    el('label', {}, 'To', field('to', {type: 'date', 'aria-label': 'to'})),
    choice('outlet', 'Any outlet', known(facets.outlets || [], params.get('outlet')).map(f => [f.key, f.label])),
    field('lang', {type: 'text', size: 3, maxlength: 3, placeholder: 'lang', 'aria-label': 'language', title: 'ISO 639-1 code, e.g. en'}),
    choice('type', 'Any event type', TYPES.map(t => [t, typeLabel(t)])),
    actor,
    choice('theme', 'Any theme', known(facets.themes || [], params.get('theme')).map(f => [f.key, themeLabel(f.key, f.label)])),
    params.get('sort') ? el('input', {type: 'hidden', name: 'sort', value: params.get('sort')}) : null,
    el('button', {type: 'submit', class: 'ghost'}, 'Apply'),
    el('a', {href: '#/search', class: 'clear'}, 'Clear')));
  return form;
}

/** A link to an article's original page (its URL, else a source that is one), named by its outlet. */
function originalLink(a) {
  const url = a.url || a.canonicalUrl || (/^https?:\/\//.test(a.source || '') ? a.source : null);
  const outlet = a.outlet || (url ? new URL(url).hostname.replace(/^www\./, '') : null);
  if (url) return el('a', {class: 'original', href: url, target: '_blank', rel: 'noopener noreferrer'}, outlet + ' ↗');
  return outlet ? el('span', {class: 'outlet'}, outlet) : el('span', {class: 'outlet'}, 'local file ' + a.source);
}

// A word search counts among its words' latest matches only (the API's window): say so where there were more.
function windowNote(window) {
  return window && !window.all ? ' among the latest ' + plural(window.matches, 'match', 'matches') : '';
}

async function searchView(params) {
  const offset = offsetOf(params);
  const size = sizeOf(params);
  const page = await api('/api/articles?' + apiQuery(params, size, offset));
  page.facets.actors.forEach(f => learn(f.key, f.label));
  const side = el('aside', {class: 'card'},
    el('div', {class: 'meta', id: 'total'}, plural(page.total, 'article') + windowNote(page.window)),
    facetList('Actors', page.facets.actors, 'actor', params, f => f.label),
    facetList('Event types', page.facets.types, 'type', params, f => typeLabel(f.key)),
    facetList('Themes', page.facets.themes, 'theme', params, f => themeLabel(f.key, f.label)),
    facetList('Outlets', page.facets.outlets, 'outlet', params, f => f.label));
  const list = el('section', {class: 'card', id: 'results'});
  if (!page.items.length) list.append(el('div', {class: 'empty'}, 'No article matches.'));
  for (const a of page.items) {
    const snip = el('div', {class: 'snip'});
    // The snippet marks matched words with « »; they become <mark> elements holding text.
    (a.snippet || '').split(/(«[^»]*»)/).forEach(part => snip.append(part.startsWith('«')
      ? el('mark', {}, part.slice(1, -1)) : document.createTextNode(part)));
    list.append(el('div', {class: 'hit'},
      el('a', {class: 'title', href: '#/article/' + a.id}, a.title || a.source),
      el('div', {class: 'meta'}, a.published || 'undated', ' · ', originalLink(a), ' · ', plural(a.events, 'event')),
      snip,
      el('div', {}, a.actors.map((k, i) => [k, (a.actorNames || [])[i] || NAMES[k]]).filter(([k, n]) => n || !k.includes(':'))
        .map(([k, n]) => el('a', {class: 'chip', href: '#/actor/' + encodeURIComponent(k)}, n || k)),
        a.eventTypes.map(t => el('span', {class: 'chip t'}, typeLabel(t))),
        (a.themes || []).map(t => el('span', {class: 'chip th'}, themeLabel(t))))));
  }
  const order = (value, label) => {
    const next = new URLSearchParams(params);
    next.set('sort', value);
    next.delete('offset');
    const on = (params.get('sort') || (params.get('q') ? 'relevance' : 'date')) === value;
    return el('a', {href: viewLink('/search', next), 'data-sort': value, class: on ? 'on' : null}, label);
  };
  list.prepend(el('div', {class: 'sortby meta'}, 'Sort: ', order('relevance', 'best match'), ' · ', order('date', 'newest first')));
  list.append(pager('/search', params, page.total, offset, size, 'article'));
  view.replaceChildren(filterBar('/search', params, page.facets),
    el('div', {class: 'toolbar'}, watchButton(params), downloads(params)),
    el('div', {class: 'grid'}, side, list));
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
  const [facts, found] = await Promise.all([api('/api/articles/' + encodeURIComponent(id)),
    api('/api/articles/' + encodeURIComponent(id) + '/corrections')]);
  const corrections = found.items || found;
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
      el('div', {}, el('span', {class: 'type ' + typeClass(e.type), title: e.type}, typeLabel(e.type)),
        e.provenance.stage === 'curation' ? el('span', {class: 'curated'}, correctedBy(corrections, e.id)) : null,
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
  side.append(el('h2', {}, 'Corrections'), correctionList(corrections, facts, names));
  view.replaceChildren(el('h1', {id: 'article-title'}, a.title || a.source),
    el('div', {class: 'meta'}, a.published || 'undated', ' · ', originalLink(a), a.author ? ' · by ' + a.author : '',
      ' · ', plural(facts.events.length, 'event'), ', ', plural(facts.quotes.length, 'quote')),
    el('div', {class: 'split'}, el('article', {class: 'card'}, text), side));
}

/** "corrected by Ana · 7 Dec 2026": the latest correction of a fact, by whom and when. */
function correctedBy(corrections, factId) {
  const c = corrections.filter(x => x.factId === factId).pop();
  return c ? 'corrected by ' + (c.curator || 'unknown') + ' · ' + new Date(c.at).toLocaleDateString('en', {dateStyle: 'medium'})
    : 'corrected';
}

/** Who corrected what in an article, and when, newest first. */
function correctionList(corrections, facts, names) {
  if (!corrections.length) return el('div', {class: 'empty'}, 'None: every fact is the machine’s.');
  const what = c => {
    const ev = facts.events.find(e => e.id === c.factId);
    const fact = ev ? typeLabel(ev.type) + ' “' + ev.trigger.text + '”' : names[c.factId] || 'a fact';
    switch (c.action) {
      case 'RETYPE': return fact + ' retyped as ' + typeLabel(c.type);
      case 'SET_DATE': return fact + ' dated ' + c.date;
      case 'REJECT': return fact + ' marked wrong';
      case 'ADD_EVENT': return 'added ' + (c.type ? typeLabel(c.type) : 'an event');
      case 'SET_ACTORS': return fact + ': actors set';
      default: return fact + ': ' + c.action.toLowerCase().replace(/_/g, ' ');
    }
  };
  return el('div', {id: 'corrections'}, corrections.slice().reverse().map(c => el('div', {class: 'correction row'},
    el('div', {}, what(c)), el('div', {class: 'meta'}, 'by ' + (c.curator || 'unknown') + ' · '
      + new Date(c.at).toLocaleString('en', {dateStyle: 'medium', timeStyle: 'short'}) + (c.note ? ' · “' + c.note + '”' : '')))));
}

const monthStart = m => Date.UTC(+m.slice(0, 4), +m.slice(5, 7) - 1, 1);

/**
 * Months on a real time axis: every month from the first to the last with events, the empty ones as zero,
 * each with its events by side and the mean PLOVER score of its events (null where it has none).
 */
function monthSeries(months) {
  const by = Object.fromEntries(months.map(m => [m.month, m]));
  const keys = months.map(m => m.month).sort();
  const out = [];
  if (!keys.length) return out;
  let [y, mo] = keys[0].split('-').map(Number);
  const [ly, lm] = keys[keys.length - 1].split('-').map(Number);
  while (y < ly || (y === ly && mo <= lm)) {
    const key = y + '-' + String(mo).padStart(2, '0');
    const m = by[key];
    const counts = m ? Object.entries(m.byType) : [];
    const n = counts.reduce((s, [, c]) => s + c, 0);
    out.push({t: monthStart(key), cooperation: m ? m.cooperation : 0, conflict: m ? m.conflict : 0, n,
      score: n ? Math.round(counts.reduce((s, [t, c]) => s + c * SCORES[t], 0) / n * 100) / 100 : null});
    if (++mo > 12) { mo = 1; y++; }
  }
  return out;
}

/** A time axis from half a month before the first month to half a month after the last, so no bar is cut. */
function timeAxis(series) {
  const half = 15 * 864e5;
  return {type: 'time', minInterval: 28 * 864e5, min: series.length ? series[0].t - half : null,
    max: series.length ? series[series.length - 1].t + half : null};
}
const SCORE_AXIS = {type: 'value', min: -10, max: 10, interval: 5, name: 'score', splitLine: {show: false}};

/** How many of {@code total} events have no month-precise date, so are not on the time axis. */
const undatedOf = (total, series) => total - series.reduce((s, m) => s + m.n, 0);

function undatedNote(total, series) {
  const undated = undatedOf(total, series);
  return el('div', {class: 'meta undated'}, plural(series.reduce((s, m) => s + m.n, 0), 'event') + ' on the time axis; '
    + (undated ? plural(undated, 'event') + ' without a date to the month, not shown' : 'every event is dated to the month')
    + '. Score: the mean PLOVER cooperation–conflict score of a month’s events (+8 … −10).');
}

function monthChart(node, months, title) {
  const s = monthSeries(months);
  const chart = echarts.init(node);
  chart.setOption({
    animation: false,
    title: {text: title, left: 0, textStyle: {fontSize: 13, color: '#5f6b7a'}},
    tooltip: {trigger: 'axis', valueFormatter: v => v === null || v === undefined ? '—' : String(Math.abs(v))},
    legend: {right: 0},
    grid: {left: 40, right: 44, top: 40, bottom: 30},
    xAxis: timeAxis(s),
    yAxis: [{type: 'value', minInterval: 1, name: 'events'}, SCORE_AXIS],
    series: [{name: 'Cooperation', type: 'bar', stack: 'n', color: '#2f8f5b', barMaxWidth: 36,
      data: s.map(m => [m.t, m.cooperation])},
    {name: 'Conflict', type: 'bar', stack: 'n', color: '#c0392b', barMaxWidth: 36, data: s.map(m => [m.t, -m.conflict])},
    {name: 'Score', type: 'line', yAxisIndex: 1, color: '#1f5fa8', connectNulls: false, symbolSize: 7,
      data: s.map(m => [m.t, m.score])}]
  });
  return chart;
}

/** How many articles report an event, as a link to every report of it (or to its one article). */
function reportsLink(e) {
  const label = plural(e.reports, 'report');
  return e.event ? el('a', {class: 'reports', href: '#/event/' + encodeURIComponent(e.event),
    title: plural(e.outlets, 'outlet')}, label)
    : el('a', {class: 'reports', href: '#/article/' + e.articleId}, label);
}

function eventTable(events, editable, reload) {
  learnEvents(events);
  if (!events.length) return el('div', {class: 'empty'}, 'No events.');
  const heads = ['Date', 'Type', 'Who', 'To whom', 'Words', 'Reports', ''];
  return el('table', {id: 'event-table'}, el('tr', {}, heads.map(h => el('th', {}, h))),
    events.map(e => el('tr', {'data-event': e.eventId, 'data-consolidated': e.event},
      el('td', {class: 'nowrap'}, e.date || 'undated'),
      el('td', {}, el('span', {class: 'chip ' + (e.score > 0 ? 't' : e.score < 0 ? 'c' : ''), title: e.type}, typeLabel(e.type)),
        e.curated ? el('span', {class: 'curated'}, 'corrected') : null),
      el('td', {}, e.actors.map((p, i) => [i ? ', ' : '', actorLink(p.key, p.name)])),
      el('td', {}, e.recipients.map((p, i) => [i ? ', ' : '', actorLink(p.key, p.name)])),
      el('td', {}, el('a', {href: '#/article/' + e.articleId, title: e.articleTitle}, '“' + e.trigger + '”')),
      el('td', {}, reportsLink(e)),
      el('td', {}, editable ? fixControls(e.articleId,
        {id: e.eventId, type: e.type, date: e.date ? {value: e.date} : null}, reload, e.event) : null))));
}

/** A page of a view's events, newest first, with its pager. */
async function eventPage(path, params, scope, editable, reload) {
  const offset = offsetOf(params);
  const size = sizeOf(params);
  const q = apiQuery(params, size, offset);
  Object.entries(scope).forEach(([k, v]) => q.set(k, v));
  q.set('sort', 'latest');
  const page = await api('/api/events?' + q);
  return el('div', {class: 'card'}, eventTable(page.items, editable, reload),
    pager(path, params, page.total, offset, size, 'event'));
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
  view.replaceChildren(el('h1', {id: 'event-title'}, typeLabel(e.type) + ': ' + e.actors.map(p => p.name).join(', ')
      + (e.recipients.length ? ' → ' + e.recipients.map(p => p.name).join(', ') : '')),
    el('div', {class: 'meta'}, [e.date || 'undated', e.place, e.modality.toLowerCase()].filter(Boolean).join(' · ')),
    el('div', {class: 'stats'}, stat(e.reports, e.reports === 1 ? 'report' : 'reports'),
      stat(e.outlets, e.outlets === 1 ? 'outlet' : 'outlets')),
    controls,
    el('table', {id: 'report-table', class: 'card'},
      el('tr', {}, ['Article', 'Outlet', 'Published', 'Words', 'Confidence', ''].map(h => el('th', {}, h))),
      r.reports.map(m => el('tr', {'data-report': m.articleId + '#' + m.eventId},
        el('td', {}, el('a', {href: '#/article/' + m.articleId}, m.articleTitle || 'untitled article')),
        el('td', {}, m.outlet || '—'), el('td', {}, m.published || '—'),
        el('td', {}, '“' + m.trigger + '”'), el('td', {}, m.confidence.toFixed(2)),
        el('td', {}, token() && r.reports.length > 1 ? el('button', {class: 'small ghost split', on: {click: () =>
          send({action: 'SPLIT', mention: m.articleId + '#' + m.eventId})}}, 'Not this event') : null)))));
}

/** An actor's partners, each state once (a minister counts for their state), most events first, in pages. */
async function partnersByState(key, params) {
  const offset = Math.max(0, parseInt(params.get('poffset') || '0', 10) || 0);
  const page = await api('/api/actors/' + encodeURIComponent(key) + '/partners?' + new URLSearchParams({limit: 10, offset}));
  page.items.forEach(p => learn(p.key, p.name));
  const at = o => { const next = new URLSearchParams(params); next.set('poffset', o); return viewLink('/actor/' + encodeURIComponent(key), next); };
  return el('div', {class: 'card', id: 'partners'}, page.items.length ? page.items.map(g => el('div', {class: 'partner'},
    el('a', {href: '#/dyad/' + encodeURIComponent(key) + '/' + encodeURIComponent(g.key)}, g.name),
    el('span', {class: 'meta'}, ' ' + plural(g.events, 'event')))) : el('div', {class: 'empty'}, 'None.'),
  page.total > 10 ? el('div', {class: 'pager'}, el('span', {class: 'meta'}, (offset + 1) + '–' + Math.min(page.total, offset + 10)
    + ' of ' + plural(page.total, 'partner')), offset > 0 ? el('a', {href: at(Math.max(0, offset - 10))}, '‹ Previous') : null,
  offset + 10 < page.total ? el('a', {class: 'pager-next', href: at(offset + 10)}, 'Next ›') : null) : null);
}

async function actorView(key, params) {
  const p = await api('/api/actors/' + encodeURIComponent(key));
  learn(p.key, p.name);
  const chartBox = el('div', {class: 'chart card', id: 'actor-chart'});
  const series = monthSeries(p.months);
  const listParams = new URLSearchParams(params);
  listParams.set('actor', key);
  view.replaceChildren(el('h1', {id: 'actor-title'}, p.name), el('div', {class: 'meta'}, p.kind.toLowerCase()
      + (p.key.includes(':') ? '' : ' · ' + p.key) + (p.country && p.country !== p.key ? ' · acts for ' + nameOf(p.country) : '')),
    el('div', {class: 'toolbar'}, el('div', {class: 'stats'}, stat(p.articles, p.articles === 1 ? 'article' : 'articles'),
      stat(p.mentions, p.mentions === 1 ? 'mention' : 'mentions'), stat(p.events, p.events === 1 ? 'event' : 'events')),
    watchButton(listParams), downloads(listParams)),
    chartBox, undatedNote(p.events, series),
    el('div', {class: 'split'},
      el('section', {}, el('h2', {}, 'Events'), await eventPage('/actor/' + encodeURIComponent(key), params, {actor: key}, false)),
      el('aside', {}, el('h2', {}, 'Partners, by state'), await partnersByState(key, params),
        el('h2', {}, 'Quotes'), p.quotes.length ? p.quotes.slice(0, 8).map(quoteBlock) : el('div', {class: 'empty'}, 'None.'),
        p.quotes.length > 8 ? el('a', {href: '#/quotes?speaker=' + encodeURIComponent(key)}, 'All ' + plural(p.quotes.length, 'quote')) : null,
        el('h2', {}, 'Agreements'), agreementList(p.agreements))));
  monthChart(chartBox, p.months, 'Events by month: cooperation above, conflict below, and the score');
}

const stat = (v, l) => el('div', {class: 'stat'}, el('div', {class: 'v'}, typeof v === 'number' ? v.toLocaleString('en') : v),
  el('div', {class: 'l'}, l));
const quoteBlock = q => el('blockquote', {class: 'quote'}, q.text,
  el('div', {class: 'meta'}, '— ', q.speakerKey ? actorLink(q.speakerKey, q.speakerName) : 'unattributed', ' · ',
    el('a', {href: '#/article/' + q.articleId}, 'in the article')));

/** Agreements, each once: a consolidated agreement by its id, others by name and date. */
function agreementList(gs) {
  const once = new Map();
  gs.forEach(g => { const k = g.agreement || (g.name.toLowerCase() + '|' + (g.date || '')); if (!once.has(k)) once.set(k, g); });
  const list = Array.from(once.values());
  return list.length ? el('div', {class: 'card agreements'}, list.map(g => el('div', {class: 'agreement'}, el('b', {}, g.name),
    el('div', {class: 'meta'}, g.kind + ' · ' + g.status.toLowerCase() + (g.date ? ' · ' + g.date : '') + ' · ' +
      g.parties.map(x => x.name).join(', ') + ' · ' + plural(g.reports, 'article')))))
    : el('div', {class: 'empty'}, 'None.');
}

const DYAD_COLOURS = ['#1f5fa8', '#d9822b', '#7b4fb0'];

/** The dyads of the view: the one in the path and up to two more to compare ({@code and=A/B}). */
function dyadPairs(a, b, params) {
  return [[a, b]].concat(params.getAll('and').map(x => x.split('/')).filter(x => x.length === 2 && x[0] && x[1])).slice(0, 3);
}

function dyadLink(pairs) {
  const q = new URLSearchParams();
  pairs.slice(1).forEach(([x, y]) => q.append('and', x + '/' + y));
  return viewLink('/dyad/' + encodeURIComponent(pairs[0][0]) + '/' + encodeURIComponent(pairs[0][1]), q);
}

/**
 * One chart of two or three dyads on the server's month axis (/api/timeline): each one's events a month (bars,
 * empty months at zero) and monthly score (dashed line, none for a month without events).
 */
async function compareChart(node, pairs) {
  if (pairs.length < 2) {
    node.replaceChildren(el('div', {class: 'empty'}, 'Add a second dyad to compare it with this one on one chart.'));
    return;
  }
  const line = await api('/api/timeline?' + new URLSearchParams({dyads: pairs.map(p => p.join('/')).join(',')}));
  const t = line.months.map(monthStart);
  const names = line.series.map(s => s.actorName + ' – ' + s.withName);
  const chart = echarts.init(node);
  chart.setOption({
    title: {text: 'Compared: events a month (bars) and the score (dashed, PLOVER +8 … −10)', left: 0,
      textStyle: {fontSize: 13, color: '#5f6b7a'}},
    tooltip: {trigger: 'axis'}, legend: {right: 0, data: names},
    grid: {left: 40, right: 44, top: 40, bottom: 30},
    xAxis: timeAxis(t.map(x => ({t: x}))),
    yAxis: [{type: 'value', minInterval: 1, name: 'events'}, SCORE_AXIS],
    series: line.series.flatMap((s, i) => [
      {name: names[i], type: 'bar', color: DYAD_COLOURS[i], barMaxWidth: 18, data: s.events.map((n, j) => [t[j], n])},
      {name: names[i], type: 'line', yAxisIndex: 1, color: DYAD_COLOURS[i], symbolSize: 8, lineStyle: {type: 'dashed'},
        connectNulls: false, data: s.meanScore.map((v, j) => [t[j], v])}])
  });
  node.after(el('div', {class: 'meta undated', id: 'compare-undated'}, line.series.map((s, i) => names[i] + ': '
    + plural(s.total, 'event') + (s.undated ? ', ' + s.undated + ' without a month' : '')).join(' · ')));
}

async function dyadView(a, b, params) {
  const pairs = dyadPairs(a, b, params);
  const d = await api('/api/dyads/' + encodeURIComponent(a) + '/' + encodeURIComponent(b));
  learn(d.a, d.aName);
  learn(d.b, d.bName);
  const pa = actorPicker('first actor', a);
  const pb = actorPicker('second actor', b);
  const key = p => p.querySelector('input').dataset.key;
  const rows = el('div', {class: 'compare-list'}, pairs.slice(1).map((pair, i) => el('span', {class: 'chip cmp'},
    nameOf(pair[0]) + ' – ' + nameOf(pair[1]), ' ',
    el('a', {href: dyadLink(pairs.filter((x, j) => j !== i + 1)), title: 'stop comparing', class: 'drop'}, '×'))));
  const ca = actorPicker('compare: first actor', null);
  const cb = actorPicker('compare: second actor', null);
  const chartBox = el('div', {class: 'chart card', id: 'dyad-chart'});
  const compareBox = el('div', {class: 'chart card', id: 'compare-chart'});
  const series = monthSeries(d.months);
  const listParams = new URLSearchParams(params);
  listParams.delete('and');
  listParams.set('actor', a);
  listParams.set('with', b);
  const reload = () => dyadView(a, b, params);
  view.replaceChildren(
    el('form', {class: 'pair', on: {submit: ev => { ev.preventDefault();
      if (key(pa) && key(pb)) location.hash = dyadLink([[key(pa), key(pb)]].concat(pairs.slice(1))); }}},
    pa, pb, el('button', {type: 'submit'}, 'Show')),
    el('h1', {id: 'dyad-title'}, d.aName + ' – ' + d.bName),
    el('div', {class: 'toolbar'}, el('div', {class: 'stats'}, stat(d.events, d.events === 1 ? 'event' : 'events'),
      stat(d.cooperation, 'cooperation'), stat(d.conflict, 'conflict'),
      stat((d.meanScore > 0 ? '+' : '') + d.meanScore, 'score (PLOVER, +8 … −10)')),
    watchButton(listParams), downloads(listParams)),
    chartBox, undatedNote(d.events, series),
    el('h2', {}, 'Compare dyads'),
    pairs.length < 3 ? el('form', {class: 'pair', id: 'compare-form', on: {submit: ev => { ev.preventDefault();
      if (key(ca) && key(cb)) location.hash = dyadLink(pairs.concat([[key(ca), key(cb)]])); }}},
    ca, cb, el('button', {type: 'submit', class: 'ghost'}, 'Add to the chart'), rows) : rows,
    compareBox,
    el('div', {class: 'split'},
      el('section', {}, el('h2', {}, 'Events'), await eventPage('/dyad/' + encodeURIComponent(a) + '/' + encodeURIComponent(b), params, {actor: a, with: b}, true, reload)),
      el('aside', {}, el('h2', {}, 'By type'), el('div', {class: 'card'}, Object.entries(d.byType).map(([t, n]) =>
        el('div', {}, el('span', {class: 'chip ' + (SIDES[t] === 'cooperation' ? 't' : 'c')}, typeLabel(t)), ' ' + n))),
      el('h2', {}, 'Agreements'), agreementList(d.agreements))));
  monthChart(chartBox, d.months, 'Events between them by month, and the score');
  await compareChart(compareBox, pairs);
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

/**
 * Joins places that lie within {@code radius} pixels of a bigger one at the map's zoom into one marker, its
 * events summed and its position their events' centre; the biggest places claim their neighbours first.
 */
function clusters(chart, points, radius) {
  const out = [];
  for (const p of points.slice().sort((x, y) => y.events - x.events)) {
    const [x, y] = chart.convertToPixel('geo', [p.longitude, p.latitude]);
    const near = out.find(c => Math.hypot(c.x - x, c.y - y) <= radius);
    const c = near || {x, y, places: [], events: 0, lon: 0, lat: 0};
    c.places.push(p);
    c.events += p.events;
    c.lon += p.longitude * p.events;
    c.lat += p.latitude * p.events;
    if (!near) out.push(c);
  }
  return out.map(c => ({name: c.places.length === 1 ? c.places[0].name
    : c.places.map(p => p.name).slice(0, 3).join(', ') + (c.places.length > 3 ? ' …' : ''),
  value: [c.lon / c.events, c.lat / c.events, c.events], places: c.places.length, events: c.events}));
}

async function mapView(params) {
  const found = await api('/api/places?' + apiQuery(params, 500, 0));
  const points = found.items || found;
  const box = el('div', {class: 'mapbox card', id: 'map'});
  const list = el('div', {class: 'card placelist', id: 'place-list'});
  view.replaceChildren(el('h1', {}, 'Where events happened'), el('div', {class: 'meta'},
    plural(points.length, 'place') + ' · ' + plural(points.reduce((s, p) => s + p.events, 0), 'event')
    + ' · scroll or pinch to zoom, drag to move; nearby places join into one marker until you zoom in · base map: Natural Earth'),
  el('div', {class: 'mapsplit'}, box, list));
  const topo = await (await fetch('/vendor/countries-50m.json')).json();
  echarts.registerMap('world', flatWorld(topojson.feature(topo, topo.objects.countries)));
  const chart = echarts.init(box);
  chart.setOption({
    animation: false,
    tooltip: {formatter: p => p.data ? echarts.format.encodeHTML(p.data.name) + ': ' + plural(p.data.events, 'event')
      + (p.data.places > 1 ? ' in ' + plural(p.data.places, 'place') + ' (click to zoom in)' : '') : ''},
    geo: {map: 'world', roam: true, scaleLimit: {min: 1, max: 40}, itemStyle: {areaColor: '#e9edf2', borderColor: '#aab4c0'},
      emphasis: {disabled: true}, top: 10, bottom: 10},
    series: [{type: 'scatter', coordinateSystem: 'geo', symbolSize: v => 12 + 5 * Math.sqrt(v[2]),
      itemStyle: {color: '#1f5fa8', opacity: .85, borderColor: '#fff', borderWidth: 1},
      label: {show: true, formatter: p => String(p.data.events), color: '#fff', fontSize: 11, fontWeight: 'bold'}, data: []}]
  });
  const draw = () => {
    chart.setOption({series: [{data: clusters(chart, points, 36)}]});
    const w = box.clientWidth;
    const h = box.clientHeight;
    const inView = points.filter(p => {
      const [x, y] = chart.convertToPixel('geo', [p.longitude, p.latitude]);
      return x >= 0 && y >= 0 && x <= w && y <= h;
    }).sort((x, y) => y.events - x.events);
    list.replaceChildren(el('div', {class: 'meta', id: 'in-view'}, plural(inView.length, 'place') + ' in view'),
      ...inView.map(p => el('div', {class: 'place'}, el('a', {href: '#', on: {click: ev => {
        ev.preventDefault();
        chart.setOption({geo: {center: [p.longitude, p.latitude], zoom: 8}});
        draw();
      }}}, p.name), el('span', {class: 'meta'}, ' ' + plural(p.events, 'event')),
      el('div', {class: 'meta'}, plural(p.cooperation, 'cooperative event') + ', '
        + plural(p.conflict, 'conflictual event')))));
  };
  chart.on('georoam', () => requestAnimationFrame(draw));
  chart.on('click', p => {
    if (p.data && p.data.places > 1) {
      const zoom = chart.getOption().geo[0].zoom || 1;
      chart.setOption({geo: {center: [p.data.value[0], p.data.value[1]], zoom: zoom * 3}});
      draw();
    }
  });
  draw();
}

async function quotesView(params) {
  const speaker = params.get('speaker') || '';
  const offset = offsetOf(params);
  const found = await api('/api/quotes?' + new URLSearchParams({speaker, limit: 500}));
  const all = found.items || found;
  const total = found.total === undefined ? all.length : found.total;
  const input = el('input', {type: 'search', placeholder: 'Speaker: a name or an actor', value: speaker ? nameOf(speaker) : ''});
  const dl = new URLSearchParams(speaker ? {actor: speaker} : {});
  view.replaceChildren(el('form', {class: 'searchbar', on: {submit: ev => { ev.preventDefault();
    location.hash = viewLink('/quotes', new URLSearchParams({speaker: input.value.trim()})); }}}, input, el('button', {}, 'Find')),
  el('div', {class: 'toolbar'}, el('h1', {}, 'Quotes by speaker'), downloads(dl)),
  all.length ? el('div', {id: 'quotes'}, all.slice(offset, offset + sizeOf(params)).map(quoteBlock)) : el('div', {class: 'empty'}, 'No quotes.'),
  pager('/quotes', params, total, offset, sizeOf(params), 'quote'));
}

/** Every item of a list endpoint, page after page (at most {@code cap}). */
async function everything(path, query, cap) {
  const items = [];
  for (let offset = 0; offset < cap;) {
    query.set('limit', 500);
    query.set('offset', offset);
    const page = await api(path + '?' + query);
    const got = page.items || page;
    items.push(...got);
    offset += got.length;
    if (!got.length || page.total === undefined || offset >= page.total) break;
  }
  return items;
}

/**
 * Download links for a view's events and quotes, as CSV and JSON Lines: the server's download endpoints with the
 * view's filters, which stream every row of the view, not only the page shown.
 */
function downloads(params) {
  const link = (what, format) => {
    const query = what === 'events' ? apiQuery(params, 0, 0)
      : new URLSearchParams(params.get('actor') ? {speaker: params.get('actor')} : {});
    query.delete('limit');
    query.delete('offset');
    query.set('format', format);
    return el('a', {class: 'dl', href: '/api/' + what + '/download?' + query, 'data-download': what + '-' + format,
      download: 'accord-' + what + '.' + format}, what + ' · ' + (format === 'csv' ? 'CSV' : 'JSON Lines'));
  };
  return el('div', {class: 'downloads'}, el('span', {class: 'meta'}, 'Download '),
    link('events', 'csv'), link('events', 'jsonl'), link('quotes', 'csv'), link('quotes', 'jsonl'));
}

// The watchlist is kept in this browser (localStorage): each saved search with the events seen at the last visit.
const WATCH_KEY = 'accord-watchlist';
const watchlist = () => JSON.parse(localStorage.getItem(WATCH_KEY) || '[]');
const saveWatchlist = list => localStorage.setItem(WATCH_KEY, JSON.stringify(list));
const eventKey = e => e.event || e.articleId + '#' + e.eventId;
const WATCHED = ['actor', 'with', 'type'];

function watchQuery(w) {
  const q = new URLSearchParams();
  WATCHED.forEach(k => { if (w.query[k]) q.set(k, w.query[k]); });
  q.set('sort', 'latest');
  return q;
}

function watchLabel(query) {
  const parts = [];
  if (query.actor && query.with) parts.push(nameOf(query.actor) + ' – ' + nameOf(query.with));
  else if (query.actor) parts.push(nameOf(query.actor));
  if (query.type) parts.push(typeLabel(query.type) + ' events');
  return parts.join(' · ');
}

/** "Watch" for a view that names an actor, a dyad or a type: saves it, with every event it holds now as seen. */
function watchButton(params) {
  const query = Object.fromEntries(WATCHED.filter(k => params.get(k)).map(k => [k, params.get(k)]));
  if (!Object.keys(query).length) return null;
  const same = w => WATCHED.every(k => (w.query[k] || '') === (query[k] || ''));
  const button = el('button', {class: 'ghost watch', type: 'button'});
  const show = () => { button.textContent = watchlist().some(same) ? '★ Watching' : '☆ Watch'; };
  button.addEventListener('click', async () => {
    const list = watchlist();
    if (list.some(same)) { saveWatchlist(list.filter(w => !same(w))); show(); return; }
    const w = {query, label: watchLabel(query), visited: new Date().toISOString()};
    w.seen = (await everything('/api/events', watchQuery(w), 5000)).map(eventKey);
    saveWatchlist(watchlist().concat([w]));
    show();
  });
  show();
  return button;
}

async function watchView() {
  const list = watchlist();
  const cards = await Promise.all(list.map(async (w, i) => {
    const events = await everything('/api/events', watchQuery(w), 5000);
    learnEvents(events);
    const seen = new Set(w.seen);
    const fresh = events.filter(e => !seen.has(eventKey(e)));
    const open = w.query.actor && w.query.with ? '#/dyad/' + encodeURIComponent(w.query.actor) + '/' + encodeURIComponent(w.query.with)
      : w.query.actor ? '#/actor/' + encodeURIComponent(w.query.actor) : viewLink('/search', new URLSearchParams({type: w.query.type}));
    const done = () => {
      const now = watchlist();
      now[i] = Object.assign({}, w, {seen: events.map(eventKey), visited: new Date().toISOString()});
      saveWatchlist(now);
      watchView();
    };
    const drop = () => { saveWatchlist(watchlist().filter((x, j) => j !== i)); watchView(); };
    return el('section', {class: 'card watch-item'},
      el('div', {class: 'watch-head'}, el('a', {class: 'watch-title', href: open}, watchLabel(w.query)),
        el('span', {class: fresh.length ? 'badge new' : 'badge'}, fresh.length ? plural(fresh.length, 'new event') : 'nothing new'),
        el('span', {class: 'meta'}, ' since ' + new Date(w.visited).toLocaleString('en', {dateStyle: 'medium', timeStyle: 'short'})
          + ' · ' + plural(events.length, 'event') + ' in all'),
        el('span', {class: 'spacer'}),
        fresh.length ? el('button', {class: 'small ghost seen', on: {click: done}}, 'Mark as seen') : null,
        el('button', {class: 'small ghost', on: {click: drop}}, 'Remove')),
      fresh.length ? eventTable(fresh.slice(0, PAGE_SIZE), false) : null,
      fresh.length > PAGE_SIZE ? el('div', {class: 'meta'}, 'and ' + plural(fresh.length - PAGE_SIZE, 'more new event')) : null);
  }));
  view.replaceChildren(el('h1', {}, 'Watchlist'),
    el('div', {class: 'meta'}, 'Saved searches of this browser: an actor, a dyad or an event type. Save one with ☆ Watch on an actor, a dyad or a search by type.'),
    cards.length ? el('div', {id: 'watchlist'}, cards) : el('div', {class: 'empty'}, 'Nothing watched yet.'));
}

/** Corrections by user and date (GET /api/corrections), newest first, in pages; the filters in the address. */
async function auditView(params) {
  const offset = offsetOf(params);
  const size = sizeOf(params);
  const q = new URLSearchParams({limit: size, offset});
  ['user', 'from', 'to'].forEach(k => { if (params.get(k)) q.set(k, params.get(k)); });
  const page = await api('/api/corrections?' + q);
  const field = (name, attrs) => el('input', Object.assign({name, value: params.get(name) || '', 'aria-label': name}, attrs));
  const form = el('form', {class: 'filter-row', id: 'audit-filters', on: {submit: ev => {
    ev.preventDefault();
    location.hash = viewLink('/audit', new URLSearchParams(new FormData(form)));
  }}}, field('user', {type: 'text', placeholder: 'User'}), el('label', {}, 'From', field('from', {type: 'date'})),
  el('label', {}, 'To', field('to', {type: 'date'})), el('button', {type: 'submit', class: 'ghost'}, 'Apply'),
  el('a', {href: '#/audit', class: 'clear'}, 'Clear'));
  const what = c => c.action.charAt(0) + c.action.slice(1).toLowerCase().replace(/_/g, ' ')
    + (c.type ? ' → ' + typeLabel(c.type) : '') + (c.date ? ' → ' + c.date : '');
  view.replaceChildren(el('h1', {}, 'Corrections'), el('div', {class: 'meta'}, 'Who corrected what, and when, newest first.'),
    form, el('div', {class: 'card'}, page.items.length ? el('table', {id: 'audit-table'},
      el('tr', {}, ['When', 'User', 'Correction', 'Note', ''].map(h => el('th', {}, h))),
      page.items.map(c => el('tr', {},
        el('td', {class: 'nowrap'}, new Date(c.at).toLocaleString('en', {dateStyle: 'medium', timeStyle: 'short'})),
        el('td', {}, el('a', {href: viewLink('/audit', new URLSearchParams({user: c.curator}))}, c.curator)),
        el('td', {}, what(c)), el('td', {}, c.note || ''),
        el('td', {}, el('a', {href: '#/article/' + c.articleId}, 'the article')))))
      : el('div', {class: 'empty'}, 'No corrections match.'),
    pager('/audit', params, page.total, offset, size, 'correction')));
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
    await Promise.all([loadTypes(), loadNames()]);
    if (parts[0] === 'article') await articleView(parts[1]);
    else if (parts[0] === 'actor') await actorView(parts[1], params);
    else if (parts[0] === 'event') await eventView(parts[1]);
    else if (parts[0] === 'dyad') await dyadView(parts[1] || 'CHN', parts[2] || 'KAZ', params);
    else if (parts[0] === 'map') await mapView(params);
    else if (parts[0] === 'quotes') await quotesView(params);
    else if (parts[0] === 'watch') await watchView();
    else if (parts[0] === 'audit') await auditView(params);
    else await searchView(params);
  } catch (err) {
    view.replaceChildren(el('div', {class: 'err'}, err.message));
  }
}

window.addEventListener('hashchange', route);
route();
