// The exposure board at N entries — on the paged feed (issue 19) and, as today, on the single
// exposure.json — against a plain <table> of the same rows, interleaved, each load cold in a fresh
// page: first render (navigation → entries painted) and the data bytes it took, JS heap after a forced
// GC, the bytes of an unchanged poll, then a refresh in which the feed's next version removes 10
// entries and adds 10 (call → update painted).
import { heapAfterGc, metrics, openPage, withTimeout } from './browser.mjs';
import { pairedRatio, summary } from './stats.mjs';

const TABLE_UP_TO = 10_000;
const VARIANTS = [
  // The board on the paged feed: the index, the list and the pages on screen.
  { key: 'paged', page: 'board-zhixing.html', feed: (n) => `/data/paged-${n}/`, path: (n) => `/data/paged-${n}/exposure/index.json`, a: (n) => `/data/paged-${n}/exposure/index-a.json`, b: (n) => `/data/paged-${n}/exposure/index-b.json` },
  // The same board on a feed with exposure.json only (as before issue 19: the whole list).
  { key: 'zhixing', page: 'board-zhixing.html', feed: (n) => `/exposure/${n}/`, path: (n) => `/exposure/${n}/exposure.json`, a: (n) => `/data/exposure-${n}-a.json`, b: (n) => `/data/exposure-${n}-b.json` },
  { key: 'table', page: 'board-table.html', feed: (n) => `/exposure/${n}/`, path: (n) => `/exposure/${n}/exposure.json`, a: (n) => `/data/exposure-${n}-a.json`, b: (n) => `/data/exposure-${n}-b.json` },
];

async function once(browser, base, routes, n, variant, rate) {
  const path = variant.path(n);
  routes.set(path, variant.a(n));
  const timeout = 40_000 * rate;
  const { page, cdp, close } = await openPage(browser, { rate, width: 1280, height: 900 });
  try {
    await withTimeout(page.goto(`${base}pages/${variant.page}?feed=${variant.feed(n)}`, { waitUntil: 'load', timeout }), timeout, `board ${n}`);
    const firstMs = await withTimeout(page.evaluate(() => window.__done), timeout, `board ${n} painted`);
    const m = await metrics(cdp);
    const heapMB = await heapAfterGc(cdp);
    const { domNodes } = await metrics(cdp);
    const firstBytes = await page.evaluate(() => window.__dataBytes?.());
    // An unchanged poll (the board's own timer would do the same every minute).
    const pollBytes = variant.key === 'table' ? undefined : await withTimeout(page.evaluate(() => window.__poll()), timeout, `board ${n} poll`);
    routes.set(path, variant.b(n));
    const refreshMs = await withTimeout(page.evaluate(() => window.__refresh()), timeout, `board ${n} refresh`);
    const rows = await page.evaluate(() => window.__rows());
    return { firstMs, refreshMs, heapMB, domNodes, scriptDurationMs: m.scriptDurationMs, rows, firstBytes, pollBytes };
  } finally {
    routes.set(path, variant.a(n));
    await close();
  }
}

export async function run({ browser, base, routes, sizes, rates, quick, log = console.error }) {
  const out = {};
  for (const rate of rates) {
    for (const n of sizes) {
      const samples = { paged: [], zhixing: [], table: [] };
      // Bounded by rounds and by time (at least one round): 100k at 4× takes minutes per round.
      const maxRounds = quick ? 1 : n >= 100_000 ? 4 : n >= 10_000 ? 4 : 6;
      const budget = quick ? 5_000 : n >= 100_000 ? 120_000 : (n >= 10_000 ? 15_000 : 10_000) * rate;
      const start = performance.now();
      for (let round = 0; round < maxRounds && (round < 1 || performance.now() - start < budget); round++) {
        // The plain table is the baseline up to 10k rows; at 100k it takes minutes per load (100k
        // rows of DOM) and the board's targets there are absolute, so only the boards run.
        const variants = n > TABLE_UP_TO ? VARIANTS.filter((v) => v.key !== 'table') : VARIANTS;
        // Rotated each round: a slow minute of the machine hits every variant alike.
        const order = variants.map((_, i) => variants[(i + round) % variants.length]);
        for (const variant of order) {
          try {
            samples[variant.key].push(await once(browser, base, routes, n, variant, rate));
          } catch (error) {
            log(`  board ${variant.key} ${n} ${rate}×: ${error.message}`);
            samples[variant.key].push({ error: error.message });
          }
        }
      }
      const pick = (key, field) => samples[key].map((s) => s[field]);
      const row = {};
      for (const v of VARIANTS) {
        row[v.key] = {
          firstMs: summary(pick(v.key, 'firstMs')),
          refreshMs: summary(pick(v.key, 'refreshMs')),
          heapMB: summary(pick(v.key, 'heapMB')),
          domNodes: summary(pick(v.key, 'domNodes'), 0),
          scriptDurationMs: summary(pick(v.key, 'scriptDurationMs')),
          firstBytes: summary(pick(v.key, 'firstBytes'), 0),
          pollBytes: summary(pick(v.key, 'pollBytes'), 0),
          rowsInDom: samples[v.key].find((s) => s.rows !== undefined)?.rows,
          errors: samples[v.key].filter((s) => s.error).map((s) => s.error),
        };
      }
      row.ratios = {
        pagedVsSingle: pairedRatio(pick('paged', 'firstMs'), pick('zhixing', 'firstMs')),
        pagedVsTable: pairedRatio(pick('paged', 'firstMs'), pick('table', 'firstMs')),
        first: pairedRatio(pick('zhixing', 'firstMs'), pick('table', 'firstMs')),
        refresh: pairedRatio(pick('zhixing', 'refreshMs'), pick('table', 'refreshMs')),
        heap: pairedRatio(pick('zhixing', 'heapMB'), pick('table', 'heapMB')),
      };
      (out[`${rate}x`] ??= {})[n] = row;
      log(`  board ${rate}× ${n}: first paged ${row.paged.firstMs.median} / single ${row.zhixing.firstMs.median} / table ${row.table.firstMs.median} ms; refresh ${row.paged.refreshMs.median} / ${row.zhixing.refreshMs.median} / ${row.table.refreshMs.median} ms; heap ${row.paged.heapMB.median} / ${row.zhixing.heapMB.median} / ${row.table.heapMB.median} MB; poll ${row.paged.pollBytes.median} / ${row.zhixing.pollBytes.median} B (n=${row.paged.firstMs.n})`);
    }
  }
  return out;
}
