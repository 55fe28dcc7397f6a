// Entry point: filters, hash routing (#/map, #/doc/ID[/EVENT], #/documents, #/incidents, #/quotes, #/watches, #/feeds).
import { get } from './api.js';
import { el, replace, status } from './dom.js';
import { initMap, showEvents } from './map.js';
import { drawTimeline, clearBrush } from './timeline.js';
import { colorOf } from './colors.js';
import { renderList as renderItems } from './event-list.js';
// The other views are imported when first shown, so the map's first paint does not wait for them.

const state = { events: [], reviews: {}, incidents: [], brush: null, loaded: false };
// Resolves when the country layer is drawn; the events are fetched meanwhile, not after it.
let atlasDrawn = Promise.resolve();

export function filters() {
  const form = new FormData(document.getElementById('filters'));
  const f = {};
  for (const [k, v] of form.entries()) if (String(v).trim()) f[k] = String(v).trim();
  return f;
}

async function loadEvents() {
  const f = filters();
  status('loading events…');
  const columns = await get('/events/map', f);
  performance.mark('sitrep:events-parsed');
  const list = rows(columns);
  state.events = list.events;
  state.reviews = list.reviews;
  state.brush = null;
  const drawn = showEvents(state.events, state.reviews);
  performance.mark('sitrep:events-drawn');
  status(`${drawn} events on the map`);
  state.loaded = true;
  await atlasDrawn;
  // First paint is the frame with the atlas and the events (bench/web/map-paint.mjs reads this mark);
  // the list, timeline and legend are built after it rather than before.
  await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
  performance.mark('sitrep:map-painted');
  clearBrush();
  // Counted here from the points already loaded (as /api/stats counts them: rejected events left out),
  // which saves the server a second pass over every event.
  const counted = list.events.filter(e => list.reviews[e.documentId + '/' + e.eventId] !== 'rejected');
  drawLegend(countBy(counted, e => e.subEventType));
  state.incidents = await get('/incidents', f).catch(() => []);
  renderList(state.events);
  await drawTimeline(countBy(counted, e => e.date), brush => { state.brush = brush; render(); });
  document.body.dataset.mapReady = 'true';
}

/** The map endpoint sends one array per field, text as indexes into `strings`; the UI works with one object per event. */
function rows(columns) {
  const s = columns.strings;
  const text = (column, i) => (column[i] === null ? null : s[column[i]]);
  const events = new Array(columns.eventId.length);
  for (let i = 0; i < events.length; i++) {
    events[i] = {
      documentId: s[columns.document[i]], eventId: s[columns.eventId[i]], category: s[columns.category[i]],
      subEventType: text(columns.subEventType, i), date: text(columns.date, i), placeName: text(columns.placeName, i),
      admin1: text(columns.admin1, i), lat: columns.lat[i], lon: columns.lon[i],
      killedBest: columns.killedBest[i], injuredBest: columns.injuredBest[i],
    };
  }
  return { events, reviews: columns.reviews };
}

/** Events, killed and injured per key, sorted by key: the shape of /api/stats rows. */
function countBy(events, key) {
  const groups = new Map();
  for (const e of events) {
    const k = key(e);
    if (!k) continue;
    const g = groups.get(k) ?? { key: k, events: 0, killed: 0, injured: 0 };
    g.events++;
    g.killed += e.killedBest ?? 0;
    g.injured += e.injuredBest ?? 0;
    groups.set(k, g);
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function visible() {
  const b = state.brush;
  return b ? state.events.filter(e => e.date && e.date >= b.from && e.date <= b.to) : state.events;
}

function render() {
  const events = visible();
  const drawn = showEvents(events, state.reviews);
  renderList(events);
  status(`${drawn} events on the map`);
}

function renderList(events) {
  document.getElementById('clear-brush').hidden = !state.brush;
  document.getElementById('brush-range').textContent = state.brush ? `${state.brush.from} – ${state.brush.to}` : '';
  renderItems(document.getElementById('event-list'), events, state.incidents, state.reviews, `${events.length} events`);
}

function drawLegend(types) {
  const legend = document.getElementById('legend');
  replace(legend, types.map(t => {
    const swatch = el('span', { class: 'swatch' });
    swatch.style.backgroundColor = colorOf(t.key);
    return el('span', { class: 'legend-item' }, swatch, `${t.key} (${t.events})`);
  }));
}

async function route() {
  const [, view, id, eventId] = location.hash.split('/');
  const name = view || 'map';
  for (const section of document.querySelectorAll('.view')) section.hidden = true;
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('active', a.id === 'nav-' + name);
  try {
    if (name === 'doc' && id) {
      const section = document.getElementById('view-document');
      section.hidden = false;
      const { showDocument } = await import('./document.js');
      await showDocument(section, decodeURIComponent(id), eventId ? decodeURIComponent(eventId) : null);
    } else if (name === 'documents') {
      const section = document.getElementById('view-documents');
      section.hidden = false;
      const { showDocuments } = await import('./documents.js');
      await showDocuments(section, filters());
    } else if (name === 'incidents') {
      const section = document.getElementById('view-incidents');
      section.hidden = false;
      const { showIncidents } = await import('./incidents.js');
      await showIncidents(section, filters());
    } else if (name === 'statements' || name === 'watches') {
      const section = document.getElementById('view-' + name);
      section.hidden = false;
      if (name === 'statements') await (await import('./statements.js')).showStatements(section, filters());
      else await (await import('./watches.js')).showWatches(section);
    } else if (name === 'feeds') {
      const section = document.getElementById('view-feeds');
      section.hidden = false;
      const { showFeeds } = await import('./feeds.js');
      await showFeeds(section);
    } else if (name === 'quotes') {
      const section = document.getElementById('view-quotes');
      section.hidden = false;
      const { showQuotes } = await import('./quotes.js');
      await showQuotes(section, filters());
    } else {
      document.getElementById('view-map').hidden = false;
      window.dispatchEvent(new Event('resize'));
      if (!state.loaded) await loadEvents();
    }
  } catch (error) {
    status('error: ' + error.message);
  }
}

function remember(id) {
  const input = document.getElementById(id);
  input.value = sessionStorage.getItem(id) ?? '';
  input.addEventListener('change', () => sessionStorage.setItem(id, input.value));
}

async function start() {
  performance.mark('sitrep:start');
  remember('reviewer');
  remember('token');
  document.getElementById('filters').addEventListener('submit', async event => {
    event.preventDefault();
    state.loaded = false;
    if ((location.hash || '#/map').startsWith('#/map')) await loadEvents();
    else await route();
  });
  document.getElementById('clear-brush').addEventListener('click', () => { state.brush = null; clearBrush(); render(); });
  atlasDrawn = initMap(e => { location.hash = '#/doc/' + encodeURIComponent(e.documentId) + '/' + encodeURIComponent(e.eventId); });
  window.addEventListener('hashchange', route);
  await route();
}

start().catch(error => status('error: ' + error.message));
