// Measures how long a page written by Timelines.Html takes to open in Debian's Chromium: from the start of
// navigation to the timeline's first drawing (the page's performance mark "timelines-ready"), and to its list of
// every event being complete ("timelines-list-ready"). A measurement for benchmarks/README.md, not a test.
//
// Usage: node measure-open.mjs PAGE.html [RUNS]   (default 7 runs, each in a fresh browser context)
import { chromium } from 'playwright-core';
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [page, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 7);
const browser = await chromium.launch({
  executablePath: process.env.TIMELINES_CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const samples = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const tab = await context.newPage();
  await tab.goto(pathToFileURL(page).href);
  await tab.waitForSelector('#chronology[data-complete=true]', { state: 'attached', timeout: 120000 });
  samples.push(await tab.evaluate(() => ({
    ready: performance.getEntriesByName('timelines-ready')[0].startTime,
    list: performance.getEntriesByName('timelines-list-ready')[0].startTime,
    load: performance.getEntriesByType('navigation')[0].loadEventEnd,
    events: window.timelinePage.shownIds().length,
  })));
  await context.close();
}
await browser.close();

const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value)} ms`;
console.log(`${page}: ${(statSync(page).size / 1e6).toFixed(1)} MB, ${samples[0].events} events, ${runs} runs`);
console.log(`  timeline drawn (timelines-ready): median ${ms(median(samples.map((s) => s.ready)))}, min ${ms(Math.min(...samples.map((s) => s.ready)))}, max ${ms(Math.max(...samples.map((s) => s.ready)))}`);
console.log(`  list complete (timelines-list-ready): median ${ms(median(samples.map((s) => s.list)))}`);
console.log(`  load event end: median ${ms(median(samples.map((s) => s.load)))}`);
