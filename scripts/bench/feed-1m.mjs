// A lookup against a province-sized static feed (default 1,000,000 records): generate it, write
// it to disk, serve it over real HTTP (gzip, ETag) on 127.0.0.1, and measure what one lookup
// transfers and how long it takes with the SDK.
//   node --max-old-space-size=8192 scripts/bench/feed-1m.mjs [records] [lookups]
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createClient, staticSource } from '@zhixing/sdk';
import { buildStaticFeed, createFixtures, iterateDebtors } from '@zhixing/mocks';
import { createStaticServer, listen } from '../lib/static-server.mjs';

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

export async function run({ records = 1_000_000, lookups = 300, dir = '.bench/feed-1m' } = {}) {
  const fixtures = createFixtures();
  let t = performance.now();
  const names = [];
  const source = iterateDebtors({ count: records, seed: 7 });
  const sampled = (function* () {
    let i = 0;
    for (const record of source) {
      if (i++ % Math.floor(records / lookups) === 0 && names.length < lookups) names.push(record.name);
      yield record;
    }
  })();
  const files = buildStaticFeed({ court: fixtures.court, statsIndex: fixtures.statsIndex, stats: fixtures.stats, exposure: fixtures.exposure, debtors: sampled });
  const buildMs = performance.now() - t;

  t = performance.now();
  await rm(dir, { recursive: true, force: true });
  const made = new Set();
  let shardFiles = 0;
  let rawBytes = 0;
  const shardSizes = [];
  for (const [path, content] of files) {
    const target = join(dir, path);
    if (!made.has(dirname(target))) {
      await mkdir(dirname(target), { recursive: true });
      made.add(dirname(target));
    }
    const text = JSON.stringify(content);
    rawBytes += text.length;
    if (path.includes('/shards/')) {
      shardFiles++;
      shardSizes.push(text.length);
    }
    await writeFile(target, text);
  }
  const manifest = files.get('debtors/manifest.json');
  files.clear();
  const writeMs = performance.now() - t;

  const log = [];
  const server = createStaticServer({ root: dir, onRequest: (r) => log.push(r) });
  const base = await listen(server);
  const client = createClient({ source: staticSource(base) });
  const cold = [];
  const warm = [];
  const bytes = [];
  let found = 0;
  for (const name of names) {
    const before = log.length;
    let start = performance.now();
    const result = await client.searchDebtors({ name });
    cold.push(performance.now() - start);
    bytes.push(log.slice(before).reduce((sum, r) => sum + r.bytes, 0));
    if (result.total > 0) found++;
    start = performance.now();
    await client.searchDebtors({ name });
    warm.push(performance.now() - start);
  }
  server.close();
  // The first lookup also fetched the manifest; report a typical lookup and the worst one.
  return {
    records,
    shardCount: manifest.shardCount,
    shardFiles,
    feedMegabytes: +(rawBytes / 1e6).toFixed(1),
    buildSeconds: +(buildMs / 1000).toFixed(1),
    writeSeconds: +(writeMs / 1000).toFixed(1),
    lookups: names.length,
    found,
    shardRawBytesMedian: percentile(shardSizes, 50),
    shardRawBytesMax: Math.max(...shardSizes),
    transferredBytesMedian: percentile(bytes.slice(1), 50),
    transferredBytesMax: Math.max(...bytes),
    firstLookupBytes: bytes[0],
    coldMsMedian: +percentile(cold, 50).toFixed(2),
    coldMsP95: +percentile(cold, 95).toFixed(2),
    warmMsMedian: +percentile(warm, 50).toFixed(3),
    warmMsP95: +percentile(warm, 95).toFixed(3),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [records, lookups] = process.argv.slice(2).map(Number);
  console.log(await run({ ...(records ? { records } : {}), ...(lookups ? { lookups } : {}) }));
}
