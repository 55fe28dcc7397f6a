// DOM building without HTML parsing: every string from the API is untrusted (article text, titles,
// names, quotes), so it only ever becomes a text node or an attribute value, never markup.

/** Creates an element; attrs go through setAttribute/properties, children become nodes (strings as text). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) {
      if (typeof value !== 'function') throw new TypeError('event handlers must be functions');
      node.addEventListener(key.slice(2), value);
    }
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Removes every child, then appends the new ones. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** An anchor for a web address, or plain text when the address is not http(s) (javascript:, data:...). */
export function safeLink(url, label) {
  if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
    return el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, label ?? url);
  }
  return el('span', { class: 'source' }, label ?? url ?? '');
}

/** A link inside the app. */
export function docLink(id, label, eventId) {
  const hash = '#/doc/' + encodeURIComponent(id) + (eventId ? '/' + encodeURIComponent(eventId) : '');
  return el('a', { href: hash, class: 'doc-link' }, label || id.slice(0, 19));
}

export function status(message) {
  document.getElementById('status').textContent = message;
}
