#!/usr/bin/env node
// Validation alone, in Node, on N realistic exposure entries (the bench's own generator): zod (as the
// SDK ran it before the compiled validators) against the compiled validators, for the bare
// `safeParse` and for `validateRecords` (validation + ID scan + scrubbing), beside JSON.parse of the
// same feed. Interleaved rounds, medians. Needs `npm run build`.
//   node scripts/bench/validation.mjs [count=100000] [rounds=7]
import { ExposureItem, todayInChina, validateRecords } from '@zhixing/sdk';
import * as compiled from '../../packages/sdk/dist/contract/validate.generated.js';
import { realisticRecords } from '../lib/realistic-names.mjs';

const count = Number(process.argv[2] ?? 100_000);
const rounds = Number(process.argv[3] ?? 7);
const today = todayInChina();
const text = JSON.stringify({ items: [...realisticRecords({ count, seed: 11, today })] });
// zod itself, as before: a wrapper is not registered, so validateRecords calls zod's safeParse.
const zod = { safeParse: (input) => ExposureItem.safeParse(input) };

const rows = {
  'JSON.parse': () => JSON.parse(text),
  'safeParse zod': (items) => items.forEach((item) => ExposureItem.safeParse(item)),
  'safeParse compiled': (items) => items.forEach((item) => compiled.ExposureItem.safeParse(item)),
  'validateRecords zod': (items) => validateRecords(items, zod, 'items'),
  'validateRecords compiled': (items) => validateRecords(items, ExposureItem, 'items'),
};
const times = Object.fromEntries(Object.keys(rows).map((k) => [k, []]));
for (let r = 0; r < rounds; r++) {
  const names = Object.keys(rows);
  if (r % 2) names.reverse();
  for (const name of names) {
    const items = JSON.parse(text).items;
    const t = performance.now();
    rows[name](items);
    times[name].push(performance.now() - t);
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(`${count.toLocaleString('en')} realistic exposure entries, ${rounds} rounds, Node ${process.version}`);
for (const [name, list] of Object.entries(times)) {
  const ms = median(list);
  console.log(`${name.padEnd(26)} ${ms.toFixed(1).padStart(8)} ms  ${Math.round((count / ms) * 1000).toLocaleString('en').padStart(11)} records/s  (min ${Math.min(...list).toFixed(1)}, max ${Math.max(...list).toFixed(1)})`);
}
