// Document list and the ingest form (token needed).
import { get, credentials } from './api.js';
import { el, replace, docLink, status } from './dom.js';

export async function showDocuments(section, f) {
  const docs = await get('/documents', { from: f.from, to: f.to, limit: 500 });
  const text = el('textarea', { id: 'ingest-text', rows: 6, cols: 80, placeholder: 'Article text' });
  const title = el('input', { id: 'ingest-title', placeholder: 'Title', size: 40 });
  const published = el('input', { id: 'ingest-published', type: 'date' });
  const ingest = async () => {
    const { token } = credentials();
    const response = await fetch('/api/documents', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
      body: JSON.stringify({ text: text.value, title: title.value, published: published.value || null }),
    });
    const result = await response.json().catch(() => ({}));
    if (!response.ok) { status('ingest failed: ' + (result.detail ?? result.reason ?? response.status)); return; }
    status(`ingest: ${result.outcome}`);
    location.hash = '#/doc/' + encodeURIComponent(result.id);
  };
  replace(section,
    el('h2', {}, `Documents (${docs.length})`),
    el('table', { class: 'list' },
      el('tr', {}, el('th', {}, 'published'), el('th', {}, 'title'), el('th', {}, 'events'), el('th', {}, 'quotes'), el('th', {}, 'status')),
      docs.map(d => el('tr', {}, el('td', {}, d.published ?? ''), el('td', {}, docLink(d.id, d.title ?? d.source)),
        el('td', {}, d.events), el('td', {}, d.quotes), el('td', {}, d.status)))),
    el('details', { class: 'ingest' }, el('summary', {}, 'Ingest an article'),
      title, published, el('br'), text, el('br'),
      el('button', { type: 'button', id: 'ingest-submit', onclick: ingest }, 'Ingest')));
  status(`${docs.length} documents`);
}
