// Statements (PLOVER verbal events: accusations, appeals, threats, ...), newest first, in their own view.
import { get } from './api.js';
import { el, replace, docLink, status } from './dom.js';

export async function showStatements(section, f) {
  const { events } = await get('/events', { ...f, type: 'statement', limit: 1000 });
  const rows = [...events].sort((a, b) => (b.date ?? b.published ?? '').localeCompare(a.date ?? a.published ?? ''));
  replace(section, el('h2', {}, `Statements (${rows.length})`),
    el('ol', { class: 'statements' }, rows.map(e => el('li', {},
      el('span', { class: 'date' }, e.date ?? e.published ?? 'undated'), ' ', el('span', { class: 'badge' }, e.plover ?? 'statement'), ' ',
      el('span', { class: 'speaker' }, e.actors ?? 'unknown speaker'), e.targets ? ` → ${e.targets}` : '', ' ',
      docLink(e.documentId, 'source', e.eventId)))));
  status(`${rows.length} statements`);
}
