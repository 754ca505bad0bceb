// Publishing: removal in one new version (lookup and board), versions only forward, an interrupted
// publish leaves the old feed served intact, and realistic name frequencies keep every lookup small.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { createClient, staticSource, shardOf, HotNameFile, Shard, ShardManifest } from '@zhixing/sdk';
import { createFixtures, fixtureIds, fixtureNames } from '@zhixing/mocks';
import { buildFeed, buildStaticFeed, identifierKey, keyBucket, main, realFs, removeRecords } from '@zhixing/publisher/node';
import { createStaticServer, listen } from '../../../scripts/lib/static-server.mjs';
import { realisticRecords } from '../../../scripts/lib/realistic-names.mjs';

const TODAY = '2026-11-30';
const NOW = new Date(`${TODAY}T12:00:00+08:00`);
const SAMPLE = 'examples/data/taoyuan-sample.csv';
const quiet = { log: () => undefined, error: () => undefined };

describe('publishing a feed', () => {
  let dir;
  let server;
  let base;
  const fixtures = createFixtures({ today: TODAY });

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zhixing-publish-'));
    server = createStaticServer({ root: dir });
    base = await listen(server);
    const report = await buildFeed({ inputs: [SAMPLE], stats: ['examples/data/taoyuan-stats.csv'], court: fixtures.court, out: dir, now: NOW });
    assert.equal(report.written, true, JSON.stringify(report.problems.slice(0, 3)));
  });
  after(async () => {
    server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const client = () => createClient({ source: staticSource(base), cacheTtlMs: 0, now: () => NOW });

  it('`remove` hides the record from the lookup and the board in one new version, listed in both removals', async () => {
    const before = await client().searchDebtors({ name: fixtureNames.person, identifier: fixtureIds.person });
    const id = before.items.find((r) => r.type === 'dishonest-debtor')?.id;
    assert.equal(id, 'sx-2022-1186');
    assert.ok((await client().getExposure()).items.some((i) => i.id === id));
    const manifestBefore = JSON.parse(await readFile(join(dir, 'debtors/manifest.json'), 'utf8'));

    const lines = [];
    const code = await main(['remove', id, '--reason', 'performed', '--date', '2026-11-29', '--out', dir, '--today', TODAY], { log: (l) => lines.push(l), error: (l) => lines.push(l) });
    assert.equal(code, 0, lines.join('\n'));
    assert.match(lines.join('\n'), /- sx-2022-1186 刘建军 （2022）湘0725执1186号 \[dishonest-debtor\]/);

    const manifest = JSON.parse(await readFile(join(dir, 'debtors/manifest.json'), 'utf8'));
    const exposure = JSON.parse(await readFile(join(dir, 'exposure.json'), 'utf8'));
    assert.ok(manifest.version > manifestBefore.version, 'a greater version');
    assert.equal(exposure.version, manifest.version);
    // The shards are kept; the removal is in the delta (the shard holding the record is hidden from it).
    assert.equal(manifest.shardPath, manifestBefore.shardPath, 'the same shards');
    assert.ok(manifest.delta, 'a delta over them');
    assert.equal(manifest.recordCount, manifestBefore.recordCount - 1);
    const entry = { id, removedOn: '2026-11-29', reason: 'performed' };
    assert.deepEqual(manifest.removals.find((r) => r.id === id), entry);
    assert.deepEqual(exposure.removals.find((r) => r.id === id), entry);

    const after = await client().searchDebtors({ name: fixtureNames.person, identifier: fixtureIds.person });
    assert.ok(!after.items.some((r) => r.id === id), 'gone from the lookup');
    assert.ok(after.items.some((r) => r.id === 'xf-2022-1186'), 'the restriction order of the same person stays');
    assert.ok(!(await client().getExposure()).items.some((i) => i.id === id), 'gone from the board');
  });

  it('an unknown id changes nothing; versions only go forward', async () => {
    const manifest = await readFile(join(dir, 'debtors/manifest.json'), 'utf8');
    assert.equal(await main(['remove', 'no-such-id', '--reason', 'performed', '--out', dir, '--today', TODAY], quiet), 1);
    assert.equal(await main(['remove', 'xf-2022-1186', '--reason', 'lifted', '--out', dir, '--version', 'v1', '--today', TODAY], quiet), 1);
    assert.equal(await readFile(join(dir, 'debtors/manifest.json'), 'utf8'), manifest);
  });

  it('an interrupted publish (crash mid-write) leaves the old feed served intact', async () => {
    const manifest = await readFile(join(dir, 'debtors/manifest.json'), 'utf8');
    const exposure = await readFile(join(dir, 'exposure.json'), 'utf8');
    const before = await client().searchDebtors({ name: fixtureNames.commonName });
    let writes = 0;
    const crashing = {
      ...realFs,
      async writeFile(path, data) {
        if (++writes === 4) throw new Error('simulated crash: disk full');
        return realFs.writeFile(path, data);
      },
    };
    await assert.rejects(removeRecords({ ids: ['xf-2022-1186'], reason: 'lifted', out: dir, now: NOW, fs: crashing }), /simulated crash/);
    assert.equal(await readFile(join(dir, 'debtors/manifest.json'), 'utf8'), manifest);
    assert.equal(await readFile(join(dir, 'exposure.json'), 'utf8'), exposure);
    const shards = await readdir(join(dir, 'debtors/shards'));
    assert.ok(!shards.some((n) => n.startsWith('.tmp-')), 'the half-written directory is cleaned up');
    const afterCrash = await client().searchDebtors({ name: fixtureNames.commonName });
    assert.deepEqual(afterCrash.items, before.items);

    // A crash while the manifest itself is written (its temporary file): the old manifest stays.
    let renames = 0;
    const crashOnManifest = { ...realFs, async rename(a, b) { if (b.endsWith('manifest.json') && ++renames === 1) throw new Error('simulated crash at the switch'); return realFs.rename(a, b); } };
    await assert.rejects(removeRecords({ ids: ['xf-2022-1186'], reason: 'lifted', out: dir, now: NOW, fs: crashOnManifest }), /simulated crash/);
    assert.equal(await readFile(join(dir, 'debtors/manifest.json'), 'utf8'), manifest);
    assert.deepEqual((await client().searchDebtors({ name: fixtureNames.commonName })).items, before.items);
  });

  it('prune keeps the current shard directory and the newest others', async () => {
    assert.equal(await main(['prune', '--out', dir, '--keep', '1'], quiet), 0);
    const manifest = JSON.parse(await readFile(join(dir, 'debtors/manifest.json'), 'utf8'));
    const dirs = await readdir(join(dir, 'debtors/shards'));
    assert.deepEqual(dirs, [manifest.shardPath.split('/')[1]]);
    assert.ok((await client().searchDebtors({ name: fixtureNames.company })).items.length > 0);
  });
});

