// Real bytes of what ships to browsers: min (the file as served), gzip -9 and brotli q11, from the
// file's Buffer (never string length). Used by `npm run bench` and scripts/check-size.mjs.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const EMBED_DIR = 'packages/elements/dist/embed';
export const SDK_BUNDLE = 'packages/sdk/dist/browser/zhixing-sdk.min.js';

export function bytesOf(buffer) {
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length } }).length,
  };
}

export async function fileBytes(file) {
  return bytesOf(await readFile(file));
}

/** Every JavaScript file a browser may load: the SDK bundle and everything in the embed directory (entries and chunks). */
export async function shippedFiles() {
  const files = [];
  if (existsSync(SDK_BUNDLE)) files.push(SDK_BUNDLE);
  if (existsSync(EMBED_DIR)) {
    const walk = async (dir) => {
      for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (/\.m?js$/.test(entry.name)) files.push(path);
      }
    };
    await walk(EMBED_DIR);
  }
  return files;
}

const CHUNK = { gauge: 'zhixing-gauge-', lookup: 'zhixing-lookup-', board: 'zhixing-board-' };

/**
 * The scripts a page with these elements downloads through the one-tag loader (`zhixing.min.js`),
 * read from the built files: the loader, the app module, each element's chunk and every chunk those
 * import statically (the loader fetches an element's chunks together). Code loaded only on demand
 * (the trend view, the signage code, link embeds) is not counted. `legacy`: the build older
 * browsers get (issue 12). scripts/test/page-bytes.test.mjs checks this against what Chromium loads.
 */
export async function pageScripts(elements, { legacy = false } = {}) {
  const dir = legacy ? join(EMBED_DIR, 'legacy') : EMBED_DIR;
  const names = await readdir(dir);
  const start = [join(EMBED_DIR, 'zhixing.min.js'), join(dir, 'zhixing-app.min.js')];
  for (const element of elements) {
    const chunk = names.find((name) => name.startsWith(CHUNK[element]) && name.endsWith('.min.js'));
    if (!chunk) throw new Error(`no ${CHUNK[element]}*.min.js in ${dir}: run \`npm run build\``);
    start.push(join(dir, chunk));
  }
  const seen = new Set();
  const visit = async (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    // Static imports only: `import"./x.js"`, `from"./x.js"` (minified; spaces allowed).
    const code = await readFile(file, 'utf8');
    for (const [, path] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+)["']/g)) await visit(join(dir, path));
  };
  for (const file of start) await visit(file);
  return [...seen].sort();
}

export async function run() {
  const rows = [];
  for (const file of await shippedFiles()) rows.push({ file, ...(await fileBytes(file)) });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await run());
