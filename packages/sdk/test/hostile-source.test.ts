// Issue 9, classes 2, 4, 5, 6 and 9: a careless or hostile source, seen through the client in a
// real browser. Every resource is scrubbed, removals hold everywhere and for the client's lifetime,
// feeds that go backwards are ignored, a live subscription never dies silently, and a broken
// manifest or shard is a typed error instead of a silent "no records".
import { expect } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import { setupWorker } from 'msw/browser';
import {
  ArgumentError,
  createClient,
  httpSource,
  residentIdCheckChar,
  shardOf,
  staticSource,
  type ClientOptions,
  type ExposureUpdate,
  type RecordIssue,
  type ZhixingError,
} from '../src/index';
import { FakeTimers, settle } from './fake-timers';

const FEED = 'https://hostile.zhixing.test/feed/';
const API = 'https://hostile.zhixing.test/api/';
const NOW = new Date('2026-11-27T12:00:00+08:00');

function fullId(region: string, birth: string, seq = '222'): string {
  const first17 = `${region}${birth}${seq}`;
  return first17 + residentIdCheckChar(first17);
}
const ADULT = fullId('430725', '19880808');
const spaced = (id: string) => `${id.slice(0, 6)} ${id.slice(6, 10)} ${id.slice(10, 14)} ${id.slice(14)}`;
const digitsOnly = (value: unknown) => JSON.stringify(value).normalize('NFKC').replace(/[^0-9X]/gi, '');

const court = {
  id: 'hn-changde-taoyuan',
  name: `桃源县人民法院 ${spaced(ADULT)}`,
  regionCode: '430725',
  contact: { phone: '0736-6681180', tipOffPhone: `举报电话 0736-6681180 ID${ADULT}`, address: `桃源县漳江镇 ${ADULT}`, website: `https://court.example/${ADULT}` },
  dataPageUrl: `https://court.example/zx?id=${ADULT.slice(0, 6)}%20${ADULT.slice(6)}`,
};
const period = { id: '2026Q4', start: '2026-10-01', end: '2026-12-31', label: `2026年第四季度 ${spaced(ADULT)}`, labelEn: `Q4 ${ADULT}` };

function debtor(id: string, name: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'dishonest-debtor',
    id,
    partyKind: 'natural-person',
    name,
    idNumber: '4307251980****1234',
    caseNumber: '（2024）湘0725执1号',
    courtName: '桃源县人民法院',
    filingDate: '2024-01-02',
    publishedOn: '2024-03-02',
    basisDocumentNumber: '（2023）湘0725民初1号',
    basisIssuer: '桃源县人民法院',
    obligation: '支付货款',
    performance: 'none',
    conduct: '有履行能力而拒不履行生效法律文书确定义务',
    ...overrides,
  };
}

const restriction = (id: string, name: string, orderUrl: string) => ({
  type: 'consumption-restriction',
  id,
  partyKind: 'natural-person',
  name,
  idNumber: '4307251980****1234',
  caseNumber: '（2024）湘0725执2号',
  courtName: '桃源县人民法院',
  filingDate: '2024-01-02',
  publishedOn: '2024-03-02',
  orderUrl,
});

interface FeedState {
  version: string;
  generatedAt: string;
  items: unknown[];
  removals?: unknown[];
  shards: Record<string, unknown[]>;
  manifest?: Record<string, unknown>;
}

/** A static feed built by hand, its files in a Map the tests change between requests. */
const files = new Map<string, unknown>();
const requested: string[] = [];

