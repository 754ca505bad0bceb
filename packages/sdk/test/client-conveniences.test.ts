// What a developer expects of a client (Octokit/ky): the cache follows the source's Cache-Control and
// is bounded in bytes, concurrent identical requests share one fetch whatever their tokens, hooks see
// every request, answer and error, an overall deadline spans retries, searchAll walks every page,
// and a live subscription can keep its last good feed across a restart.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createFixtures, createMockApi, fixtureNames } from '@zhixing/mocks';
import {
  createClient,
  httpSource,
  HookError,
  TimeoutError,
  ZhixingError,
  type ClientOptions,
  type DebtorRecord,
  type ExposureUpdate,
  type KeyValueStore,
  type TransportRequest,
} from '../src/index';
import { freshness, ResponseCache } from '../src/client/cache';
import { FakeTimers, settle } from './fake-timers';

const API = 'https://api.zhixing.test/v1/';
const OWN = 'https://own.zhixing.test/v1/';
const dataset = createFixtures();
const api = createMockApi({ baseUrl: API, dataset });
const worker = setupWorker(...api.handlers);
const quick: Partial<ClientOptions> = { retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 30_000 }, timeoutMs: 5000 };

/** A court resource at OWN with the given headers; counts requests and what they carried. */
function ownCourt(headers: Record<string, string>) {
  const seen: { token: string | null; ifNoneMatch: string | null }[] = [];
  worker.use(
    http.get(`${OWN}court`, ({ request }) => {
      seen.push({ token: request.headers.get('x-token'), ifNoneMatch: request.headers.get('if-none-match') });
      return HttpResponse.json(dataset.court, { headers: { ETag: '"c1"', ...headers } });
    }),
  );
  return seen;
}

async function failure(promise: Promise<unknown>): Promise<ZhixingError> {
  try {
    await promise;
  } catch (error) {
    return error as ZhixingError;
  }
  throw new Error('expected the call to fail');
}

/**
 * Lets the worker answer and runs fake timers until `done()` holds, bounded by real time rather than by a
 * count of turns, so a busy machine is only slower. Timers already due run at once; the fake clock moves
 * on to a later timer only when `mayAdvance()` holds — by default never, because moving it fires a request
 * timeout before a slow worker has answered (the flake this replaced).
 */
async function until(timers: FakeTimers, done: () => boolean, mayAdvance: () => boolean = () => false): Promise<void> {
  const end = performance.now() + 20_000;
  while (!done() && performance.now() < end) {
    const soonest = timers.delays[0];
    if (soonest !== undefined && (soonest <= 0 || mayAdvance())) {
      timers.runNext();
      await settle(0);
    } else {
      await settle(5);
    }
  }
  expect(done(), 'condition reached').to.equal(true);
}

/** Counts requests the client started (hook) and requests the worker received, to know when none is on its way. */
function inFlight() {
  const counts = { started: 0, arrived: 0 };
  return { counts, settled: () => counts.arrived === counts.started, hooks: { beforeRequest: [() => void counts.started++] } };
}

