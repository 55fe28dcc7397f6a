// The uPlot timeline: events, killed and injured per day. Dragging across it selects a date range,
// which filters the map and the event list (the chart does not zoom).
let plot;

export function drawTimeline(perDay, onBrush) {
  const container = document.getElementById('timeline');
  const days = perDay.map(d => Date.parse(d.key + 'T00:00:00Z') / 1000);
  const data = [days, perDay.map(d => d.events), perDay.map(d => d.killed), perDay.map(d => d.injured)];
  plot?.destroy();
  const width = Math.max(300, container.clientWidth || 800);
  plot = new uPlot({
    width, height: 170,
    cursor: { drag: { x: true, y: false, setScale: false } },
    scales: { x: { time: true } },
    series: [
      {},
      { label: 'events', stroke: '#1f77b4', width: 1.5, paths: uPlot.paths.bars?.({ size: [0.6, 20] }), fill: 'rgba(31,119,180,0.35)' },
      { label: 'killed', stroke: '#d62728', width: 1.5 },
      { label: 'injured', stroke: '#ff7f0e', width: 1.5 },
    ],
    axes: [{}, { label: 'per day', size: 50 }],
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

export function clearBrush() {
  plot?.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
}

function isoDay(seconds) {
  return new Date(Math.round(seconds / 86400) * 86400 * 1000).toISOString().slice(0, 10);
}
