// Rollup plugin for the browser bundles: Lit's property decorators, as TypeScript writes them with
// `experimentalDecorators`, become each class's `static properties` block, which Lit reads when the
// class is finalized (at `customElements.define`):
//   __decorate([property({ type: Boolean })], Gauge.prototype, "elder", void 0);
//   __decorate([state()], Gauge.prototype, "tick", void 0);
//   → Gauge.properties = { "elder": { type: Boolean }, "tick": { state: true } };
// Lit's legacy `property()` calls `createProperty(name, options)` on the class, and so does Lit for
// each entry of `properties`; `state()` is `property({ ...o, state: true })` (createProperty then
// turns its attribute off). Behaviour is the same; the bundles lose tslib and Lit's decorator module
// (−422 B gzip on a gauge page, −536 B with all three), and one block per class is shorter than a
// call per member. The sources keep their decorators: the custom-elements manifest and the docs are
// read from them. Anything else decorated, or a class with a `properties` of its own, stops the
// build, so nothing is left half compiled.
import MagicString from 'magic-string';

const DECORATOR_MODULES = /^(lit\/decorators\.js|lit\/decorators\/(property|state)\.js|@lit\/reactive-element\/decorators(\/(property|state)\.js)?)$/;

/** Names under which `property` and `state` are imported from Lit's decorators in this module. */
function decoratorNames(ast) {
  const names = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !DECORATOR_MODULES.test(node.source.value)) continue;
    for (const spec of node.specifiers) {
      if (spec.type === 'ImportSpecifier' && (spec.imported.name === 'property' || spec.imported.name === 'state')) names.set(spec.local.name, spec.imported.name);
    }
  }
  return names;
}

/** The argument nodes of a `__decorate(…)` statement (`[d]`, `X.prototype`, `"key"`, …), or null when the statement is not one. */
function decorateCall(node) {
  if (node.type !== 'ExpressionStatement' || node.expression.type !== 'CallExpression') return null;
  const { callee, arguments: args } = node.expression;
  if (callee.type !== 'Identifier' || !/^__decorate(\$\d+)?$/.test(callee.name)) return null;
  return args;
}

/**
 * Rewrites one module's code; returns null when it has no decorators. Throws on a decorator it does
 * not know (a class decorator, `@query`, a custom one, or two on one member).
 */
export function compileDecorators(code, parse, id = 'module') {
  if (!code.includes('__decorate')) return null;
  const ast = parse(code);
  const names = decoratorNames(ast);
  const out = new MagicString(code);
  // Each class's members in order, to be written where its first decorator statement was.
  const classes = new Map();
  let left = 0;
  for (const node of ast.body) {
    const args = decorateCall(node);
    if (!args) continue;
    const fail = (why) => {
      throw new Error(`compile-decorators: ${id}: ${why}: ${code.slice(node.start, node.end).replace(/\s+/g, ' ').slice(0, 160)}`);
    };
    const [list, target, key] = args;
    if (list?.type !== 'ArrayExpression' || list.elements.length !== 1) fail('expected one decorator per member');
    if (target?.type !== 'MemberExpression' || target.object.type !== 'Identifier' || target.property.name !== 'prototype') fail('expected a decorated member of a class prototype');
    if (key?.type !== 'Literal' || typeof key.value !== 'string') fail('expected a string member name');
    const call = list.elements[0];
    const kind = call.type === 'CallExpression' && call.callee.type === 'Identifier' ? names.get(call.callee.name) : undefined;
    if (!kind || call.arguments.length > 1 || call.arguments[0]?.type === 'SpreadElement') fail('not a Lit property() or state() decorator');
    const options = call.arguments[0] ? code.slice(call.arguments[0].start, call.arguments[0].end) : undefined;
    // `property()` with no options: Lit's default declaration, as `{}` gives.
    const declaration = kind === 'state' ? (options ? `{ ...${options}, state: true }` : '{ state: true }') : (options ?? '{}');
    const name = target.object.name;
    let members = classes.get(name);
    if (!members) {
      // Lit reads `properties` only when the class has its own: one already there would be replaced.
      if (new RegExp(`\\bstatic\\s+(get\\s+)?properties\\b|\\b${name}\\.properties\\s*=`).test(code)) fail(`${name} has a properties block of its own`);
      classes.set(name, (members = { at: node, entries: [] }));
    } else {
      out.remove(node.start, node.end);
    }
    members.entries.push(`${code.slice(key.start, key.end)}: ${declaration}`);
    left++;
  }
  for (const [name, { at, entries }] of classes) out.overwrite(at.start, at.end, `${name}.properties = { ${entries.join(', ')} };`);
  // The helper's import goes too: tslib's module would otherwise still be bundled for a statement it runs at load.
  if (left) {
    for (const node of ast.body) {
      if (node.type === 'ImportDeclaration' && node.source.value === 'tslib' && node.specifiers.every((spec) => spec.type === 'ImportSpecifier' && /^__decorate(\$\d+)?$/.test(spec.local.name))) out.remove(node.start, node.end);
    }
  }
  const result = out.toString();
  // Anything decorated in another shape (a class decorator is `C = __decorate([…], C)`) is left over.
  const rest = /\b__(decorate|param|esDecorate|runInitializers)(\$\d+)?\s*\(/.exec(result);
  if (rest) throw new Error(`compile-decorators: ${id}: a decorator this plugin does not compile: ${result.slice(rest.index, rest.index + 160).replace(/\s+/g, ' ')}`);
  if (!left) return null;
  return { code: result, map: out.generateMap({ hires: true, source: id, includeContent: true }) };
}

/** The Rollup plugin: after TypeScript, before minifying. */
export function compileDecoratorsPlugin() {
  return {
    name: 'compile-decorators',
    transform(code, id) {
      if (!/packages\/elements\/src\/.*\.ts$/.test(id)) return null;
      return compileDecorators(code, (text) => this.parse(text), id);
    },
  };
}
