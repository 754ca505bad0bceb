// The data the browser benches read, generated once into .bench/ and reused while still valid:
//  - the demo feed (court, statistics, a small exposure list, a few debtors) for the gauge and the
//    bundle-size pages;
//  - exposure feeds of N realistic entries (scripts/lib/realistic-names.mjs: names as concentrated
//    as China's), each in two versions: B = A with 10 entries removed and 10 added, newer, for the
//    refresh timing;
//  - lookup feeds: the ones `publisher.mjs` writes in the same run (100,000 and 1,000,000 realistic
//    rows, through the real publisher); names to look up are drawn from the same seeded rows, so each
//    name is picked as often as it occurs (common names are looked up as often as real people would).
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildStaticFeed, createFixtures, exposurePeriod } from '@zhixing/mocks';
import { buildPagedExposure, entryFingerprints } from '@zhixing/publisher';
import { todayInChina } from '@zhixing/sdk';
import { realisticRecords, realisticRows, TOP_NAMES } from '../lib/realistic-names.mjs';
import { writeFeed } from '../lib/demo-data.mjs';

const GENERATOR_VERSION = 3;

export async function writeDemoFeed(dir) {
  const fixtures = createFixtures();
  const files = buildStaticFeed({ court: fixtures.court, statsIndex: fixtures.statsIndex, stats: fixtures.stats, exposure: fixtures.exposure, debtors: fixtures.debtors });
  await writeFeed(files, dir);
}

/** .bench/feeds/exposure-N-a.json and -b.json; returns their paths. Regenerated when the day or generator changes. */
export async function exposureFeeds(dir, sizes, log = console.error) {
  await mkdir(dir, { recursive: true });
  const today = todayInChina();
  const metaFile = join(dir, 'exposure-meta.json');
  const meta = existsSync(metaFile) ? JSON.parse(await readFile(metaFile, 'utf8')) : {};
  const fixtures = createFixtures({ today });
  const out = {};
  for (const n of sizes) {
    const a = join(dir, `exposure-${n}-a.json`);
    const b = join(dir, `exposure-${n}-b.json`);
    out[n] = { a, b, paged: join(dir, `paged-${n}`) };
    const key = `${GENERATOR_VERSION} ${today}`;
    if (meta[n] === key && existsSync(a) && existsSync(b) && existsSync(join(dir, `paged-${n}`, 'exposure', 'index-b.json'))) continue;
    const t = performance.now();
    const items = [...realisticRecords({ count: n, seed: 11, today })];
    const added = [...realisticRecords({ count: 10, seed: 12, today })];
    const envelope = (version, hour, list) => ({ version, generatedAt: `${today}T${hour}:00:00+08:00`, court: fixtures.court, period: exposurePeriod(today), items: list });
    await writeFile(a, JSON.stringify(envelope(`bench-${n}-a`, '08', items)));
    await writeFile(b, JSON.stringify(envelope(`bench-${n}-b`, '09', [...added, ...items.slice(10)])));
    // The same two versions as a paged feed (exposure/index.json + content-addressed lists and pages):
    // both versions' files side by side, as a publisher leaves them; index-a.json / index-b.json are
    // routed to exposure/index.json.
    const paged = join(dir, `paged-${n}`);
    await rm(paged, { recursive: true, force: true });
    const versionA = { version: `bench-${n}-a`, generatedAt: `${today}T08:00:00+08:00`, court: fixtures.court, period: exposurePeriod(today), items };
    const itemsB = [...added, ...items.slice(10)];
    const removals = items.slice(0, 10).map((item) => ({ id: item.id, removedOn: today, reason: 'performed' }));
    const versionB = { version: `bench-${n}-b`, generatedAt: `${today}T09:00:00+08:00`, court: fixtures.court, period: exposurePeriod(today), items: itemsB, removals, previous: { version: versionA.version, fingerprints: entryFingerprints(items) } };
    for (const [name, version] of [['a', versionA], ['b', versionB]]) {
      const built = buildPagedExposure(version);
      for (const file of built.files) {
        await mkdir(dirname(join(paged, file.path)), { recursive: true });
        if (!existsSync(join(paged, file.path))) await writeFile(join(paged, file.path), file.text);
      }
      await writeFile(join(paged, 'exposure', `index-${name}.json`), JSON.stringify(built.index));
    }
    meta[n] = key;
    await writeFile(metaFile, JSON.stringify(meta));
    log(`  generated exposure feeds of ${n.toLocaleString('en')} entries in ${Math.round(performance.now() - t)} ms`);
  }
  return out;
}

/**
 * Names to look up in a publisher bench feed of `count` rows (same seed and day as publisher.mjs):
 * `sampled` are the names of the first rows (each a draw from the realistic distribution), `top` the
 * most common names in the country (the worst case: thousands of records at 1M).
 */
export function lookupNames({ sampled = 30, top = 5 } = {}) {
  const names = [];
  for (const row of realisticRows({ count: sampled * 4, seed: 2019, today: '2026-11-30' })) {
    const name = row['被执行人姓名/名称'];
    if (!names.includes(name)) names.push(name);
    if (names.length >= sampled) break;
  }
  return { sampled: names, top: TOP_NAMES.slice(0, top).map(([name]) => name) };
}
