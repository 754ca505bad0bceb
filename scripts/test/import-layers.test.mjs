// The SDK's modules import one way (issue 21): transport → loading and caching → the statistics
// reader → search and exposure, on a foundation of pure rules (domain, contract, publication) and
// under the package's entry points. A lower module that imports a higher one, if only for a type,
// ties the layers together (the next step is a cycle, and the statistics-only bundle starts pulling in
// the full client), so this test parses every .ts file of packages/sdk/src and fails on any import
// cycle (type-only imports count) and on any import that goes up a layer.
//
// Specifiers are read with the TypeScript parser (not a regular expression, not `ts.preProcessFile`,
// which misses `export * as x from`): import and export declarations, `import x = require()`,
// `import()` calls and `import('…')` types.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'packages/sdk/src');

/**
 * Every module's layer, lowest first; a module may import its own layer or lower ones only. The
 * first pattern that matches a path (relative to packages/sdk/src) decides; a file that matches
 * none fails the test, so a new module is placed on purpose.
 */
const LAYERS = [
  {
    // Pure rules and data, no I/O: what may be published and how it is checked. The statistics reader
    // scrubs every string (publication/screen), so these sit below everything that reads a source.
    name: 'foundation',
    files: [/^domain\//, /^contract\//, /^publication\//, /^sources\/(shard-key|layout)\.ts$/, /^client\/(errors|limits|arguments|courts)\.ts$/],
  },
  { name: 'transport', files: [/^client\/(transport|hooks)\.ts$/] },
  { name: 'loading', files: [/^client\/(cache|loader|persist)\.ts$/, /^sources\/source\.ts$/] },
  { name: 'stats', files: [/^client\/(options|stats-client)\.ts$/] },
  {
    // Search adapters, the paged board, live updates and the full client (client.ts) on top.
    name: 'search-exposure',
    files: [/^sources\/(http|static|match)\.ts$/, /^client\/(paged|snapshot|live|client)\.ts$/],
  },
  { name: 'entry', files: [/^(index|browser|runtime|stats)\.ts$/] },
];

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier in a file, type-only ones included. */
function specifiers(path, text = readFileSync(path, 'utf8')) {
  const found = [];
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const literal = (node) => (node && ts.isStringLiteralLike(node) ? found.push(node.text) : undefined);
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) literal(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) literal(node.moduleReference.expression);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) literal(node.arguments[0]);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) literal(node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The import graph of packages/sdk/src: file (relative) → the files it imports (relative). */
function importGraph(src = SRC) {
  const graph = new Map();
  for (const path of tsFiles(src).sort()) {
    const edges = [];
    for (const specifier of specifiers(path)) {
      if (!specifier.startsWith('.')) continue; // packages (zod) are outside the layers
      // ESM TypeScript imports name the emitted .js file.
      const target = resolve(dirname(path), specifier.replace(/\.js$/, '.ts'));
      const name = relative(src, target).split('\\').join('/');
      edges.push(name);
    }
    graph.set(relative(src, path).split('\\').join('/'), [...new Set(edges)]);
  }
  return graph;
}

/** Each import cycle, as a path that starts and ends at the same file (one per strongly connected set). */
function findCycles(graph) {
  // Tarjan's strongly connected components; any component with more than one file (or a file that
  // imports itself) holds a cycle, which is then walked out for the message.
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const connect = (v) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) components.push(new Set(component));
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return components.map((component) => {
    // A shortest way back to the component's first file (alphabetically), within the component.
    const start = [...component].sort()[0];
    const previous = new Map([[start, null]]);
    const queue = [start];
    let end;
    while (queue.length && !end) {
      const v = queue.shift();
      for (const w of graph.get(v)) {
        if (w === start) {
          end = v;
          break;
        }
        if (component.has(w) && !previous.has(w)) {
          previous.set(w, v);
          queue.push(w);
        }
      }
    }
    const path = [start];
    for (let v = end; v !== start; v = previous.get(v)) path.splice(1, 0, v);
    return { files: [...component].sort(), path: [...path, start] };
  });
}

function layerOf(file) {
  const at = LAYERS.findIndex((layer) => layer.files.some((pattern) => pattern.test(file)));
  return at < 0 ? undefined : at;
}

describe('the import reader', () => {
  it('reads type-only imports and every kind of re-export', () => {
    const text = [
      "import type * as T from './a.js';",
      "import { type B } from './b.js';",
      "export type * from './c.js';",
      "export * as d from './d.js';",
      "export { type E } from './e.js';",
      "type F = import('./f.js').F;",
      "const g = () => import('./g.js');",
      '/** {@link H} in a comment is no import */',
    ].join('\n');
    assert.deepEqual(specifiers('x.ts', text), ['./a.js', './b.js', './c.js', './d.js', './e.js', './f.js', './g.js']);
  });

  it('finds a cycle and walks it', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a', 'd']], ['d', []]]);
    assert.deepEqual(findCycles(graph), [{ files: ['a', 'b', 'c'], path: ['a', 'b', 'c', 'a'] }]);
    assert.deepEqual(findCycles(new Map([['a', ['b']], ['b', []]])), []);
  });
});

describe('packages/sdk/src imports one way', () => {
  const graph = importGraph();

  it('finds the modules and their imports', () => {
    assert.ok(graph.size > 40, `only ${graph.size} files found under ${SRC}`);
    assert.ok(graph.get('client/client.ts')?.length > 5, 'client.ts imports were not found');
  });

  it('resolves every relative import to a file of packages/sdk/src', () => {
    const missing = [...graph].flatMap(([file, edges]) => edges.filter((to) => !graph.has(to)).map((to) => `${file} → ${to}`));
    assert.deepEqual(missing, [], `imports of files that do not exist:\n${missing.join('\n')}`);
  });

  it('has no import cycle (type-only imports count)', () => {
    const cycles = findCycles(graph);
    const message = cycles.map(({ files, path }) => `cycle among ${files.length} files: ${files.join(', ')}\n  e.g. ${path.join(' → ')}`).join('\n');
    assert.equal(cycles.length, 0, `import cycles in packages/sdk/src:\n${message}`);
  });

  it('places every module in a layer', () => {
    const unplaced = [...graph.keys()].filter((file) => layerOf(file) === undefined);
    assert.deepEqual(unplaced, [], `files in no layer (add them to LAYERS in ${relative(ROOT, fileURLToPath(import.meta.url))}):\n${unplaced.join('\n')}`);
  });

  it('never imports up a layer', () => {
    const upward = [];
    for (const [file, edges] of graph) {
      const from = layerOf(file);
      for (const to of edges) {
        const target = layerOf(to);
        if (from !== undefined && target !== undefined && target > from) upward.push(`${file} (${LAYERS[from].name}) → ${to} (${LAYERS[target].name})`);
      }
    }
    assert.deepEqual(upward, [], `imports that go up a layer:\n${upward.join('\n')}`);
  });

  it('keeps the transport, loading and statistics layers free of client.ts and of search and exposure', () => {
    // Said twice on purpose: this is what lets `@zhixing/sdk/stats` stay small.
    const top = LAYERS.findIndex((layer) => layer.name === 'search-exposure');
    const offending = [...graph]
      .filter(([file]) => layerOf(file) !== undefined && layerOf(file) < top)
      .flatMap(([file, edges]) => edges.filter((to) => to === 'client/client.ts' || layerOf(to) >= top).map((to) => `${file} → ${to}`));
    assert.deepEqual(offending, [], offending.join('\n'));
  });
});
