// The built SDK in Node ≥ 20 (no DOM): real HTTP against a static feed on 127.0.0.1, and the
// mocked API through msw/node.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setupServer } from 'msw/node';
import { createClient, httpSource, staticSource, closureRate } from '@zhixing/sdk';
import { createFixtures, createMockApi, fixtureIds, fixtureNames } from '@zhixing/mocks';
import { demoFeed, writeFeed } from '../../../../scripts/lib/demo-data.mjs';
import { createStaticServer, listen } from '../../../../scripts/lib/static-server.mjs';

const UNMASKED_ID = /(?<![0-9A-Z])\d{6}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dX](?![0-9A-Z])/;
const API = 'https://api.zhixing.test/v1/';

describe('SDK in Node', () => {
  let dir;
  let server;
  let feedUrl;
  const requests = [];
  const api = createMockApi({ baseUrl: API, dataset: createFixtures() });
  const mock = setupServer(...api.handlers);

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zhixing-test-'));
    await writeFeed(demoFeed({ generated: 2000 }), dir);
    server = createStaticServer({ root: dir, onRequest: (r) => requests.push(r) });
    feedUrl = await listen(server);
    // Requests to 127.0.0.1 pass through msw untouched.
    mock.listen({ onUnhandledRequest: 'bypass' });
  });
  after(async () => {
    mock.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the same statistics from a static feed over HTTP and from the API', async () => {
    const fromFeed = await createClient({ source: staticSource(feedUrl) }).getStats();
    const fromApi = await createClient({ source: httpSource(API) }).getStats();
    assert.deepEqual(fromFeed, fromApi);
    assert.equal(closureRate(fromFeed.cases.closed, fromFeed.cases.accepted)?.percent, 92.97);
  });

  it('looks a debtor up by downloading the manifest and one shard, revalidating with ETags', async () => {
    const client = createClient({ source: staticSource(feedUrl), cacheTtlMs: 0 });
    requests.length = 0;
    const first = await client.searchDebtors({ name: fixtureNames.person, identifier: fixtureIds.person });
    assert.ok(first.items.length > 0);
    // The manifest carries the removal list, so exposure.json is not needed for a lookup.
    assert.equal(requests.length, 2);
    assert.ok(requests.some((r) => r.path.endsWith('/manifest.json')));
    await client.searchDebtors({ name: fixtureNames.person });
    assert.deepEqual(requests.slice(2).map((r) => r.status), [304, 304]);
  });

  it('never hands out an unmasked ID, even when the API sends one', async () => {
    api.setFault({ kind: 'unmasked-ids' });
    try {
      const client = createClient({ source: httpSource(API) });
      const search = await client.searchDebtors({ name: fixtureNames.person });
      const exposure = await client.getExposure();
      assert.ok(search.items.length > 0);
      assert.doesNotMatch(JSON.stringify(search), UNMASKED_ID);
      assert.doesNotMatch(JSON.stringify(exposure), UNMASKED_ID);
    } finally {
      api.reset();
    }
  });

  it('retries a 503 with Retry-After and then succeeds', async () => {
    api.setFault({ kind: 'status', status: 503, retryAfter: 0 }, { route: 'court', times: 1 });
    try {
      const court = await createClient({ source: httpSource(API) }).getCourt();
      assert.equal(court.courtCode, '湘0725');
      assert.deepEqual(api.requests.filter((r) => r.route === 'court').map((r) => r.status), [503, 200]);
    } finally {
      api.reset();
    }
  });
});
