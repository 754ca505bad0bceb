// The publisher at province scale: realistic-name CSVs (GB18030, as Chinese Excel saves them) of
// 100,000 and 1,000,000 rows, each read, validated, screened and written by `buildFeed` in its own
// process (time and peak RSS), then the worst lookup transfer of the 1M feed: manifest + shard +
// the largest hot-name file of that shard, gzip bytes. Run by `npm run bench`, or alone:
//   node scripts/bench/publisher.mjs [--sizes 100000,1000000]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { writeRealisticCsv } from '../lib/realistic-names.mjs';

const TODAY = '2026-11-30';
const WORK = '.bench/publisher';

/** In the child: one build, measured. */
async function child(csv, out) {
  const { buildFeed } = await import('@zhixing/publisher/node');
  const { taoyuanCourt } = await import('@zhixing/mocks');
  const started = performance.now();
  const report = await buildFeed({ inputs: [csv], out, court: taoyuanCourt, now: new Date(`${TODAY}T12:00:00+08:00`) });
  const ms = Math.round(performance.now() - started);
  return { ms, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), published: report.tally.published, problems: report.problemCount, files: report.result?.files, hotNames: report.result?.hotNames, shards: report.result?.shardCount };
}

async function worstLookup(out) {
  const manifest = JSON.parse(await readFile(join(out, 'debtors/manifest.json'), 'utf8'));
  const manifestGz = gzipSync(JSON.stringify(manifest)).length;
  const dir = join(out, 'debtors', manifest.shardPath.split('/').slice(0, -1).join('/'));
  const sizes = new Map();
  for (const name of await readdir(dir)) sizes.set(name, gzipSync(await readFile(join(dir, name))).length);
  let worst = { bytes: 0 };
  let largestShard = 0;
  let largestHot = 0;
  for (const [name, bytes] of sizes) {
    const m = /^([0-9a-f]+)\.json$/.exec(name);
    if (!m) {
      largestHot = Math.max(largestHot, bytes);
      continue;
    }
    largestShard = Math.max(largestShard, bytes);
    let hot = 0;
    let hotFile = '';
    for (const [other, b] of sizes) if (other.startsWith(`${m[1]}-h`) && b > hot) [hot, hotFile] = [b, other];
    const total = manifestGz + bytes + hot;
    if (total > worst.bytes) worst = { bytes: total, shard: name, hotFile, manifest: manifestGz, shardBytes: bytes, hotBytes: hot };
  }
  return { worstLookupGzip: worst.bytes, worstLookup: `${worst.manifest} manifest + ${worst.shardBytes} ${worst.shard} + ${worst.hotBytes} ${worst.hotFile || '-'}`, largestShardGzip: largestShard, largestHotFileGzip: largestHot, filesInShardDir: sizes.size };
}

export async function run({ sizes = [100_000, 1_000_000] } = {}) {
  await mkdir(WORK, { recursive: true });
  const results = {};
  for (const count of sizes) {
    const csv = join(WORK, `realistic-${count}.csv`);
    if (!existsSync(csv)) {
      const t = performance.now();
      await writeRealisticCsv(csv, { count, seed: 2019, today: TODAY });
      console.error(`generated ${csv} in ${Math.round(performance.now() - t)} ms`);
    }
    const out = join(WORK, `feed-${count}`);
    await rm(out, { recursive: true, force: true });
    const runner = `const m = await import(${JSON.stringify(import.meta.url)}); console.log('@@' + JSON.stringify(await m.child(${JSON.stringify(csv)}, ${JSON.stringify(out)})));`;
    const proc = spawnSync(process.execPath, ['--input-type=module', '-e', runner], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const line = proc.stdout.split('\n').find((l) => l.startsWith('@@'));
    if (proc.status !== 0 || !line) throw new Error(`publisher build of ${count} rows failed`);
    const row = JSON.parse(line.slice(2));
    if (count >= 1_000_000) Object.assign(row, await worstLookup(out));
    results[`${count} rows`] = row;
  }
  return results;
}

export { child };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = process.argv.indexOf('--sizes');
  const sizes = arg > 0 ? process.argv[arg + 1].split(',').map(Number) : undefined;
  const results = await run(sizes ? { sizes } : {});
  console.log(JSON.stringify(results, null, 2));
}
