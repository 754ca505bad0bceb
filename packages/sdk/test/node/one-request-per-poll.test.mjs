// A board on one origin polling a feed on another, in real headless Chromium: every poll is ONE
// request (a simple GET, no CORS preflight), the browser's HTTP cache revalidates it (the server
// answers 304), and the SDK reports the unchanged polls as unchanged. The feed server is a real
// Node HTTP server on another port that counts requests by method.
import assert from 'node:assert/strict';
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { launch } from '../../../../scripts/lib/browser.mjs';
import { demoFeed, writeFeed } from '../../../../scripts/lib/demo-data.mjs';
import { createStaticServer, listen } from '../../../../scripts/lib/static-server.mjs';

const root = new URL('../../../../', import.meta.url).pathname;

describe('one request per poll, cross-origin, in Chromium', () => {
  let dir;
  let feedServer;
  let feedUrl;
  let pageServer;
  let pageUrl;
  let browser;
  let page;
  /** Requests the feed server saw: method, path, status, and whether they were conditional. */
  const seen = [];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zhixing-poll-'));
    await writeFeed(demoFeed({ generated: 200 }), dir);
    feedServer = createStaticServer({ root: dir, onRequest: (r) => seen.push(r) });
    feedUrl = await listen(feedServer);
    // The page's own origin (another port): the SDK from source, bundled for the browser.
    const bundle = await build({
      entryPoints: [join(root, 'packages/sdk/src/index.ts')],
      bundle: true,
      format: 'esm',
      write: false,
      platform: 'browser',
      target: 'es2022',
      conditions: ['zhixing:source', 'browser'],
      logLevel: 'error',
    });
    const sdk = bundle.outputFiles[0].text;
    pageServer = createServer((request, response) => {
      if (request.url === '/sdk.js') {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        return response.end(sdk);
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><meta charset="utf-8"><title>poll</title><script type="module">import * as sdk from "/sdk.js"; window.sdk = sdk;</script>');
    });
    pageUrl = await listen(pageServer);
    assert.notEqual(new URL(pageUrl).origin, new URL(feedUrl).origin);
    browser = await launch();
    page = await browser.newPage();
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.waitForFunction(() => window.sdk !== undefined);
  });
  after(async () => {
    await browser?.close();
    pageServer?.close();
    feedServer?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const exposureRequests = () => seen.filter((r) => r.path.endsWith('/exposure.json'));

  it('N polls of getExposure({ revalidate: true }) → N GETs, 0 OPTIONS; the unchanged ones are 304s reported as notModified', async () => {
    seen.length = 0;
    const polls = 5;
    const results = await page.evaluate(async (base, n) => {
      const client = window.sdk.createClient({ source: window.sdk.staticSource(base) });
      const out = [];
      for (let i = 0; i < n; i++) {
        const snapshot = await client.getExposure({ revalidate: true });
        out.push({ notModified: snapshot.notModified, count: snapshot.items.length });
      }
      return out;
    }, feedUrl, polls);
    const requests = exposureRequests();
    assert.equal(requests.filter((r) => r.method === 'GET').length, polls);
    assert.equal(requests.filter((r) => r.method === 'OPTIONS').length, 0);
    // The browser's cache made the conditional request itself: the server answered 304.
    assert.deepEqual(requests.map((r) => r.status), [200, 304, 304, 304, 304]);
    assert.deepEqual(results.map((r) => r.notModified), [false, true, true, true, true]);
    assert.ok(results[0].count > 0);
  });

  it('a live subscription: each poll one GET, no OPTIONS, unchanged polls not modified, a changed feed reported', async () => {
    seen.length = 0;
    await page.evaluate((base) => {
      window.updates = [];
      const client = window.sdk.createClient({ source: window.sdk.staticSource(base) });
      window.sub = client.watchExposure({
        intervalMs: 1000,
        onUpdate: (u) => {
          window.shown = u.snapshot.items.map((item) => item.id);
          window.updates.push({ modified: u.modified, version: u.snapshot.version, removed: u.removed.map((item) => item.id) });
        },
      });
    }, feedUrl);
    await page.waitForFunction(() => window.updates.length >= 3, { timeout: 60_000 });
    const updates0 = await page.evaluate(() => window.shown);
    // The court publishes a new version, one entry fewer.
    const file = join(dir, 'exposure.json');
    const feed = JSON.parse(await readFile(file, 'utf8'));
    const gone = feed.items.find((item) => updates0.includes(item.id));
    feed.items = feed.items.filter((item) => item !== gone);
    feed.version = `${feed.version}-next`;
    feed.generatedAt = new Date(Date.parse(feed.generatedAt) + 60_000).toISOString();
    await writeFile(file, JSON.stringify(feed));
    await page.waitForFunction((v) => window.updates.some((u) => u.version === v), { timeout: 60_000 }, feed.version);
    const updates = await page.evaluate(() => (window.sub.unsubscribe(), window.updates));
    const requests = exposureRequests();
    assert.equal(requests.filter((r) => r.method === 'OPTIONS').length, 0);
    assert.equal(requests.filter((r) => r.method === 'GET').length, updates.length);
    assert.equal(updates[0].modified, true);
    const changedAt = updates.findIndex((u) => u.version === feed.version);
    assert.ok(changedAt >= 3);
    assert.deepEqual(updates.slice(1, changedAt).map((u) => u.modified), Array(changedAt - 1).fill(false));
    assert.equal(updates[changedAt].modified, true);
    assert.deepEqual(updates[changedAt].removed, [gone.id]);
    assert.equal(requests[changedAt].status, 200);
  });

  it('paged: each poll is one GET of the small index (304 when unchanged, under 2 KB); a new version fetches only the changed list and page', async () => {
    seen.length = 0;
    const result = await page.evaluate(async (base) => {
      const client = window.sdk.createClient({ source: window.sdk.staticSource(base) });
      const first = await client.getExposure({ paged: true, revalidate: true });
      const list = await client.getExposureList(first.paged, { section: 'dishonest', sort: 'published' });
      const page0 = await client.getExposurePage(list, 0);
      const polls = [];
      for (let i = 0; i < 3; i++) {
        const again = await client.getExposure({ paged: true, revalidate: true });
        polls.push({ notModified: again.notModified, same: again.paged === first.paged });
      }
      const listAgain = await client.getExposureList(first.paged, { section: 'dishonest', sort: 'published' });
      await client.getExposurePage(listAgain, 0);
      window.pagedClient = client;
      window.pagedFirst = page0.items.map((item) => item.id);
      return { polls, shown: page0.items.length, items: first.items.length };
    }, feedUrl);
    assert.equal(result.items, 0, 'a paged snapshot carries no items');
    assert.ok(result.shown > 0);
    assert.deepEqual(result.polls, Array(3).fill({ notModified: true, same: true }));
    const index = seen.filter((r) => r.path.endsWith('/exposure/index.json'));
    assert.deepEqual(index.map((r) => r.status), [200, 304, 304, 304]);
    assert.ok(index.slice(1).every((r) => r.bytes < 2048));
    assert.equal(seen.filter((r) => r.method === 'OPTIONS').length, 0);
    // The list and the page were fetched once: the second read came from the client's cache.
    assert.equal(seen.filter((r) => /\/exposure\/(lists|pages)\//.test(r.path)).length, 2);

    // A new version: one entry of the first page goes. The next poll gets the new index; reading the
    // list again fetches the new list and the new first page, nothing else.
    const indexFile = join(dir, 'exposure/index.json');
    const index1 = JSON.parse(await readFile(indexFile, 'utf8'));
    const ref = index1.lists.find((l) => l.section === 'dishonest' && l.sort === 'published');
    const list1 = JSON.parse(await readFile(join(dir, 'exposure', index1.listPath.replace('{list}', ref.list)), 'utf8'));
    const pageFile = (id) => join(dir, 'exposure', index1.pagePath.replace('{page}', id));
    const page1 = JSON.parse(await readFile(pageFile(list1.pages[0].id), 'utf8'));
    const gone = page1.items[0];
    const newPage = { items: page1.items.slice(1) };
    const newPageId = 'f'.repeat(16);
    await writeFile(pageFile(newPageId), JSON.stringify(newPage));
    const list2 = { ...list1, pages: [{ ...list1.pages[0], id: newPageId, count: newPage.items.length, organizations: newPage.items.filter((i) => i.partyKind === 'organization').length }, ...list1.pages.slice(1)] };
    const list2Id = 'e'.repeat(16);
    await writeFile(join(dir, 'exposure', index1.listPath.replace('{list}', list2Id)), JSON.stringify(list2));
    const index2 = {
      ...index1,
      version: `${index1.version}-next`,
      generatedAt: new Date(Date.parse(index1.generatedAt) + 60_000).toISOString(),
      lists: index1.lists.map((l) => (l === ref ? { ...l, list: list2Id, total: l.total - 1 } : l)),
      removals: [{ id: gone.id, removedOn: index1.generatedAt.slice(0, 10) }],
    };
    await writeFile(indexFile, JSON.stringify(index2));
    seen.length = 0;
    const after = await page.evaluate(async () => {
      const client = window.pagedClient;
      const next = await client.getExposure({ paged: true, revalidate: true });
      const list = await client.getExposureList(next.paged, { section: 'dishonest', sort: 'published' });
      const page0 = await client.getExposurePage(list, 0);
      return { version: next.paged.version, modified: !next.notModified, ids: page0.items.map((item) => item.id) };
    });
    assert.equal(after.version, index2.version);
    assert.equal(after.modified, true);
    assert.ok(!after.ids.includes(gone.id), 'the removed entry is gone at the first refresh');
    const fetched = seen.filter((r) => r.method === 'GET').map((r) => r.path.replace(/^.*\/exposure\//, ''));
    assert.deepEqual(fetched, ['index.json', `lists/${list2Id}.json`, `pages/${newPageId}.json`]);
  });

  it("for contrast, revalidation: 'headers' in a browser costs a preflight per conditional poll", async () => {
    seen.length = 0;
    await page.evaluate(async (base) => {
      const client = window.sdk.createClient({ source: window.sdk.staticSource(base), revalidation: 'headers' });
      for (let i = 0; i < 3; i++) await client.getExposure({ revalidate: true });
    }, feedUrl);
    const requests = exposureRequests();
    assert.equal(requests.filter((r) => r.method === 'GET').length, 3);
    assert.ok(requests.filter((r) => r.method === 'OPTIONS').length >= 1, JSON.stringify(requests));
  });
});
