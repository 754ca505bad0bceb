#!/usr/bin/env node
// Size budgets, enforced by `npm test` after the build: gzip -9 bytes of each built browser bundle
// (the embed entries, everything in the embed directory together, the SDK bundle) against
// size-budgets.json. Budgets may only go down: a budget above the committed one (git HEAD) fails too.
// Timings are never asserted anywhere; `npm run bench` reports them.
//   node scripts/check-size.mjs            check
//   node scripts/check-size.mjs --print    also print every figure
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileBytes, pageScripts, shippedFiles } from './bench/size.mjs';

const BUDGETS = 'size-budgets.json';

const toRegExp = (pattern) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);

/** A budget is for files (a path or pattern) or for a page: the scripts a page with `page`'s elements downloads. */
const keyOf = (b) => b.files ?? `page ${b.page.join('+')}${b.legacy ? ' (legacy build)' : ''}`;

function committedBudgets() {
  try {
    const text = execFileSync('git', ['show', `HEAD:${BUDGETS}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return new Map(JSON.parse(text).budgets.map((b) => [keyOf(b), b.gzip]));
  } catch {
    return new Map(); // not committed yet, or no git: nothing to compare with
  }
}

const { budgets } = JSON.parse(await readFile(BUDGETS, 'utf8'));
const files = await shippedFiles();
const gzip = new Map();
for (const file of files) gzip.set(file, (await fileBytes(file)).gzip);

const failures = [];
const rows = [];
const committed = committedBudgets();
for (const entry of budgets) {
  const { gzip: budget } = entry;
  const pattern = keyOf(entry);
  let matched;
  if (entry.page) {
    matched = await pageScripts(entry.page, { legacy: entry.legacy === true });
    for (const file of matched) if (!gzip.has(file)) gzip.set(file, (await fileBytes(file)).gzip);
  } else {
    const re = toRegExp(pattern);
    matched = files.filter((file) => re.test(file));
  }
  const actual = matched.reduce((sum, file) => sum + gzip.get(file), 0);
  rows.push({ files: pattern, matched: matched.length, gzip: actual, budget, left: budget - actual });
  if (matched.length === 0) failures.push(`${pattern}: no built file matches (run \`npm run build\`; a renamed bundle needs its budget renamed in ${BUDGETS})`);
  else if (actual > budget) failures.push(`${pattern}: ${actual.toLocaleString('en')} bytes gzip > budget ${budget.toLocaleString('en')} (+${(actual - budget).toLocaleString('en')})`);
  const before = committed.get(pattern);
  if (before !== undefined && budget > before) failures.push(`${pattern}: budget raised from ${before} to ${budget} — budgets may only go down`);
}
if (process.argv.includes('--print') || failures.length) console.table(rows);
if (failures.length) {
  console.error(`Size budgets exceeded (${BUDGETS}, gzip -9 bytes):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
const slack = rows.filter((r) => r.left > Math.max(100, r.budget * 0.05));
console.log(`size budgets: ${rows.length} checked, all within ${BUDGETS}${slack.length ? ` (${slack.length} more than 5% under: lower them)` : ''}`);
