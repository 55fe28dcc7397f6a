// Incidents: one row per linked incident, each source's figures side by side, disagreements flagged.
import { get } from './api.js';
import { el, replace, docLink, safeLink, status } from './dom.js';

export async function showIncidents(section, f) {
  const incidents = await get('/incidents', f);
  replace(section,
    el('h2', {}, `Incidents (${incidents.length})`),
    incidents.map(i => {
      const figures = JSON.parse(i.figures || '[]');
      const conflict = (i.conflict ?? '').split(',').map(s => s.trim()).filter(Boolean);
      return el('section', { class: 'incident' + (i.conflict ? ' conflict' : ''), dataset: { incident: i.id } },
        el('h3', {}, `${i.date} ${i.subEventType} — ${i.placeName ?? '?'}`, i.admin1 ? ` (${i.admin1})` : '',
          i.conflict ? el('span', { class: 'badge conflict' }, `conflict: ${i.conflict}`) : null),
        el('p', {}, `${i.sources} sources · best estimate killed ${i.killedBest ?? '—'} (max ${i.killedMax ?? '—'}), injured ${i.injuredBest ?? '—'} (max ${i.injuredMax ?? '—'})`),
        el('table', { class: 'figures' },
          el('tr', {}, el('th', {}, 'source'), el('th', {}, 'published'), el('th', {}, 'killed'), el('th', {}, 'injured'), el('th', {}, 'document')),
          figures.map(s => el('tr', {},
            el('td', {}, safeLink(s.source, s.source)), el('td', {}, s.published ?? ''),
            el('td', { class: conflict.includes('killed') ? 'disagree' : null }, s.killed ?? '—'),
            el('td', { class: conflict.includes('injured') ? 'disagree' : null }, s.injured ?? '—'),
            el('td', {}, docLink(s.documentId, 'evidence', s.eventId))))));
    }));
  status(`${incidents.length} incidents, ${incidents.filter(i => i.conflict).length} with conflicting figures`);
}
