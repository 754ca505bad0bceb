// Multi-court feeds (issue 19): one feed for a high court's every court. The contract admits a
// court.json with `courts`, statistics court by court and records naming their court; an old
// single-court feed still validates and reads unchanged; the client's `court` option limits every
// answer (court, statistics, board, lookups, hot names) to one court, over a static feed and the API,
// and an unknown court is refused with the codes the feed has, never answered with another court's data.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setupServer } from 'msw/node';
import {
  Court,
  CourtEntry,
  StatsIndex,
  UnknownCourtError,
  createClient,
  findCourt,
  httpSource,
  recordCourtCode,
  staticSource,
  validators,
} from '@zhixing/sdk';
import { createStatsClient } from '@zhixing/sdk/stats';
import { buildStaticFeed, createFixtures, createMockApi, createProvinceFixtures, createStaticFeedHandlers, provinceCourts, taoyuanStats } from '@zhixing/mocks';

const TODAY = '2026-11-30';
const FEED = 'https://feed.zhixing.test/hunan/';
const SINGLE = 'https://feed.zhixing.test/taoyuan/';
const API = 'https://api.zhixing.test/hunan/v1/';
const now = () => new Date(`${TODAY}T12:00:00+08:00`);

const province = createProvinceFixtures({ today: TODAY });
// 王伟 in three courts, more often than a shard keeps: a hot name, paged court by court.
const wangWei = (code, name, count, from) =>
  Array.from({ length: count }, (_, i) => ({
    ...province.debtors.find((d) => d.type === 'dishonest-debtor' && d.partyKind === 'natural-person'),
    id: `ww-${code}-${i}`,
    name: '王伟',
    idNumber: `4307${String(from + i).padStart(2, '0')}1980****123${i % 10}`,
    caseNumber: `（2024）${code}执${100 + i}号`,
    courtName: name,
    courtCode: code,
    publishedOn: `2026-0${1 + (i % 9)}-1${i % 10}`,
  }));
const hot = [...wangWei('湘0702', '常德市武陵区人民法院', 7, 10), ...wangWei('湘0725', '桃源县人民法院', 5, 30), ...wangWei('湘07', '常德市中级人民法院', 4, 50)];
const files = buildStaticFeed({ ...province, debtors: [...province.debtors, ...hot], hot: { hotThreshold: 4, pageSize: 3 }, generatedAt: `${TODAY}T08:00:00+08:00` });
const fixtures = createFixtures({ today: TODAY });
const singleFiles = buildStaticFeed({ ...fixtures, debtors: fixtures.debtors, generatedAt: `${TODAY}T08:00:00+08:00` });
const feed = createStaticFeedHandlers({ baseUrl: FEED, files });
const single = createStaticFeedHandlers({ baseUrl: SINGLE, files: singleFiles });
const api = createMockApi({ baseUrl: API, dataset: province });
const server = setupServer(...feed.handlers, ...single.handlers, ...api.handlers);

const codesOf = (items) => [...new Set(items.map((item) => recordCourtCode(item)))].sort();
const options = { retry: { retries: 0 }, now };

