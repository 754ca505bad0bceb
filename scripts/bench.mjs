#!/usr/bin/env node
// `npm run bench` (after `npm run build`): everything measured side by side in one run, in headless
// Chromium on this machine — bundle bytes, the gauge against ECharts and Chart.js, the SDK against
// plain JSON.parse / fetch, the exposure board against a plain <table>, lookups on realistic-name
// 100k and 1M feeds — at 1× and 4× CPU throttling, interleaved, medians and spread. Writes
// bench/results.json and bench/results.md and prints the table. Timings are reported, never asserted.
//   node scripts/bench.mjs [--quick] [--only gauge,bytes,sdk,board,lookup,publisher] [--no-publisher]
// --quick: few iterations and small sizes, for developing the harness (~3 min); results go to
// .bench/results-quick.* instead of bench/.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { createBenchServer, launch } from './bench/browser.mjs';
import { listen } from './lib/static-server.mjs';
import { buildComparators, versions } from './bench/comparators.mjs';
import { exposureFeeds, lookupNames, writeDemoFeed } from './bench/feeds.mjs';
import { fileBytes, run as sizeRun } from './bench/size.mjs';
import { markdown } from './bench/report.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = onlyArg ? new Set((onlyArg.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf(onlyArg) + 1]).split(',')) : undefined;
const wants = (section) => !only || only.has(section);
const log = (...a) => console.error(...a);
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

const RATES = [1, 4];
const SIZES = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const WWW = resolve('.bench/www');
const results = { meta: {}, sizes: {}, timings: {} };

// 1. A snapshot of what is served, so a build running elsewhere cannot change files mid-run.
log(`[${elapsed()}] snapshot of the built bundles, comparators and feeds in ${WWW}`);
await rm(WWW, { recursive: true, force: true });
await mkdir(join(WWW, 'sdk'), { recursive: true });
await cp('packages/elements/dist/embed', join(WWW, 'embed'), { recursive: true });
await cp('packages/sdk/dist/browser', join(WWW, 'sdk'), { recursive: true });
await cp('scripts/bench/pages', join(WWW, 'pages'), { recursive: true });
await writeDemoFeed(join(WWW, 'feed'));
const comparators = await buildComparators(join(WWW, 'cmp'));
await mkdir('.bench/feeds', { recursive: true });
await symlink(resolve('.bench/feeds'), join(WWW, 'data'));

// 2. Bytes of every shipped file and of the comparators (min / gzip -9 / brotli q11).
results.sizes.files = await sizeRun();
results.sizes.comparators = {};
for (const [name, file] of Object.entries(comparators)) results.sizes.comparators[name] = await fileBytes(file);

