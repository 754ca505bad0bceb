// Compiles the contract's zod/mini schemas into plain TypeScript validators (no zod, no eval) that
// give zod's answer for every input: same accept/reject, same output value, same issue paths and
// messages. It walks `_zod.def` and reproduces zod/mini 4.6's parse and check order (the type
// check, then the schema's own format check, then `.check(...)` in order; a failed type or an
// aborting issue skips later checks except length checks, as zod does). Anything it does not know
// stops the build with an error instead of being compiled approximately; so does a `z.refine`
// whose function is not exported from packages/sdk/src/contract/checks.ts.
// packages/sdk/test/node/compiled-validator.test.mjs checks the result against zod itself.
import * as z from 'zod/mini';
import { regexes } from 'zod/v4/core';

const lit = (value) => JSON.stringify(value);
const DEFAULT_MESSAGE = 'Invalid input';

/** Compiles `schemas`: every declaration (messages, regexes, functions, tables) and checker. */
function compileAll(schemas, checks) {
  const refinementNames = new Map(Object.entries(checks).filter(([, f]) => typeof f === 'function').map(([name, f]) => [f, name]));
  const WHEN_HAS_LENGTH = z.minLength(1)._zod.def.when;
  const TRIM = String(z.trim()._zod.def.tx);
  const names = new Map();
  const byBody = new Map();
  const tables = [];
  const messages = new Map();
  const functions = [];
  const regexConsts = new Map();
  const usedRuntime = new Set(['checker', 'type RawIssue']);
  const usedRefinements = new Set();
  const visiting = new Set();
  const rt = (name) => (usedRuntime.add(name), name);
  const msg = (text) => {
    if (!messages.has(text)) messages.set(text, `M${messages.size}`);
    return messages.get(text);
  };

  const where = (trail) => trail.join('') || '(root)';
  const unsupported = (trail, what) => {
    throw new Error(`contract compiler: ${what} at ${where(trail)} is not supported; extend scripts/lib/contract-compiler.mjs (and its differential test) before using it`);
  };

  /** A constant message from a zod `error` param, or undefined when none is set. */
  function messageOf(error, trail) {
    if (!error) return undefined;
    const unwrap = (m) => (typeof m === 'string' ? m : m?.message);
    const a = unwrap(error({ code: 'custom', input: 1, path: [] }));
    const b = unwrap(error({ code: 'invalid_type', input: 'x', path: ['x'] }));
    if (typeof a !== 'string' || a !== b) unsupported(trail, 'an error message that depends on the issue');
    return a;
  }

  function regex(re, trail) {
    if (re.global || re.sticky) unsupported(trail, `a regex with flags ${re.flags}`);
    const text = String(re);
    if (!regexConsts.has(text)) regexConsts.set(text, `R${regexConsts.size}`);
    return regexConsts.get(text);
  }

  /** The name of the generated function for `schema`, compiling it on first use. */
  function node(schema, trail) {
    if (names.has(schema)) return names.get(schema);
    if (visiting.has(schema)) unsupported(trail, 'a recursive schema');
    visiting.add(schema);
    const body = emit(schema, trail);
    visiting.delete(schema);
    // Equal schemas (every plain `z.string()`) share one function.
    const text = body.map((l) => `  ${l}`).join('\n');
    let name = byBody.get(text);
    if (!name) {
      name = `n${byBody.size}`;
      byBody.set(text, name);
      functions.push(`function ${name}(v: any, I: RawIssue[]): any {\n${text}\n}`);
    }
    names.set(schema, name);
    return name;
  }

  function emit(schema, trail) {
    const def = schema._zod.def;
    const traits = schema._zod.traits;
    const schemaMessage = messageOf(def.error, trail);
    const typeMessage = msg(schemaMessage ?? DEFAULT_MESSAGE);
    const checks = def.checks ?? [];
    if (def.coerce) unsupported(trail, 'coercion');
    const L = [];
    const needsStart = checks.length > 0 || traits.has('$ZodCheck');
    if (needsStart) L.push('const s = I.length;');
    switch (def.type) {
      case 'string':
        L.push(`if (typeof v !== 'string') ${rt('fail')}(I, ${typeMessage}, 0);`);
        break;
      case 'number':
        L.push(`if (!${rt('isNumber')}(v)) ${rt('fail')}(I, ${typeMessage}, 0);`);
        break;
      case 'boolean':
        L.push(`if (typeof v !== 'boolean') ${rt('fail')}(I, ${typeMessage}, 0);`);
        break;
      case 'unknown':
        break;
      case 'enum':
      case 'literal': {
        const values = def.type === 'enum' ? Object.values(def.entries) : def.values;
        if (!values.length || values.some((x) => typeof x !== 'string')) unsupported(trail, `a ${def.type} with values other than strings`);
        L.push(`if (${values.map((x) => `v !== ${lit(x)}`).join(' && ')}) ${rt('fail')}(I, ${typeMessage}, 0);`);
        break;
      }
      case 'optional': {
        if (checks.length) unsupported(trail, 'checks on an optional');
        if (def.innerType._zod.optin === 'defaulted') unsupported(trail, 'a default value');
        const inner = node(def.innerType, trail);
        L.push(`return v === undefined ? v : ${inner}(v, I);`);
        return L;
      }
      case 'array': {
        if (checks.length) unsupported(trail, 'checks on an array');
        const element = def.element;
        const plain = element._zod.def.type === 'unknown' && !(element._zod.def.checks ?? []).length;
        const inner = plain ? '' : `, ${node(element, [...trail, '[]'])}`;
        L.push(`v = ${rt('array')}(v, I, ${typeMessage}${inner});`);
        break;
      }
      case 'object': {
        if (def.catchall) unsupported(trail, 'an object with a catchall (strict or loose object)');
        const shape = def.shape;
        if (Object.getOwnPropertySymbols(shape).length) unsupported(trail, 'symbol keys');
        // A table of key, node, optional: `object()` in compiled-runtime.ts walks it as zod does.
        const table = [];
        for (const key of Object.keys(shape)) {
          // zod never copies a declared __proto__ into its output.
          if (key === '__proto__') continue;
          const el = shape[key];
          const { optin, optout } = el._zod;
          if (optin === 'optional' && optout === 'optional') {
            // An optional's own node only passes undefined through; `object()` does that for a key.
            const inner = el._zod.def.type === 'optional' && !(el._zod.def.checks ?? []).length && el._zod.def.innerType._zod.optin === undefined ? el._zod.def.innerType : el;
            table.push(`${lit(key)}, ${node(inner, [...trail, `.${key}`])}, 1`);
          } else if (optin === undefined && optout === undefined) table.push(`${lit(key)}, ${node(el, [...trail, `.${key}`])}, 0`);
          else unsupported([...trail, `.${key}`], `optin ${optin} / optout ${optout}`);
        }
        const tableName = `S${tables.length}`;
        tables.push(`const ${tableName}: Shape = [${table.join(', ')}];`);
        usedRuntime.add('type Shape');
        L.push(`v = ${rt('object')}(v, I, ${typeMessage}, ${tableName});`);
        break;
      }
      case 'union': {
        if (!traits.has('$ZodDiscriminatedUnion') || def.unionFallback) unsupported(trail, 'a union that is not a plain discriminated union');
        if (checks.length) unsupported(trail, 'checks on a union');
        const D = lit(def.discriminator);
        const cases = [];
        const seen = new Set();
        for (const option of def.options) {
          const tag = option._zod.def.type === 'object' ? option._zod.def.shape[def.discriminator] : undefined;
          if (!tag || tag._zod.def.type !== 'literal') unsupported(trail, 'a discriminated union option whose discriminator is not a literal');
          const fn = node(option, trail);
          for (const value of tag._zod.def.values) {
            if (typeof value !== 'string' || seen.has(value)) unsupported(trail, 'a discriminator value that is not a unique string');
            seen.add(value);
            cases.push(`  case ${lit(value)}:`, `    return ${fn}(v, I);`);
          }
        }
        L.push(`if (!${rt('isObject')}(v)) {`, `  ${rt('fail')}(I, ${typeMessage}, 0);`, '  return v;', '}');
        L.push(`switch (${rt('get')}(v, ${D})) {`, ...cases, '  default:', `    ${rt('fail')}(I, ${typeMessage}, 0, [${D}]);`, '    return v;', '}');
        return L;
      }
      default:
        unsupported(trail, `zod type "${def.type}"`);
    }

    const guard = (check) => {
      if (check.when) {
        if (check.when !== WHEN_HAS_LENGTH) unsupported(trail, `a check "${check.check}" with its own \`when\``);
        return `if (!${rt('explicitlyAborted')}(I, s) && ${rt('lengthOf')}(v) !== undefined) `;
      }
      return `if (!${rt('aborted')}(I, s)) `;
    };
    const cont = (check) => (check.abort ? 2 : 1);

    // A string format or z.int() is its own first check.
    if (traits.has('$ZodCheck')) {
      const message = typeMessage;
      if (def.check === 'number_format') {
        if (def.format !== 'safeint') unsupported(trail, `number format ${def.format}`);
        if (def.abort) unsupported(trail, 'an aborting int()');
        L.push(`${guard(def)}${rt('checkSafeInt')}(v, I, ${message});`);
      } else if (def.check === 'string_format' && traits.has('$ZodURL')) {
        if (def.hostname || def.normalize || !def.protocol || def.abort) unsupported(trail, 'a url() without a protocol or with hostname/normalize/abort');
        const httpGuard = def.protocol.source === regexes.httpProtocol.source;
        L.push(`${guard(def)}v = ${rt('checkUrl')}(v, ${regex(def.protocol, trail)}, ${httpGuard}, I, ${message});`);
      } else if (def.check === 'string_format' && (def.format === 'datetime' || def.format === 'date') && def.pattern) {
        L.push(`${guard(def)}{ if (!${regex(def.pattern, trail)}.test(v)) ${rt('fail')}(I, ${message}, ${cont(def)}); }`);
      } else unsupported(trail, `format "${def.format ?? def.check}"`);
    }

    for (const ch of checks) {
      const cd = ch._zod.def;
      const message = msg(messageOf(cd.error, trail) ?? schemaMessage ?? DEFAULT_MESSAGE);
      const c = cont(cd);
      switch (cd.check) {
        case 'string_format':
          if (cd.format !== 'regex' || !ch._zod.traits.has('$ZodCheckRegex')) unsupported(trail, `check format "${cd.format}"`);
          L.push(`${guard(cd)}{ if (!${regex(cd.pattern, trail)}.test(v)) ${rt('fail')}(I, ${message}, ${c}); }`);
          break;
        case 'min_length':
          L.push(`${guard(cd)}{ if (${rt('tooShort')}(v, ${lit(cd.minimum)})) ${rt('fail')}(I, ${message}, ${c}); }`);
          break;
        case 'max_length':
          L.push(`${guard(cd)}{ if (${rt('tooLong')}(v, ${lit(cd.maximum)})) ${rt('fail')}(I, ${message}, ${c}); }`);
          break;
        case 'overwrite':
          if (String(cd.tx) !== TRIM) unsupported(trail, 'an overwrite other than trim()');
          L.push(`${guard(cd)}v = v.trim();`);
          break;
        case 'greater_than':
        case 'less_than': {
          if (typeof cd.value !== 'number' || !Number.isFinite(cd.value)) unsupported(trail, 'a non-finite bound');
          const op = cd.check === 'greater_than' ? (cd.inclusive ? '>=' : '>') : cd.inclusive ? '<=' : '<';
          L.push(`${guard(cd)}{ if (!(v ${op} ${lit(cd.value)})) ${rt('fail')}(I, ${message}, ${c}); }`);
          break;
        }
        case 'custom': {
          const name = refinementNames.get(cd.fn);
          if (!name) {
            throw new Error(
              `contract compiler: the refinement at ${where(trail)} (${String(cd.fn).slice(0, 80)}) is not an export of packages/sdk/src/contract/checks.ts; move it there as a named function so the compiled validator can call it`,
            );
          }
          if (cd.params) unsupported(trail, 'refinement params');
          usedRefinements.add(name);
          const path = (cd.path ?? []).map(lit).join(', ');
          L.push(`${guard(cd)}{ if (!${name}(v)) ${rt('fail')}(I, ${message}, ${c}, [${path}]); }`);
          break;
        }
        default:
          unsupported(trail, `check "${cd.check}"`);
      }
    }
    L.push('return v;');
    return L;
  }

  const exports = [];
  for (const [name, schema] of Object.entries(schemas)) {
    const fn = node(schema, [name]);
    exports.push({ name, text: `/** Compiled from the zod schema \`${name}\`. */\nexport const ${name}: Checker<T.${name}> = checker(${fn});` });
  }
  // Every top-level item by the name it declares, in the order the module lists them.
  const items = new Map([
    ...[...messages].map(([text, name]) => [name, `const ${name} = ${lit(text)};`]),
    ...[...regexConsts].map(([text, name]) => [name, `const ${name} = ${text};`]),
    ...functions.map((text) => [/^function (n\d+)/.exec(text)[1], text]),
    ...tables.map((text) => [/^const (S\d+)/.exec(text)[1], text]),
  ]);
  return { items, exports, runtime: [...usedRuntime], refinements: [...usedRefinements] };
}