function publish(state: FeedState, shardCount = 4): void {
  files.clear();
  files.set('court.json', court);
  files.set('exposure.json', { version: state.version, generatedAt: state.generatedAt, court, period, items: state.items, ...(state.removals ? { removals: state.removals } : {}) });
  files.set('debtors/manifest.json', {
    format: 'zhixing-shards/1',
    version: state.version,
    generatedAt: state.generatedAt,
    recordCount: Object.values(state.shards).flat().length,
    shardCount,
    hash: 'fnv1a32',
    shardPath: 'shards/{shard}.json',
    ...state.manifest,
  });
  const byShard = new Map<string, unknown[]>();
  for (const [name, records] of Object.entries(state.shards)) {
    const shard = shardOf(name, shardCount);
    byShard.set(shard, [...(byShard.get(shard) ?? []), ...records]);
  }
  for (const [shard, records] of byShard) files.set(`debtors/shards/${shard}.json`, { version: state.version, shard, records });
}

const feedHandler = http.get(`${FEED}*`, ({ request }) => {
  const path = new URL(request.url).pathname.replace('/feed/', '');
  requested.push(path);
  if (!files.has(path)) return HttpResponse.json({ error: 'not found' }, { status: 404 });
  const body = files.get(path);
  const etag = `"${path}:${JSON.stringify(body).length}:${(body as { version?: string }).version ?? ''}"`;
  if (request.headers.get('if-none-match') === etag) return new HttpResponse(null, { status: 304, headers: { ETag: etag } });
  return HttpResponse.json(body as Record<string, unknown>, { headers: { ETag: etag } });
});

const worker = setupWorker(feedHandler);
const quick: Partial<ClientOptions> = { retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 30_000 }, timeoutMs: 5000, now: () => NOW };
const feedClient = (extra: Partial<ClientOptions> = {}) => createClient({ source: staticSource(FEED), ...quick, ...extra });
const apiClient = (extra: Partial<ClientOptions> = {}) => createClient({ source: httpSource(API), ...quick, ...extra });

async function failure(promise: Promise<unknown>): Promise<ZhixingError> {
  try {
    await promise;
  } catch (error) {
    return error as ZhixingError;
  }
  throw new Error('expected the call to fail');
}

const v = (n: number, state: Partial<FeedState> = {}): FeedState => ({
  version: `v${n}`,
  generatedAt: `2026-11-2${n}T08:00:00+08:00`,
  items: [debtor('A', '甲某'), debtor('B', '乙某'), debtor('C', '丙某')],
  shards: { 甲某: [debtor('A', '甲某')], 乙某: [debtor('B', '乙某')], 丙某: [debtor('C', '丙某')] },
  ...state,
});