describe('multi-court feeds', () => {
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());

  describe('the contract', () => {
    it('admits a province court.json, its statistics index and records that name their court', () => {
      assert.equal(Court.safeParse(files.get('court.json')).success, true);
      assert.equal(StatsIndex.safeParse(files.get('stats/index.json')).success, true);
      assert.equal(validators.Court.safeParse(files.get('court.json')).success, true);
      assert.equal(validators.ExposureFeed.safeParse(files.get('exposure.json')).success, true);
      assert.ok(files.has('stats/hn-changde-taoyuan/2022-01-01_2023-06-30.json'), 'statistics of a court live under its id');
      assert.ok(!files.has('stats/2022-01-01_2023-06-30.json'), 'no statistics where a reader without courts would take them for the feed’s');
      assert.deepEqual(files.get('stats/index.json').periods, []);
    });

    it('keeps an old single-court feed valid, and a 0.3 reader reads a province court.json as its publishing court', () => {
      for (const path of ['court.json', 'stats/index.json', 'exposure.json']) {
        const schema = { 'court.json': validators.Court, 'stats/index.json': validators.StatsIndex, 'exposure.json': validators.ExposureFeed }[path];
        assert.equal(schema.safeParse(singleFiles.get(path)).success, true, path);
      }
      // A 0.3 client's Court is this release's CourtEntry without `formerCourtCodes`: unknown keys are dropped.
      const old = CourtEntry.safeParse(files.get('court.json'));
      assert.equal(old.success, true);
      assert.equal(old.data.name, '湖南省高级人民法院');
      assert.equal('courts' in old.data, false);
    });

    it('refuses a courts list whose court has no code, or whose codes repeat (a former code included)', () => {
      const court = files.get('court.json');
      const without = { ...court, courts: [...court.courts, { id: 'hn-x', name: '某法院', regionCode: '430000' }] };
      const twice = { ...court, courts: [...court.courts, { id: 'hn-y', name: '某法院', courtCode: '湘０７２５', regionCode: '430000' }] };
      const former = { ...court, courts: court.courts.map((c, i) => (i === 0 ? { ...c, formerCourtCodes: ['湘0703'] } : c)) };
      for (const bad of [without, twice, former]) {
        assert.equal(Court.safeParse(bad).success, false);
        assert.equal(validators.Court.safeParse(bad).success, false);
      }
    });

    it('names a record’s court by courtCode, else by the code in its case number', () => {
      assert.equal(recordCourtCode({ caseNumber: '（2023）湘0725执1507号' }), '湘0725');
      assert.equal(recordCourtCode({ caseNumber: '(2023)湘执12号' }), '湘');
      assert.equal(recordCourtCode({ courtCode: '湘０７０２', caseNumber: '（2019）湘0799执1号' }), '湘0702');
      const courts = [{ ...provinceCourts.dingcheng, formerCourtCodes: ['湘0721'] }];
      assert.equal(findCourt(courts, '湘0721')?.id, 'hn-changde-dingcheng');
      assert.equal(findCourt(courts, ' 湘0703 ')?.id, 'hn-changde-dingcheng');
      assert.equal(findCourt(courts, '湘07'), undefined);
    });
  });

  for (const [label, source] of [
    ['static feed', () => staticSource(FEED)],
    ['API', () => httpSource(API)],
  ]) {
    describe(`the court option (${label})`, () => {
      it('gives one court’s statistics, and its own only', async () => {
        const client = createClient({ source: source(), ...options });
        assert.deepEqual(await client.getStats(undefined, { court: '湘0725' }), taoyuanStats);
        const wuling = await client.getStatsIndex({ court: '湘0702' });
        assert.equal(wuling.courtId, 'hn-changde-wuling');
        assert.equal(wuling.periods.length, 2);
        const previous = await client.getStats(wuling.periods[1].id, { court: '湘0702' });
        assert.equal(previous.courtId, 'hn-changde-wuling');
        assert.equal(previous.cases.accepted, 4980);
        // The statistics-only client (the gauge's) answers the same.
        const stats = createStatsClient({ source: source(), ...options });
        assert.deepEqual(await stats.getStats(undefined, { court: '湘0702' }), await client.getStats(undefined, { court: '湘0702' }));
        assert.equal((await stats.getCourt({ court: '湘07' })).name, '常德市中级人民法院');
      });

      it('refuses statistics without a court, or of a court the feed does not have, naming its codes', async () => {
        const client = createClient({ source: source(), ...options });
        for (const [court, asked] of [[undefined, ''], ['湘9999', '湘9999'], ['  ', '']]) {
          await assert.rejects(client.getStats(undefined, court === undefined ? {} : { court }), (error) => {
            assert.ok(error instanceof UnknownCourtError);
            assert.equal(error.code, 'unknown-court');
            assert.equal(error.court, asked);
            assert.deepEqual(error.known, ['湘', '湘07', '湘0725', '湘0702', '湘0703']);
            return true;
          });
        }
        await assert.rejects(client.getExposure({ court: '湘0799' }), UnknownCourtError);
        await assert.rejects(client.searchDebtors({ name: '刘建军', court: '湘0799' }), UnknownCourtError);
      });

      it('shows one court’s board entries under its name and tip-off phone; without a court, every court’s', async () => {
        const client = createClient({ source: source(), ...options });
        const all = await client.getExposure();
        assert.equal(all.court.name, '湖南省高级人民法院');
        assert.deepEqual(codesOf(all.items), ['湘', '湘07', '湘0702', '湘0703', '湘0725']);
        const taoyuan = await client.getExposure({ court: '湘0725' });
        assert.equal(taoyuan.court.name, '桃源县人民法院');
        assert.equal(taoyuan.court.contact?.tipOffPhone, '0736-6681180');
        assert.ok(taoyuan.items.length > 0);
        assert.deepEqual(codesOf(taoyuan.items), ['湘0725']);
        assert.ok(taoyuan.items.every((item) => item.courtName === '桃源县人民法院'));
        assert.equal(taoyuan.items.length, all.items.filter((item) => recordCourtCode(item) === '湘0725').length);
        // The same array while nothing changed: a board compares by identity.
        assert.equal((await client.getExposure({ court: '湘0725' })).items, taoyuan.items);
      });

      it('looks a name up in one court, or in every court without one', async () => {
        const client = createClient({ source: source(), ...options });
        const everywhere = await client.searchDebtors({ name: '刘建军' });
        assert.deepEqual(codesOf(everywhere.items), ['湘0702', '湘0725']);
        const taoyuan = await client.searchDebtors({ name: '刘建军', court: '湘0725' });
        assert.ok(taoyuan.items.length > 0);
        assert.deepEqual(codesOf(taoyuan.items), ['湘0725']);
        const wuling = await client.searchDebtors({ name: '刘建军', court: '湘0702' });
        assert.deepEqual(wuling.items.map((r) => r.id), ['wl-liu-jianjun']);
        assert.equal(wuling.total, 1);
      });
    });
  }

  it('pages a hot name of one court from the page files holding its records only', async () => {
    const client = createClient({ source: staticSource(FEED), ...options });
    const named = [...province.debtors, ...hot].filter((r) => r.name === '王伟');
    const count = (code) => named.filter((r) => recordCourtCode(r) === code).length;
    const everyone = await client.searchDebtors({ name: '王伟', pageSize: 100 });
    assert.equal(everyone.total, named.length);
    feed.resetLog();
    const county = createClient({ source: staticSource(FEED), ...options });
    const page1 = await county.searchDebtors({ name: '王伟', court: '湘0725', pageSize: 2 });
    const page3 = await county.searchDebtors({ name: '王伟', court: '湘0725', pageSize: 2, page: 3 });
    assert.equal(page1.total, count('湘0725'));
    assert.deepEqual(codesOf([...page1.items, ...page3.items]), ['湘0725']);
    assert.equal(page1.items.length + page3.items.length, 4);
    // Court by court in code order (湘07, 湘0702, then 湘0725), page files of 3: the court's records
    // begin at place p; its page 1 is places p, p+1 and its page 3 places p+4, p+5.
    const p = count('湘07') + count('湘0702');
    const expected = [...new Set([p, p + 1, p + 4, p + 5].map((place) => Math.floor(place / 3) + 1))].sort();
    const pages = feed.requests.map((r) => new URL(r.url).pathname).filter((path) => /-p\d+\.json$/.test(path)).map((path) => Number(/-p(\d+)\.json$/.exec(path)[1]));
    assert.deepEqual([...new Set(pages)].sort(), expected);
    assert.ok(expected.length < Math.ceil(named.length / 3), 'fewer page files than the name has');
    const all = await client.searchDebtors({ name: '王伟', court: '湘0702', pageSize: 100 });
    assert.equal(all.total, 7);
    assert.deepEqual(codesOf(all.items), ['湘0702']);
  });

  describe('the paged board (exposure/index.json) of a province feed', () => {
    // Wuling was renamed: its old case numbers carry 湘0799 and no courtCode. Its lists are keyed by
    // the court that code resolves to, so the old entry is in Wuling's list, not in a list of its own.
    const renamed = { ...province.court, courts: province.court.courts.map((c) => (c.courtCode === '湘0702' ? { ...c, formerCourtCodes: ['湘0799'] } : c)) };
    const template = province.exposure.items.find((i) => i.type === 'dishonest-debtor' && recordCourtCode(i) === '湘0702');
    const oldCase = { ...template, id: 'wl-old-code', caseNumber: '（2019）湘0799执12号', courtCode: undefined };
    delete oldCase.courtCode;
    // A board above the legacy limit: exposure.json says it moved, so a whole read goes through the pages too.
    const pagedFiles = buildStaticFeed({ ...province, court: renamed, exposure: { ...province.exposure, items: [...province.exposure.items, oldCase] }, legacyExposureLimit: 10, generatedAt: `${TODAY}T08:00:00+08:00` });
    const PAGED = 'https://feed.zhixing.test/hunan-paged/';
    const pagedFeed = createStaticFeedHandlers({ baseUrl: PAGED, files: pagedFiles });
    const pathOf = (request) => new URL(request.url).pathname.replace('/hunan-paged/', '');
    before(() => server.use(...pagedFeed.handlers));

    it('with `court`, the snapshot’s lists are that court’s, and only its list and pages are read', async () => {
      pagedFeed.resetLog();
      const client = createClient({ source: staticSource(PAGED), ...options });
      const snapshot = await client.getExposure({ paged: true, court: '湘0702' });
      assert.equal(snapshot.court.name, '常德市武陵区人民法院');
      assert.equal(snapshot.paged.court, '湘0702');
      assert.equal(snapshot.items.length, 0);
      const dishonest = snapshot.paged.lists.find((ref) => ref.section === 'dishonest' && ref.sort === 'published');
      const list = await client.getExposureList(snapshot.paged, { section: 'dishonest', sort: 'published' });
      assert.equal(list.court, '湘0702');
      assert.equal(list.total, dishonest.total);
      const items = [];
      for (let i = 0; i < list.pages.length; i++) items.push(...(await client.getExposurePage(list, i)).items);
      assert.deepEqual(codesOf(items.filter((i) => i.id !== 'wl-old-code')), ['湘0702']);
      assert.ok(items.some((i) => i.id === 'wl-old-code'), 'the entry under the former code is in the court’s list');
      const read = pagedFeed.requests.map(pathOf);
      assert.ok(!read.includes('exposure.json'));
      const lists = read.filter((p) => p.startsWith('exposure/lists/'));
      assert.ok(lists.length > 0);
      for (const p of lists) assert.equal(pagedFiles.get(p).court, '湘0702', `${p} is Wuling’s list`);
      for (const p of read.filter((p) => p.startsWith('exposure/pages/'))) {
        assert.deepEqual([...new Set(pagedFiles.get(p).items.map((i) => findCourt(renamed.courts, recordCourtCode(i)).courtCode))], ['湘0702'], `${p} holds Wuling’s entries only`);
      }
      // The same object while the index is unchanged (a subscription compares by identity).
      assert.equal((await client.getExposure({ paged: true, court: '湘0702' })).paged, snapshot.paged);
      // A former code names the same court and its lists.
      const former = await client.getExposure({ paged: true, court: '湘0799' });
      assert.equal(former.paged.court, '湘0702');
      assert.deepEqual(former.paged.lists, snapshot.paged.lists);
    });

    it('without `court`, every court’s entries; an unknown court is refused before any list is read', async () => {
      const client = createClient({ source: staticSource(PAGED), ...options });
      const all = await client.getExposure({ paged: true });
      assert.equal(all.paged.court, undefined);
      assert.equal(all.court.name, '湖南省高级人民法院');
      const list = await client.getExposureList(all.paged, { section: 'dishonest', sort: 'published' });
      assert.equal(list.court, undefined);
      const wuling = await client.getExposureList(all.paged, { section: 'dishonest', sort: 'published', court: '湘0799' });
      assert.equal(wuling.court, '湘0702');
      pagedFeed.resetLog();
      await assert.rejects(client.getExposure({ paged: true, court: '苏0101' }), (error) => error instanceof UnknownCourtError && error.code === 'unknown-court');
      assert.ok(!pagedFeed.requests.some((r) => pathOf(r).startsWith('exposure/lists/')));
    });

    it('a whole read of a moved exposure.json with `court` assembles that court’s entries from its pages only', async () => {
      const client = createClient({ source: staticSource(PAGED), ...options });
      pagedFeed.resetLog();
      const taoyuan = await client.getExposure({ court: '湘0725' });
      assert.equal(taoyuan.paged, undefined);
      assert.ok(taoyuan.items.length > 0);
      assert.deepEqual(codesOf(taoyuan.items), ['湘0725']);
      for (const p of pagedFeed.requests.map(pathOf).filter((p) => p.startsWith('exposure/pages/'))) {
        assert.deepEqual([...new Set(pagedFiles.get(p).items.map((i) => recordCourtCode(i)))], ['湘0725']);
      }
    });

    it('watchExposure({ paged, court }) polls the index and gives that court’s lists', async () => {
      const client = createClient({ source: staticSource(PAGED), ...options });
      const snapshot = await new Promise((resolve, reject) => {
        const subscription = client.watchExposure({ paged: true, court: '湘0725', onUpdate: ({ snapshot }) => (subscription.unsubscribe(), resolve(snapshot)), onError: reject });
      });
      assert.equal(snapshot.court.name, '桃源县人民法院');
      assert.equal(snapshot.paged.court, '湘0725');
    });
  });

  it('reads a single-court feed unchanged, and lets `court` name its own court only', async () => {
    const client = createClient({ source: staticSource(SINGLE), ...options });
    assert.deepEqual(await client.getStats(), taoyuanStats);
    assert.deepEqual(await client.getStats(undefined, { court: '湘0725' }), taoyuanStats);
    const board = await client.getExposure({ court: '湘0725' });
    assert.equal(board.items, (await client.getExposure()).items, 'a single court’s feed is all that court’s');
    await assert.rejects(client.getStats(undefined, { court: '湘0702' }), (error) => error instanceof UnknownCourtError && error.known.join() === '湘0725');
    // The paged board likewise: its own code reads the feed's lists, another is refused.
    const paged = await client.getExposure({ paged: true, court: '湘0725' });
    assert.equal(paged.paged, (await client.getExposure({ paged: true })).paged);
    assert.equal(paged.court.name, '桃源县人民法院');
    await assert.rejects(client.getExposure({ paged: true, court: '湘0702' }), UnknownCourtError);
  });
});
