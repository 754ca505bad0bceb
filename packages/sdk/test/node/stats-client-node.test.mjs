// The statistics-only client (`@zhixing/sdk/stats`, what the gauge uses) answers exactly like the
// full client for the court, the statistics index and statistics, over a static feed and the API:
// same validation, scrubbing, typed errors, retries and caching.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setupServer } from 'msw/node';
import { createClient, httpSource, staticSource, ValidationError, HttpError } from '@zhixing/sdk';
import { createStatsClient } from '@zhixing/sdk/stats';
import { createFixtures, createMockApi, fixtureIds } from '@zhixing/mocks';
import { demoFeed, writeFeed } from '../../../../scripts/lib/demo-data.mjs';
import { createStaticServer, listen } from '../../../../scripts/lib/static-server.mjs';

const API = 'https://api.zhixing.test/v1/';

/** A fetch that answers `url`s ending in `suffix` with `edit(json)` instead. */
function editing(suffix, edit) {
  return async (input, init) => {
    const response = await fetch(input, init);
    const url = typeof input === 'string' ? input : input.url;
    if (!url.endsWith(suffix) || response.status !== 200) return response;
    return new Response(JSON.stringify(edit(await response.json())), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

describe('statistics-only client in Node', () => {
  let dir;
  let server;
  let feedUrl;
  const requests = [];
  const api = createMockApi({ baseUrl: API, dataset: createFixtures() });
  const mock = setupServer(...api.handlers);

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zhixing-stats-test-'));
    await writeFeed(demoFeed({ generated: 200 }), dir);
    server = createStaticServer({ root: dir, onRequest: (r) => requests.push(r) });
    feedUrl = await listen(server);
    mock.listen({ onUnhandledRequest: 'bypass' });
  });
  after(async () => {
    mock.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  for (const [label, source] of [['static feed', () => staticSource(feedUrl)], ['API', () => httpSource(API)]]) {
    it(`answers like the full client from the ${label}`, async () => {
      const full = createClient({ source: source() });
      const stats = createStatsClient({ source: source() });
      assert.deepEqual(stats.source, full.source);
      assert.deepEqual(await stats.getCourt(), await full.getCourt());
      const index = await stats.getStatsIndex();
      assert.deepEqual(index, await full.getStatsIndex());
      assert.deepEqual(await stats.getStats(), await full.getStats());
      assert.deepEqual(await stats.getStats(index.periods.at(-1).id), await full.getStats(index.periods.at(-1).id));
      assert.equal('searchDebtors' in stats || 'getExposure' in stats || 'watchExposure' in stats, false);
    });
  }

  it('scrubs resident IDs from every string, like the full client', async () => {
    const id = fixtureIds.person;
    const fetchImpl = editing('/stats', (body) => ({ ...body, periods: body.periods.map((p) => ({ ...p, label: `${p.label ?? ''} ${id}` })) }));
    const stats = await createStatsClient({ source: httpSource(API), fetch: fetchImpl }).getStatsIndex();
    const full = await createClient({ source: httpSource(API), fetch: fetchImpl }).getStatsIndex();
    assert.deepEqual(stats, full);
    assert.ok(!JSON.stringify(stats).includes(id), 'the full ID never reaches the caller');
  });

  it('rejects a malformed payload with a typed ValidationError', async () => {
    const fetchImpl = editing('/stats', () => ({ courtId: 1, periods: 'none' }));
    await assert.rejects(createStatsClient({ source: httpSource(API), fetch: fetchImpl }).getStatsIndex(), ValidationError);
  });

  it('retries a 503 and gives up on a 404 with a typed HttpError', async () => {
    api.reset();
    api.setFault({ kind: 'status', status: 503, retryAfter: 0 }, { route: 'court', times: 1 });
    try {
      const court = await createStatsClient({ source: httpSource(API) }).getCourt();
      assert.equal(court.courtCode, '湘0725');
      assert.deepEqual(api.requests.filter((r) => r.route === 'court').map((r) => r.status), [503, 200]);
    } finally {
      api.reset();
    }
    await assert.rejects(createStatsClient({ source: staticSource(`${feedUrl}missing/`) }).getStats('2023'), HttpError);
  });

  it('shares one request between simultaneous callers and revalidates with the ETag', async () => {
    const client = createStatsClient({ source: staticSource(feedUrl), cacheTtlMs: 0 });
    requests.length = 0;
    const [a, b] = await Promise.all([client.getStatsIndex(), client.getStatsIndex()]);
    assert.equal(a, b);
    assert.equal(requests.length, 1);
    await client.getStatsIndex();
    assert.deepEqual(requests.map((r) => r.status), [200, 304]);
  });

  it('shareWith: a statistics client and a full client of one source fetch court.json once, in either order', async () => {
    for (const order of ['stats first', 'full first']) {
      requests.length = 0;
      let stats;
      let full;
      if (order === 'stats first') {
        stats = createStatsClient({ source: staticSource(feedUrl) });
        full = createClient({ source: staticSource(feedUrl), shareWith: stats });
      } else {
        full = createClient({ source: staticSource(feedUrl) });
        stats = createStatsClient({ source: staticSource(feedUrl), shareWith: full });
      }
      const [a, b] = await Promise.all([stats.getCourt(), full.getCourt()]);
      assert.deepEqual(a, b);
      await stats.getStatsIndex();
      await full.getStatsIndex();
      const paths = requests.map((r) => `${r.path} ${r.status}`);
      assert.equal(paths.filter((p) => p.endsWith('court.json 200')).length, 1, `${order}: ${paths.join(', ')}`);
      // The index is sent no-cache: the second reader revalidates it (a 304 on the shared ETag), never downloads it again.
      assert.equal(paths.filter((p) => p.endsWith('stats/index.json 200')).length, 1, `${order}: ${paths.join(', ')}`);
    }
    // Without it, two clients ask twice (what the elements did before they shared).
    requests.length = 0;
    await createStatsClient({ source: staticSource(feedUrl) }).getCourt();
    await createClient({ source: staticSource(feedUrl) }).getCourt();
    assert.equal(requests.length, 2);
  });

  it('shareWith refuses anything but a client, as an argument error', () => {
    for (const bad of [{}, 'client', null, { getCourt() {} }]) {
      assert.throws(() => createClient({ source: staticSource(feedUrl), shareWith: bad }), (e) => e.code === 'invalid-argument' && /shareWith/.test(e.message));
    }
  });
});
