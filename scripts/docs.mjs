#!/usr/bin/env node
// `npm run docs`: the elements' manifest and reference (docs/elements.md) from their JSDoc, then the
// typedoc API reference (docs/api/) of the SDK (with @zhixing/sdk/stats), the publisher (with
// @zhixing/publisher/node), the elements and the React wrappers, failing on any warning — an exported
// symbol without a description is one (typedoc.json: validation.notDocumented, requiredToBeDocumented).
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run(process.execPath, ['scripts/generate-elements-docs.mjs']);
run('npx', ['typedoc', '--options', 'typedoc.json']);
console.log('API reference written to docs/api/index.html');
