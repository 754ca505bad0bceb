#!/usr/bin/env node
// `npm run bench`: sizes and speeds, measured (never asserted in timed tests). Results are printed
// and written to .bench/results.json.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';

const results = {};
const size = await import('./bench/size.mjs');
results.size = await size.run();
console.log('\nBundle sizes (bytes):');
console.table(results.size);

// Each benchmark in its own process: a large heap for the million-record feed, no interference.
for (const [name, file, args] of [
  ['feed1m', 'scripts/bench/feed-1m.mjs', []],
  ['lookup100k', 'scripts/bench/lookup.mjs', []],
  // The publisher: 100k and 1M realistic-name GB18030 CSV rows (time, peak RSS, worst lookup at 1M).
  ['publisher', 'scripts/bench/publisher.mjs', []],
]) {
  if (!existsSync(file)) continue;
  const runner = `const m = await import(${JSON.stringify(new URL(`../${file}`, import.meta.url).href)}); console.log('@@' + JSON.stringify(await m.run()));`;
  const child = spawnSync(process.execPath, ['--max-old-space-size=8192', '--input-type=module', '-e', runner, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const line = child.stdout.split('\n').find((l) => l.startsWith('@@'));
  if (child.status !== 0 || !line) {
    console.error(`${name} failed`);
    process.exitCode = 1;
    continue;
  }
  results[name] = JSON.parse(line.slice(2));
  console.log(`\n${name}:`);
  console.table(results[name]);
}
await mkdir('.bench', { recursive: true });
await writeFile('.bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
