// Incremental publishing (issue 19, deliverable 4): a new version keeps the published shards and
// writes only a delta — the records new or changed and the ids of those gone — in a few files; a
// day's 1 % of changes (payments, removals, new listings, spread over the whole export) writes at
// most 5 % of the files and of the bytes. Lookups read shard + delta and answer exactly as from a
// full rewrite; when the delta grows past its share of the base, a new base is written.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DeltaFile, ShardManifest, createClient, exposureOrder, normalizeName, staticSource } from '@zhixing/sdk';
import { createFixtures } from '@zhixing/mocks';
import { FeedWriter, readPublishedRecords, realFs, referencedFiles, loadPublishedFeed } from '@zhixing/publisher/node';
import { createStaticServer, listen } from '../../../scripts/lib/static-server.mjs';
import { realisticRecords } from '../../../scripts/lib/realistic-names.mjs';

const TODAY = '2026-11-30';
const NOW = new Date(`${TODAY}T12:00:00+08:00`);
const N = 20_000;
const court = createFixtures({ today: TODAY }).court;

let hour = 6;
/** Publishes `records` (the newest 200 on the board) as the next version. */
async function publish(dir, records, options = {}) {
  hour++;
  const writer = await FeedWriter.open({ dir, generatedAt: `${TODAY}T${String(hour).padStart(2, '0')}:00:00+08:00`, ...options });
  for (const record of records) await writer.add(record);
  const board = [...records].sort(exposureOrder('published')).slice(0, 200);
  return writer.commit({ court, exposure: { items: board } });
}

/** Every file the published version references, with its size. */
async function feedFiles(dir) {
  const published = await loadPublishedFeed(dir);
  const { dirs, files } = await referencedFiles(dir, published);
  const out = new Map();
  const walk = async (rel) => {
    for (const entry of await readdir(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path);
      else out.set(path, (await stat(join(dir, path))).size);
    }
  };
  for (const d of dirs) await walk(d);
  for (const f of files) out.set(f, (await stat(join(dir, f))).size);
  for (const top of ['court.json', 'exposure.json', 'exposure/index.json', 'debtors/manifest.json', 'index.html']) out.set(top, (await stat(join(dir, top))).size);
  return out;
}

/** 1 % of the records change: a third paid in part, a third removed, a third new listings. */
function oneDay(records, seed) {
  const n = Math.round(records.length / 100);
  const step = Math.floor(records.length / n);
  const next = [];
  const changed = [];
  const removed = [];
  records.forEach((r, i) => {
    if (i % step === 0 && (i / step) % 3 === 0) {
      removed.push(r);
      return;
    }
    if (i % step === 0 && (i / step) % 3 === 1) {
      const paid = { ...r, performance: 'partial', amountUnperformed: Math.floor((r.amountUnperformed ?? 100) / 2) };
      changed.push(paid);
      next.push(paid);
      return;
    }
    next.push(r);
  });
  const added = [...realisticRecords({ count: Math.round(n / 3), seed, today: TODAY })].map((r, i) => ({ ...r, id: `new-${seed}-${i}`, publishedOn: TODAY }));
  return { records: [...next, ...added], changed, removed, added };
}

