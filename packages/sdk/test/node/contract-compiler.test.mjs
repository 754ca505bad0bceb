// The contract compiler refuses what it cannot reproduce exactly, loudly, instead of compiling it
// approximately: a refinement that is not a named export of contract/checks.ts, and zod features it
// does not model. (What it does compile is checked against zod in compiled-validator.test.mjs.)
import assert from 'node:assert/strict';
import { it } from 'node:test';
import * as z from 'zod/mini';
import { contractChecks, contractSchemas } from '@zhixing/sdk';
import { compileValidatorModules, compileValidators } from '../../../../scripts/lib/contract-compiler.mjs';

const compile = (schema) => compileValidators({ Court: schema }, contractChecks);

it('compiles the contract', () => {
  const source = compileValidators(contractSchemas, contractChecks);
  assert.match(source, /^\/\/ generated — do not edit/);
  for (const name of Object.keys(contractSchemas)) assert.match(source, new RegExp(`export const ${name}: Checker<T\\.${name}>`));
});

it('splits the checkers over two modules without a second copy of anything', () => {
  const single = compileValidators(contractSchemas, contractChecks);
  const { first, rest } = compileValidatorModules(contractSchemas, contractChecks, ['Court', 'EnforcementStats'], './first.js');
  const declared = (source) => [...source.matchAll(/^(?:export )?(?:const|function) ([MRSn]\d+)\b/gm)].map((m) => m[1]);
  // Every declaration of the single module once, in one of the two.
  assert.deepEqual([...declared(first), ...declared(rest)].sort(), declared(single).sort());
  // The first module stands alone (the gauge's page loads only it) and exports its two checkers.
  assert.doesNotMatch(first, /from '\.\/(?!compiled-runtime|checks|checker|schemas)/);
  assert.deepEqual([...first.matchAll(/^export const (\w+): Checker/gm)].map((m) => m[1]), ['Court', 'EnforcementStats']);
  // The rest re-exports them, so it still offers every checker.
  assert.match(rest, /^export \{ Court, EnforcementStats \} from '\.\/first\.js';$/m);
  for (const name of Object.keys(contractSchemas).filter((n) => n !== 'Court' && n !== 'EnforcementStats')) assert.match(rest, new RegExp(`export const ${name}: Checker`));
  // What the rest takes from the first is exported there.
  const imported = /^import \{ ([^}]+) \} from '\.\/first\.js';$/m.exec(rest)[1].split(', ');
  for (const name of imported) assert.match(first, new RegExp(`^export (?:const|function) ${name}\\b`, 'm'));
});

it('refuses a refinement that is not exported from contract/checks.ts', () => {
  assert.throws(() => compile(z.object({ id: z.string().check(z.refine((s) => s.length > 2, 'too short')) })), /at Court\.id .*not an export of packages\/sdk\/src\/contract\/checks\.ts/);
});

it('accepts a refinement that is', () => {
  assert.doesNotThrow(() => compile(z.object({ id: z.string().check(z.refine(contractChecks.isRealCalendarDate, 'no')) })));
});

it('refuses zod features it does not model', () => {
  const cases = [
    [z.strictObject({ a: z.string() }), /catchall/],
    [z.looseObject({ a: z.string() }), /catchall/],
    [z.object({ a: z.union([z.string(), z.number()]) }), /not a plain discriminated union/],
    [z.object({ a: z.string().check(z.toLowerCase()) }), /overwrite other than trim/],
    [z.object({ a: z._default(z.string(), 'x') }), /not supported/],
    [z.object({ a: z.email() }), /format "email"/],
    [z.object({ a: z.string().check(z.regex(/a/g)) }), /flags g/],
    [z.object({ a: z.nullable(z.string()) }), /zod type "nullable"/],
    [z.object({ a: z.string().check(z.minLength(1, { error: (issue) => `got ${typeof issue.input}` })) }), /message that depends on the issue/],
  ];
  for (const [schema, error] of cases) assert.throws(() => compile(schema), error, String(error));
});
