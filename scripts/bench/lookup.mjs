// What one <zx-debtor-lookup> search costs the SDK over a county-sized static feed (default 100,000
// records), without the network: the feed is built in memory and served by a fetch function reading
// from the Map, so the figures are the client's own work (manifest + shard parsing, contract checks,
// screening, matching) and the bytes a real server would send (raw, and gzipped).
// Needs the built packages: `npx rollup -c` first.
//   node scripts/bench/lookup.mjs [records] [lookups]
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createClient, staticSource } from '@zhixing/sdk';
import { buildStaticFeed, createFixtures, generateDebtors } from '@zhixing/mocks';

const BASE = 'https://feed.bench.invalid/taoyuan/';

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const ms = (value, digits = 2) => +value.toFixed(digits);

/** A fetch that serves the feed's files from memory and counts what it sends. */
function memoryFetch(bodies) {
  const basePath = new URL(BASE).pathname;
  const stats = { requests: 0, bytes: 0, gzipBytes: 0, paths: [] };
  const fetch = async (input) => {
    const url = new URL(typeof input === 'string' ? input : input.url);
    const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
    stats.requests++;
    stats.paths.push(path);
    const body = bodies.get(path);
    if (body === undefined) return new Response('{"error":{"code":"not-found"}}', { status: 404, headers: { 'content-type': 'application/json' } });
    stats.bytes += body.bytes;
    stats.gzipBytes += body.gzipBytes;
    return new Response(body.text, { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, stats };
}

/**
 * @param {{ records?: number, lookups?: number, seed?: number }} [options]
 * @returns {Promise<Record<string, number>>} latencies in ms, sizes in bytes
 */
export async function run({ records = 100_000, lookups = 200, seed = 20230825 } = {}) {
  const fixtures = createFixtures();
  let t = performance.now();
  const debtors = generateDebtors({ count: records, seed });
  const files = buildStaticFeed({ court: fixtures.court, statsIndex: fixtures.statsIndex, stats: fixtures.stats, exposure: { items: [] }, debtors });
  const buildMs = performance.now() - t;

  // Serialise once, as files on a web server would be.
  const bodies = new Map();
  const shardSizes = [];
  let feedBytes = 0;
  for (const [path, body] of files) {
    const text = JSON.stringify(body);
    const bytes = Buffer.byteLength(text);
    bodies.set(path, { text, bytes, gzipBytes: gzipSync(text).length });
    feedBytes += bytes;
    if (path.includes('/shards/')) shardSizes.push(bytes);
  }
  const manifest = files.get('debtors/manifest.json');
  files.clear();

  // Names of existing records, spread over the whole list; each searched cold, then warm.
  const step = Math.max(1, Math.floor(debtors.length / lookups));
  const names = [];
  for (let i = 0; i < debtors.length && names.length < lookups; i += step) names.push(debtors[i].name);

  const { fetch, stats } = memoryFetch(bodies);
  const client = createClient({ source: staticSource(BASE), fetch, cacheTtlMs: 3_600_000, maxCacheEntries: 10_000 });
  const cold = [];
  const warm = [];
  const coldBytes = [];
  const coldGzipBytes = [];
  const coldRequests = [];
  const warmBytes = [];
  let found = 0;
  let firstLookupBytes = 0;
  const seenShards = new Set();
  for (const [index, name] of names.entries()) {
    let before = { bytes: stats.bytes, gzipBytes: stats.gzipBytes, requests: stats.requests };
    t = performance.now();
    const result = await client.searchDebtors({ name });
    const elapsed = performance.now() - t;
    const newPaths = stats.paths.slice(before.requests);
    const shard = newPaths.find((p) => p.includes('/shards/'));
    if (result.total > 0) found++;
    if (index === 0) firstLookupBytes = stats.bytes - before.bytes;
    // Cold = the first lookup that had to download its shard (the manifest is cached after the very first).
    if (shard && !seenShards.has(shard) && index > 0) {
      cold.push(elapsed);
      coldBytes.push(stats.bytes - before.bytes);
      coldGzipBytes.push(stats.gzipBytes - before.gzipBytes);
      coldRequests.push(stats.requests - before.requests);
    }
    if (shard) seenShards.add(shard);
    before = { bytes: stats.bytes, gzipBytes: stats.gzipBytes, requests: stats.requests };
    t = performance.now();
    await client.searchDebtors({ name });
    warm.push(performance.now() - t);
    warmBytes.push(stats.bytes - before.bytes);
  }

  // A first visit: a fresh client (new page) fetches the manifest and one shard.
  const visits = [];
  for (const name of names.slice(0, 50)) {
    const fresh = createClient({ source: staticSource(BASE), fetch });
    t = performance.now();
    await fresh.searchDebtors({ name });
    visits.push(performance.now() - t);
  }

  return {
    records,
    shardCount: manifest.shardCount,
    shardFiles: shardSizes.length,
    feedMegabytes: +(feedBytes / 1e6).toFixed(1),
    buildSeconds: +(buildMs / 1000).toFixed(2),
    lookups: names.length,
    found,
    manifestBytes: bodies.get('debtors/manifest.json').bytes,
    shardBytesMedian: percentile(shardSizes, 50),
    shardBytesMax: Math.max(...shardSizes),
    firstLookupBytes,
    coldLookups: cold.length,
    coldRequestsPerLookup: percentile(coldRequests, 50),
    coldBytesMedian: percentile(coldBytes, 50),
    coldBytesP95: percentile(coldBytes, 95),
    coldGzipBytesMedian: percentile(coldGzipBytes, 50),
    coldGzipBytesP95: percentile(coldGzipBytes, 95),
    coldMsMedian: ms(percentile(cold, 50)),
    coldMsP95: ms(percentile(cold, 95)),
    warmBytesMax: Math.max(...warmBytes),
    warmMsMedian: ms(percentile(warm, 50), 3),
    warmMsP95: ms(percentile(warm, 95), 3),
    firstVisitMsMedian: ms(percentile(visits, 50)),
    firstVisitMsP95: ms(percentile(visits, 95)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [records, lookups] = process.argv.slice(2).map(Number);
  const figures = await run({ ...(records ? { records } : {}), ...(lookups ? { lookups } : {}) });
  console.log(`Lookup over a ${figures.records.toLocaleString('en')}-record static feed (${figures.shardCount} shards, in-memory fetch):`);
  console.table(figures);
}
