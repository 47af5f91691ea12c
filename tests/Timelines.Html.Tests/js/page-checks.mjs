// Opens the pages and pictures the C# tests wrote in Debian's Chromium (through playwright-core, which never
// downloads a browser) and reports what a reader would see and do: console errors, network requests, the
// events found, the details after a click, the visible range after each way of zooming and moving, what a tag
// filter and a search leave, and screenshots measured for blankness. It states observations only: the C# tests
// (BrowserTest.cs) hold the expectations, so each failure is named there.
//
// Usage: node page-checks.mjs CONFIG.json
//   CONFIG: { "chromium": path, "output": folder, "belarus": page, "large": page, "svg": picture }
//   Writes OUTPUT/report.json and the screenshots beside it; exits non-zero only if the browser cannot be driven.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const browser = await chromium.launch({
  executablePath: config.chromium,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const report = {};
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  report.belarus = await checkPage(context, config.belarus, true);
  report.large = await checkLargePage(context, config.large);
  report.svg = await checkSvg(context, config.svg);
} finally {
  await browser.close();
}
writeFileSync(join(config.output, 'report.json'), JSON.stringify(report, null, 2));

/** Opens a file and records every console error, page error and request other than the file itself. */
async function open(context, path) {
  const page = await context.newPage();
  const url = pathToFileURL(path).href;
  const seen = { consoleErrors: [], pageErrors: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') {
      seen.consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  page.on('request', (request) => {
    const target = request.url();
    if (target !== url && !target.startsWith('data:') && !target.startsWith('blob:')) {
      seen.requests.push(target);
    }
  });
  await page.goto(url);
  return { page, seen };
}

async function visibleWindow(page) {
  return page.evaluate(() => {
    const w = window.timelinePage.timeline.getWindow();
    return { start: w.start.valueOf(), end: w.end.valueOf() };
  });
}

async function checkPage(context, path, everything) {
  const { page, seen } = await open(context, path);
  await page.waitForSelector('html[data-ready=true]', { timeout: 60000 });
  await page.waitForSelector('#chronology[data-complete=true]', { state: 'attached', timeout: 60000 });
  const result = { seen };
  result.dataIds = await page.evaluate(() => window.timelinePage.shownIds());
  result.timelineIds = await page.evaluate(() =>
    [...new Set([...document.querySelectorAll('#timeline .vis-item [data-event-id]')].map((e) => e.dataset.eventId))]);
  result.listIds = await page.evaluate(() => [...document.querySelectorAll('#chronology > li')].map((li) => li.dataset.eventId));
  result.inOpeningWindow = await page.evaluate(() => window.timelinePage.inWindow().length);
  if (!everything) {
    await page.close();
    return result;
  }

  // Click one event and read its details as a reader sees them; the screenshot shows them too.
  await page.click('#timeline [data-event-id="drills-2022-02"]');
  await page.waitForSelector('#details:not([hidden])');
  result.details = await readDetails(page);
  result.screenshot = await screenshot(page, join(config.output, 'belarus-2022.html.png'), context, false);
  const relation = await page.$('#details a.relation');
  const target = relation ? await relation.getAttribute('data-target') : null;
  if (relation) {
    await relation.click();
    await page.waitForFunction((id) => document.getElementById('details').dataset.eventId === id, target);
  }
  result.relationClick = { target, detailsNow: await page.evaluate(() => document.getElementById('details').dataset.eventId) };
  await page.keyboard.press('Escape');
  result.detailsHiddenAfterEscape = await page.evaluate(() => document.getElementById('details').hidden);

  // Zoom and move every way a reader can.
  const zoom = {};
  await page.click('#fit');
  zoom.fit = await visibleWindow(page);
  await page.click('#zoom-in');
  zoom.buttonIn = await visibleWindow(page);
  await page.click('#zoom-out');
  zoom.buttonOut = await visibleWindow(page);
  await page.click('#move-later');
  zoom.buttonLater = await visibleWindow(page);
  await page.focus('#timeline');
  await page.keyboard.press('+');
  zoom.keyIn = await visibleWindow(page);
  await page.keyboard.press('-');
  zoom.keyOut = await visibleWindow(page);
  await page.keyboard.press('ArrowLeft');
  zoom.keyEarlier = await visibleWindow(page);
  await page.keyboard.press('0');
  zoom.keyFit = await visibleWindow(page);
  const box = await page.locator('#timeline .vis-center').boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 120);
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, -400);
  await page.waitForTimeout(400);
  zoom.wheelIn = await visibleWindow(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 150, y, { steps: 8 });
  await page.mouse.move(x - 300, y, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  zoom.dragged = await visibleWindow(page);
  result.zoom = zoom;

  // Filter by one tag, then search.
  await page.click('#fit');
  await page.click('#tags-none');
  result.noTags = await page.evaluate(() => window.timelinePage.shownIds());
  await page.click('#tags button[data-tag="sanctions"]');
  await page.waitForTimeout(200);
  result.tagFilter = {
    tag: 'sanctions',
    shownIds: await page.evaluate(() => window.timelinePage.shownIds()),
    drawnIds: await page.evaluate(() =>
      [...new Set([...document.querySelectorAll('#timeline .vis-item [data-event-id]')].map((e) => e.dataset.eventId))]),
    listedIds: await page.evaluate(() => [...document.querySelectorAll('#chronology > li:not([hidden])')].map((li) => li.dataset.eventId)),
    count: await page.textContent('#count'),
  };
  await page.click('#tags-all');
  await page.fill('#search', 'homiel');
  await page.waitForTimeout(200);
  result.search = { query: 'homiel', shownIds: await page.evaluate(() => window.timelinePage.shownIds()) };
  await page.fill('#search', '');

  // Lanes by actor.
  await page.selectOption('#lanes', 'actor');
  await page.waitForTimeout(200);
  result.actorLanes = await page.evaluate(() => [...document.querySelectorAll('#timeline .vis-labelset .vis-label')].map((l) => l.textContent.trim()));
  await page.selectOption('#lanes', 'tag');

  // Print: what the print style sheet shows and hides.
  await page.emulateMedia({ media: 'print' });
  result.print = await page.evaluate(() => ({
    toolbar: getComputedStyle(document.querySelector('.toolbar')).display,
    tags: getComputedStyle(document.querySelector('.tags')).display,
    timeline: getComputedStyle(document.getElementById('timeline')).display,
    chronology: getComputedStyle(document.querySelector('.chronology')).display,
    printOnly: getComputedStyle(document.querySelector('#chronology .print-only')).display,
  }));
  if (config.pdf) {
    await page.pdf({ path: join(config.output, 'belarus-2022.print.pdf'), format: 'A4', landscape: true, printBackground: true });
  }
  await page.emulateMedia({ media: 'screen' });
  await page.close();
  return result;
}

