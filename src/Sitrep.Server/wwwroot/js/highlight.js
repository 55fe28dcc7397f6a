// Lays the article text out as text nodes and <span>s, one per stretch covered by the same set of
// annotations (entity/place mentions, quotes, event evidence), and keeps an index from annotation key to
// the spans that show it, so clicking a field can light up exactly its evidence.
import { el } from './dom.js';

/** annotations: [{ start, end, cls, keys: [..], title }]; returns { node, index: Map(key -> [span]) }. */
export function layout(text, annotations) {
  const valid = annotations.filter(a => Number.isInteger(a.start) && Number.isInteger(a.end) && a.start < a.end && a.start >= 0 && a.end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const a of valid) { cuts.add(a.start); cuts.add(a.end); }
  const bounds = [...cuts].sort((x, y) => x - y);
  const node = el('div', { class: 'article-text' });
  const index = new Map();
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [from, to] = [bounds[i], bounds[i + 1]];
    const piece = text.slice(from, to);
    const covering = valid.filter(a => a.start <= from && a.end >= to);
    if (covering.length === 0) { node.append(document.createTextNode(piece)); continue; }
    const span = el('span', { class: [...new Set(covering.map(a => a.cls))].join(' '), title: covering.map(a => a.title).filter(Boolean).join(' · ') || null }, piece);
    for (const a of covering) for (const key of a.keys) {
      if (!index.has(key)) index.set(key, []);
      index.get(key).push(span);
    }
    node.append(span);
  }
  return { node, index };
}

let lit = [];

/** Highlights the spans of key (removing the previous highlight); returns how many spans lit. */
export function light(index, key) {
  for (const span of lit) span.classList.remove('hl');
  lit = index.get(key) ?? [];
  for (const span of lit) span.classList.add('hl');
  lit[0]?.scrollIntoView({ block: 'center' });
  return lit.length;
}