describe('hot names read back through the SDK', () => {
  it('a name split into page and key files is found by name (pages) and by ID (key file)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zhixing-hot-'));
    const server = createStaticServer({ root: dir });
    try {
      const base = await listen(server);
      const report = await buildFeed({ inputs: [SAMPLE], court: createFixtures({ today: TODAY }).court, out: dir, now: NOW, hot: { hotThreshold: 3, pageSize: 2 } });
      assert.equal(report.written, true);
      assert.ok(report.result.hotNames > 0);
      const manifest = JSON.parse(await readFile(join(dir, 'debtors/manifest.json'), 'utf8'));
      const shard = JSON.parse(await readFile(join(dir, 'debtors', manifest.shardPath.replace('{shard}', shardOf(fixtureNames.commonName, manifest.shardCount))), 'utf8'));
      const hot = shard.hot.find((h) => h.name === fixtureNames.commonName);
      assert.ok(hot && hot.total > 3, 'the sample has enough 王伟 to be hot at threshold 3');
      const c = createClient({ source: staticSource(base), cacheTtlMs: 0, now: () => NOW });
      const byName = await c.searchDebtors({ name: fixtureNames.commonName });
      assert.equal(byName.total, hot.total);
      const byId = await c.searchDebtors({ name: fixtureNames.commonName, identifier: fixtureIds.commonName });
      assert.deepEqual(byId.items.map((r) => r.id), ['sx-2023-0096']);
    } finally {
      server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('hot names at province scale', () => {
  it('100,000 records with realistic name frequencies: every lookup ≤ 50 KB gzip (manifest + shard + one hot file)', () => {
    const files = buildStaticFeed({
      court: createFixtures({ today: TODAY }).court,
      statsIndex: { courtId: 'x', periods: [] },
      stats: [],
      exposure: { items: [] },
      debtors: [...realisticRecords({ count: 100_000, seed: 7, today: TODAY })],
      layout: 'content-addressed',
      version: 'v1',
      generatedAt: `${TODAY}T12:00:00+08:00`,
    });
    const gz = (body) => gzipSync(JSON.stringify(body)).length;
    const manifest = files.get('debtors/manifest.json');
    assert.ok(ShardManifest.safeParse(manifest).success);
    const manifestBytes = gz(manifest);
    let worst = { bytes: 0, what: '' };
    let hotNames = 0;
    for (const [path, body] of files) {
      if (!path.startsWith('debtors/shards/') || !('shard' in body)) continue;
      assert.ok(Shard.safeParse(body).success, path);
      const shardBytes = gz(body);
      const lookups = [{ bytes: 0, what: 'shard only' }];
      for (const hot of body.hot ?? []) {
        hotNames++;
        for (const [p, f] of files) {
          if (p.startsWith(`debtors/${hot.pagePath.split('{page}')[0]}`) || p.startsWith(`debtors/${hot.keyPath.split('{key}')[0]}`)) {
            assert.ok(HotNameFile.safeParse(f).success, p);
            lookups.push({ bytes: gz(f), what: p });
          }
        }
      }
      for (const l of lookups) if (manifestBytes + shardBytes + l.bytes > worst.bytes) worst = { bytes: manifestBytes + shardBytes + l.bytes, what: `${path} + ${l.what}` };
    }
    assert.ok(hotNames >= 40, `the common names are hot (${hotNames})`);
    assert.ok(worst.bytes <= 50_000, `worst lookup ${worst.bytes} bytes gzip: ${worst.what}`);

    // 王伟: pages newest first, key files by region + birth year.
    const shard = files.get(`debtors/${manifest.shardPath.replace('{shard}', shardOf('王伟', manifest.shardCount))}`);
    const hot = shard.hot.find((h) => h.name === '王伟');
    assert.ok(hot.total > 500);
    assert.ok(!shard.records.some((r) => r.name === '王伟'), 'hot records are not in the shard');
    const page1 = files.get(`debtors/${hot.pagePath.replace('{page}', '1')}`);
    assert.equal(page1.records.length, hot.pageSize);
    for (let i = 1; i < page1.records.length; i++) assert.ok(page1.records[i - 1].publishedOn >= page1.records[i].publishedOn);
    const someone = page1.records[0];
    const keyFile = files.get(`debtors/${hot.keyPath.replace('{key}', keyBucket(identifierKey(someone), hot.keyBuckets))}`);
    assert.ok(keyFile.records.some((r) => r.id === someone.id));
    assert.ok(keyFile.records.every((r) => keyBucket(identifierKey(r), hot.keyBuckets) === keyBucket(identifierKey(someone), hot.keyBuckets)));
    // Key files sized sensibly: tens of records each, not one per identifier key.
    const keyFiles = [...files.keys()].filter((p) => p.startsWith(`debtors/${hot.keyPath.split('{key}')[0]}`));
    const sizes = keyFiles.map((p) => files.get(p).records.length).sort((a, b) => a - b);
    assert.equal(keyFiles.length, hot.keyBuckets);
    assert.ok(sizes[Math.floor(sizes.length / 2)] >= 16, `median ${sizes[Math.floor(sizes.length / 2)]} records per key file`);
    console.log(`# 100k realistic names: ${hotNames} hot names; worst lookup ${worst.bytes} B gzip (${worst.what})`);
  });
});