async function readDetails(page) {
  return page.evaluate(() => {
    const details = document.getElementById('details');
    const sections = {};
    let heading = null;
    for (const node of document.getElementById('details-body').children) {
      if (node.tagName === 'H3') {
        heading = node.textContent;
        sections[heading] = [];
      } else if (node.tagName === 'UL' && heading) {
        sections[heading] = [...node.children].map((li) => ({
          text: li.textContent,
          links: [...li.querySelectorAll('a')].map((a) => ({ text: a.textContent, href: a.getAttribute('href'), target: a.dataset.target || null })),
        }));
      }
    }
    return {
      eventId: details.dataset.eventId,
      title: details.querySelector('h2').textContent,
      when: details.querySelector('.when').textContent,
      edtf: details.querySelector('.edtf').textContent,
      summary: details.querySelector('.summary') ? details.querySelector('.summary').textContent : null,
      sections,
    };
  });
}

async function checkLargePage(context, path) {
  const { page, seen } = await open(context, path);
  await page.waitForSelector('html[data-ready=true]', { timeout: 60000 });
  await page.waitForSelector('#chronology[data-complete=true]', { state: 'attached', timeout: 60000 });
  const result = { seen };
  result.dataIds = (await page.evaluate(() => window.timelinePage.shownIds())).length;
  result.listIds = await page.evaluate(() => document.querySelectorAll('#chronology > li').length);
  result.inOpeningWindow = await page.evaluate(() => window.timelinePage.inWindow().length);
  result.heldAtOpening = await page.evaluate(() => window.timelinePage.heldByVis());
  // A click in the list selects an event far from the opening view: the timeline moves there and shows it.
  const last = await page.evaluate(() => document.querySelector('#chronology > li:last-child').dataset.eventId);
  await page.click(`#chronology > li[data-event-id="${last}"] a`);
  await page.waitForFunction((id) => document.getElementById('details').dataset.eventId === id, last);
  result.farSelection = {
    id: last,
    inWindow: await page.evaluate((id) => window.timelinePage.inWindow().includes(id), last),
    drawn: await page.evaluate((id) => document.querySelector(`#timeline .vis-item [data-event-id="${id}"]`) !== null, last),
  };
  await page.click('#fit');
  await page.waitForTimeout(500);
  result.inWindowAfterFit = await page.evaluate(() => window.timelinePage.inWindow().length);
  result.heldAfterFit = await page.evaluate(() => window.timelinePage.heldByVis());
  result.maxHeld = await page.evaluate(() => window.timelinePage.maxHeld);
  result.noticeAfterFit = await page.evaluate(() => document.getElementById('notice').hidden ? null : document.getElementById('notice').textContent);
  await page.close();
  return result;
}

