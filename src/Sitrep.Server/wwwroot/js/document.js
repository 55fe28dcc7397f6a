// Document view: the article with entities, places, quotes and event evidence marked; one card per event
// whose fields light up their evidence when clicked; review (confirm / correct / reject) with its trail.
import { get, post, credentials } from './api.js';
import { el, replace, safeLink, status } from './dom.js';
import { layout, light } from './highlight.js';

const fields = [
  ['eventType', 'event type', e => e.eventType],
  ['subEventType', 'sub-event type', e => e.subEventType],
  ['actors', 'actors', (e, r) => names(e.actors, r)],
  ['targets', 'targets', (e, r) => names(e.targets, r)],
  ['targetType', 'target type', e => e.targetType],
  ['weapon', 'weapon', e => e.weapon],
  ['place', 'place', (e, r) => r.places.find(p => p.id === e.place)?.name ?? e.place],
  ['date', 'date', e => e.date],
  ['killed', 'killed', e => e.killed?.best],
  ['injured', 'injured', e => e.injured?.best],
];

function names(ids, report) {
  return (ids ?? []).map(id => report.entities.find(x => x.id === id)?.name ?? id).join('; ') || null;
}

// Evidence field names may be singular or plural ("actor" for "actors").
const same = (a, b) => a.replace(/s$/, '').toLowerCase() === b.replace(/s$/, '').toLowerCase();

export async function showDocument(section, id, focusEvent) {
  const view = await get('/documents/' + encodeURIComponent(id));
  const report = view.report ?? { entities: [], places: [], quotes: [], events: [] };
  const annotations = [];
  for (const x of report.entities) for (const m of x.mentions ?? []) annotations.push({ ...m, cls: 'ent', keys: ['ent:' + x.id], title: `${x.type}: ${x.name}` });
  for (const p of report.places) for (const m of p.mentions ?? []) annotations.push({ ...m, cls: 'place', keys: ['place:' + p.id], title: `place: ${p.name}` });
  for (const q of report.quotes) annotations.push({ ...q.content, cls: 'quote', keys: ['quote:' + q.id], title: `${q.kind} quote` });
  for (const e of report.events) for (const ev of e.evidence ?? []) annotations.push({ ...ev, cls: 'evid', keys: ['ev:' + e.id, `ev:${e.id}:${ev.field}`], title: `${e.id} ${ev.field}` });
  const { node, index } = layout(view.text, annotations);

  const d = view.document;
  const trail = view.reviews;
  replace(section,
    el('div', { class: 'doc-head' },
      el('h2', { class: 'doc-title' }, d.title ?? '(untitled)'),
      el('div', { class: 'doc-meta' }, d.published ?? 'no date', ' · ', safeLink(d.url, d.url ?? d.source), ' · ', d.id)),
    el('div', { class: 'doc-body' },
      el('article', {}, node),
      el('aside', { class: 'doc-side' },
        el('h3', {}, `Events (${report.events.length})`),
        report.events.map(e => eventCard(e, report, index, trail.filter(t => t.eventId === e.id), () => showDocument(section, id, e.id))),
        el('h3', {}, `Entities (${report.entities.length})`),
        el('ul', {}, report.entities.map(x => el('li', {},
          el('button', { type: 'button', class: 'link', onclick: () => light(index, 'ent:' + x.id) }, x.name), ` ${x.type}`, x.role ? `, ${x.role}` : ''))),
        el('h3', {}, `Quotes (${report.quotes.length})`),
        el('ul', {}, report.quotes.map(q => el('li', {},
          el('button', { type: 'button', class: 'link', onclick: () => light(index, 'quote:' + q.id) }, q.id), ' ',
          report.entities.find(x => x.id === q.speaker)?.name ?? 'unknown speaker', ': ',
          view.text.slice(q.content.start, q.content.end).slice(0, 160)))))));
  if (focusEvent) document.getElementById('event-' + focusEvent)?.scrollIntoView({ block: 'start' });
  status(`${d.title ?? d.id}: ${report.events.length} events, ${report.quotes.length} quotes, ${report.entities.length} entities`);
}

function fold(trail) {
  const corrections = {};
  for (const t of trail) if (t.action === 'correct' && t.field) corrections[t.field] = t.newValue;
  const last = trail.at(-1)?.action;
  const review = last === 'reject' ? 'rejected' : last === 'correct' || Object.keys(corrections).length ? 'corrected' : last ? 'confirmed' : null;
  return { corrections, review };
}

function eventCard(e, report, index, trail, reload) {
  const { corrections, review } = fold(trail);
  const rows = fields.map(([field, label, read]) => {
    const extracted = read(e, report);
    const corrected = field in corrections;
    const evidence = (e.evidence ?? []).filter(ev => same(ev.field, field));
    const button = el('button', { type: 'button', class: 'field-button', dataset: { field }, disabled: evidence.length === 0 ? 'disabled' : null,
      onclick: () => {
        for (const ev of evidence) light(index, `ev:${e.id}:${ev.field}`);
        status(`${e.id} ${label}: ${evidence.map(ev => `[${ev.start}, ${ev.end})`).join(' ')}`);
      } }, label);
    return el('tr', { class: corrected ? 'corrected' : null },
      el('th', {}, button),
      el('td', { class: 'value', dataset: { field } }, corrected ? String(corrections[field] ?? '—') : String(extracted ?? '—'),
        corrected ? el('span', { class: 'was' }, ` (extracted: ${extracted ?? '—'})`) : null));
  });
  return el('section', { class: 'event-card' + (review === 'rejected' ? ' rejected' : ''), id: 'event-' + e.id, dataset: { event: e.id } },
    el('h4', {}, el('button', { type: 'button', class: 'link', onclick: () => light(index, 'ev:' + e.id) }, e.id), ` ${e.category} · confidence ${e.confidence}`,
      review ? el('span', { class: 'badge review-' + review }, review) : null),
    el('table', { class: 'fields' }, rows),
    reviewForm(e, reload),
    trail.length ? el('ol', { class: 'trail' }, trail.map(t => el('li', {},
      new Date(t.at).toISOString().slice(0, 16).replace('T', ' '), ' ', t.reviewer, ' ', t.action,
      t.field ? ` ${t.field}: ${t.oldValue ?? '—'} → ${t.newValue ?? '—'}` : '', t.note ? ` (${t.note})` : ''))) : null);
}

function reviewForm(e, reload) {
  const field = el('select', { class: 'correct-field', 'aria-label': 'field' }, fields.map(([f, label]) => el('option', { value: f }, label)));
  const value = el('input', { class: 'correct-value', 'aria-label': 'new value', size: 10 });
  const send = async body => {
    const { reviewer, token } = credentials();
    try {
      await post(`/reviews/${encodeURIComponent(documentIdOf())}/${encodeURIComponent(e.id)}`, { ...body, reviewer }, token);
      await reload();
      status(`${e.id}: ${body.action} saved`);
    } catch (error) {
      status(`review failed: ${error.message}`);
    }
  };
  return el('div', { class: 'review' },
    el('button', { type: 'button', class: 'confirm', onclick: () => send({ action: 'confirm' }) }, 'Confirm'),
    el('button', { type: 'button', class: 'reject', onclick: () => send({ action: 'reject' }) }, 'Reject'),
    ' ', field, value,
    el('button', { type: 'button', class: 'correct', onclick: () => send({ action: 'correct', field: field.value, value: value.value }) }, 'Correct'));
}

function documentIdOf() {
  return decodeURIComponent(location.hash.split('/')[2]);
}
