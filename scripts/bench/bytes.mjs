// What a page with one, two or all three elements really downloads: every script the page fetches
// (entries and any chunks they import), recorded by Chromium, measured as min / gzip -9 / brotli q11
// from the built files, plus the bytes that crossed the wire (the bench server gzips like a CDN).
// Two ways of embedding are tried — the per-element bundles, and the one-tag zhixing.min.js — and
// the smaller is reported with its way named.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openPage } from './browser.mjs';
import { fileBytes } from './size.mjs';

const BUNDLE = { gauge: 'zx-execution-gauge.min.js', lookup: 'zx-debtor-lookup.min.js', board: 'zx-exposure-board.min.js' };
export const COMBOS = [['gauge'], ['lookup'], ['board'], ['gauge', 'lookup'], ['gauge', 'board'], ['lookup', 'board'], ['gauge', 'lookup', 'board']];

export async function run({ browser, base, root, log = console.error }) {
  const out = [];
  for (const els of COMBOS) {
    const ways = { 'per-element bundles': els.map((e) => BUNDLE[e]), 'zhixing.min.js': ['zhixing.min.js'] };
    const tried = {};
    for (const [way, scripts] of Object.entries(ways)) {
      if (!scripts.every((s) => existsSync(join(root, 'embed', s)))) continue;
      const { page, close } = await openPage(browser, { rate: 1 });
      let scriptEntries;
      try {
        await page.goto(`${base}pages/combo.html?els=${els.join(',')}&scripts=${scripts.join(',')}`, { waitUntil: 'load' });
        await page.waitForNetworkIdle({ idleTime: 500, timeout: 30_000 });
        scriptEntries = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((e) => /\.m?js$/.test(new URL(e.name).pathname))
            .map((e) => ({ path: new URL(e.name).pathname, transferSize: e.transferSize })),
        );
      } finally {
        await close();
      }
      const files = [...new Set(scriptEntries.map((e) => e.path))].sort();
      const sum = { min: 0, gzip: 0, brotli: 0 };
      for (const file of files) {
        const b = await fileBytes(join(root, file));
        for (const k of Object.keys(sum)) sum[k] += b[k];
      }
      const transfer = scriptEntries.reduce((s, e) => s + e.transferSize, 0);
      tried[way] = { files, ...sum, transfer };
    }
    const best = Object.entries(tried).sort((a, b) => a[1].gzip - b[1].gzip)[0];
    const row = { elements: els, way: best?.[0], ...(best?.[1] ?? {}), ways: tried };
    out.push(row);
    log(`  bytes ${els.join('+')}: ${row.gzip} B gzip via ${row.way} (${row.files?.join(', ')})`);
  }
  return out;
}
