// Every example page, opened in headless Chromium over HTTP as `npm start` serves it: its widgets
// render with data, and nothing goes wrong (console errors, uncaught errors, CSP violations).
// Screenshots land in tmp/screens/ for a person to look at.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { launch, watchProblems } from '../lib/browser.mjs';
import { publishDemoFeed, publishProvinceFeed } from '../lib/demo-data.mjs';
import { createStaticServer, listen } from '../lib/static-server.mjs';
import { countWidgetsAndLinks, PAGES, searchAnswered, submitSearch, visitWidgets, widgetsReady } from './lib/example-pages.mjs';

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
        await page.evaluate(visitWidgets);
        state = await page.evaluate(widgetsReady);
        if (state.ready || state.error) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.equal(state.error, undefined, state.error);
      assert.ok(state.ready, `${example.path}: ${state.why}`);
      if (example.widgets !== undefined) {
        // Exactly these widgets (none twice), and the links that must stay links (running text, comments).
        const counts = await page.evaluate(countWidgetsAndLinks);
        assert.deepEqual(counts, { widgets: example.widgets, links: example.links });
      }
      if (example.search) {
        // A citizen's lookup, through the shadow DOM like a user would type it.
        await page.evaluate(submitSearch, example.search);
        await page.waitForFunction(searchAnswered, { timeout: 10_000 }, example.search);
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `tmp/screens/${example.path.split('/')[1]}.png`, fullPage: example.width !== 1920 });
      await page.close();
      assert.deepEqual(problems, []);
    });
  }
});
