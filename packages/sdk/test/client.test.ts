// The client against the documented API and a static feed, served by msw in a real browser:
// what a caller gets, and how many requests were made, for every fault mode.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { buildStaticFeed, createFixtures, createMockApi, createStaticFeedHandlers, fixtureIds, fixtureNames } from '@zhixing/mocks';
import { closureRate, createClient, type ArgumentError, httpSource, staticSource, type ClientOptions, type ExposureUpdate, type ZhixingClient, type ZhixingError } from '../src/index';
import { FakeTimers, settle } from './fake-timers';

const API = 'https://api.zhixing.test/v1/';
const FEED = 'https://feed.zhixing.test/taoyuan/';
const dataset = createFixtures();
const api = createMockApi({ baseUrl: API, dataset });
const feed = createStaticFeedHandlers({
  baseUrl: FEED,
  files: buildStaticFeed({ court: dataset.court, statsIndex: dataset.statsIndex, stats: dataset.stats, exposure: dataset.exposure, debtors: dataset.debtors }),
});
const worker = setupWorker(...api.handlers, ...feed.handlers);

// Fast retries so the suite does not wait on real backoff.
const quick: Partial<ClientOptions> = { retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 30_000 }, timeoutMs: 2000 };
const apiClient = (extra: Partial<ClientOptions> = {}) => createClient({ source: httpSource(API), ...quick, ...extra });
const feedClient = (extra: Partial<ClientOptions> = {}) => createClient({ source: staticSource(FEED), ...quick, ...extra });

async function failure(promise: Promise<unknown>): Promise<ZhixingError> {
  try {
    await promise;
  } catch (error) {
    return error as ZhixingError;
  }
  throw new Error('expected the call to fail');
}

const UNMASKED_ID = /(?<![0-9A-Z])\d{6}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dX](?![0-9A-Z])/;

