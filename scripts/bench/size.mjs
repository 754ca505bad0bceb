// Bundle sizes (min / gzip / brotli) of what ships to browsers.
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export async function run() {
  const files = ['packages/sdk/dist/browser/zhixing-sdk.min.js'];
  if (existsSync('packages/elements/dist/embed')) {
    for (const name of (await readdir('packages/elements/dist/embed')).sort()) if (name.endsWith('.min.js')) files.push(`packages/elements/dist/embed/${name}`);
  }
  const rows = [];
  for (const file of files) {
    const code = await readFile(file);
    rows.push({
      file,
      min: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await run());
