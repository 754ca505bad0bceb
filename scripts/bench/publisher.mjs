// The publisher at province scale: realistic-name CSVs (GB18030, as Chinese Excel saves them) of
// 100,000 and 1,000,000 rows, each read, validated, screened and written by `buildFeed` in its own
// process (time and peak RSS); then the next day's export — the same list with 1 % changed, spread
// over it (payments, removals, new listings) — published over it (a delta over the kept shards), with
// the files and bytes it wrote against the whole feed; then the worst lookup transfer of the 1M feed
// as it stands (manifest + shard + the largest hot-name file of that shard + the largest delta
// files), gzip bytes. Run by `npm run bench`, or alone:
//   node scripts/bench/publisher.mjs [--sizes 100000,1000000]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { writeRealisticCsv } from '../lib/realistic-names.mjs';

const TODAY = '2026-11-30';
const NEXT_DAY = '2026-12-01';
const WORK = '.bench/publisher';

/** In the child: one build, measured. */
async function child(csv, out, today = TODAY) {
  const { buildFeed, loadPublishedFeed, referencedFiles } = await import('@zhixing/publisher/node');
  const { taoyuanCourt } = await import('@zhixing/mocks');
  const started = performance.now();
  const report = await buildFeed({ inputs: [csv], out, court: taoyuanCourt, now: new Date(`${today}T12:00:00+08:00`) });
  const ms = Math.round(performance.now() - started);
  const r = report.result;
  // Every file the version references (shards, delta, board), and the top-level files.
  const published = await loadPublishedFeed(out);
  const { dirs, files } = await referencedFiles(out, published);
  let totalFiles = 0;
  let totalBytes = 0;
  const walk = async (dir) => {
    for (const entry of await readdir(join(out, dir), { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(`${dir}/${entry.name}`);
      else {
        totalFiles++;
        totalBytes += (await stat(join(out, dir, entry.name))).size;
      }
    }
  };
  for (const dir of dirs) await walk(dir);
  for (const file of [...files, 'court.json', 'exposure.json', 'exposure/index.json', 'debtors/manifest.json', 'index.html']) {
    totalFiles++;
    totalBytes += (await stat(join(out, file))).size;
  }
  return {
    ms,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    published: report.tally.published,
    problems: report.problemCount,
    files: r?.files,
    hotNames: r?.hotNames,
    shards: r?.shardCount,
    written: r?.written,
    total: { files: totalFiles, bytes: totalBytes },
    filesPct: r ? +((100 * r.written.files) / totalFiles).toFixed(2) : undefined,
    bytesPct: r ? +((100 * r.written.bytes) / totalBytes).toFixed(2) : undefined,
    ...(r?.compacted ? { compacted: r.compacted } : {}),
    ...(r?.delta ? { delta: r.delta } : {}),
  };
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
  // The delta: the largest delta file and the largest file of one name's changes (a lookup reads one of each at most).
  let deltaGroup = 0;
  let deltaOwn = 0;
  if (manifest.delta) {
    const deltaDir = join(out, 'debtors', manifest.delta.path.split('/').slice(0, -1).join('/'));
    for (const name of await readdir(deltaDir)) {
      const gz = gzipSync(await readFile(join(deltaDir, name))).length;
      if (/^[0-9a-f]+\.json$/.test(name)) deltaGroup = Math.max(deltaGroup, gz);
      else deltaOwn = Math.max(deltaOwn, gz);
    }
  }
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
    const total = manifestGz + bytes + hot + deltaGroup + (hot ? deltaOwn : 0);
    if (total > worst.bytes) worst = { bytes: total, shard: name, hotFile, manifest: manifestGz, shardBytes: bytes, hotBytes: hot, delta: deltaGroup + (hot ? deltaOwn : 0) };
  }
  return { worstLookupGzip: worst.bytes, worstLookup: `${worst.manifest} manifest + ${worst.shardBytes} ${worst.shard} + ${worst.hotBytes} ${worst.hotFile || '-'} + ${worst.delta} delta`, largestShardGzip: largestShard, largestHotFileGzip: largestHot, filesInShardDir: sizes.size };
}

export async function run({ sizes = [100_000, 1_000_000] } = {}) {
  await mkdir(WORK, { recursive: true });
  const results = {};
  const inChild = (csv, out, today) => {
    const runner = `const m = await import(${JSON.stringify(import.meta.url)}); console.log('@@' + JSON.stringify(await m.child(${JSON.stringify(csv)}, ${JSON.stringify(out)}, ${JSON.stringify(today)})));`;
    const proc = spawnSync(process.execPath, ['--input-type=module', '-e', runner], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const line = proc.stdout.split('\n').find((l) => l.startsWith('@@'));
    if (proc.status !== 0 || !line) throw new Error(`publisher build of ${csv} failed`);
    return JSON.parse(line.slice(2));
  };
  for (const count of sizes) {
    const csv = join(WORK, `realistic-${count}.csv`);
    const nextDay = join(WORK, `realistic-${count}-day1.csv`);
    for (const [path, days] of [[csv, 0], [nextDay, 1]]) {
      if (existsSync(path)) continue;
      const t = performance.now();
      await writeRealisticCsv(path, { count, seed: 2019, today: TODAY, days });
      console.error(`generated ${path} in ${Math.round(performance.now() - t)} ms`);
    }
    const out = join(WORK, `feed-${count}`);
    await rm(out, { recursive: true, force: true });
    const row = inChild(csv, out, TODAY);
    row.republish = inChild(nextDay, out, NEXT_DAY);
    if (count >= 1_000_000) Object.assign(row.republish, await worstLookup(out));
    results[`${count} rows`] = row;
    console.error(`  publisher ${count}: first ${row.ms} ms (${row.files} files); a day later ${row.republish.ms} ms, wrote ${row.republish.written?.files} files (${row.republish.filesPct} %), ${row.republish.written?.bytes} bytes (${row.republish.bytesPct} %)${row.republish.compacted ? `, ${row.republish.compacted}` : ''}`);
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
