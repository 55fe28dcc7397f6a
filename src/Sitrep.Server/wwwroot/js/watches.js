// Watches: each saved query with its Atom feed, and its recent notifications with their delivery state.
import { get } from './api.js';
import { el, replace, docLink, status } from './dom.js';

export async function showWatches(section) {
  const watches = await get('/watches');
  const blocks = await Promise.all(watches.map(async w => {
    const notifications = await get('/watches/' + encodeURIComponent(w.name) + '/notifications', { limit: 20 });
    return el('section', { class: 'watch', dataset: { watch: w.name } },
      el('h3', {}, w.name, ' ', el('a', { href: w.feed, class: 'feed' }, 'Atom feed')),
      el('p', { class: 'filters' }, w.filters, w.webhook ? ` · webhook ${w.webhook}` : '', w.email ? ` · e-mail ${w.email}` : ''),
      notifications.length === 0 ? el('p', { class: 'none' }, 'no notifications yet')
        : el('ol', { class: 'notifications' }, notifications.map(n => el('li', { class: 'notification ' + n.kind, dataset: { key: n.key } },
          el('span', { class: 'date' }, new Date(n.created).toISOString().slice(0, 16).replace('T', ' ')), ' ',
          el('span', { class: 'badge' }, n.kind), ' ', el('span', { class: 'summary' }, n.summary), ' ',
          el('span', { class: 'deliveries' }, n.deliveries), ' ',
          n.notification.incident.sources.map((s, i) => [i ? ', ' : '', docLink(s.documentId, `source ${i + 1}`, s.eventId)])))));
  }));
  replace(section, el('h2', {}, `Watches (${watches.length})`),
    watches.length === 0 ? el('p', {}, 'No watches yet: add one with `sitrep watch add NAME --admin1 "Sumy Oblast" --webhook URL` or POST /api/watches.') : blocks);
  status(`${watches.length} watches`);
}
