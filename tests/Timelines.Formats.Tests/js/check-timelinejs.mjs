// Loads a TimelineJS3 JSON file, or a spreadsheet-template CSV, in the real TimelineJS3 (npm @knight-lab/timelinejs)
// in headless Chromium, and prints what it shows as JSON: console errors, requests it tried to make outside the
// page, and each slide's id, headline and display date. Optionally saves a screenshot.
//
// Usage: node check-timelinejs.mjs <file.json|file.csv> [screenshot.png]
// The NUnit tests (TimelineJs3ConsumerTest) run it on what the writers produce and check the output.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { withBrowser } from './browser.mjs';

const [input, screenshot] = process.argv.slice(2);
if (!input) {
  console.error('Usage: node check-timelinejs.mjs <file.json|file.csv> [screenshot.png]');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');
const origin = 'http://timelines.test';
const isCsv = extname(input).toLowerCase() === '.csv';
const page_html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS3 check</title>
<link rel="stylesheet" href="${origin}/dist/css/timeline.css">
<script src="${origin}/dist/js/timeline.js"></script>
<style>html, body { margin: 0; height: 100%; } #timeline-embed { width: 1280px; height: 720px; }</style>
</head><body><div id="timeline-embed"></div></body></html>`;

const types = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.csv': 'text/csv',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.svg': 'image/svg+xml', '.eot': 'application/vnd.ms-fontobject' };

const result = await withBrowser(async context => {
  const page = await context.newPage();
  const consoleErrors = [];
  const outsideRequests = [];
  page.on('console', message => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', error => consoleErrors.push(String(error)));

  // Everything is served from files here; any other address is refused and reported.
  await page.route('**/*', async route => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) {
      outsideRequests.push(url.href);
      return route.abort();
    }
    const path = url.pathname === '/' ? null
      : url.pathname.startsWith('/dist/') ? join(dist, url.pathname.slice('/dist/'.length))
      : url.pathname === '/data' + extname(input) ? input : undefined;
    if (path === null) {
      return route.fulfill({ status: 200, contentType: 'text/html', body: page_html });
    }
    try {
      return route.fulfill({ status: 200, contentType: types[extname(path)] || 'application/octet-stream', body: readFileSync(path) });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });

  await page.goto(origin + '/');
  const data = isCsv ? `${origin}/data.csv` : JSON.parse(readFileSync(input, 'utf8'));
  await page.evaluate(source => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('TimelineJS3 did not finish loading within 20 s')), 20000);
    // One of TimelineJS3's own font sets that uses system fonts: the default one loads Google's web fonts.
    window.timeline = new TL.Timeline('timeline-embed', source, {
      hash_bookmark: false, debug: false, script_path: location.origin + '/dist/js/', font: 'georgia-helvetica',
    });
    window.timeline.on('loaded', () => { clearTimeout(timer); resolve(); });
  }), data);
  // Let the slides lay out and any late errors surface.
  await page.waitForTimeout(500);

  const shown = await page.evaluate(() => {
    const text = element => element ? element.textContent.trim() : null;
    const slides = [...document.querySelectorAll('.tl-storyslider .tl-slide')].map(slide => ({
      id: slide.id,
      title: slide.classList.contains('tl-slide-titleslide'),
      headline: text(slide.querySelector('.tl-headline')),
      displayDate: text(slide.querySelector('.tl-headline-date')),
    }));
    const config = window.timeline.config;
    return {
      slides,
      events: config.events.length,
      eras: config.eras.length,
      configErrors: config.messages ? config.messages.errors.map(String) : [],
      markers: document.querySelectorAll('.tl-timemarker').length,
    };
  });

  if (screenshot) {
    const first = shown.slides.find(slide => !slide.title);
    if (first) {
      await page.evaluate(id => window.timeline.goToId(id), first.id);
      await page.waitForTimeout(1200);
    }
    writeFileSync(screenshot, await page.screenshot({ fullPage: false }));
  }
  return { consoleErrors, outsideRequests, ...shown };
});

console.log(JSON.stringify(result, null, 2));