const HEADER = [
  '// generated — do not edit. Written by scripts/generate-contract.mjs (`npm run contract`) from the zod',
  '// schemas in this directory; packages/sdk/test/node/compiled-validator.test.mjs checks it against zod.',
  '// Plain code, no eval: what the SDK runs in the browser instead of zod (see compiled-runtime.ts).',
];
const NAME = /\b[MRSn]\d+\b/g;

/** One module's source: the `items` (name → declaration) and `exports` given, importing what they use. */
function moduleText({ runtime, refinements }, items, exports, { exported = new Set(), imports = [], from } = {}) {
  const body = [...items.values(), ...exports.map((e) => e.text)].join('\n');
  const uses = (name) => new RegExp(`\\b${name.replace('type ', '')}\\b`).test(body);
  const usedRuntime = runtime.filter(uses).sort((a, b) => a.replace('type ', '').localeCompare(b.replace('type ', '')));
  const usedRefinements = refinements.filter(uses).sort();
  const declare = (name, text) => (exported.has(name) ? `export ${text}` : text);
  const kind = (prefix) => [...items].filter(([name]) => name[0] === prefix).map(([name, text]) => declare(name, text));
  return [
    ...HEADER,
    "import type { Checker } from './checker.js';",
    `import { ${usedRuntime.join(', ')} } from './compiled-runtime.js';`,
    ...(usedRefinements.length ? [`import { ${usedRefinements.join(', ')} } from './checks.js';`] : []),
    ...(imports.length ? [`import { ${imports.join(', ')} } from '${from}';`] : []),
    // The types come from schemas.js, not index.js: index.js imports this file (no import cycle).
    "import type * as T from './schemas.js';",
    '',
    ...kind('M'),
    ...kind('R'),
    '',
    kind('n').join('\n\n'),
    '',
    ...kind('S'),
    '',
    exports.map((e) => e.text).join('\n\n'),
    '',
  ].join('\n');
}

