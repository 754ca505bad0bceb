// The client conveniences in Node over real HTTP: Node has no HTTP cache, so the SDK revalidates
// with If-None-Match itself (a real 304 on the wire); Cache-Control (incl. s-maxage: a server is a
// shared cache) decides freshness; concurrent callers with different tokens share one request; the
// overall deadline ends a request whose attempts keep hanging; searchAll walks a real static feed.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createClient, httpSource, staticSource, TimeoutError } from '@zhixing/sdk';
import { createFixtures } from '@zhixing/mocks';
import { demoDataset, demoFeed, writeFeed } from '../../../../scripts/lib/demo-data.mjs';
import { createStaticServer, listen } from '../../../../scripts/lib/static-server.mjs';

const court = createFixtures().court;

describe('client conveniences in Node, over real HTTP', () => {
  let dir;
  let feedServer;
  let feedUrl;
  let apiServer;
  let apiUrl;
  const feedRequests = [];
  /** What the API server saw, and how it answers the court resource. */
  const api = { seen: [], cacheControl: 'max-age=60', hang: false };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zhixing-conv-'));
    await writeFeed(demoFeed({ generated: 400 }), dir);
    feedServer = createStaticServer({ root: dir, onRequest: (r) => feedRequests.push(r) });
    feedUrl = await listen(feedServer);
    apiServer = createServer((request, response) => {
      api.seen.push({ url: request.url, token: request.headers['x-token'] ?? null, ifNoneMatch: request.headers['if-none-match'] ?? null });
      if (api.hang) return; // never answers (the client's timeouts end it)
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'application/json', etag: '"c1"', 'cache-control': api.cacheControl });
        response.end(JSON.stringify(court));
      }, 20); // a little latency, as over a real network
    });
    apiUrl = await listen(apiServer);
  });
  after(async () => {
    apiServer.closeAllConnections?.();
    apiServer.close();
    feedServer.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('revalidates with If-None-Match: the server answers 304 and the snapshot is not modified', async () => {
    const client = createClient({ source: staticSource(feedUrl) });
    feedRequests.length = 0;
    const first = await client.getExposure();
    const second = await client.getExposure({ revalidate: true });
    const exposure = feedRequests.filter((r) => r.path.endsWith('/exposure.json'));
    assert.deepEqual(exposure.map((r) => r.status), [200, 304]);
    assert.equal(second.notModified, true);
    assert.equal(second.items, first.items);
  });

  it('honours max-age, and s-maxage over it (a server is a shared cache)', async () => {
    api.seen.length = 0;
    api.cacheControl = 'max-age=60';
    const client = createClient({ source: httpSource(apiUrl), cacheTtlMs: 0 });
    await client.getCourt();
    await client.getCourt();
    assert.equal(api.seen.length, 1);
    api.cacheControl = 'max-age=0, s-maxage=60';
    const shared = createClient({ source: httpSource(apiUrl) });
    await shared.getCourt();
    await shared.getCourt();
    assert.equal(api.seen.length, 2);
    api.cacheControl = 'no-store';
    const none = createClient({ source: httpSource(apiUrl) });
    await none.getCourt();
    await none.getCourt();
    assert.equal(api.seen.length, 4);
    assert.deepEqual(api.seen.slice(2).map((s) => s.ifNoneMatch), [null, null]); // nothing kept, nothing to revalidate
  });

  it('shares one request between concurrent callers with different tokens', async () => {
    api.seen.length = 0;
    api.cacheControl = 'no-cache';
    const client = createClient({ source: httpSource(apiUrl) });
    const answers = await Promise.all(['a', 'b', 'c'].map((token) => client.getCourt({ headers: { 'x-token': token } })));
    assert.equal(api.seen.length, 1);
    assert.equal(api.seen[0].token, 'a');
    assert.ok(answers.every((a) => a === answers[0]));
  });

  it('ends hanging attempts at the overall deadline with a TimeoutError naming deadlineMs', async () => {
    api.seen.length = 0;
    api.hang = true;
    try {
      const client = createClient({ source: httpSource(apiUrl), timeoutMs: 200, deadlineMs: 500, retry: { retries: 50, baseDelayMs: 1, maxDelayMs: 1 } });
      await assert.rejects(client.getCourt(), (error) => error instanceof TimeoutError && error.limit === 'deadlineMs' && /deadlineMs/.test(error.message));
      // 50 retries were allowed; only those that fit in the deadline were made.
      assert.ok(api.seen.length >= 1 && api.seen.length < 10, `${api.seen.length} attempts`);
    } finally {
      api.hang = false;
    }
  });

  it('searchAll walks every page of a real static feed and yields each record once', async () => {
    const { debtors } = demoDataset({ generated: 400 });
    const counts = new Map();
    for (const d of debtors) counts.set(d.name, (counts.get(d.name) ?? 0) + 1);
    const [name] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    const client = createClient({ source: staticSource(feedUrl) });
    const all = await client.searchDebtors({ name, pageSize: 100 });
    assert.ok(all.total >= 2, `${name}: ${all.total}`);
    const pages = [];
    const ids = [];
    for await (const page of client.searchAll({ name, pageSize: 1 })) {
      pages.push(page.page);
      ids.push(...page.items.map((r) => r.id));
    }
    assert.deepEqual(pages, Array.from({ length: all.total }, (_, i) => i + 1));
    assert.deepEqual(ids.sort(), all.items.map((r) => r.id).sort());
  });
});
