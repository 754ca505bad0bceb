// Where main-thread time goes, from V8 CPU profiles (CDP Profiler): self time per source package
// (through the bundles' source maps) and per function. The gauge bench profiles every load; this
// module sums them up.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const NOT_JS = new Set(['(idle)', '(program)', '(root)']);
const maps = new Map();

async function mapFor(root, url) {
  if (!maps.has(url)) {
    let map = null;
    try {
      const path = new URL(url).pathname;
      if (root && path.endsWith('.js')) map = new TraceMap(await readFile(join(root, `${path}.map`), 'utf8'));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url);
}

function packageOf(source) {
  if (!source) return 'unmapped';
  const s = source.replace(/\\/g, '/');
  const nm = s.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (nm) return /^(lit|lit-html|lit-element|@lit\/.*)$/.test(nm[1]) ? 'lit' : nm[1];
  const sdk = s.match(/sdk\/(?:src|dist)\/([^/]+)/);
  if (sdk) return `sdk/${sdk[1].replace(/\.(ts|js)$/, '')}`;
  const el = s.match(/(?:elements\/)?src\/(internal|zx-[a-z-]+)\//);
  if (el) return `elements/${el[1]}`;
  return s.split('/').slice(-2).join('/');
}

/** { jsMs, byPackage: Map, byFunction: Map } of one profile. */
export async function profileSummary(profile, root) {
  const self = new Map(profile.nodes.map((n) => [n.id, 0]));
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], self.get(profile.samples[i]) + (profile.timeDeltas[i] ?? 0) / 1000);
  const byPackage = new Map();
  const byFunction = new Map();
  let jsMs = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id);
    if (!ms) continue;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    if (NOT_JS.has(functionName)) {
      if (functionName === '(program)') byPackage.set('(program: parse HTML, style, layout, paint…)', (byPackage.get('(program: parse HTML, style, layout, paint…)') ?? 0) + ms);
      continue;
    }
    jsMs += ms;
    let pkg = functionName === '(garbage collector)' ? '(garbage collector)' : url ? new URL(url).pathname : '(native, called from script)';
    let name = functionName || '(anonymous)';
    const map = url ? await mapFor(root, url) : null;
    if (map) {
      const pos = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
      pkg = packageOf(pos.source);
      if (pos.source) name = `${pos.name ?? (functionName || '(anonymous)')} (${pos.source.replace(/^.*?(node_modules\/|sdk\/|elements\/|src\/)/, '$1')}:${pos.line})`;
    } else if (url) name = `${name} (${new URL(url).pathname}:${lineNumber + 1})`;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  }
  return { jsMs, byPackage, byFunction };
}

/** Mean per load of several summaries: top packages and functions. */
export function mergeSummaries(summaries, { packages = 15, functions = 20 } = {}) {
  const sum = (key) => {
    const total = new Map();
    for (const s of summaries) for (const [k, v] of s[key]) total.set(k, (total.get(k) ?? 0) + v / summaries.length);
    return total;
  };
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => ({ name, ms: +ms.toFixed(1) }));
  return {
    loads: summaries.length,
    jsMsMean: +(summaries.reduce((s, x) => s + x.jsMs, 0) / summaries.length).toFixed(1),
    byPackage: top(sum('byPackage'), packages),
    topFunctions: top(sum('byFunction'), functions),
  };
}
