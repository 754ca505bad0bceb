import { expect } from '@open-wc/testing';
import { Court, DebtorRecord, EnforcementStats, ExposureFeed, ExposureIndex, ExposureItem, ExposureList, ExposurePage, Shard, ShardManifest, StatsIndex, chooseShardCount, feedPaths, shardOf } from '@zhixing/sdk';
import type { DebtorRecord as DebtorRecordType } from '@zhixing/sdk';
import { buildStaticFeed, createFixtures, fixtureNames, generateDebtors, iterateDebtors } from '@zhixing/mocks';

const TODAY = '2025-06-15';
const GENERATED_AT = '2025-06-15T08:00:00+08:00';

describe('buildStaticFeed', () => {
  const fx = createFixtures({ today: TODAY });
  const debtors = [...fx.debtors, ...generateDebtors({ count: 1500, seed: 9, today: TODAY })];
  const files = buildStaticFeed({ court: fx.court, statsIndex: fx.statsIndex, stats: fx.stats, exposure: fx.exposure, debtors, version: 'feed-1', generatedAt: GENERATED_AT });

  it('writes exactly the documented layout', () => {
    expect(files.get(feedPaths.court())).to.deep.equal(fx.court);
    expect(files.get(feedPaths.statsIndex())).to.deep.equal(fx.statsIndex);
    expect(files.get(feedPaths.stats('2022-01-01_2023-06-30'))).to.deep.equal(fx.stats[0]);
    expect(Court.safeParse(files.get('court.json')).success).to.equal(true);
    expect(StatsIndex.safeParse(files.get('stats/index.json')).success).to.equal(true);
    expect(EnforcementStats.safeParse(files.get('stats/2022-01-01_2023-06-30.json')).success).to.equal(true);
    for (const path of files.keys()) {
      expect(path, path).to.match(/^(court\.json|exposure\.json|exposure\/index\.json|exposure\/(lists|pages|courts)\/[0-9a-f]{16}\.json|stats\/[A-Za-z0-9._-]+\.json|debtors\/manifest\.json|debtors\/shards\/[0-9a-f]+\.json)$/);
    }
  });

  it('paged exposure feed: the index, every list and page it names, and every item once per order', () => {
    const index = files.get(feedPaths.exposureIndex()) as ExposureIndex;
    expect(ExposureIndex.safeParse(index).success).to.equal(true);
    expect(index.version).to.equal('feed-1');
    for (const sort of ['published', 'amount']) {
      const ids: string[] = [];
      for (const ref of index.lists.filter((l) => l.sort === sort)) {
        const list = files.get(`exposure/${index.listPath.replace('{list}', ref.list)}`) as ExposureList;
        expect(ExposureList.safeParse(list).success).to.equal(true);
        for (const page of list.pages) ids.push(...(files.get(`exposure/${index.pagePath.replace('{page}', page.id)}`) as ExposurePage).items.map((i) => (i as { id: string }).id));
      }
      expect(ids.sort()).to.deep.equal(fx.exposure.items.map((i) => i.id).sort());
    }
  });

  it('exposure feed: version, court, period and every item', () => {
    const exposure = files.get('exposure.json') as ExposureFeed;
    expect(ExposureFeed.safeParse(exposure).success).to.equal(true);
    expect(exposure.version).to.equal('feed-1');
    expect(exposure.generatedAt).to.equal(GENERATED_AT);
    expect(exposure.period).to.deep.equal(fx.exposure.period);
    expect(exposure.items).to.deep.equal(fx.exposure.items);
    for (const item of exposure.items) expect(ExposureItem.safeParse(item).success).to.equal(true);
  });

  it('manifest describes the shards; only non-empty shards are written', () => {
    const manifest = files.get('debtors/manifest.json') as ShardManifest;
    expect(ShardManifest.safeParse(manifest).success).to.equal(true);
    expect(manifest).to.deep.equal({
      format: 'zhixing-shards/2',
      version: 'feed-1',
      generatedAt: GENERATED_AT,
      recordCount: debtors.length,
      shardCount: chooseShardCount(debtors.length),
      hash: 'fnv1a32',
      shardPath: 'shards/{shard}.json',
      base: 'feed-1', // the shards carry the version that wrote them (a later version may keep them)
      removals: [], // always listed (the recent ones)
    });
    const shardPaths = [...files.keys()].filter((p) => p.startsWith('debtors/shards/'));
    let total = 0;
    for (const path of shardPaths) {
      const shard = files.get(path) as Shard;
      expect(Shard.safeParse(shard).success).to.equal(true);
      expect(path).to.equal(`debtors/shards/${shard.shard}.json`);
      expect(shard.version).to.equal('feed-1');
      expect(shard.records.length).to.be.greaterThan(0);
      for (const record of shard.records as DebtorRecordType[]) expect(shardOf(record.name, manifest.shardCount)).to.equal(shard.shard);
      total += shard.records.length;
    }
    expect(total).to.equal(debtors.length);
  });

  it('the shard of a known name holds all its records', () => {
    const manifest = files.get('debtors/manifest.json') as ShardManifest;
    const shard = files.get(`debtors/shards/${shardOf(fixtureNames.person, manifest.shardCount)}.json`) as Shard;
    const found = (shard.records as DebtorRecordType[]).filter((r) => r.name === fixtureNames.person);
    expect(found.map((r) => r.id).sort()).to.deep.equal(fx.debtors.filter((d) => d.name === fixtureNames.person).map((d) => d.id).sort());
    for (const record of shard.records) expect(DebtorRecord.safeParse(record).success).to.equal(true);
  });

  it('a stream of unknown length gives the same files as an array', () => {
    const options = { count: 3000, seed: 5, today: TODAY };
    const common = { court: fx.court, statsIndex: fx.statsIndex, stats: fx.stats, exposure: fx.exposure, version: 'v', generatedAt: GENERATED_AT };
    const fromArray = buildStaticFeed({ ...common, debtors: generateDebtors(options) });
    const fromStream = buildStaticFeed({ ...common, debtors: iterateDebtors(options) });
    expect([...fromStream.keys()]).to.deep.equal([...fromArray.keys()]);
    expect(JSON.stringify([...fromStream])).to.equal(JSON.stringify([...fromArray]));
  });

  it('honours a given shard count (a power of two) and rejects others', () => {
    const small = buildStaticFeed({ court: fx.court, statsIndex: fx.statsIndex, stats: [], exposure: { items: [] }, debtors: fx.debtors, shardCount: 4, generatedAt: GENERATED_AT });
    expect((small.get('debtors/manifest.json') as ShardManifest).shardCount).to.equal(4);
    for (const path of small.keys()) if (path.startsWith('debtors/shards/')) expect(path).to.match(/^debtors\/shards\/[0-3]\.json$/);
    expect(() => buildStaticFeed({ court: fx.court, statsIndex: fx.statsIndex, stats: [], exposure: { items: [] }, debtors: [], shardCount: 6 })).to.throw(RangeError);
  });
});
