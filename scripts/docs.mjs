#!/usr/bin/env node
// `npm run docs`: the typedoc API reference (docs/api/), failing on any warning.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npx', ['typedoc', '--options', 'typedoc.json']);
console.log('API reference written to docs/api/index.html');
