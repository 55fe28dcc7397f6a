// Quote explorer: by speaker and date (filters), or full-text search over quotes.
import { get } from './api.js';
import { el, replace, docLink, status } from './dom.js';

export async function showQuotes(section, f, search = {}) {
  const speaker = el('input', { id: 'quote-speaker', placeholder: 'speaker', value: search.speaker ?? '' });
  const text = el('input', { id: 'quote-text', placeholder: 'words in the quote', value: search.q ?? '' });
  const form = el('form', { class: 'quote-search' }, speaker, text, el('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    showQuotes(section, f, { speaker: speaker.value.trim(), q: text.value.trim() });
  });
  const params = { from: f.from, to: f.to, speaker: search.speaker, q: search.q, limit: 500 };
  const rows = await get('/quotes', params);
  replace(section, el('h2', {}, 'Quotes'), form,
    el('ol', { class: 'quotes' }, rows.map(q => el('li', {},
      el('span', { class: 'speaker' }, q.speaker ?? 'unknown speaker'), ' ', el('span', { class: 'date' }, q.published ?? ''), ' ',
      el('q', {}, q.text ?? q.snippet ?? ''), ' ', docLink(q.documentId, 'source')))));
  status(`${rows.length} quotes`);
}
