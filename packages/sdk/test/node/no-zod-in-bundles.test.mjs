// What ships to the browser validates with the compiled validators only: after `npm run build`, no
// embed file (modern or legacy) and not the SDK's browser bundle carries zod (zod's own sources show
// the markers are the right ones), and no generated or shipped file uses eval or `new Function`.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { it } from 'node:test';

const root = new URL('../../../../', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');
// Strings every zod/mini build has (its internals and class names).
const ZOD_MARKERS = ['_zod', '$ZodType', 'ZodMini'];
const EVAL = [/\bnew Function\b/, /\beval\(/, /\bFunction\(/];
const embed = (await readdir(new URL('packages/elements/dist/embed/', root), { recursive: true })).map(String).filter((f) => f.endsWith('.js'));

it('the embed bundles carry no zod', async () => {
  assert.ok(embed.length >= 7, `only ${embed.length} files in packages/elements/dist/embed: run npm run build`);
  for (const file of embed) {
    const text = await read(`packages/elements/dist/embed/${file}`);
    for (const marker of ZOD_MARKERS) assert.ok(!text.includes(marker), `${file} contains ${marker}`);
  }
});

it('the SDK browser bundle carries no zod either', async () => {
  const text = await read('packages/sdk/dist/browser/zhixing-sdk.min.js');
  for (const marker of ZOD_MARKERS) assert.ok(!text.includes(marker), `zhixing-sdk.min.js contains ${marker}`);
});

it('the markers find zod where it is: in zod/mini itself', async () => {
  const zod = (await Promise.all(['node_modules/zod/v4/core/core.js', 'node_modules/zod/v4/core/schemas.js', 'node_modules/zod/v4/mini/schemas.js'].map(read))).join('\n');
  for (const marker of ZOD_MARKERS) assert.ok(zod.includes(marker), marker);
});

it('neither the compiled validators nor any shipped bundle evaluate code', async () => {
  const files = ['packages/sdk/src/contract/validate.generated.ts', 'packages/sdk/src/contract/compiled-runtime.ts', 'packages/sdk/dist/browser/zhixing-sdk.min.js', ...embed.map((f) => `packages/elements/dist/embed/${f}`)];
  for (const file of files) {
    // Comments may say "no eval"; code may not use it.
    const text = (await read(file)).replace(/\/\/.*$/gm, '');
    for (const pattern of EVAL) assert.doesNotMatch(text, pattern, file);
  }
});

it('the generated validators say they are generated and import no zod', async () => {
  const text = await read('packages/sdk/src/contract/validate.generated.ts');
  assert.match(text, /^\/\/ generated — do not edit/);
  assert.doesNotMatch(text, /from 'zod/);
  for (const file of ['checker.ts', 'checks.ts', 'compiled-runtime.ts']) assert.doesNotMatch(await read(`packages/sdk/src/contract/${file}`), /from 'zod/, file);
});
