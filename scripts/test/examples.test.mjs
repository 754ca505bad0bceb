// The Node example prints Taoyuan's figures identically from both source kinds; the generated
// contract files are up to date with the zod schemas.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { it } from 'node:test';

it('examples/node-sdk prints the same seed figures from the static feed and the API', () => {
  const out = execFileSync(process.execPath, ['examples/node-sdk/index.mjs'], { encoding: 'utf8' });
  const sections = out.split(/^== .* ==$/m).slice(1).map((s) => s.replace('Both sources agree.', '').trim());
  assert.equal(sections.length, 2);
  assert.equal(sections[0], sections[1]);
  assert.match(sections[0], /结案率: 92\.97% = 3,387 \/ 3,643/);
  assert.match(sections[0], /实际执结率: 78\.95% = 2,674 \/ 3,387/);
  assert.match(out, /Both sources agree\./);
});

it('the JSON Schema, the docs tables and the compiled validators are generated from the current zod schemas', () => {
  execFileSync(process.execPath, ['scripts/generate-contract.mjs', '--check'], { encoding: 'utf8' });
});

it('custom-elements.json and docs/elements.md are generated from the current components', () => {
  execFileSync(process.execPath, ['scripts/generate-elements-docs.mjs', '--check'], { encoding: 'utf8' });
});