// 3. The publisher at 100k and 1M rows (its own processes), which also writes the lookup feeds.
const publisherFeeds = { '100k': '.bench/publisher/feed-100000', '1M': '.bench/publisher/feed-1000000' };
const runPublisher = wants('publisher') && !args.includes('--no-publisher') && !(quick && existsSync(publisherFeeds['100k']));
if (runPublisher) {
  log(`[${elapsed()}] publisher: 100,000 and 1,000,000 realistic GB18030 CSV rows`);
  const runner = `const m = await import(${JSON.stringify(new URL('./bench/publisher.mjs', import.meta.url).href)}); console.log('@@' + JSON.stringify(await m.run(${quick ? '{ sizes: [100000] }' : ''})));`;
  const child = spawnSync(process.execPath, ['--max-old-space-size=8192', '--input-type=module', '-e', runner], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const line = child.stdout.split('\n').find((l) => l.startsWith('@@'));
  if (child.status !== 0 || !line) {
    log('publisher bench failed');
    process.exitCode = 1;
  } else results.timings.publisher = JSON.parse(line.slice(2));
}
const lookupFeeds = {};
for (const [label, dir] of Object.entries(publisherFeeds)) {
  if (existsSync(join(dir, 'debtors/manifest.json'))) {
    await symlink(resolve(dir), join(WWW, `lookup-${label}`));
    lookupFeeds[label] = `/lookup-${label}/`;
  }
}

// 4. Exposure feeds of N realistic entries (cached in .bench/feeds).
if (wants('sdk') || wants('board')) await exposureFeeds('.bench/feeds', SIZES, log);

// 5. Chromium.
const browser = await launch();
const { server, routes } = createBenchServer(WWW);
const base = await listen(server);
results.meta = {
  date: new Date().toISOString(),
  quick,
  commit: (() => {
    try {
      const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
      const dirty = execFileSync('git', ['status', '--porcelain', '--', 'packages', 'rollup.config.mjs'], { encoding: 'utf8' }).trim();
      return dirty ? `${head} + uncommitted changes` : head;
    } catch {
      return undefined;
    }
  })(),
  node: process.version,
  chromium: await browser.version(),
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  nproc: (() => {
    try {
      return execFileSync('nproc', { encoding: 'utf8' }).trim();
    } catch {
      return String(cpus().length);
    }
  })(),
  memory: (() => {
    try {
      return execFileSync('free', ['-h'], { encoding: 'utf8' }).trimEnd();
    } catch {
      return `${(totalmem() / 2 ** 30).toFixed(1)} GiB`;
    }
  })(),
  comparators: versions(),
  rates: RATES,
  loadAverageAtStart: loadavg().map((x) => +x.toFixed(2)),
};
const context = { browser, base, routes, root: WWW, quick, log, rates: RATES };
const sections = [
  ['bytes', () => import('./bench/bytes.mjs').then((m) => m.run(context))],
  ['gauge', () => import('./bench/gauge.mjs').then((m) => m.run({ ...context, rounds: quick ? 2 : 7, profileRounds: quick ? 1 : 3 }))],
  ['sdk', () => import('./bench/sdk.mjs').then((m) => m.run({ ...context, sizes: SIZES }))],
  ['board', () => import('./bench/board.mjs').then((m) => m.run({ ...context, sizes: SIZES }))],
  ['lookup', () => import('./bench/lookup.mjs').then((m) => m.run({ ...context, feeds: lookupFeeds, pages: quick ? 2 : 5, names: lookupNames(quick ? { sampled: 8, top: 2 } : { sampled: 40, top: 5 }) }))],
];
try {
  for (const [name, section] of sections) {
    if (!wants(name)) continue;
    log(`[${elapsed()}] ${name}`);
    const t = performance.now();
    try {
      results.timings[name] = await section();
    } catch (error) {
      log(`${name} failed: ${error.stack}`);
      results.timings[name] = { error: error.message };
      process.exitCode = 1;
    }
    (results.meta.sectionSeconds ??= {})[name] = Math.round((performance.now() - t) / 1000);
  }
} finally {
  await browser.close();
  server.close();
}
results.meta.totalSeconds = Math.round((performance.now() - started) / 1000);
results.meta.loadAverageAtEnd = loadavg().map((x) => +x.toFixed(2));

const outDir = quick || only ? '.bench' : 'bench';
const stem = quick || only ? 'results-quick' : 'results';
await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, `${stem}.json`), `${JSON.stringify(results, null, 2)}\n`);
const table = markdown(results);
await writeFile(join(outDir, `${stem}.md`), table);
console.log(table);
log(`[${elapsed()}] wrote ${outDir}/${stem}.json and ${outDir}/${stem}.md`);

// A full run refreshes the "Latest run" section of docs/performance.md.
if (!quick && !only) {
  const doc = 'docs/performance.md';
  const text = await readFile(doc, 'utf8');
  const start = text.indexOf('<!-- bench:start');
  const end = text.indexOf('<!-- bench:end -->');
  if (start >= 0 && end > start) {
    const startLineEnd = text.indexOf('\n', start) + 1;
    const machine = [
      `Machine: \`nproc\` = ${results.meta.nproc}, ${results.meta.cpus}; ${results.meta.chromium}; Node ${results.meta.node}; comparators echarts ${results.meta.comparators.echarts}, chart.js ${results.meta.comparators['chart.js']}.`,
      '',
      '```',
      `$ free -h`,
      results.meta.memory,
      '```',
      '',
    ].join('\n');
    await writeFile(doc, `${text.slice(0, startLineEnd)}${machine}\n${table}${text.slice(end)}`);
    log(`updated ${doc}`);
  }
}
