// Every example page in Firefox ESR and WebKitGTK, as scripts/test/example-pages.test.mjs checks it
// in Chromium: the widgets show data, the lookup answers a search, nothing goes wrong (console
// errors, uncaught errors, CSP violations, failed requests). Run by `npm run test:engines` (one
// engine per run: ZX_ENGINE); on its own it runs both. Screenshots: tmp/screens/<engine>-<page>.png.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { publishDemoFeed, publishProvinceFeed } from '../../lib/demo-data.mjs';
import { ENGINES } from '../../lib/engines.mjs';
import { createStaticServer, listen } from '../../lib/static-server.mjs';
import { openEngine, withProblemWatcher } from '../lib/engine-browsers.mjs';
import { countWidgetsAndLinks, PAGES, searchAnswered, submitSearch, visitWidgets, widgetsReady } from '../lib/example-pages.mjs';

const engines = process.env.ZX_ENGINE ? [process.env.ZX_ENGINE] : ENGINES;

/** Repeats `step` until its answer is final (true, ready or an error); gives up after `limit` ms: a hung page, not a slow one. */
async function poll(step, limit = 60_000) {
  const start = Date.now();
  for (;;) {
    const state = await step();
    if (state === true || state?.ready || state?.error || Date.now() - start > limit) return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let server;
let watched;
let base;

before(async () => {
  // The feed `npm start` serves: published by the publisher from the sample spreadsheet.
  await publishDemoFeed('examples/feed');
  await publishProvinceFeed('examples/province-feed');
  server = createStaticServer({ root: '.' });
  watched = withProblemWatcher(server);
  base = await listen(server);
  await mkdir('tmp/screens', { recursive: true });
});
after(() => server?.close());

for (const engine of engines) {
  describe(`example pages in ${engine}`, () => {
    let browser;
    before(async () => {
      browser = await openEngine(engine, { server: watched });
      console.log(`# ${browser.name} ${browser.version}`);
    });
    after(() => browser?.close());

    it('is that engine', async () => {
      const page = await browser.open(`${base}examples/snippet/`, { width: 800, height: 600 });
      const { ua, vendor } = await page.evaluate(() => ({ ua: navigator.userAgent, vendor: navigator.vendor }));
      if (engine === 'firefox') assert.match(ua, / Gecko\/\d+ Firefox\/\d+/);
      else {
        assert.match(ua, /AppleWebKit\//);
        assert.doesNotMatch(ua, /Chrome|Chromium|Firefox/);
        assert.equal(vendor, 'Apple Computer, Inc.');
      }
      await page.close();
    });

    for (const example of PAGES) {
      it(`${example.path} renders its widgets with data and no errors`, async () => {
        const page = await browser.open(`${base}${example.path}`, { width: example.width, height: example.height });
        if (example.toggle) await page.click(example.toggle);
        const state = await poll(async () => {
          await page.evaluate(visitWidgets);
          return page.evaluate(widgetsReady);
        });
        assert.equal(state.error, undefined, state.error);
        assert.ok(state.ready, `${example.path}: ${state.why}`);
        if (example.widgets !== undefined) {
          assert.deepEqual(await page.evaluate(countWidgetsAndLinks), { widgets: example.widgets, links: example.links });
        }
        if (example.search) {
          await page.evaluate(submitSearch, example.search);
          assert.equal(await poll(() => page.evaluate(searchAnswered, example.search)), true, `no answer to the search for ${example.search}`);
        }
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot(`tmp/screens/${engine}-${example.path.split('/')[1]}.png`);
        const problems = await page.problems();
        await page.close();
        assert.deepEqual(problems, []);
      });
    }
  });
}
