// How often derived record ids collide at province scale (issue 19), and that none is refused now.
// Generates realistic identities (scripts/lib/realistic-names.mjs: names as concentrated as China's,
// 王伟 ≈ 6,000 per million, valid resident IDs, case numbers of a few years), derives each one's id as
// `zhixing-feed build` does for a row without 记录编号, and counts
//  - old scheme (`sx-<year>-<fnv1a32>` only): rows refused as "duplicate record id" although their
//    identity differs from the row holding the id;
//  - new scheme (RecordIds, packages/publisher/src/ids.ts): rows refused, shared short ids, records
//    given the longer id, and whether every final id is distinct.
// Run after `npm run build`:  node scripts/record-id-collisions.mjs [--count 1000000] [--seed 2019]
import { parseCaseNumber } from '@zhixing/sdk';
import { RecordIds, identityHash, identityKey, isWideRecordId, shortRecordId } from '@zhixing/publisher';
import { realisticRows } from './lib/realistic-names.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('count', 1_000_000);
const seed = arg('seed', 2019);
const TYPE = 'dishonest-debtor';

const started = performance.now();
const oldIds = new Set(); // the old scheme: the first row with a short id takes it, later ones are refused
const keys = new Set(); // identities seen: a key seen before is the same record twice
const registry = new RecordIds();
const rows = []; // [provisional id, identity hash] of every accepted row
let oldRefused = 0;
let sameRecordTwice = 0;
let newRefused = 0;
let duplicatesMissed = 0;
const perYear = new Map(); // ids of one type and case year compete for the same 2³² hashes
for (const row of realisticRows({ count, seed })) {
  const parsed = parseCaseNumber(row.执行案号);
  const key = identityKey({ type: TYPE, caseNumber: parsed.normalized, name: row['被执行人姓名/名称'], idNumber: row['身份证号码/组织机构代码'] });
  const short = shortRecordId(TYPE, parsed.year, key);
  perYear.set(parsed.year, (perYear.get(parsed.year) ?? 0) + 1);
  const twice = keys.has(key);
  keys.add(key);
  if (twice) sameRecordTwice++;
  else if (oldIds.has(short)) oldRefused++;
  oldIds.add(short);
  const claim = registry.claim(short, key, false);
  if (claim.ok) {
    rows.push([claim.id, identityHash(key)]);
    if (twice) duplicatesMissed++;
  } else if (!twice) newRefused++;
}
const generated = performance.now();
const settlement = await registry.settle();
const finalIds = new Set(rows.map(([id, hash]) => settlement.idOf(id, hash)));
const settled = performance.now();

const expected = [...perYear.values()].reduce((sum, n) => sum + (n * n) / 2 ** 33, 0);
const wide = [...finalIds].filter(isWideRecordId).length;
console.log(`${count.toLocaleString('en-US')} realistic identities (seed ${seed}), ${Math.round(generated - started)} ms to generate and claim, ${Math.round(settled - generated)} ms to settle`);
console.log(`  the same record twice (a genuine duplicate, refused by both schemes): ${sameRecordTwice}`);
console.log(`  old scheme: ${oldRefused} valid rows refused as "duplicate record id" (Σ n²/2³³ over the case years ≈ ${expected.toFixed(1)} expected)`);
console.log(`  new scheme: ${newRefused} refused; ${settlement.contested} short ids shared, ${wide} records under the longer id (${settlement.renamed} moved after the last row); ${finalIds.size.toLocaleString('en-US')} distinct ids for ${rows.length.toLocaleString('en-US')} records`);
if (newRefused > 0 || duplicatesMissed > 0 || finalIds.size !== rows.length) {
  console.error(`FAILED: ${newRefused} valid rows refused, ${duplicatesMissed} duplicates let through, ${rows.length - finalIds.size} ids shared`);
  process.exitCode = 1;
}