describe('client conveniences', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  afterEach(() => {
    api.reset();
    worker.resetHandlers();
  });

  describe('cache follows Cache-Control', () => {
    it('max-age keeps a copy even with cacheTtlMs 0; Age shortens it', async () => {
      let clock = Date.parse('2026-03-01T08:00:00Z');
      const now = () => new Date(clock);
      const seen = ownCourt({ 'Cache-Control': 'max-age=120' });
      const client = createClient({ source: httpSource(OWN), cacheTtlMs: 0, now, ...quick });
      await client.getCourt();
      clock += 100_000;
      await client.getCourt();
      expect(seen).to.have.length(1);
      clock += 30_000; // 130 s: expired
      await client.getCourt();
      expect(seen).to.have.length(2);

      worker.resetHandlers();
      const aged = ownCourt({ 'Cache-Control': 'max-age=120', Age: '115' });
      const other = createClient({ source: httpSource(OWN), now, ...quick });
      await other.getCourt();
      clock += 6_000; // 115 + 6 > 120
      await other.getCourt();
      expect(aged).to.have.length(2);
    });

    it('no-store keeps nothing, no-cache asks every time, nothing said means cacheTtlMs', async () => {
      const noStore = ownCourt({ 'Cache-Control': 'no-store' });
      const a = createClient({ source: httpSource(OWN), ...quick });
      const first = await a.getCourt();
      const second = await a.getCourt();
      expect(noStore).to.have.length(2);
      expect(second).to.not.equal(first); // processed again: nothing was kept

      worker.resetHandlers();
      const noCache = ownCourt({ 'Cache-Control': 'no-cache' });
      const b = createClient({ source: httpSource(OWN), ...quick });
      const kept = await b.getCourt();
      expect(await b.getCourt()).to.equal(kept); // asked again, same ETag: the very same copy
      expect(noCache).to.have.length(2);

      worker.resetHandlers();
      const silent = ownCourt({});
      const c = createClient({ source: httpSource(OWN), ...quick });
      await c.getCourt();
      await c.getCourt();
      expect(silent).to.have.length(1);
    });

    it("s-maxage is ignored in a browser, honoured by a shared cache (revalidation: 'headers')", async () => {
      const seen = ownCourt({ 'Cache-Control': 'max-age=0, s-maxage=600' });
      const browser = createClient({ source: httpSource(OWN), ...quick });
      await browser.getCourt();
      await browser.getCourt();
      expect(seen).to.have.length(2);
      const shared = createClient({ source: httpSource(OWN), revalidation: 'headers', ...quick });
      await shared.getCourt();
      await shared.getCourt();
      expect(seen).to.have.length(3);
    });

    it('freshness(): directives in any case and order, quoted values, Age, and bad input', () => {
      const h = (headers: Record<string, string>) => new Headers(headers);
      expect(freshness(h({ 'Cache-Control': 'public, MAX-AGE="30"' }), 60_000, false)).to.deep.equal({ store: true, ttlMs: 30_000 });
      expect(freshness(h({ 'Cache-Control': 'max-age=30', Age: '45' }), 60_000, false)).to.deep.equal({ store: true, ttlMs: 0 });
      expect(freshness(h({ 'Cache-Control': 'max-age=30', Age: 'soon' }), 60_000, false)).to.deep.equal({ store: true, ttlMs: 30_000 });
      expect(freshness(h({ 'Cache-Control': 'max-age=30, No-Store' }), 60_000, false)).to.deep.equal({ store: false, ttlMs: 0 });
      expect(freshness(h({ 'Cache-Control': 'no-cache="set-cookie", max-age=30' }), 60_000, false).ttlMs).to.equal(30_000);
      expect(freshness(h({ 'Cache-Control': 'max-age=abc' }), 60_000, false)).to.deep.equal({ store: true, ttlMs: 60_000 });
      expect(freshness(h({ 'Cache-Control': 'x-max-age=5' }), 60_000, false)).to.deep.equal({ store: true, ttlMs: 60_000 });
      expect(freshness(h({ 'Cache-Control': 's-maxage=600, max-age=10' }), 60_000, true).ttlMs).to.equal(600_000);
      expect(freshness(h({ 'Cache-Control': 's-maxage=600, max-age=10' }), 60_000, false).ttlMs).to.equal(10_000);
      expect(freshness(h({}), 60_000, false)).to.deep.equal({ store: true, ttlMs: 60_000 });
    });
  });

  describe('byte-bounded LRU', () => {
    it('evicts the least recently used by bytes, and does not keep an entry larger than the bound', () => {
      const cache = new ResponseCache(100, 1000);
      const entry = (bytes: number) => ({ value: bytes, validators: {}, freshUntil: 0, tag: 't', bytes });
      cache.set('a', entry(400));
      cache.set('b', entry(400));
      cache.get('a'); // a is now the most recent
      cache.set('c', entry(400));
      expect(cache.get('b')).to.equal(undefined);
      expect(cache.get('a')?.value).to.equal(400);
      expect(cache.bytes).to.equal(800);
      cache.set('huge', entry(1001));
      expect(cache.get('huge')).to.equal(undefined);
      expect(cache.bytes).to.equal(800);
      cache.clear('t');
      expect([cache.size, cache.bytes]).to.deep.equal([0, 0]);
    });

    it('a client with a small maxCacheBytes asks again for what it had to drop', async () => {
      const client = createClient({ source: httpSource(API), maxCacheBytes: 4096, ...quick });
      await client.getCourt();
      await client.getCourt();
      expect(api.requests.filter((r) => r.route === 'court')).to.have.length(1);
      await client.getExposure(); // far larger than 4 KiB: not kept, and it does not push the court out
      await client.getExposure();
      await client.getCourt();
      expect(api.requests.filter((r) => r.route === 'exposure')).to.have.length(2);
      expect(api.requests.filter((r) => r.route === 'court')).to.have.length(1);
    });
  });

  it('shares one request between concurrent callers with different per-request tokens', async () => {
    const seen = ownCourt({});
    const client = createClient({ source: httpSource(OWN), ...quick });
    const [a, b] = await Promise.all([client.getCourt({ headers: { 'x-token': 'a' } }), client.getCourt({ headers: { 'x-token': 'b' } })]);
    expect(a).to.equal(b);
    expect(seen.map((s) => s.token)).to.deep.equal(['a']);
  });

  describe('hooks', () => {
    it('beforeRequest runs before every attempt and may set headers; afterResponse sees every answer', async () => {
      let calls = 0;
      const tokens: (string | null)[] = [];
      worker.use(
        http.get(`${OWN}court`, ({ request }) => {
          tokens.push(request.headers.get('x-token'));
          return ++calls === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(dataset.court);
        }),
      );
      const requests: TransportRequest[] = [];
      const statuses: number[] = [];
      const client = createClient({
        source: httpSource(OWN),
        ...quick,
        hooks: {
          beforeRequest: [(request) => void requests.push({ ...request }), (request) => void (request.headers['x-token'] = `t${request.attempt}`)],
          afterResponse: [async (response) => void statuses.push(response.status)],
        },
      });
      const court = await client.getCourt();
      expect(court.courtCode).to.equal(dataset.court.courtCode);
      expect(tokens).to.deep.equal(['t0', 't1']);
      expect(statuses).to.deep.equal([503, 200]);
      expect(requests.map((r) => [r.purpose, r.attempt, r.url])).to.deep.equal([
        ['court', 0, `${OWN}court`],
        ['court', 1, `${OWN}court`],
      ]);
    });

    it('a hook that throws ends the request with a HookError naming it, without retries', async () => {
      const seen = ownCourt({});
      const before = createClient({ source: httpSource(OWN), ...quick, hooks: { beforeRequest: [() => Promise.reject(new Error('no token'))] } });
      const error = await failure(before.getCourt());
      expect(error).to.be.instanceOf(HookError);
      expect((error as HookError).hook).to.equal('beforeRequest');
      expect(error.message).to.contain('no token');
      expect(seen).to.have.length(0);
      const afterHook = createClient({ source: httpSource(OWN), ...quick, hooks: { afterResponse: [() => { throw new Error('bad'); }] } });
      expect(((await failure(afterHook.getCourt())) as HookError).hook).to.equal('afterResponse');
      expect(seen).to.have.length(1);
    });

    it('beforeError may replace the error; one that throws becomes a HookError', async () => {
      api.setFault({ kind: 'status', status: 404 }, { route: 'court' });
      const seen: string[] = [];
      const replaced = createClient({
        source: httpSource(API),
        ...quick,
        hooks: { beforeError: [(error) => void seen.push(error.code), (error) => new ZhixingError('http', `court unavailable (${error.status})`, { status: error.status ?? 0 })] },
      });
      const error = await failure(replaced.getCourt());
      expect(seen).to.deep.equal(['http']);
      expect(error.message).to.equal('court unavailable (404)');
      const throwing = createClient({ source: httpSource(API), ...quick, hooks: { beforeError: [() => { throw new Error('logger down'); }] } });
      const hookError = await failure(throwing.getCourt());
      expect((hookError as HookError).hook).to.equal('beforeError');
      expect((hookError.cause as Error).message).to.equal('logger down');
    });
  });

  describe('overall deadline', () => {
    it('ends a request that keeps timing out with a TimeoutError naming deadlineMs, after the attempts that fit', async () => {
      const flight = inFlight();
      worker.use(http.get(`${OWN}court`, () => (flight.counts.arrived++, new Promise<Response>(() => undefined))));
      const timers = new FakeTimers();
      const client = createClient({ source: httpSource(OWN), timers, hooks: flight.hooks, random: () => 0, timeoutMs: 1000, deadlineMs: 2500, retry: { retries: 10, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 0 } });
      let error: ZhixingError | undefined;
      void failure(client.getCourt()).then((e) => (error = e));
      await until(timers, () => error !== undefined, flight.settled);
      const attempts = flight.counts.arrived;
      expect(error).to.be.instanceOf(TimeoutError);
      expect((error as TimeoutError).limit).to.equal('deadlineMs');
      expect(error!.message).to.contain('2500 ms (deadlineMs)');
      expect(timers.now).to.equal(2500);
      expect(attempts).to.equal(3); // at 0, 1000 and 2000 ms; 10 retries were allowed
    });

    it('a per-call deadlineMs overrides the client option; a caller abort stays an AbortError', async () => {
      const flight = inFlight();
      worker.use(http.get(`${OWN}court`, () => (flight.counts.arrived++, new Promise<Response>(() => undefined))));
      const timers = new FakeTimers();
      const client = createClient({ source: httpSource(OWN), timers, hooks: flight.hooks, random: () => 0, timeoutMs: 1000, deadlineMs: 60_000, retry: { retries: 10, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 0 } });
      let error: ZhixingError | undefined;
      void failure(client.getCourt({ deadlineMs: 500 })).then((e) => (error = e));
      await until(timers, () => error !== undefined, flight.settled);
      expect([(error as TimeoutError).limit, timers.now]).to.deep.equal(['deadlineMs', 500]);
      const controller = new AbortController();
      let aborted: ZhixingError | undefined;
      void failure(client.getCourt({ signal: controller.signal, revalidate: true })).then((e) => (aborted = e));
      await settle(20);
      controller.abort();
      await until(timers, () => aborted !== undefined);
      expect(aborted!.code).to.equal('aborted');
    });
  });

  describe('searchAll', () => {
    const extra = 23;
    beforeEach(() => {
      // The seed person, many times over (distinct ids and case numbers): several pages.
      const base = dataset.debtors.find((d) => d.name === fixtureNames.person)!;
      for (let i = 0; i < extra; i++) api.addRecord({ ...base, id: `${base.id}-p${i}`, caseNumber: base.caseNumber.replace(/\d+号$/, `${900 + i}号`) } as DebtorRecord);
    });

    it('walks every page, one request each, and yields every record once', async () => {
      const client = createClient({ source: httpSource(API), ...quick });
      const all = await client.searchDebtors({ name: fixtureNames.person, pageSize: 100 });
      expect(all.total).to.be.greaterThan(extra);
      api.requests.length = 0;
      const pages: number[] = [];
      for await (const page of client.searchAll({ name: fixtureNames.person, pageSize: 10 })) pages.push(page.items.length);
      const expectedPages = Math.ceil(all.total / 10);
      expect(pages).to.have.length(expectedPages);
      expect(api.requests.filter((r) => r.route === 'debtors')).to.have.length(expectedPages);
      const ids: string[] = [];
      for await (const record of client.searchAll({ name: fixtureNames.person, pageSize: 10 }).records()) ids.push(record.id);
      expect(ids.sort()).to.deep.equal(all.items.map((r) => r.id).sort());
    });

    it('stops when the loop is left, at maxPages, and on abort', async () => {
      const client = createClient({ source: httpSource(API), ...quick });
      api.requests.length = 0;
      for await (const page of client.searchAll({ name: fixtureNames.person, pageSize: 5 })) {
        expect(page.page).to.equal(1);
        break;
      }
      expect(api.requests.filter((r) => r.route === 'debtors')).to.have.length(1);
      const limited: number[] = [];
      for await (const page of client.searchAll({ name: fixtureNames.person, pageSize: 5 }, { maxPages: 2 })) limited.push(page.page);
      expect(limited).to.deep.equal([1, 2]);
      const controller = new AbortController();
      const seen: number[] = [];
      const error = await failure(
        (async () => {
          for await (const page of client.searchAll({ name: fixtureNames.person, pageSize: 5 }, { signal: controller.signal })) {
            seen.push(page.page);
            controller.abort();
          }
        })(),
      );
      expect(error.code).to.equal('aborted');
      expect(seen).to.deep.equal([1]);
    });

    it('refuses a page size over 100 by clamping it, and bad maxPages with an ArgumentError', async () => {
      const client = createClient({ source: httpSource(API), ...quick });
      for await (const page of client.searchAll({ name: fixtureNames.person, pageSize: 5000 })) {
        expect(page.pageSize).to.equal(100);
        break;
      }
      const error = await failure((async () => client.searchAll({ name: fixtureNames.person }, { maxPages: Number.NaN }))());
      expect(error.code).to.equal('invalid-argument');
    });
  });

  describe('kept exposure feed (storage)', () => {
    const memoryStore = () => {
      const data = new Map<string, string>();
      const store: KeyValueStore = { get: (k) => data.get(k), set: (k, v) => void data.set(k, v), delete: (k) => void data.delete(k) };
      return { data, store };
    };
    const DAY = 86_400_000;

    /** The mock API's feed, with one entry also listed as removed and one whose publication ends today. */
    async function craftedFeed() {
      const feed = (await (await fetch(`${API}exposure`)).json()) as { version: string; generatedAt: string; items: { id: string; publicationEndsOn?: string }[]; removals?: unknown[] };
      const removed = feed.items[0]!.id;
      const ending = feed.items[1]!.id;
      feed.items[1]!.publicationEndsOn = dataset.today;
      feed.removals = [...(feed.removals ?? []), { id: removed, removedOn: dataset.today }];
      return { feed, removed, ending };
    }

    it('after a restart without network: the stored entries, screened by the new clock and removals, marked stored with their time', async () => {
      const { feed, removed, ending } = await craftedFeed();
      api.requests.length = 0;
      worker.use(http.get(`${OWN}exposure`, () => HttpResponse.json(feed, { headers: { ETag: `"${feed.version}"` } })));
      const { data, store } = memoryStore();
      const start = Date.now();
      const timers = new FakeTimers();
      const first: ExposureUpdate[] = [];
      const a = createClient({ source: httpSource(OWN), timers, ...quick });
      const subA = a.watchExposure({ storage: store, onUpdate: (u) => first.push(u) });
      await until(timers, () => first.length > 0 && data.size === 2);
      subA.unsubscribe();
      const shownBefore = first[0]!.snapshot.items.map((i) => i.id);
      expect(shownBefore).to.include(ending);
      expect(shownBefore).to.not.include(removed);
      const stored = JSON.parse([...data.entries()].find(([k]) => !k.endsWith(':meta'))![1]) as unknown;
      expect(stored).to.deep.equal(feed); // the raw feed, as sent

      // Reboot two days later, network down.
      worker.resetHandlers();
      worker.use(http.get(`${OWN}exposure`, () => HttpResponse.error()));
      const later = new Date(start + 2 * DAY);
      const updates: ExposureUpdate[] = [];
      const errors: ZhixingError[] = [];
      // Real timers: the first poll starts at once and fails as soon as the connection is refused.
      const b = createClient({ source: httpSource(OWN), now: () => later, retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 0 } });
      const subB = b.watchExposure({ storage: store, onUpdate: (u) => updates.push(u), onError: (e) => errors.push(e) });
      for (let i = 0; i < 400 && errors.length === 0; i++) await settle(10);
      subB.unsubscribe();
      expect(updates).to.have.length(1);
      const snapshot = updates[0]!.snapshot;
      expect(snapshot.stored).to.equal(true);
      expect(Date.parse(snapshot.checkedAt)).to.be.within(start - 1000, Date.now());
      const ids = snapshot.items.map((i) => i.id);
      expect(ids).to.not.include(ending);
      expect(ids).to.not.include(removed);
      expect(ids.length).to.be.greaterThan(0);
      expect(ids).to.deep.equal(shownBefore.filter((id) => id !== ending && snapshot.items.some((i) => i.id === id)));
      expect(errors[0]!.code).to.equal('network');
    });

    it('never replaces a newer stored feed with an older one, and keeps nothing larger than storageMaxLength', async () => {
      const { feed } = await craftedFeed();
      const newer = { ...feed, version: 'newer', generatedAt: new Date(Date.parse(feed.generatedAt) + 60_000).toISOString() };
      const { data, store } = memoryStore();
      let serve: unknown = newer;
      worker.use(http.get(`${OWN}exposure`, () => HttpResponse.json(serve as object)));
      const timers = new FakeTimers();
      const updates: ExposureUpdate[] = [];
      const sub = createClient({ source: httpSource(OWN), timers, ...quick }).watchExposure({ storage: store, onUpdate: (u) => updates.push(u) });
      await until(timers, () => updates.length > 0 && data.size === 2);
      sub.unsubscribe();
      // Another client (another tab, or after a restart) is served an older copy by a stale CDN edge.
      serve = feed;
      const timers2 = new FakeTimers();
      const updates2: ExposureUpdate[] = [];
      const sub2 = createClient({ source: httpSource(OWN), timers: timers2, ...quick }).watchExposure({ storage: store, onUpdate: (u) => updates2.push(u) });
      await until(timers2, () => updates2.length > 0);
      sub2.unsubscribe();
      expect(updates2[0]!.snapshot.version).to.equal('newer'); // the stored newer feed wins over the stale answer
      const kept = [...data.entries()].find(([k]) => !k.endsWith(':meta'))![1];
      expect((JSON.parse(kept) as { version: string }).version).to.equal('newer');

      const small = memoryStore();
      const timers3 = new FakeTimers();
      const updates3: ExposureUpdate[] = [];
      const sub3 = createClient({ source: httpSource(OWN), timers: timers3, ...quick }).watchExposure({ storage: small.store, storageMaxLength: 1000, onUpdate: (u) => updates3.push(u) });
      await until(timers3, () => updates3.length > 0);
      await settle(20);
      sub3.unsubscribe();
      expect(small.data.size).to.equal(0);
    });
  });
});
