// Thin fetch wrappers over /api (same origin only; the CSP allows nothing else).

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? '?' + s : '';
}

export async function get(path, params = {}) {
  const response = await fetch('/api' + path + query(params), { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

export async function post(path, body, token) {
  const response = await fetch('/api' + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
    body: JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(json.detail || json.title || Object.values(json.errors ?? {}).flat().join('; ') || String(response.status));
  return json;
}

export function credentials() {
  return {
    reviewer: document.getElementById('reviewer').value.trim(),
    token: document.getElementById('token').value,
  };
}
