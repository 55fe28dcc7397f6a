// The map's side list: incidents and violent events first, newest first, each with its place, toll and
// sources; events several documents report are one item (their incident), linking every source. Statements
// are left to their own view (#/statements), quotes to theirs (#/quotes).
import { el, replace, docLink } from './dom.js';
import { colorOf } from './colors.js';

const shown = 300;

/** Items for `events`, given `incidents` (/api/incidents rows): one per incident, one per other non-statement event. */
export function listItems(events, incidents) {
  const byMember = new Map();
  for (const incident of incidents) {
    for (const s of JSON.parse(incident.figures || '[]')) byMember.set(s.documentId + '/' + s.eventId, incident);
  }
  const items = [];
  const seen = new Set();
  for (const e of events) {
    if (e.category === 'statement') continue;
    const incident = byMember.get(e.documentId + '/' + e.eventId);
    if (!incident) {
      items.push({ date: e.date, type: e.subEventType ?? e.category, place: e.placeName, admin1: e.admin1, killed: e.killedBest, injured: e.injuredBest,
        violent: e.category === 'violence', sources: [{ documentId: e.documentId, eventId: e.eventId }], doc: e.documentId, event: e.eventId });
    } else if (!seen.has(incident.id)) {
      seen.add(incident.id);
      const sources = JSON.parse(incident.figures || '[]');
      items.push({ date: incident.date, type: incident.subEventType, place: incident.placeName, admin1: incident.admin1,
        killed: incident.killedBest, injured: incident.injuredBest, violent: true, sources, incident: incident.id, conflict: incident.conflict,
        doc: sources[0]?.documentId, event: sources[0]?.eventId });
    }
  }
  // Newest first; on one day violence before demonstrations and strategic developments, undated last.
  return items.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || Number(b.violent) - Number(a.violent));
}

export function renderList(list, events, incidents, reviews, heading) {
  const items = listItems(events, incidents);
  replace(list, el('h2', {}, heading),
    el('ol', {}, items.slice(0, shown).map(item => el('li', { class: 'event-item', dataset: { doc: item.doc, event: item.event, incident: item.incident } },
      el('span', { class: 'swatch', title: item.type ?? '' }),
      el('span', { class: 'date' }, item.date ?? 'undated'), ' ',
      el('span', { class: 'type' }, item.type ?? ''), ' — ',
      el('span', { class: 'place' }, item.place ?? 'place not stated'), item.admin1 && item.admin1 !== item.place ? ` (${item.admin1})` : '', ' · ',
      el('span', { class: 'toll' }, toll(item)),
      item.conflict ? el('span', { class: 'badge conflict' }, 'sources disagree') : null, ' · ',
      el('span', { class: 'sources' }, item.sources.length > 1 ? `${item.sources.length} sources: ` : 'source: ',
        item.sources.map((s, i) => [i ? ', ' : '', docLink(s.documentId, String(i + 1), s.eventId)])),
      ' ', reviewBadge(reviews[item.doc + '/' + item.event])))));
  // Swatch colours are set through CSSOM (allowed by the CSP), never through a style attribute.
  list.querySelectorAll('.event-item').forEach((li, i) => { li.firstChild.style.backgroundColor = colorOf(items[i].type); });
}

function toll(item) {
  const parts = [];
  if (item.killed !== null && item.killed !== undefined) parts.push(`${item.killed} killed`);
  if (item.injured !== null && item.injured !== undefined) parts.push(`${item.injured} injured`);
  return parts.length ? parts.join(', ') : 'no toll stated';
}

export function reviewBadge(review) {
  return review ? el('span', { class: 'badge review-' + review }, review) : null;
}
