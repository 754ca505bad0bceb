// Every example page, opened in headless Chromium over HTTP as `npm start` serves it: its widgets
// render with data, and nothing goes wrong (console errors, uncaught errors, CSP violations).
// Screenshots land in tmp/screens/ for a person to look at.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { launch, watchProblems } from '../lib/browser.mjs';
import { publishDemoFeed, publishProvinceFeed } from '../lib/demo-data.mjs';
import { createStaticServer, listen } from '../lib/static-server.mjs';

const PAGES = [
  { path: 'examples/county-site/', width: 1280, height: 1600, search: '刘建军' },
  // Widgets inserted as links through a CMS editor's link dialog; the comments' links stay links.
  { path: 'examples/cms-article/', width: 1280, height: 2400, search: '刘建军', widgets: 3, links: 4 },
  { path: 'examples/county-gauge/', width: 1280, height: 2200 },
  { path: 'examples/media-center/', width: 1920, height: 1080 },
  { path: 'examples/bilingual/', width: 1280, height: 1800, toggle: '[data-lang="en"]' },
  { path: 'examples/react/', width: 1280, height: 1400 },
  { path: 'examples/snippet/', width: 1280, height: 1600 },
  // One feed for several courts: the county's widgets (court="湘0725", the first lookup) and the province's.
  { path: 'examples/province/', width: 1280, height: 4200, search: '刘建军', widgets: 10, links: 0 },
];

/** In the page: is every Zhixing element showing data (and none an error)? */
function widgetsReady() {
  const elements = [...document.querySelectorAll('zx-execution-gauge, zx-debtor-lookup, zx-exposure-board')];
  if (elements.length === 0) return { ready: false, why: 'no widgets' };
  for (const el of elements) {
    const root = el.shadowRoot;
    if (!root) return { ready: false, why: `${el.localName} not upgraded` };
    const error = root.querySelector('[part~="error"]');
    if (error) return { ready: false, error: `${el.localName}: ${error.textContent.trim()}` };
    const text = root.textContent ?? '';
    const ok =
      el.localName === 'zx-execution-gauge'
        ? el.getAttribute('metric') === 'money-recovered'
          ? /亿元|million/.test(text)
          : !!root.querySelector('[role="meter"][aria-valuenow]')
        : el.localName === 'zx-exposure-board'
          ? root.querySelectorAll('[part~="entry"]').length > 0
          : !!root.querySelector('form');
    if (!ok) return { ready: false, why: `${el.localName} has no data yet` };
  }
  return { ready: true, count: elements.length };
}

describe('example pages in Chromium', () => {
  let server;
  let base;
  let browser;

  before(async () => {
    // The feed `npm start` serves: published by the publisher from the sample spreadsheet.
    await publishDemoFeed('examples/feed');
    await publishProvinceFeed('examples/province-feed');
    server = createStaticServer({ root: '.' });
    base = await listen(server);
    browser = await launch();
    await mkdir('tmp/screens', { recursive: true });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const example of PAGES) {
    it(`${example.path} renders its widgets with data and no errors`, async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: example.width, height: example.height });
      const problems = await watchProblems(page);
      await page.goto(`${base}${example.path}`, { waitUntil: 'load' });
      if (example.toggle) await page.click(example.toggle);
      let state;
      for (let i = 0; i < 100; i++) {
        // Widgets below the fold load when scrolled near: visit each, as a reader would.
        await page.evaluate(() => document.querySelectorAll('zx-execution-gauge, zx-debtor-lookup, zx-exposure-board').forEach((el) => el.shadowRoot?.childElementCount || el.scrollIntoView()));
        state = await page.evaluate(widgetsReady);
        if (state.ready || state.error) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.equal(state.error, undefined, state.error);
      assert.ok(state.ready, `${example.path}: ${state.why}`);
      if (example.widgets !== undefined) {
        // Exactly these widgets (none twice), and the links that must stay links (running text, comments).
        const counts = await page.evaluate(() => ({
          widgets: document.querySelectorAll('zx-execution-gauge, zx-debtor-lookup, zx-exposure-board').length,
          links: [...document.querySelectorAll('a')].filter((a) => !a.closest('zx-execution-gauge, zx-debtor-lookup, zx-exposure-board')).length,
        }));
        assert.deepEqual(counts, { widgets: example.widgets, links: example.links });
      }
      if (example.search) {
        // A citizen's lookup, through the shadow DOM like a user would type it.
        await page.evaluate((name) => {
          const el = document.querySelector('zx-debtor-lookup');
          const input = el.shadowRoot.querySelector('input');
          input.value = name;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          el.shadowRoot.querySelector('form').requestSubmit();
        }, example.search);
        await page.waitForFunction(
          (name) => (document.querySelector('zx-debtor-lookup').shadowRoot.querySelector('[part~="results"]')?.textContent ?? '').includes(name),
          { timeout: 10_000 },
          example.search,
        );
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `tmp/screens/${example.path.split('/')[1]}.png`, fullPage: example.width !== 1920 });
      await page.close();
      assert.deepEqual(problems, []);
    });
  }
});
