import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import {
  Court,
  DebtorRecord,
  EnforcementStats,
  ExposureFeed,
  ExposureItem,
  SearchResponse,
  ShardManifest,
  StatsIndex,
  maskResidentId,
  shardOf,
  validateResidentId,
} from '@zhixing/sdk';
import type { DebtorRecord as DebtorRecordType, ExposureFeed as ExposureFeedType, SearchResponse as SearchResponseType, Shard as ShardType } from '@zhixing/sdk';
import { buildStaticFeed, createFixtures, createMockApi, createStaticFeedHandlers, edgeCaseRecords, fixtureIds, fixtureNames } from '@zhixing/mocks';

const TODAY = '2025-06-15';
const API = 'https://api.zhixing.test/v1/';
const FEED = 'https://feed.zhixing.test/taoyuan/';

const dataset = createFixtures({ today: TODAY });
const api = createMockApi({ baseUrl: API, dataset });
const files = buildStaticFeed({ ...dataset, version: 'feed-1', generatedAt: '2025-06-15T08:00:00+08:00' });
const feed = createStaticFeedHandlers({ baseUrl: FEED, files, fullIdNumbers: dataset.fullIdNumbers });
const worker = setupWorker(...api.handlers, ...feed.handlers);

function search(params: Record<string, string>): Promise<Response> {
  return fetch(`${API}debtors?${new URLSearchParams(params)}`);
}

async function searchJson(params: Record<string, string>): Promise<SearchResponseType> {
  const response = await search(params);
  expect(response.status).to.equal(200);
  const body = (await response.json()) as SearchResponseType;
  expect(SearchResponse.safeParse(body).success).to.equal(true);
  return body;
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).to.be.a('string');
  expect(body.error.message).to.be.a('string');
  return body.error;
}

