// Issue 9 in Node, through the built SDK over real HTTP: the hostile data set (every class of
// issue 9, several variants each) served as a static feed on 127.0.0.1 and through the mocked API.
// Whatever a caller can get (court, stats, exposure, every search, every page) holds no full ID,
// no minor, no removed, expired or not-yet-published entry.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createClient, httpSource, staticSource } from '@zhixing/sdk';
import { buildHostileStaticFeed, createHostileDataset, createMockApi, findLeaks, hostileExposureFeed } from '@zhixing/mocks';
import { createStaticServer, listen } from '../../../../scripts/lib/static-server.mjs';

const API = 'https://hostile-api.zhixing.test/v1/';
const dataset = createHostileDataset();

/** Every string a caller received, as one text per string (keys too: nothing may hide there). */
function strings(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) (out.push(k), strings(v, out));
  return out;
}

function assertClean(label, value) {
  const findings = strings(value).flatMap((text) => findLeaks(text, dataset.forbidden));
  assert.deepEqual(findings, [], `${label}: ${JSON.stringify(findings.slice(0, 3))}`);
}

describe('hostile feed through the SDK in Node', () => {
  let dir;
  let server;
  let feedUrl;
  // The API answers searches from the careless data set; its exposure feed is the hostile one, with
  // removals listed only there (the mock API would otherwise derive its own).
  const api = createMockApi({ baseUrl: API, dataset });
  const mock = setupServer(http.get(`${API}exposure`, () => HttpResponse.json(hostileExposureFeed(dataset))), ...api.handlers);

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zhixing-hostile-'));
    for (const [path, body] of buildHostileStaticFeed(dataset)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), JSON.stringify(body));
    }
    server = createStaticServer({ root: dir });
    feedUrl = await listen(server);
    mock.listen({ onUnhandledRequest: 'bypass' });
  });
  after(async () => {
    mock.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  for (const kind of ['static', 'api']) {
    const client = () => createClient({ source: kind === 'static' ? staticSource(feedUrl) : httpSource(API) });

    it(`${kind}: court, statistics and the exposure list carry nothing forbidden`, async () => {
      const c = client();
      assertClean('court', await c.getCourt());
      assertClean('stats index', await c.getStatsIndex());
      assertClean('stats', await c.getStats());
      const exposure = await c.getExposure();
      assertClean('exposure', { ...exposure, issues: [] });
      assertClean('exposure issues', exposure.issues);
      assert.ok(exposure.items.length > 0, 'publishable entries are still shown');
    });

    it(`${kind}: every search, with and without identifier, every page, carries nothing forbidden`, async () => {
      const c = client();
      let searches = 0;
      let shown = 0;
      for (const search of dataset.searches) {
        for (let page = 1; page <= 5; page++) {
          const result = await c.searchDebtors({ name: search.name, ...(search.identifier ? { identifier: search.identifier } : {}), page, pageSize: 10 });
          searches++;
          shown += result.items.length;
          // The query is what the user typed (the identifier comes back masked): not published data.
          assertClean(`search ${search.why} p${page}`, { ...result, query: { identifier: result.query.identifier ?? '' } });
          if (result.items.length < 10) break;
        }
      }
      assert.ok(searches >= dataset.searches.length);
      assert.ok(shown > 0, 'publishable people are still found');
    });

    it(`${kind}: every withheld person, searched by name and by their full ID, is not found`, async () => {
      const c = client();
      for (const withheld of dataset.withheld.filter((w) => w.searchable)) {
        for (const identifier of [undefined, ...withheld.ids]) {
          let result;
          try {
            result = await c.searchDebtors({ name: withheld.name, ...(identifier ? { identifier } : {}) });
          } catch (error) {
            // An identifier the SDK refuses before any request (a minor's ID is still a valid ID; a
            // malformed one is refused): nothing shown either way.
            assert.equal(error.code, 'validation', `${withheld.variant}: ${error.message}`);
            continue;
          }
          const ids = result.items.map((item) => item.id);
          assert.ok(!ids.includes(withheld.recordId), `${withheld.kind}/${withheld.variant} was shown`);
        }
      }
    });
  }

  it('static, paged: every list and page of the paged board carries nothing forbidden, removals and expiries held', async () => {
    const c = createClient({ source: staticSource(feedUrl) });
    const snapshot = await c.getExposure({ paged: true });
    assert.ok(snapshot.paged, 'the hostile feed is paged too');
    assertClean('index', { ...snapshot, issues: [] });
    const removed = new Set(dataset.exposure.removals.map((r) => r.id));
    const whole = new Set((await createClient({ source: staticSource(feedUrl) }).getExposure()).items.map((i) => i.id));
    let shown = 0;
    for (const ref of snapshot.paged.lists) {
      const list = await c.getExposureList(snapshot.paged, ref);
      const ids = [];
      for (let i = 0; i < list.pages.length; i++) {
        const page = await c.getExposurePage(list, i);
        assertClean(`${ref.section}/${ref.sort} page ${i}`, page.items);
        assertClean(`${ref.section}/${ref.sort} page ${i} issues`, page.issues);
        ids.push(...page.items.map((item) => item.id));
      }
      assert.ok(!ids.some((id) => removed.has(id)), `${ref.section}/${ref.sort}: a removed entry was shown`);
      // Exactly what the whole feed shows in that section (the same screening, page by page).
      for (const id of ids) assert.ok(whole.has(id), `${id} is not shown by the whole feed`);
      shown += ref.sort === 'published' ? ids.length : 0;
    }
    assert.equal(shown, whole.size, 'every publishable entry is on a page');
  });

  it('names disguised with invisible characters are shown cleaned and found by the plain name', async () => {
    const c = createClient({ source: staticSource(feedUrl) });
    for (const lookalike of dataset.lookalikes) {
      const result = await c.searchDebtors({ name: lookalike.cleaned });
      for (const item of result.items) assert.doesNotMatch(item.name, /[\p{Cf}\u3164\u115f\u1160]/u, lookalike.recordId);
    }
  });
});
