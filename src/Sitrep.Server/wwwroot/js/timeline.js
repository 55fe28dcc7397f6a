// The uPlot timeline: events, killed and injured per day. Dragging across it selects a date range,
// which filters the map and the event list (the chart does not zoom).
let plot;
let loading;

// uPlot (51 KB and its stylesheet) is loaded when the first timeline is drawn, after the map's first paint.
function loadUPlot() {
  loading ??= new Promise((resolve, reject) => {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = 'vendor/uPlot.min.css';
    document.head.append(style);
    const script = document.createElement('script');
    script.src = 'vendor/uPlot.iife.min.js';
    script.onload = resolve;
    script.onerror = () => reject(new Error('could not load uPlot'));
    document.head.append(script);
  });
  return loading;
}

const day = 86400;
const dayIncrements = [day, 2 * day, 7 * day, 14 * day, 30 * day, 91 * day, 182 * day, 365 * day, 730 * day, 1825 * day];

export async function drawTimeline(perDay, onBrush) {
  await loadUPlot();
  const container = document.getElementById('timeline');
  const filled = fillGaps(perDay);
  const days = filled.map(d => Date.parse(d.key + 'T00:00:00Z') / 1000);
  const data = [days, filled.map(d => d.events), filled.map(d => d.killed), filled.map(d => d.injured)];
  const span = days.length ? [days[0] - day, days.at(-1) + day] : [0, day];
  plot?.destroy();
  const width = Math.max(300, container.clientWidth || 800);
  plot = new uPlot({
    width, height: 170,
    cursor: { drag: { x: true, y: false, setScale: false } },
    // The data's own first and last day, a day either side, computed here: left to uPlot, a single day of data
    // (min == max) was widened to about a thousand days.
    scales: { x: { time: true, range: () => span } },
    series: [
      {},
      { label: 'events', stroke: '#1f77b4', width: 1.5, paths: uPlot.paths.bars?.({ size: [0.6, 20] }), fill: 'rgba(31,119,180,0.35)' },
      { label: 'killed', stroke: '#d62728', width: 1.5 },
      { label: 'injured', stroke: '#ff7f0e', width: 1.5 },
    ],
    // Ticks on whole days (or weeks, months, years when the data spans more), labelled as dates, never hours.
    axes: [{ space: 90, incrs: dayIncrements, values: (u, splits) => ticks(container, splits) }, { label: 'per day', size: 50 }],
    hooks: {
      setSelect: [u => {
        if (u.select.width < 2) { onBrush(null); return; }
        const from = u.posToVal(u.select.left, 'x');
        const to = u.posToVal(u.select.left + u.select.width, 'x');
        onBrush({ from: isoDay(from), to: isoDay(to) });
      }],
    },
  }, data, container);
}

// Days without events are zeros, not gaps the lines jump across.
function fillGaps(perDay) {
  const byDay = new Map(perDay.map(d => [d.key, d]));
  if (perDay.length === 0) return [];
  const out = [];
  const last = Date.parse(perDay.at(-1).key + 'T00:00:00Z');
  for (let t = Date.parse(perDay[0].key + 'T00:00:00Z'); t <= last && out.length < 5000; t += 86400000) {
    const key = new Date(t).toISOString().slice(0, 10);
    out.push(byDay.get(key) ?? { key, events: 0, killed: 0, injured: 0 });
  }
  return out;
}

// The axis is drawn on a canvas; its labels are also kept on the container (data-ticks) for tests and readers.
function ticks(container, splits) {
  const labels = splits.map(isoDay);
  container.dataset.ticks = labels.join(' ');
  return labels;
}

export function clearBrush() {
  plot?.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
}

function isoDay(seconds) {
  return new Date(Math.round(seconds / 86400) * 86400 * 1000).toISOString().slice(0, 10);
}
