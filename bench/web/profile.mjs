// Where the main thread spends its time until the map's first paint (one cold load, headless Chromium):
// task, script, layout and style totals (CDP Performance metrics) and the costliest scripts by self time
// (CDP Profiler). Main-thread time is steadier than wall time on a shared machine. usage: node profile.mjs URL
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:5080/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(url);
await page.waitForSelector('body[data-map-ready=true]', { timeout: 60000 });
const painted = await page.evaluate(() => performance.getEntriesByName('sitrep:map-painted')[0].startTime);
const { profile } = await cdp.send('Profiler.stop');
const { metrics } = await cdp.send('Performance.getMetrics');
const m = Object.fromEntries(metrics.map(x => [x.name, x.value]));
console.log(`painted at ${painted.toFixed(0)} ms; whole load: task ${(m.TaskDuration * 1000).toFixed(0)} ms, script ${(m.ScriptDuration * 1000).toFixed(0)} ms, layout ${(m.LayoutDuration * 1000).toFixed(0)} ms, style ${(m.RecalcStyleDuration * 1000).toFixed(0)} ms`);
const self = new Map();
const dt = new Map();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
for (const node of profile.nodes) {
  const f = node.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
}
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
await browser.close();