describe('incremental publishing: a delta over the published shards', () => {
  let dir;
  let server;
  let base;
  let v1;
  let day1;
  let result;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zhixing-delta-'));
    server = createStaticServer({ root: dir });
    base = await listen(server);
    v1 = [...realisticRecords({ count: N, seed: 41, today: TODAY })];
    const first = await publish(dir, v1);
    assert.equal(first.compacted, 'first version');
    day1 = oneDay(v1, 42);
  });
  after(async () => {
    server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const client = () => createClient({ source: staticSource(base), cacheTtlMs: 0, now: () => NOW });
  /** What a lookup must show for a name: its records, newest first (ids). */
  const expected = (records, name) => records.filter((r) => normalizeName(r.name) === normalizeName(name)).sort(exposureOrder('published')).map((r) => r.id);

  it('a day with 1 % changed writes at most 5 % of the files and of the bytes', async () => {
    const before = await feedFiles(dir);
    const manifest1 = JSON.parse(await readFile(join(dir, 'debtors/manifest.json'), 'utf8'));
    result = await publish(dir, day1.records);
    assert.equal(result.compacted, undefined, 'no new base');
    assert.ok(result.delta, 'a delta');
    const after = await feedFiles(dir);
    const manifest2 = JSON.parse(await readFile(join(dir, 'debtors/manifest.json'), 'utf8'));
    assert.ok(ShardManifest.safeParse(manifest2).success);
    assert.equal(manifest2.format, 'zhixing-shards/2');
    assert.equal(manifest2.shardPath, manifest1.shardPath, 'the same shards');
    assert.equal(manifest2.base, manifest1.version, 'which carry the version that wrote them');
    assert.equal(manifest2.recordCount, day1.records.length);
    const totalBytes = [...after.values()].reduce((a, b) => a + b, 0);
    const newFiles = [...after.keys()].filter((p) => !before.has(p));
    // The lookup index (debtors/): what this deliverable is about. The board of this small feed (its
    // newest 200 entries, a third of them new today, over 13 courts' lists) is most of the rest; at
    // province scale it is a fraction of a per cent (npm run bench: publisher).
    const lookup = [...after.keys()].filter((p) => p.startsWith('debtors/'));
    const lookupBytes = lookup.reduce((n, p) => n + after.get(p), 0);
    const written = [...newFiles.filter((p) => p.startsWith('debtors/')), 'debtors/manifest.json'];
    const writtenBytes = written.reduce((n, p) => n + after.get(p), 0);
    console.log(`# ${N.toLocaleString('en')} records, 1 % changed — lookup index: wrote ${written.length} of ${lookup.length} files (${((100 * written.length) / lookup.length).toFixed(2)} %), ${writtenBytes.toLocaleString('en')} of ${lookupBytes.toLocaleString('en')} bytes (${((100 * writtenBytes) / lookupBytes).toFixed(2)} %); the whole feed: ${result.written.files} of ${after.size} files, ${((100 * result.written.bytes) / totalBytes).toFixed(2)} % of the bytes; delta: ${result.delta.records} records, ${result.delta.hidden} hidden, ${result.delta.files} files`);
    assert.ok(written.length <= lookup.length * 0.05, `${written.length} files of ${lookup.length}`);
    assert.ok(writtenBytes <= lookupBytes * 0.05, `${writtenBytes} bytes of ${lookupBytes}`);
    assert.ok(result.written.bytes <= totalBytes * 0.1, 'the whole feed: a small part of it too');
    assert.ok(newFiles.length <= result.written.files, 'everything new was counted');
    for (const path of newFiles.filter((p) => p.startsWith('debtors/delta/'))) assert.ok(DeltaFile.safeParse(JSON.parse(await readFile(join(dir, path), 'utf8'))).success, path);
  });

  it('the published records are exactly the new export (base − hidden + delta)', async () => {
    const published = [];
    for await (const record of readPublishedRecords(dir, (await loadPublishedFeed(dir)).manifest)) published.push(record);
    assert.equal(published.length, day1.records.length);
    const byId = new Map(published.map((r) => [r.id, r]));
    for (const r of day1.records) assert.deepEqual(byId.get(r.id), r);
  });

  it('lookups answer from shard + delta: paid in part (new amount), removed (gone), new (found), untouched', async () => {
    const c = client();
    const probes = [
      ...day1.changed.slice(0, 8).map((r) => ['changed', r]),
      ...day1.removed.slice(0, 8).map((r) => ['removed', r]),
      ...day1.added.slice(0, 8).map((r) => ['added', r]),
      ...v1.slice(500, 508).map((r) => ['kept', r]),
    ];
    for (const [kind, record] of probes) {
      const byName = await c.searchDebtors({ name: record.name, pageSize: 100 });
      const want = expected(day1.records, record.name);
      if (want.length <= 100) assert.deepEqual(byName.items.map((r) => r.id).sort(), [...want].sort(), `${kind} ${record.name}`);
      const shown = byName.items.find((r) => r.id === record.id);
      if (kind === 'removed') assert.equal(shown, undefined, `removed ${record.id} is gone`);
      else if (want.length <= 100) assert.deepEqual(shown, day1.records.find((r) => r.id === record.id), `${kind} ${record.id} as published now`);
    }
  });

  it('hot names (王伟): by identifier from the key bucket + delta, by name from the pages + delta', async () => {
    const c = client();
    const wang = day1.records.filter((r) => r.name === '王伟');
    assert.ok(wang.length > 64, 'hot');
    const changedWang = day1.changed.find((r) => r.name === '王伟') ?? day1.added.find((r) => r.name === '王伟');
    const addedWang = day1.added.filter((r) => r.name === '王伟');
    for (const record of [changedWang, ...addedWang, wang[0]].filter(Boolean)) {
      // The masked ID matches whatever the birthday: any full ID with the same region, year, sequence and check.
      const found = await c.searchDebtors({ name: '王伟', identifier: fullId(record.idNumber) });
      assert.ok(found.items.some((r) => r.id === record.id && r.amountUnperformed === record.amountUnperformed), `${record.id} by identifier`);
    }
    const removedWang = day1.removed.filter((r) => r.name === '王伟');
    for (const record of removedWang) {
      const found = await c.searchDebtors({ name: '王伟', identifier: fullId(record.idNumber) });
      assert.ok(!found.items.some((r) => r.id === record.id), `removed ${record.id}`);
    }
    // Name only: the first page is the newest records, new listings of today included.
    const page1 = await c.searchDebtors({ name: '王伟', pageSize: 20 });
    const want = expected(day1.records, '王伟');
    assert.equal(page1.total, want.length);
    for (const r of addedWang) assert.ok(page1.items.some((i) => i.id === r.id), `today's ${r.id} on the first page`);
    assert.ok(!page1.items.some((i) => day1.removed.some((r) => r.id === i.id)));
  });

  it('a base grown old or a delta grown large gives way to new shards (compaction); the old ones stay readable', async () => {
    const manifest2 = JSON.parse(await readFile(join(dir, 'debtors/manifest.json'), 'utf8'));
    const reader = client();
    await reader.searchDebtors({ name: v1[0].name }); // holds manifest 2
    const day2 = oneDay(day1.records, 43);
    const small = await publish(dir, day2.records, { compaction: { ratio: 0.005 } });
    assert.match(small.compacted ?? '', /changes above/);
    const manifest3 = JSON.parse(await readFile(join(dir, 'debtors/manifest.json'), 'utf8'));
    assert.notEqual(manifest3.shardPath, manifest2.shardPath);
    assert.equal(manifest3.delta, undefined);
    // The previous shard and delta directories are still there for a reader holding manifest 2.
    await stat(join(dir, 'debtors', manifest2.shardPath.replace('/{shard}.json', '')));
    await stat(join(dir, 'debtors', manifest2.delta.path.replace('/{delta}.json', '')));
    const probe = day2.added[0];
    assert.ok((await client().searchDebtors({ name: probe.name, pageSize: 100 })).items.some((r) => r.id === probe.id));
  });

  it('an interrupted delta leaves the published version served intact', async () => {
    const manifest = await readFile(join(dir, 'debtors/manifest.json'), 'utf8');
    const day3 = oneDay((await collect(dir)), 44);
    let writes = 0;
    const crashing = {
      ...realFs,
      async writeFile(path, data) {
        if (path.includes('/debtors/delta/') && ++writes === 2) throw new Error('simulated crash: disk full');
        return realFs.writeFile(path, data);
      },
    };
    await assert.rejects(publish(dir, day3.records, { fs: crashing }), /simulated crash/);
    assert.equal(await readFile(join(dir, 'debtors/manifest.json'), 'utf8'), manifest);
    assert.ok(!(await readdir(join(dir, 'debtors/delta'))).some((n) => n.startsWith('.tmp-')), 'no half-written delta left');
    const again = await publish(dir, day3.records);
    assert.ok(again.delta);
  });
});

/** A full resident ID whose masked form is `masked`: the birthday masking hides, chosen so that the check character fits. */
function fullId(masked) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  for (let m = 1; m <= 12; m++) {
    for (let d = 1; d <= 28; d++) {
      const first17 = `${masked.slice(0, 10)}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${masked.slice(14, 17)}`;
      const sum = [...first17].reduce((s, c, i) => s + Number(c) * weights[i], 0);
      if ('10X98765432'[sum % 11] === masked[17]) return first17 + masked[17];
    }
  }
  throw new Error(`no birthday fits ${masked}`);
}

async function collect(dir) {
  const out = [];
  for await (const r of readPublishedRecords(dir, (await loadPublishedFeed(dir)).manifest)) out.push(r);
  return out;
}
