// One colour per ACLED sub-event type (fixed for the common ones, hashed for the rest).
const fixed = {
  'Air/drone strike': '#d62728',
  'Shelling/artillery/missile attack': '#ff7f0e',
  'Armed clash': '#8c564b',
  'Remote explosive/landmine/IED': '#9467bd',
  'Attack': '#e377c2',
  'Peaceful protest': '#2ca02c',
  'Government regains territory': '#1f77b4',
  'Non-state actor overtakes territory': '#17becf',
};
const spare = ['#7f7f7f', '#bcbd22', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173'];

const known = new Map();

export function colorOf(subEventType) {
  if (!subEventType) return '#555';
  let color = known.get(subEventType);
  if (color === undefined) {
    color = Object.hasOwn(fixed, subEventType) ? fixed[subEventType] : hashed(subEventType);
    known.set(subEventType, color);
  }
  return color;
}

function hashed(subEventType) {
  let h = 0;
  for (const c of subEventType) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return spare[h % spare.length];
}

/** Marker radius grows with the square root of the people killed and injured. */
export function radiusOf(event) {
  const people = (event.killedBest ?? 0) + (event.injuredBest ?? 0);
  return Math.min(30, 4 + 2.5 * Math.sqrt(people));
}
