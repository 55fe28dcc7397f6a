// First paint of the map: time from navigation start until the events are drawn on the map and a frame
// has been painted, in headless Debian Chromium. The page marks that moment itself ('sitrep:map-painted',
// set after the frame that holds the atlas and the event points); the list and timeline come after it.
// usage: node map-paint.mjs URL [RUNS]
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:5080/';
const runs = Number(process.argv[3] ?? 5);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const times = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-map-ready=true]', { timeout: 30000 });
  const [ms, steps] = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const events = performance.getEntriesByType('resource').find(r => r.name.includes('/api/events/map'));
    const steps = { 'app started': at('sitrep:start'), 'events requested': events?.startTime, 'events received': events?.responseEnd, 'events parsed': at('sitrep:events-parsed'),
      'events drawn': at('sitrep:events-drawn'), 'atlas drawn': at('sitrep:atlas-drawn') };
    return [at('sitrep:map-painted'), Object.entries(steps).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')];
  });
  const drawn = await page.textContent('#status');
  times.push(ms);
  console.log(`run ${i + 1}: ${ms.toFixed(0)} ms (${drawn}; ${steps})`);
  await context.close();
}
await browser.close();
// Run 1 is also the server's first build of the map payload (cached until the store changes); later runs
// are cold for the browser (fresh context) but find the payload cached.
const first = times[0];
times.sort((a, b) => a - b);
console.log(`median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms over ${runs} cold page loads (run 1, server cache cold: ${first.toFixed(0)} ms)`);