describe('msw mocks over fetch', () => {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    worker.resetHandlers();
    api.reset();
    feed.reset();
  });
  after(() => {
    worker.stop();
  });

  describe('API resources', () => {
    it('court, stats index and stats by period', async () => {
      const court = await (await fetch(`${API}court`)).json();
      expect(Court.safeParse(court).success).to.equal(true);
      expect(court).to.deep.equal(dataset.court);
      const index = await (await fetch(`${API}stats`)).json();
      expect(StatsIndex.safeParse(index).success).to.equal(true);
      const stats = (await (await fetch(`${API}stats/2022-01-01_2023-06-30`)).json()) as EnforcementStats;
      expect(EnforcementStats.safeParse(stats).success).to.equal(true);
      expect(stats.cases.closed).to.equal(3387);
      expect(stats.cases.accepted).to.equal(3643);
    });

    it('unknown period → 404 with a JSON error; unknown path → 404', async () => {
      const response = await fetch(`${API}stats/1999-Q1`);
      expect(response.status).to.equal(404);
      expect((await errorOf(response)).code).to.equal('not-found');
      const other = await fetch(`${API}nothing/here`);
      expect(other.status).to.equal(404);
      expect(api.requests.at(-1)!.route).to.equal('unknown');
    });

    it('exposure feed: valid, ETag = "<version>", no-cache', async () => {
      const response = await fetch(`${API}exposure`);
      expect(response.status).to.equal(200);
      expect(response.headers.get('etag')).to.equal(`"${api.version}"`);
      expect(response.headers.get('cache-control')).to.equal('no-cache');
      const body = (await response.json()) as ExposureFeedType;
      expect(ExposureFeed.safeParse(body).success).to.equal(true);
      expect(body.version).to.equal(api.version);
      expect(body.items).to.have.length(dataset.exposure.items.length);
      expect(body.period).to.deep.equal(dataset.exposure.period);
    });

    it('If-None-Match: 304 with an empty body, logged', async () => {
      const first = await fetch(`${API}exposure`);
      const etag = first.headers.get('etag')!;
      const second = await fetch(`${API}exposure`, { headers: { 'If-None-Match': etag } });
      expect(second.status).to.equal(304);
      expect(await second.text()).to.equal('');
      expect(second.headers.get('etag')).to.equal(etag);
      const weak = await fetch(`${API}exposure`, { headers: { 'If-None-Match': `"other", W/${etag}` } });
      expect(weak.status).to.equal(304);
      const stale = await fetch(`${API}exposure`, { headers: { 'If-None-Match': '"stale"' } });
      expect(stale.status).to.equal(200);
      expect(api.requests.map((r) => [r.route, r.status, r.ifNoneMatch])).to.deep.equal([
        ['exposure', 200, undefined],
        ['exposure', 304, etag],
        ['exposure', 304, `"other", W/${etag}`],
        ['exposure', 200, '"stale"'],
      ]);
    });

    it('removeRecord changes the version, drops the item and lists the removal', async () => {
      const before = api.version;
      const etag = (await fetch(`${API}exposure`)).headers.get('etag')!;
      expect(api.removeRecord('sx-2022-1186')).to.equal(true);
      expect(api.removeRecord('no-such-record')).to.equal(false);
      expect(api.version).not.to.equal(before);
      const response = await fetch(`${API}exposure`, { headers: { 'If-None-Match': etag } });
      expect(response.status).to.equal(200);
      expect(response.headers.get('etag')).to.equal(`"${api.version}"`);
      const body = (await response.json()) as ExposureFeedType;
      expect(ExposureFeed.safeParse(body).success).to.equal(true);
      expect(body.items.some((i) => (i as { id: string }).id === 'sx-2022-1186')).to.equal(false);
      expect(body.removals).to.deep.equal([{ id: 'sx-2022-1186', removedOn: TODAY, reason: 'performed' }]);
      expect(body.removalsSince).to.equal(before);
      expect(api.removals.map((r) => r.id)).to.deep.equal(['sx-2022-1186']);
      // Gone from search too; only the restriction order remains.
      const found = await searchJson({ name: fixtureNames.person });
      expect(found.items.map((i) => (i as DebtorRecordType).type)).to.deep.equal(['consumption-restriction']);
      api.reset();
      expect(api.version).to.equal(before);
      expect(api.removals).to.deep.equal([]);
    });

    it('addRecord and updateRecord bump the version too', async () => {
      const v0 = api.version;
      const edge = edgeCaseRecords(TODAY);
      api.addRecord(edge.hostileName);
      const v1 = api.version;
      expect(v1).not.to.equal(v0);
      const added = await searchJson({ name: edge.hostileName.name });
      expect(added.total).to.equal(1);
      expect(api.updateRecord(edge.hostileName.id, { name: '郑小花' })).to.equal(true);
      expect(api.version).not.to.equal(v1);
      expect((await searchJson({ name: '郑小花' })).total).to.equal(1);
      expect((await searchJson({ name: edge.hostileName.name })).total).to.equal(0);
      expect(api.updateRecord('xf-2023-0903', { removal: { date: TODAY, reason: 'lifted' } })).to.equal(true);
      expect(api.removals).to.deep.equal([{ id: 'xf-2023-0903', removedOn: TODAY, reason: 'lifted' }]);
      const feedBody = (await (await fetch(`${API}exposure`)).json()) as ExposureFeedType;
      expect(feedBody.version).to.equal(api.version);
      expect(feedBody.items.some((i) => (i as { id: string }).id === edge.hostileName.id)).to.equal(true);
    });
  });

  describe('debtor search', () => {
    it('matches the normalised name; every item is a valid record', async () => {
      const body = await searchJson({ name: fixtureNames.person });
      expect(body.total).to.equal(2);
      expect(body.page).to.equal(1);
      expect(body.pageSize).to.equal(10);
      for (const item of body.items) expect(DebtorRecord.safeParse(item).success).to.equal(true);
      expect(body.items.every((i) => (i as DebtorRecordType).idNumber === maskResidentId(fixtureIds.person))).to.equal(true);
      const spaced = await searchJson({ name: ` 刘 建\u3000军 ` });
      expect(spaced.total).to.equal(2);
      expect((await searchJson({ name: '刘建' })).total).to.equal(0);
    });

    it('with an identifier: the masked ID or the credit code must match too', async () => {
      expect((await searchJson({ name: fixtureNames.commonName })).total).to.equal(2);
      const one = await searchJson({ name: fixtureNames.commonName, identifier: fixtureIds.commonName });
      expect(one.total).to.equal(1);
      expect((one.items[0] as DebtorRecordType).type).to.equal('dishonest-debtor');
      const other = await searchJson({ name: fixtureNames.commonName, identifier: fixtureIds.commonNameOther });
      expect((other.items[0] as DebtorRecordType).type).to.equal('consumption-restriction');
      // Full-width digits, spaces, dashes and a lower-case x are normalised.
      const fullWidth = fixtureIds.person.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
      expect((await searchJson({ name: fixtureNames.person, identifier: `${fullWidth.slice(0, 6)} ${fullWidth.slice(6, 14)}-${fullWidth.slice(14)}` })).total).to.equal(2);
      expect((await searchJson({ name: fixtureNames.person, identifier: fixtureIds.commonName })).total).to.equal(0);
      const company = await searchJson({ name: fixtureNames.company, identifier: ` ${fixtureIds.company.toLowerCase()} ` });
      expect(company.total).to.equal(2);
      expect((await searchJson({ name: fixtureNames.company, identifier: '91430725MA4L00004W' })).total).to.equal(0);
    });

    it('pages, 1-based', async () => {
      const first = await searchJson({ name: fixtureNames.person, page: '1', pageSize: '1' });
      const second = await searchJson({ name: fixtureNames.person, page: '2', pageSize: '1' });
      const third = await searchJson({ name: fixtureNames.person, page: '3', pageSize: '1' });
      expect([first.total, second.total, third.total]).to.deep.equal([2, 2, 2]);
      expect(first.items).to.have.length(1);
      expect(second.items).to.have.length(1);
      expect(third.items).to.have.length(0);
      expect((first.items[0] as DebtorRecordType).id).not.to.equal((second.items[0] as DebtorRecordType).id);
    });

    it('400 when the name is missing or empty, or pageSize > 100', async () => {
      const cases: Array<Record<string, string>> = [{}, { name: '' }, { name: '   ' }, { name: '王伟', pageSize: '101' }, { name: '王伟', page: '0' }, { name: '王伟', pageSize: 'x' }];
      for (const params of cases) {
        const response = await search(params);
        expect(response.status, JSON.stringify(params)).to.equal(400);
        expect((await errorOf(response)).code).to.equal('bad-request');
      }
      expect((await search({ name: '王伟', pageSize: '100' })).status).to.equal(200);
    });
  });

  describe('faults', () => {
    it('latency delays the answer', async () => {
      api.setFault({ kind: 'latency', ms: 300 }, { route: 'court' });
      const start = performance.now();
      const response = await fetch(`${API}court`);
      expect(response.status).to.equal(200);
      expect(performance.now() - start).to.be.at.least(250);
      expect(api.requests[0]!.fault).to.equal('latency');
    });

    it('status with Retry-After, for `times` requests on one route only', async () => {
      api.setFault({ kind: 'status', status: 503, retryAfter: 7 }, { route: 'stats', times: 2 });
      const first = await fetch(`${API}stats`);
      expect(first.status).to.equal(503);
      expect(first.headers.get('retry-after')).to.equal('7');
      expect((await errorOf(first)).code).to.equal('mock-fault');
      expect((await fetch(`${API}court`)).status).to.equal(200);
      expect((await fetch(`${API}stats/2022-01-01_2023-06-30`)).status).to.equal(503);
      expect((await fetch(`${API}stats`)).status).to.equal(200);
      expect(api.requests.map((r) => `${r.route}:${r.status}`)).to.deep.equal(['stats:503', 'court:200', 'stats:503', 'stats:200']);
    });

    it('until cleared; a route fault wins over an "all" fault', async () => {
      api.setFault({ kind: 'status', status: 500 });
      api.setFault({ kind: 'status', status: 429 }, { route: 'court' });
      expect((await fetch(`${API}court`)).status).to.equal(429);
      expect((await fetch(`${API}stats`)).status).to.equal(500);
      expect((await fetch(`${API}court`)).status).to.equal(429);
      api.setFault(null, { route: 'court' });
      expect((await fetch(`${API}court`)).status).to.equal(500);
      api.setFault(null);
      expect((await fetch(`${API}court`)).status).to.equal(200);
    });

    it('malformed JSON', async () => {
      api.setFault({ kind: 'malformed-json' }, { route: 'exposure', times: 1 });
      const response = await fetch(`${API}exposure`);
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.contain('application/json');
      let error: unknown;
      try {
        await response.json();
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(SyntaxError);
      expect((await fetch(`${API}exposure`)).status).to.equal(200);
    });

    it('invalid records: exactly `count` list items fail the contract', async () => {
      api.setFault({ kind: 'invalid-records', count: 2 });
      // Not a list: the court is sent intact and the fault stays armed.
      expect(Court.safeParse(await (await fetch(`${API}court`)).json()).success).to.equal(true);
      const body = (await (await fetch(`${API}exposure`)).json()) as ExposureFeedType;
      expect(ExposureFeed.safeParse(body).success).to.equal(true);
      const bad = body.items.filter((i) => !ExposureItem.safeParse(i).success);
      expect(bad).to.have.length(2);
      expect(body.items).to.have.length(dataset.exposure.items.length);
      const found = await searchJson({ name: fixtureNames.person });
      expect(found.items.filter((i) => !DebtorRecord.safeParse(i).success)).to.have.length(2);
    });

    it('unmasked IDs: the private full IDs are sent', async () => {
      api.setFault({ kind: 'unmasked-ids' }, { route: 'debtors' });
      const body = await searchJson({ name: fixtureNames.person });
      expect(body.items.map((i) => (i as DebtorRecordType).idNumber)).to.deep.equal([fixtureIds.person, fixtureIds.person]);
      const company = await searchJson({ name: fixtureNames.company });
      expect(company.items.every((i) => (i as DebtorRecordType).creditCode === fixtureIds.company)).to.equal(true);
      // Exposure is not in scope: still masked.
      const exposure = (await (await fetch(`${API}exposure`)).json()) as ExposureFeedType;
      expect(JSON.stringify(exposure)).not.to.contain(fixtureIds.person);
    });

    it('network error: fetch rejects', async () => {
      api.setFault({ kind: 'network-error' }, { route: 'debtors', times: 1 });
      let error: unknown;
      try {
        await search({ name: fixtureNames.person });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(TypeError);
      expect(api.requests[0]).to.include({ route: 'debtors', status: 0, fault: 'network-error' });
      expect((await search({ name: fixtureNames.person })).status).to.equal(200);
    });

    it('logs method, url, route, status and request headers', async () => {
      await fetch(`${API}court`, { headers: { 'X-Zhixing-Client': 'test' } });
      expect(api.requests).to.have.length(1);
      const entry = api.requests[0]!;
      expect(entry).to.include({ method: 'GET', url: `${API}court`, route: 'court', status: 200 });
      expect(entry.headers['x-zhixing-client']).to.equal('test');
      api.resetLog();
      expect(api.requests).to.have.length(0);
    });
  });

  describe('static feed', () => {
    it('serves every file, with ETag/304', async () => {
      for (const [path, body] of files) {
        const response = await fetch(`${FEED}${path}`);
        expect(response.status, path).to.equal(200);
        expect(await response.json()).to.deep.equal(body);
      }
      const manifest = await fetch(`${FEED}debtors/manifest.json`);
      const etag = manifest.headers.get('etag')!;
      expect(etag).to.equal('"feed-1"');
      expect((await fetch(`${FEED}debtors/manifest.json`, { headers: { 'If-None-Match': etag } })).status).to.equal(304);
      const court = await fetch(`${FEED}court.json`);
      const courtEtag = court.headers.get('etag')!;
      expect(courtEtag).to.match(/^"[0-9a-f]+-[0-9a-f]+"$/);
      const again = await fetch(`${FEED}court.json`, { headers: { 'If-None-Match': courtEtag } });
      expect(again.status).to.equal(304);
      expect(await again.text()).to.equal('');
    });

    it('a lookup: manifest, then the shard of the name', async () => {
      const manifest = (await (await fetch(`${FEED}debtors/manifest.json`)).json()) as ShardManifest;
      expect(ShardManifest.safeParse(manifest).success).to.equal(true);
      const shardUrl = new URL(manifest.shardPath.replace('{shard}', shardOf(fixtureNames.caseOnly, manifest.shardCount)), `${FEED}debtors/manifest.json`).href;
      const shard = (await (await fetch(shardUrl)).json()) as ShardType;
      expect((shard.records as DebtorRecordType[]).some((r) => r.name === fixtureNames.caseOnly)).to.equal(true);
    });

    it('404 for files that do not exist (an empty shard), 405 for other methods', async () => {
      const missing = await fetch(`${FEED}debtors/shards/ffff.json`);
      expect(missing.status).to.equal(404);
      expect((await errorOf(missing)).code).to.equal('not-found');
      expect(feed.requests[0]).to.include({ route: 'debtors', status: 404 });
      expect((await fetch(`${FEED}court.json`, { method: 'POST', body: '{}' })).status).to.equal(405);
    });

    it('shares the fault switches', async () => {
      feed.setFault({ kind: 'status', status: 502 }, { route: 'debtors', times: 1 });
      expect((await fetch(`${FEED}debtors/manifest.json`)).status).to.equal(502);
      expect((await fetch(`${FEED}debtors/manifest.json`)).status).to.equal(200);
      feed.setFault({ kind: 'unmasked-ids' }, { route: 'debtors' });
      const manifest = files.get('debtors/manifest.json') as ShardManifest;
      const shard = (await (await fetch(`${FEED}debtors/shards/${shardOf(fixtureNames.person, manifest.shardCount)}.json`)).json()) as ShardType;
      const person = (shard.records as DebtorRecordType[]).filter((r) => r.name === fixtureNames.person);
      expect(person.map((r) => r.idNumber)).to.deep.equal([fixtureIds.person, fixtureIds.person]);
      feed.setFault({ kind: 'invalid-records', count: 1 }, { route: 'exposure' });
      const exposure = (await (await fetch(`${FEED}exposure.json`)).json()) as ExposureFeedType;
      expect(exposure.items.filter((i) => !ExposureItem.safeParse(i).success)).to.have.length(1);
      // The API mock is not affected by the feed's faults.
      expect((await fetch(`${API}court`)).status).to.equal(200);
    });

    it('without fullIdNumbers, unmasked IDs are reconstructed to mask back to the published form', async () => {
      const bare = createStaticFeedHandlers({ baseUrl: 'https://bare.zhixing.test/', files });
      worker.use(...bare.handlers);
      bare.setFault({ kind: 'unmasked-ids' });
      const body = (await (await fetch('https://bare.zhixing.test/exposure.json')).json()) as ExposureFeedType;
      const people = (body.items as DebtorRecordType[]).filter((i) => i.partyKind === 'natural-person' && i.idNumber);
      expect(people.length).to.be.greaterThan(5);
      const published = new Map(dataset.exposure.items.map((i) => [i.id, (i as DebtorRecordType).idNumber]));
      for (const item of people) {
        expect(validateResidentId(item.idNumber!, TODAY).ok, item.idNumber).to.equal(true);
        expect(maskResidentId(item.idNumber!)).to.equal(published.get(item.id));
      }
    });
  });
});
