// Feeds: how each polled feed fared (last poll, outcome, items, errors, next poll), from /api/feeds.
// Feed addresses and errors come from the network: they are only ever text nodes (dom.js).
import { get } from './api.js';
import { el, replace, status } from './dom.js';

const time = ms => (ms === null || ms === undefined ? '' : new Date(ms).toISOString().slice(0, 19).replace('T', ' '));

export async function showFeeds(section) {
  const feeds = await get('/feeds');
  const failing = feeds.filter(f => f.lastOutcome === 'failed').length;
  const head = ['Feed', 'Last poll (UTC)', 'Outcome', 'Last items', 'Stored', 'Errors', 'Last error', 'Next poll (UTC)'];
  const rows = feeds.map(f => el('tr', { class: 'feed ' + (f.lastOutcome === 'failed' ? 'failed' : 'ok'), dataset: { url: f.url } },
    el('td', { class: 'url' }, f.url),
    el('td', {}, time(f.lastPolledAt)),
    el('td', { class: 'outcome' }, f.lastOutcome ?? ''),
    el('td', {}, f.lastOutcome === 'ok' ? `${f.lastItems} (${f.lastNew} new, ${f.lastFailed} failed)` : ''),
    el('td', {}, String(f.itemsStored)),
    el('td', {}, `${f.errors} of ${f.polls} polls`),
    el('td', { class: 'error' }, f.lastError ?? ''),
    el('td', {}, time(f.nextPollAt))));
  replace(section, el('h2', {}, `Feeds (${feeds.length})`),
    feeds.length === 0
      ? el('p', {}, 'No feeds polled yet: run `sitrep ingest --feeds feeds.txt --interval 10` with one feed URL a line.')
      : el('table', { class: 'feeds' }, el('thead', {}, el('tr', {}, head.map(h => el('th', {}, h)))), el('tbody', {}, rows)));
  status(`${feeds.length} feeds, ${failing} failing`);
}
