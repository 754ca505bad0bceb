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

export async function run() {
  const rows = [];
  for (const file of await shippedFiles()) rows.push({ file, ...(await fileBytes(file)) });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await run());