describe('client', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  afterEach(() => {
    api.reset();
    feed.reset();
    worker.resetHandlers();
  });

  describe('statistics', () => {
    it('reads the seed figures from the API and from the static feed, identically', async () => {
      const [fromApi, fromFeed] = await Promise.all([apiClient().getStats(), feedClient().getStats()]);
      expect(fromApi).to.deep.equal(fromFeed);
      expect(fromApi.cases.accepted).to.equal(3643);
      expect(fromApi.cases.closed).to.equal(3387);
      expect(closureRate(fromApi.cases.closed, fromApi.cases.accepted)?.percent).to.equal(92.97);
    });

    it('makes one request for identical concurrent calls (dedupe) and none within the cache TTL', async () => {
      const client = apiClient();
      await Promise.all([client.getStats('2022-01-01_2023-06-30'), client.getStats('2022-01-01_2023-06-30')]);
      await client.getStats('2022-01-01_2023-06-30');
      expect(api.requests.filter((r) => r.route === 'stats').length).to.equal(1);
    });

    it('in a browser, revalidates an expired entry with a simple request (no If-None-Match) and keeps the very same copy when the ETag is unchanged', async () => {
      const client = feedClient({ cacheTtlMs: 0 });
      const first = await client.getStats('2022-01-01_2023-06-30');
      const second = await client.getStats('2022-01-01_2023-06-30');
      // The same object: the unchanged answer was recognised by its ETag and not processed again.
      expect(second).to.equal(first);
      const statsRequests = feed.requests.filter((r) => r.url.includes('stats/2022'));
      expect(statsRequests.map((r) => r.status)).to.deep.equal([200, 200]);
      expect(statsRequests.map((r) => r.ifNoneMatch)).to.deep.equal([undefined, undefined]);
    });

    it("with revalidation: 'headers' (Node's way), revalidates with If-None-Match and keeps the copy on 304", async () => {
      const client = feedClient({ cacheTtlMs: 0, revalidation: 'headers' });
      const first = await client.getStats('2022-01-01_2023-06-30');
      const second = await client.getStats('2022-01-01_2023-06-30');
      expect(second).to.equal(first);
      const statsRequests = feed.requests.filter((r) => r.url.includes('stats/2022'));
      expect(statsRequests.map((r) => r.status)).to.deep.equal([200, 304]);
      expect(statsRequests[1]?.ifNoneMatch).to.be.a('string');
    });
  });

  describe('fault modes', () => {
    it('retries a 500 and succeeds: two requests', async () => {
      api.setFault({ kind: 'status', status: 500 }, { route: 'stats', times: 1 });
      const index = await apiClient().getStatsIndex();
      expect(index.periods[0]?.id).to.equal('2022-01-01_2023-06-30');
      expect(api.requests.filter((r) => r.route === 'stats').map((r) => r.status)).to.deep.equal([500, 200]);
    });

    it('gives up after 1 + 2 attempts on a persistent 500 with an HttpError', async () => {
      api.setFault({ kind: 'status', status: 500 }, { route: 'court' });
      const error = await failure(apiClient().getCourt());
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(500);
      expect(api.requests.filter((r) => r.route === 'court').length).to.equal(3);
    });

    it('waits as long as Retry-After asks on 503, then succeeds', async () => {
      const asked: number[] = [];
      const timers = {
        // Record sleeps but do not really wait; the 2 s request timeout and the 12 s deadline stay real.
        setTimeout: (fn: () => void, ms: number) => (asked.push(ms), globalThis.setTimeout(fn, ms === 2000 || ms === 12_000 ? ms : 0)),
        clearTimeout: (h: unknown) => globalThis.clearTimeout(h as number),
      };
      api.setFault({ kind: 'status', status: 503, retryAfter: 7 }, { route: 'court', times: 1 });
      const court = await apiClient({ timers }).getCourt();
      expect(court.courtCode).to.equal('湘0725');
      expect(asked.filter((ms) => ms !== 2000 && ms !== 12_000)).to.deep.equal([7000]);
      expect(api.requests.filter((r) => r.route === 'court').length).to.equal(2);
    });

    it('does not wait for a Retry-After longer than allowed on 429: one request, error says how long', async () => {
      api.setFault({ kind: 'status', status: 429, retryAfter: 120 }, { route: 'debtors' });
      const error = await failure(apiClient().searchDebtors({ name: fixtureNames.person }));
      expect(error.status).to.equal(429);
      expect(error.retryAfterMs).to.equal(120_000);
      expect(api.requests.filter((r) => r.route === 'debtors').length).to.equal(1);
    });

    it('never retries a 404 or 400', async () => {
      const missing = await failure(apiClient().getStats('no-such-period'));
      expect(missing.status).to.equal(404);
      api.setFault({ kind: 'status', status: 400 }, { route: 'court' });
      const bad = await failure(apiClient().getCourt());
      expect(bad.status).to.equal(400);
      expect(api.requests.length).to.equal(2);
    });

    it('times out a slow source with a TimeoutError after every attempt', async () => {
      api.setFault({ kind: 'latency', ms: 1500 }, { route: 'court' });
      let attempts = 0;
      const counting: typeof fetch = (input, init) => (attempts++, fetch(input, init));
      const error = await failure(apiClient({ fetch: counting, timeoutMs: 100, retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1 } }).getCourt());
      expect(error.code).to.equal('timeout');
      expect(attempts).to.equal(2);
    });

    it('reports a network failure as a NetworkError after retrying', async () => {
      api.setFault({ kind: 'network-error' }, { route: 'court' });
      const error = await failure(apiClient().getCourt());
      expect(error.code).to.equal('network');
      expect(error.name).to.equal('NetworkError');
    });

    it('rejects malformed JSON with a validation error, without retrying', async () => {
      api.setFault({ kind: 'malformed-json' }, { route: 'exposure' });
      const error = await failure(apiClient().getExposure());
      expect(error.code).to.equal('validation');
      expect(error.message).to.contain('malformed JSON');
      expect(api.requests.filter((r) => r.route === 'exposure').length).to.equal(1);
    });

    it('rejects a wholly wrong payload with the paths that are wrong', async () => {
      worker.use(http.get(`${API}stats`, () => HttpResponse.json({ courtId: 42, periods: 'none' })));
      const error = await failure(apiClient().getStatsIndex());
      expect(error.code).to.equal('validation');
      expect(error.problems.map((p) => p.path)).to.include.members(['courtId', 'periods']);
    });

    it('passes the good records and reports each bad one with its path', async () => {
      const good = await apiClient().getExposure();
      api.reset();
      api.setFault({ kind: 'invalid-records', count: 1 }, { route: 'exposure' });
      const seen: string[] = [];
      const snapshot = await apiClient({ onIssues: (issues) => seen.push(...issues.map((i) => i.path)) }).getExposure();
      const invalid = snapshot.issues.filter((i) => i.code === 'invalid');
      expect(invalid).to.have.length(1);
      expect(invalid[0]!.path).to.match(/^items\[\d+\]\./);
      expect(snapshot.items.length).to.equal(good.items.length - 1);
      expect(seen).to.include(invalid[0]!.path);
    });

    it('masks unmasked IDs a source sends: none reaches the caller', async () => {
      api.setFault({ kind: 'unmasked-ids' });
      const client = apiClient();
      const [exposure, search] = await Promise.all([client.getExposure(), client.searchDebtors({ name: fixtureNames.person })]);
      expect(search.items.length).to.be.greaterThan(0);
      expect(JSON.stringify(exposure)).not.to.match(UNMASKED_ID);
      expect(JSON.stringify(search)).not.to.match(UNMASKED_ID);
      expect(exposure.issues.some((i) => i.code === 'id-masked')).to.equal(true);
    });

    it('an unchanged ETag is an unchanged feed: same items array, marked not modified, no If-None-Match sent by hand', async () => {
      const client = apiClient();
      const first = await client.getExposure();
      const second = await client.getExposure({ revalidate: true });
      expect(second.notModified).to.equal(true);
      expect(second.items).to.equal(first.items);
      const polls = api.requests.filter((r) => r.route === 'exposure');
      expect(polls.map((r) => r.status)).to.deep.equal([200, 200]);
      expect(polls[1]!.ifNoneMatch).to.equal(undefined);
    });

    it("answers 304 for a matching ETag with revalidation: 'headers': same data, marked not modified", async () => {
      const client = apiClient({ revalidation: 'headers' });
      const first = await client.getExposure();
      const second = await client.getExposure({ revalidate: true });
      expect(second.notModified).to.equal(true);
      expect(second.items).to.equal(first.items);
      const polls = api.requests.filter((r) => r.route === 'exposure');
      expect(polls.map((r) => r.status)).to.deep.equal([200, 304]);
      expect(polls[1]!.ifNoneMatch).to.contain(first.version);
    });

    it('hides an entry listed in removals even if a stale copy is still in items', async () => {
      const client = apiClient();
      const first = await client.getExposure();
      const stale = first.items[0]!;
      worker.use(
        http.get(`${API}exposure`, () =>
          HttpResponse.json({ version: 'v-stale', generatedAt: first.generatedAt, court: first.court, items: first.items, removals: [{ id: stale.id, removedOn: '2026-01-01', reason: 'performed' }] }),
        ),
      );
      const second = await client.getExposure({ revalidate: true });
      expect(second.items.some((i) => i.id === stale.id)).to.equal(false);
      expect(second.issues.some((i) => i.code === 'removed' && i.recordId === stale.id)).to.equal(true);
    });

    it('aborts on the caller’s signal with an AbortError', async () => {
      api.setFault({ kind: 'latency', ms: 1000 }, { route: 'court' });
      const controller = new AbortController();
      const pending = apiClient().getCourt({ signal: controller.signal });
      await settle(20);
      controller.abort();
      const error = await failure(pending);
      expect(error.code).to.equal('aborted');
    });

    it('keeps a shared request alive while another caller still waits', async () => {
      api.setFault({ kind: 'latency', ms: 200 }, { route: 'court', times: 1 });
      const client = apiClient();
      const controller = new AbortController();
      const first = client.getCourt({ signal: controller.signal });
      const second = client.getCourt();
      controller.abort();
      expect((await failure(first)).code).to.equal('aborted');
      expect((await second).id).to.equal(dataset.court.id);
      expect(api.requests.filter((r) => r.route === 'court').length).to.equal(1);
    });
  });

  describe('debtor search', () => {
    for (const [kind, client] of [['API', apiClient], ['static feed', feedClient]] as const) {
      it(`finds a fixture debtor by name and by ID over the ${kind}`, async () => {
        const byName = await client().searchDebtors({ name: fixtureNames.person });
        expect(byName.total).to.be.greaterThan(0);
        expect(byName.items.every((r) => r.name === fixtureNames.person)).to.equal(true);
        const byId = await client().searchDebtors({ name: fixtureNames.person, identifier: fixtureIds.person });
        expect(byId.items.length).to.be.greaterThan(0);
        expect(byId.query.identifier).to.contain('****');
        const company = await client().searchDebtors({ name: fixtureNames.company, identifier: fixtureIds.company });
        expect(company.items.every((r) => r.creditCode === fixtureIds.company)).to.equal(true);
      });
    }

    it('gives the same answer from both sources', async () => {
      const [a, b] = await Promise.all([apiClient().searchDebtors({ name: fixtureNames.person }), feedClient().searchDebtors({ name: fixtureNames.person })]);
      expect(a.items.map((r) => r.id).sort()).to.deep.equal(b.items.map((r) => r.id).sort());
      expect(a.total).to.equal(b.total);
    });

    it('rejects a wrong checksum before any request', async () => {
      const wrong = `${fixtureIds.person.slice(0, 17)}${fixtureIds.person.endsWith('0') ? '1' : '0'}`;
      const error = await failure(feedClient().searchDebtors({ name: fixtureNames.person, identifier: wrong }));
      expect(error.code).to.equal('invalid-argument');
      expect((error as ArgumentError).argument).to.equal('identifier');
      expect(feed.requests).to.have.length(0);
    });

    it('downloads one shard per name from the static feed, and revalidates the manifest (Cache-Control: no-cache) on each lookup', async () => {
      const client = feedClient();
      await client.searchDebtors({ name: fixtureNames.person });
      await client.searchDebtors({ name: fixtureNames.person, identifier: fixtureIds.person });
      await client.searchDebtors({ name: '不存在的人' });
      const urls = feed.requests.map((r) => r.url);
      expect(urls.filter((u) => u.endsWith('manifest.json'))).to.have.length(3);
      expect(urls.filter((u) => u.includes('/shards/')).length).to.be.within(1, 2);
    });

    it('finds nothing for an unknown name, without error', async () => {
      const result = await feedClient().searchDebtors({ name: '不存在的人' });
      expect(result.total).to.equal(0);
      expect(result.items).to.deep.equal([]);
    });
  });

  describe('live exposure subscription', () => {
    function watch(client: ZhixingClient, timers: FakeTimers) {
      const updates: ExposureUpdate[] = [];
      const errors: { failures: number; retryInMs: number }[] = [];
      const sub = client.watchExposure({
        intervalMs: 30_000,
        onUpdate: (u) => updates.push(u),
        onError: (_e, s) => errors.push({ failures: s.consecutiveFailures, retryInMs: s.retryInMs }),
      });
      const tick = async () => {
        const before = updates.length + errors.length;
        timers.runNext();
        for (let i = 0; i < 200 && updates.length + errors.length === before; i++) await settle(5);
      };
      return { sub, updates, errors, tick };
    }

    it('yields added, then removed after a debtor is removed between two polls; 304 is not a modification', async () => {
      const timers = new FakeTimers();
      const { sub, updates, tick } = watch(apiClient({ timers }), timers);
      await tick();
      expect(updates[0]!.added.length).to.equal(updates[0]!.snapshot.items.length);
      await tick();
      expect(updates[1]!.modified).to.equal(false);
      const gone = updates[0]!.snapshot.items[0]!;
      api.removeRecord(gone.id);
      await tick();
      expect(updates[2]!.removed.map((i) => i.id)).to.deep.equal([gone.id]);
      expect(updates[2]!.snapshot.items.some((i) => i.id === gone.id)).to.equal(false);
      // The unchanged poll is a simple request answered with the same ETag (a browser's cache would make it a 304).
      expect(api.requests.filter((r) => r.route === 'exposure').map((r) => r.status)).to.deep.equal([200, 200, 200]);
      expect(api.requests.filter((r) => r.route === 'exposure').map((r) => r.ifNoneMatch)).to.deep.equal([undefined, undefined, undefined]);
      sub.unsubscribe();
    });

    it('backs off while the source fails, recovers, and stops every timer on unsubscribe', async () => {
      const timers = new FakeTimers();
      const client = apiClient({ timers, retry: { retries: 0 } });
      const { sub, updates, errors, tick } = watch(client, timers);
      await tick();
      api.setFault({ kind: 'status', status: 503 }, { route: 'exposure' });
      await tick();
      await tick();
      await tick();
      expect(errors.map((e) => e.failures)).to.deep.equal([1, 2, 3]);
      expect(errors[2]!.retryInMs).to.be.greaterThan(errors[0]!.retryInMs);
      api.setFault(null);
      await tick();
      expect(updates.length).to.equal(2);
      expect(timers.delays).to.deep.equal([30_000]);
      sub.unsubscribe();
      expect(timers.pending).to.equal(0);
      const count = api.requests.length;
      await settle(20);
      expect(api.requests.length).to.equal(count);
      expect(sub.active).to.equal(false);
    });
  });
});