/**
 * @param {Record<string, object>} schemas  name → zod schema (the generated file exports one checker per name)
 * @param {Record<string, unknown>} checks   the exports of contract/checks.ts (refinements by name)
 * @returns {string} the TypeScript source of one module with every checker
 */
export function compileValidators(schemas, checks) {
  const compiled = compileAll(schemas, checks);
  return moduleText(compiled, compiled.items, compiled.exports);
}

/**
 * The checkers in two modules, so a page imports only the validators it runs (the gauge: court and
 * statistics, not the debtor records). `first` holds the checkers named in `firstNames` and all the
 * code they use; `rest` holds the others and imports the parts it shares with `first` from
 * `firstPath` (one copy of each, as in a single module), and re-exports `first`'s checkers, so it
 * still has every checker.
 * @returns {{ first: string, rest: string }}
 */
export function compileValidatorModules(schemas, checks, firstNames, firstPath) {
  const compiled = compileAll(schemas, checks);
  const { items } = compiled;
  const refs = (text) => text.match(NAME) ?? [];
  // What the first module's checkers reach.
  const inFirst = new Set();
  const reach = (name) => {
    if (inFirst.has(name)) return;
    inFirst.add(name);
    for (const ref of refs(items.get(name))) if (ref !== name) reach(ref);
  };
  const firstExports = compiled.exports.filter((e) => firstNames.includes(e.name));
  const restExports = compiled.exports.filter((e) => !firstNames.includes(e.name));
  for (const e of firstExports) for (const ref of refs(e.text)) reach(ref);
  const pick = (keep) => new Map([...items].filter(([name]) => inFirst.has(name) === keep));
  const restItems = pick(false);
  const shared = new Set([...restItems.values(), ...restExports.map((e) => e.text)].flatMap(refs).filter((name) => inFirst.has(name)));
  const order = [...items.keys()];
  const imports = [...shared].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const rest = moduleText(compiled, restItems, restExports, { imports, from: firstPath }).replace(
    /\n\n(?=\/\*\* Compiled from)/,
    `\n\nexport { ${firstExports.map((e) => e.name).join(', ')} } from '${firstPath}';\n\n`,
  );
  return { first: moduleText(compiled, pick(true), firstExports, { exported: shared }), rest };
}
