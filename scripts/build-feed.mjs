#!/usr/bin/env node
// Writes the demo static feed (or a large generated one) to a folder:
//   node scripts/build-feed.mjs [--out examples/feed] [--generated 3000] [--seed 20230825]
import { parseArgs } from 'node:util';
import { demoFeed, writeFeed } from './lib/demo-data.mjs';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'examples/feed' },
    generated: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '20230825' },
  },
});
const started = performance.now();
const files = demoFeed({ generated: Number(values.generated), seed: Number(values.seed) });
const count = await writeFeed(files, values.out);
console.log(`Wrote ${count} files to ${values.out}/ in ${Math.round(performance.now() - started)} ms`);