/** The SVG in Chromium, measured with the fonts the browser really uses. */
async function checkSvg(context, path) {
  const { page, seen } = await open(context, path);
  const result = { seen };
  result.layout = await page.evaluate(() => {
    const plotRect = document.querySelector('[data-role=plot-area]').getBBox();
    const plot = { left: plotRect.x, top: plotRect.y, right: plotRect.x + plotRect.width, bottom: plotRect.y + plotRect.height };
    const events = [...document.querySelectorAll('g[data-event-id]')].map((g) => {
      const b = g.getBBox();
      const label = g.querySelector('[data-part=label]').getBBox();
      return {
        id: g.dataset.eventId,
        box: { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height },
        label: { left: label.x, top: label.y, right: label.x + label.width, bottom: label.y + label.height },
      };
    });
    const overlaps = [];
    for (let i = 0; i < events.length; i++) {
      for (let j = i + 1; j < events.length; j++) {
        const a = events[i].box;
        const b = events[j].box;
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
          overlaps.push(events[i].id + ' overlaps ' + events[j].id);
        }
      }
    }
    const outside = events.filter((e) => e.label.left < plot.left - 0.5 || e.label.right > plot.right + 0.5).map((e) => e.id);
    return { events: events.length, overlaps, labelsOutsidePlot: outside };
  });
  const size = await page.evaluate(() => {
    const svg = document.documentElement;
    return { width: Math.ceil(svg.width.baseVal.value), height: Math.ceil(svg.height.baseVal.value) };
  });
  await page.setViewportSize(size);
  // The viewport is the picture's size: a full-page screenshot waits forever on a document that is not HTML.
  result.screenshot = await screenshot(page, join(config.output, 'belarus-2022.chromium.png'), context, false);
  await page.close();
  return result;
}

/** Takes a screenshot and measures it in a blank page: its size, distinct colours and share of inked pixels. */
async function screenshot(page, path, context, fullPage) {
  const png = await page.screenshot({ path, fullPage });
  const measure = await context.newPage();
  const stats = await measure.evaluate(async (base64) => {
    const image = new Image();
    image.src = 'data:image/png;base64,' + base64;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context2d = canvas.getContext('2d');
    context2d.drawImage(image, 0, 0);
    const pixels = context2d.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set();
    let inked = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
      if (Math.min(pixels[i], pixels[i + 1], pixels[i + 2]) < 200) {
        inked++;
      }
    }
    return { width: image.width, height: image.height, colours: colours.size, inked: inked / (pixels.length / 4) };
  }, png.toString('base64'));
  await measure.close();
  return { path, ...stats };
}
