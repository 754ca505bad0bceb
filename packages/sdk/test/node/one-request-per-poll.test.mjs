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