describe('hostile source', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  beforeEach(() => {
    requested.length = 0;
    publish(v(1));
  });
  afterEach(() => worker.resetHandlers());

  describe('every string of every resource is scrubbed', () => {
    it('court, period, exposure envelope, records and URLs carry no full ID in any written form', async () => {
      publish(v(1, { items: [debtor('A', '甲某', { conduct: `ID${spaced(ADULT)}` }), restriction('R', '丁某', `https://court.example/orders/ID${ADULT}.pdf`)] }));
      const client = feedClient();
      const results = [await client.getCourt(), await client.getExposure()];
      for (const result of results) expect(digitsOnly(result)).not.to.include(ADULT);
      const exposure = await client.getExposure();
      expect(exposure.court.contact?.tipOffPhone).to.equal(`举报电话 0736-6681180 ID${ADULT.slice(0, 10)}****${ADULT.slice(14)}`);
      expect(exposure.period?.label).to.include('****');
      const order = exposure.items.find((item) => item.id === 'R') as { orderUrl: string };
      expect(order.orderUrl).to.equal(`https://court.example/orders/ID${ADULT.slice(0, 10)}****${ADULT.slice(14)}.pdf`);
    });

    it('stats and the stats index: labels, rankings and notes', async () => {
      const stats = {
        courtId: 'hn-changde-taoyuan',
        period: { ...period, id: 'p1' },
        asOf: '2026-11-27T08:00:00+08:00',
        cases: { accepted: 10, closed: 9, closedWithPerformance: 5 },
        money: { recovered: 100 },
        rankings: [{ scope: `全市 ${ADULT}`, note: spaced(ADULT) }],
      };
      worker.use(
        http.get(`${API}stats`, () => HttpResponse.json({ courtId: 'hn-changde-taoyuan', periods: [{ ...period, id: 'p1' }] })),
        http.get(`${API}stats/p1`, () => HttpResponse.json(stats)),
      );
      const client = apiClient();
      expect(digitsOnly(await client.getStatsIndex())).not.to.include(ADULT);
      expect(digitsOnly(await client.getStats())).not.to.include(ADULT);
    });

    it('HTTP search answers: records masked, and `total` does not count what was dropped', async () => {
      const minor = debtor('M', '甲某', { idNumber: fullId('430725', '20100501') });
      const removed = debtor('X', '甲某', { removal: { date: '2026-11-01', reason: 'performed' } });
      const invalid = debtor('I', '甲某', { filingDate: '2024-02-30' });
      worker.use(
        http.get(`${API}debtors`, () =>
          HttpResponse.json({ total: 4, page: 1, pageSize: 10, asOf: '2026-11-27T08:00:00+08:00', items: [debtor('A', '甲某', { idNumber: ADULT }), minor, removed, invalid] }),
        ),
        http.get(`${API}exposure`, () => HttpResponse.json({ error: 'none' }, { status: 404 })),
      );
      const result = await apiClient().searchDebtors({ name: '甲某' });
      expect(result.items.map((r) => r.id)).to.deep.equal(['A']);
      expect(result.total).to.equal(1);
      expect(digitsOnly(result)).not.to.include(ADULT);
    });
  });

  describe('removals hide a record everywhere', () => {
    it('a removal listed only in exposure.json hides the record from lookups (static feed)', async () => {
      publish(v(2, { items: [debtor('A', '甲某')], removals: [{ id: 'C', removedOn: '2026-11-22', reason: 'performed' }] }));
      const result = await feedClient().searchDebtors({ name: '丙某' });
      expect(result.items).to.deep.equal([]);
      expect(result.issues.map((i) => i.code)).to.include('removed');
    });

    it('a removal listed only in exposure.json hides the record from lookups (HTTP API)', async () => {
      worker.use(
        http.get(`${API}debtors`, () => HttpResponse.json({ total: 1, page: 1, pageSize: 10, asOf: '2026-11-27T08:00:00+08:00', items: [debtor('C', '丙某')] })),
        http.get(`${API}exposure`, () =>
          HttpResponse.json({ version: 'v2', generatedAt: '2026-11-22T08:00:00+08:00', court, items: [], removals: [{ id: 'C', removedOn: '2026-11-22' }] }),
        ),
      );
      const result = await apiClient().searchDebtors({ name: '丙某' });
      expect(result.items).to.deep.equal([]);
      expect(result.total).to.equal(0);
    });

    it('a removal in the manifest hides the record; ids are compared as published, even ID-like ones', async () => {
      const idLike = '4307251988****2224';
      publish(v(2, { shards: { 丙某: [debtor(idLike, '丙某'), debtor('C2', '丙某')] }, manifest: { removals: [{ id: idLike, removedOn: '2026-11-22' }] } }));
      const result = await feedClient().searchDebtors({ name: '丙某' });
      expect(result.items.map((r) => r.id)).to.deep.equal(['C2']);
    });

    it('a manifest with its own removal list (even empty) spares the lookup the exposure feed', async () => {
      publish(v(2, { manifest: { removals: [{ id: 'C', removedOn: '2026-11-22' }] } }));
      const client = feedClient();
      expect((await client.searchDebtors({ name: '丙某' })).items).to.deep.equal([]);
      expect((await client.searchDebtors({ name: '甲某' })).items.map((r) => r.id)).to.deep.equal(['A']);
      expect(requested.filter((p) => p === 'exposure.json')).to.deep.equal([]);
    });

    it('a lookup with a complete manifest list (even empty) answers from it, and also hides what exposure.json removed once the client has read it', async () => {
      // exposure.json lists C as removed; the manifest carries its own (empty) list; C's stale copy is still in a shard.
      publish(v(2, { items: [debtor('A', '甲某')], removals: [{ id: 'C', removedOn: '2026-11-22', reason: 'performed' }], manifest: { removals: [] } }));
      const client = feedClient();
      // A lookup alone reads the manifest's list, not the (possibly large) exposure feed: its publisher must list C there.
      expect((await client.searchDebtors({ name: '丙某' })).items.map((r) => r.id)).to.deep.equal(['C']);
      expect(requested).not.to.include('exposure.json');
      // Once the same client has read exposure.json (a board on the page, or an earlier lookup), C is hidden from lookups too.
      await client.getExposure();
      const after = await client.searchDebtors({ name: '丙某' });
      expect(after.items).to.deep.equal([]);
      expect(after.issues.map((i) => [i.recordId, i.code])).to.deep.include(['C', 'removed']);
    });

    it('remembers the removals of a stale exposure feed it ignores: lookups and the board hide them too', async () => {
      const client = feedClient();
      publish(v(3, { items: [debtor('A', '甲某'), debtor('B', '乙某'), debtor('C', '丙某')] }));
      expect((await client.getExposure()).items.map((i) => i.id)).to.deep.equal(['A', 'B', 'C']);
      // An older feed (a CDN edge) that lists C as removed: its data is ignored, but the removal is not forgotten.
      publish(v(2, { items: [debtor('A', '甲某')], removals: [{ id: 'C', removedOn: '2026-11-22' }], manifest: { removals: [] } }));
      const stale = await client.getExposure({ revalidate: true });
      expect(stale.issues.map((i) => i.code)).to.include('stale-feed');
      expect(stale.items.map((i) => i.id)).to.deep.equal(['A', 'B']);
      expect((await client.searchDebtors({ name: '丙某' })).items).to.deep.equal([]);
    });

    it('a lookup fails (typed) rather than answer when the removal list cannot be read', async () => {
      files.delete('exposure.json');
      worker.use(http.get(`${FEED}exposure.json`, () => HttpResponse.json({ error: 'down' }, { status: 500 })));
      const error = await failure(feedClient().searchDebtors({ name: '丙某' }));
      expect(error.code).to.equal('http');
    });

    it('remembers removals for its lifetime: a stale v2 after v3 neither shows C nor reports it as added', async () => {
      const timers = new FakeTimers();
      const client = feedClient({ timers, now: () => NOW });
      const updates: ExposureUpdate[] = [];
      const issues: RecordIssue[] = [];
      publish(v(2));
      const sub = client.watchExposure({ intervalMs: 1000, onUpdate: (u) => updates.push(u) });
      // One poll, waited for by its answer (an update), never by time.
      const poll = async () => {
        const count = updates.length;
        timers.runNext();
        for (let i = 0; i < 1000 && updates.length === count; i++) await settle(5);
        expect(updates.length, 'the poll answered').to.equal(count + 1);
      };
      await poll();
      expect(updates.at(-1)!.snapshot.items.map((i) => i.id)).to.deep.equal(['A', 'B', 'C']);
      publish(v(3, { items: [debtor('A', '甲某'), debtor('B', '乙某')], removals: [{ id: 'C', removedOn: '2026-11-23' }] }));
      await poll();
      expect(updates.at(-1)!.removed.map((i) => i.id)).to.deep.equal(['C']);
      publish(v(2)); // a CDN edge still serving the previous version
      await poll();
      expect(updates.at(-1)!.snapshot.items.map((i) => i.id)).to.deep.equal(['A', 'B']);
      expect(updates.flatMap((u) => u.added).filter((i) => i.id === 'C')).to.have.length(1); // only the very first time
      const snapshot = await client.getExposure();
      issues.push(...snapshot.issues);
      expect(snapshot.items.map((i) => i.id)).to.deep.equal(['A', 'B']);
      expect(issues.map((i) => i.code)).to.include('stale-feed');
      // A newer feed that forgets the removal still does not bring C back, in the board or a lookup.
      publish(v(4, { items: [debtor('A', '甲某'), debtor('C', '丙某')] }));
      await poll();
      expect(updates.at(-1)!.snapshot.items.map((i) => i.id)).to.deep.equal(['A']);
      expect((await client.searchDebtors({ name: '丙某' })).items).to.deep.equal([]);
      sub.unsubscribe();
    });
  });

  describe('cost of a revalidation', () => {
    it('a 304 (or unchanged data) on the same day hands back the very same items: nothing re-screened, nothing diffed', async () => {
      const client = feedClient({ cacheTtlMs: 0 });
      const first = await client.getExposure();
      const second = await client.getExposure();
      expect(second.notModified).to.equal(true);
      expect(second.items).to.equal(first.items);
      // A new removal changes what may be shown: screened again.
      files.set('debtors/manifest.json', { ...(files.get('debtors/manifest.json') as object), removals: [{ id: 'A', removedOn: '2026-11-26' }] });
      await client.searchDebtors({ name: '甲某' });
      const third = await client.getExposure();
      expect(third.items).not.to.equal(first.items);
      expect(third.items.map((i) => i.id)).to.deep.equal(['B', 'C']);
    });
  });

  describe('a live subscription never dies silently', () => {
    it('refresh() during an in-flight poll keeps polling', async () => {
      const timers = new FakeTimers();
      worker.use(
        http.get(`${FEED}exposure.json`, async ({ request }) => {
          requested.push('exposure.json');
          await delay(80);
          return HttpResponse.json(files.get('exposure.json') as Record<string, unknown>, { headers: { ETag: `"${request.url.length}"` } });
        }),
      );
      const client = feedClient({ timers });
      const errors: ZhixingError[] = [];
      let updates = 0;
      const sub = client.watchExposure({ intervalMs: 30_000, onUpdate: () => updates++, onError: (e) => errors.push(e) });
      timers.runNext(); // first poll starts
      await settle(10);
      sub.refresh(); // the board does this on visibilitychange
      sub.refresh();
      for (let i = 0; i < 1000 && updates < 1; i++) await settle(10);
      for (let i = 0; i < 1000 && !timers.delays.includes(30_000); i++) {
        await settle(10);
        if (timers.delays[0] === 0) timers.runNext();
      }
      expect(errors).to.deep.equal([]);
      expect(sub.active).to.equal(true);
      expect(timers.delays).to.include(30_000);
      const count = requested.filter((p) => p === 'exposure.json').length;
      timers.runNext();
      for (let i = 0; i < 1000 && requested.filter((p) => p === 'exposure.json').length === count; i++) await settle(10);
      expect(requested.filter((p) => p === 'exposure.json').length).to.equal(count + 1);
      sub.unsubscribe();
    });

    it('tells the host when a poll starts with data older than two intervals (onStale), whatever the reason', async () => {
      const timers = new FakeTimers();
      const client = feedClient({ timers, now: () => new Date(NOW.getTime() + timers.now) });
      const stale: Date[] = [];
      let updates = 0;
      const sub = client.watchExposure({ intervalMs: 1000, onUpdate: () => updates++, onStale: (since) => stale.push(since) });
      timers.runNext();
      for (let i = 0; i < 1000 && updates < 1; i++) await settle(10);
      expect(stale).to.deep.equal([]);
      timers.now += 2500; // e.g. a tab that slept: the timer fires late
      timers.runNext();
      expect(stale.map((d) => d.getTime())).to.deep.equal([NOW.getTime()]);
      for (let i = 0; i < 1000 && updates < 2; i++) await settle(10);
      timers.runNext(); // on time again: not stale
      expect(stale).to.have.length(1);
      sub.unsubscribe();
    });

    it('a throwing onUpdate or onError is neither a network error nor an unhandled rejection', async () => {
      const rejections: unknown[] = [];
      const onRejection = (event: PromiseRejectionEvent) => {
        rejections.push(event.reason);
        event.preventDefault();
      };
      window.addEventListener('unhandledrejection', onRejection);
      const originalError = console.error;
      const logged: unknown[] = [];
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        const timers = new FakeTimers();
        const errors: ZhixingError[] = [];
        const sub = feedClient({ timers }).watchExposure({
          intervalMs: 30_000,
          onUpdate: () => {
            throw new Error('host bug in onUpdate');
          },
          onError: (e) => errors.push(e),
        });
        timers.runNext();
        for (let i = 0; i < 2000 && !timers.delays.includes(30_000) && !errors.length; i++) await settle(10);
        expect(errors).to.deep.equal([]);
        expect(timers.delays).to.deep.equal([30_000]); // the normal interval, no back-off
        files.delete('exposure.json'); // now failing, and onError throws too
        const sub2 = feedClient({ timers: new FakeTimers() });
        const t2 = new FakeTimers();
        const sub3 = createClient({ source: staticSource(FEED), ...quick, timers: t2 }).watchExposure({
          intervalMs: 30_000,
          onUpdate: () => undefined,
          onError: () => {
            throw new Error('host bug in onError');
          },
        });
        t2.runNext();
        for (let i = 0; i < 2000 && (t2.delays.length === 0 || t2.delays[0]! < 100); i++) {
          await settle(10);
          if (t2.delays.length && t2.delays[0]! < 100) t2.runNext(); // retry back-off of the transport
        }
        expect(sub3.active).to.equal(true);
        expect(t2.delays.length).to.be.greaterThan(0);
        await settle(20);
        expect(rejections).to.deep.equal([]);
        expect(logged.length).to.be.greaterThan(0);
        sub.unsubscribe();
        sub3.unsubscribe();
        void sub2;
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
        console.error = originalError;
      }
    });
  });

  describe('a broken or hostile static feed is a typed error', () => {
    it('refuses a shardPath on another origin, without requesting it', async () => {
      for (const shardPath of ['https://evil.example/{shard}.json', '//evil.example/{shard}.json', '../../{shard}.json', '/abs/{shard}.json', 'a\\..\\{shard}.json']) {
        publish(v(1, { manifest: { shardPath } }));
        const error = await failure(feedClient().searchDebtors({ name: '丙某' }));
        expect(error.code, shardPath).to.equal('validation');
      }
      expect(requested.filter((p) => p.includes('evil'))).to.deep.equal([]);
    });

    it('refuses absurd shard counts instead of answering "no records"', async () => {
      for (const shardCount of [2 ** 31, 2 ** 32, 2 ** 40, 3, 0, -4, 1.5]) {
        publish(v(1, { manifest: { shardCount } }));
        const error = await failure(feedClient().searchDebtors({ name: '丙某' }));
        expect(error.code, String(shardCount)).to.equal('validation');
      }
    });

    it('refuses a shard whose version or shard id disagrees with the manifest', async () => {
      publish(v(1));
      const shardFile = [...files.keys()].find((k) => k.startsWith('debtors/shards/') && (files.get(k) as { records: Array<{ name: string }> }).records.some((r) => r.name === '丙某'))!;
      const body = files.get(shardFile) as Record<string, unknown>;
      files.set(shardFile, { ...body, version: 'v0' });
      expect((await failure(feedClient().searchDebtors({ name: '丙某' }))).code).to.equal('validation');
      files.set(shardFile, { ...body, shard: 'ff' });
      expect((await failure(feedClient().searchDebtors({ name: '丙某' }))).code).to.equal('validation');
    });

    it('reports issues only about the person searched, not others who share the shard', async () => {
      publish(v(1, { shards: { 丙某: [debtor('C', '丙某')], 甲某: [debtor('bad', '甲某', { filingDate: 'x' }), debtor('m', '甲某', { idNumber: fullId('430725', '20100501') })] } }), 1);
      const client = feedClient();
      const result = await client.searchDebtors({ name: '丙某' });
      expect(result.items.map((r) => r.id)).to.deep.equal(['C']);
      expect(result.issues).to.deep.equal([]);
      // The same (cached) shard, another name: its own records and issues, nobody else's.
      const other = await client.searchDebtors({ name: '甲某' });
      expect(other.items).to.deep.equal([]);
      expect(other.issues.map((i) => i.code).sort()).to.deep.equal(['invalid', 'minor']);
      expect((await client.searchDebtors({ name: '丙某' })).items.map((r) => r.id)).to.deep.equal(['C']);
    });

    it('reads a hot name from its own page and identifier-key files', async () => {
      const many = Array.from({ length: 25 }, (_, i) =>
        debtor(`W${i}`, '王伟', { publishedOn: `2024-03-${String(28 - i).padStart(2, '0')}`, idNumber: `43072${i % 2}1980****123${i % 10}` }),
      );
      publish(v(1, { shards: { 丙某: [debtor('C', '丙某')] } }), 1);
      const manifest = files.get('debtors/manifest.json') as Record<string, unknown>;
      files.set('debtors/manifest.json', { ...manifest, shardCount: 1 });
      files.set('debtors/shards/0.json', {
        version: 'v1',
        shard: '0',
        records: [debtor('C', '丙某')],
        hot: [{ name: '王伟', total: 25, pageSize: 10, pagePath: 'hot/h1/p{page}.json', keyPath: 'hot/h1/k{key}.json' }],
      });
      for (let p = 1; p <= 3; p++) files.set(`debtors/hot/h1/p${p}.json`, { version: 'v1', name: '王伟', page: p, records: many.slice((p - 1) * 10, p * 10) });
      files.set('debtors/hot/h1/k4307211980.json', { version: 'v1', name: '王伟', key: '4307211980', records: many.filter((_, i) => i % 2 === 1) });
      const client = feedClient();
      const page1 = await client.searchDebtors({ name: '王伟', pageSize: 10 });
      expect(page1.total).to.equal(25);
      expect(page1.items.map((r) => r.id)).to.deep.equal(many.slice(0, 10).map((r) => r.id));
      const page2 = await client.searchDebtors({ name: '王伟', page: 2, pageSize: 8 }); // spans files 1 and 2
      expect(page2.items.map((r) => r.id)).to.deep.equal(many.slice(8, 16).map((r) => r.id));
      const byId = await client.searchDebtors({ name: '王伟', identifier: fullId('430721', '19800101', '123') });
      expect(byId.items.every((r) => r.idNumber!.startsWith('4307211980'))).to.equal(true);
      expect(requested).to.include('debtors/hot/h1/k4307211980.json');
      expect(requested.filter((p) => p.includes('hot/h1/p3'))).to.deep.equal([]); // never the pages not asked for
    });
  });

  describe('bad queries and hooks', () => {
    it('refuses page NaN / Infinity / a string / 0 / 1.5, without any request, as the caller’s argument (not the data contract)', async () => {
      const cases: Array<[unknown, string]> = [
        ['2', 'page must be a whole number ≥ 1, got the string "2"'],
        [NaN, 'page must be a whole number ≥ 1, got NaN'],
        [Infinity, 'page must be a whole number ≥ 1, got the number Infinity'],
        [0, 'page must be a whole number ≥ 1, got the number 0'],
        [1.5, 'page must be a whole number ≥ 1, got the number 1.5'],
        [null, 'page must be a whole number ≥ 1, got null'],
      ];
      for (const [page, message] of cases) {
        const error = await failure(feedClient().searchDebtors({ name: '丙某', page: page as number }));
        expect(error).to.be.instanceOf(ArgumentError);
        expect(error.code).to.equal('invalid-argument');
        expect((error as ArgumentError).argument).to.equal('page');
        expect(error.message).to.equal(message);
        expect(error.message).not.to.match(/contract/);
      }
      expect(requested).to.deep.equal([]);
    });

    it('checks the other methods’ arguments the same way, naming each', async () => {
      const client = feedClient();
      const cases: Array<[() => unknown, string, string]> = [
        [() => client.searchDebtors({ name: '丙某', pageSize: '20' as unknown as number }), 'pageSize', 'pageSize must be a whole number ≥ 1, got the string "20"'],
        [() => client.searchDebtors({ name: '  ' }), 'name', 'name must be a non-empty string, got the string "  "'],
        [() => client.searchDebtors({} as never), 'name', 'name must be a non-empty string, got undefined'],
        [() => client.searchDebtors('丙某' as never), 'query', 'query must be an object, got the string "丙某"'],
        [() => client.searchDebtors(undefined as never), 'query', 'query must be an object, got undefined'],
        [() => client.searchDebtors({ name: '丙某', identifier: 4307251990 as never }), 'identifier', 'identifier must be a string, got the number 4307251990'],
        [() => client.searchDebtors({ name: '丙某', identifier: '4307251990****1235' }), 'identifier', 'identifier must be a full resident ID or credit code (masked)'],
        [() => client.searchDebtors({ name: '丙某' }, { deadlineMs: '5000' as never }), 'options.deadlineMs', 'options.deadlineMs must be a number of milliseconds ≥ 0, got the string "5000"'],
        [() => client.searchDebtors({ name: '丙某' }, { signal: 'stop' as never }), 'options.signal', 'options.signal must be an AbortSignal, got the string "stop"'],
        [() => client.getStats(2023 as never), 'periodId', 'periodId must be a period id (a string), got the number 2023'],
        [() => client.getStats({ signal: new AbortController().signal } as never), 'periodId', 'periodId must be a period id (a string), got an object'],
        [() => client.getCourt({ headers: ['x-token'] } as never), 'options.headers', 'options.headers must be an object, got an array'],
        [() => client.getExposure('fresh' as never), 'options', 'options must be an object, got the string "fresh"'],
        [() => client.searchAll({ name: '丙某' }, { maxPages: '3' as never }), 'maxPages', 'maxPages must be a whole number ≥ 1, got the string "3"'],
        [() => client.watchExposure({} as never), 'onUpdate', 'onUpdate must be a function, got undefined'],
        [() => client.watchExposure({ onUpdate: () => undefined, intervalMs: NaN }), 'intervalMs', 'intervalMs must be a number of milliseconds ≥ 0, got NaN'],
        [() => client.watchExposure({ onUpdate: () => undefined, intervalMs: Infinity }), 'intervalMs', 'intervalMs must be a number of milliseconds ≥ 0, got the number Infinity'],
        [() => createClient({ source: 'https://court.example/feed/' } as never), 'source', 'source must be staticSource(url) or httpSource(url), got the string "https://court.example/feed/"'],
        [() => createClient({ source: staticSource(FEED), timeoutMs: '10000' as never }), 'timeoutMs', 'timeoutMs must be a number of milliseconds ≥ 0, got the string "10000"'],
      ];
      for (const [call, argument, message] of cases) {
        const error = await failure((async () => call())());
        expect(error, argument).to.be.instanceOf(ArgumentError);
        expect((error as ArgumentError).argument, error.message).to.equal(argument);
        expect(error.message).to.equal(message);
      }
      expect(requested).to.deep.equal([]);
    });

    it('never echoes an identifier argument: it may be a person’s full ID', async () => {
      const wrong = `${ADULT.slice(0, 17)}${ADULT.endsWith('0') ? '1' : '0'}`;
      const error = await failure(feedClient().searchDebtors({ name: '丙某', identifier: wrong }));
      expect(error.code).to.equal('invalid-argument');
      expect(error.message).to.equal('identifier must be a full resident ID or credit code (checksum)');
      expect(error.message).not.to.include(ADULT.slice(6, 14));
    });

    it('an exception from the headers hook arrives typed, without retries', async () => {
      let calls = 0;
      const client = feedClient({
        headers: () => {
          calls++;
          throw new Error('token service down');
        },
      });
      const error = await failure(client.getCourt());
      expect(error.code).to.equal('hook');
      expect(calls).to.equal(1);
      expect(requested).to.deep.equal([]);
    });
  });
});
