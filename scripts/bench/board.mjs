// The exposure board at N entries against a plain <table> of the same rows, interleaved, each load
// cold in a fresh page: first render (navigation → entries painted), JS heap after a forced GC, then
// a refresh in which the feed's next version removes 10 entries and adds 10 (call → update painted).
import { heapAfterGc, metrics, openPage, withTimeout } from './browser.mjs';
import { pairedRatio, summary } from './stats.mjs';

const TABLE_UP_TO = 10_000;
const VARIANTS = [
  { key: 'zhixing', page: 'board-zhixing.html' },
  { key: 'table', page: 'board-table.html' },
];

async function once(browser, base, routes, n, variant, rate) {
  const path = `/exposure/${n}/exposure.json`;
  routes.set(path, `/data/exposure-${n}-a.json`);
  const timeout = 40_000 * rate;
  const { page, cdp, close } = await openPage(browser, { rate, width: 1280, height: 900 });
  try {
    await withTimeout(page.goto(`${base}pages/${variant.page}?feed=/exposure/${n}/`, { waitUntil: 'load', timeout }), timeout, `board ${n}`);
    const firstMs = await withTimeout(page.evaluate(() => window.__done), timeout, `board ${n} painted`);
    const m = await metrics(cdp);
    const heapMB = await heapAfterGc(cdp);
    const { domNodes } = await metrics(cdp);
    routes.set(path, `/data/exposure-${n}-b.json`);
    const refreshMs = await withTimeout(page.evaluate(() => window.__refresh()), timeout, `board ${n} refresh`);
    const rows = await page.evaluate(() => window.__rows());
    return { firstMs, refreshMs, heapMB, domNodes, scriptDurationMs: m.scriptDurationMs, rows };
  } finally {
    routes.set(path, `/data/exposure-${n}-a.json`);
    await close();
  }
}

export async function run({ browser, base, routes, sizes, rates, quick, log = console.error }) {
  const out = {};
  for (const rate of rates) {
    for (const n of sizes) {
      const samples = { zhixing: [], table: [] };
      // Bounded by rounds and by time (at least one round): 100k at 4× takes minutes per round.
      const maxRounds = quick ? 1 : n >= 100_000 ? 2 : n >= 10_000 ? 4 : 6;
      const budget = quick ? 5_000 : n >= 100_000 ? 60_000 : (n >= 10_000 ? 15_000 : 10_000) * rate;
      const start = performance.now();
      for (let round = 0; round < maxRounds && (round < 1 || performance.now() - start < budget); round++) {
        // The plain table is the baseline up to 10k rows; at 100k it takes minutes per load (100k
        // rows of DOM) and the board's targets there are absolute, so only the board runs.
        const variants = n > TABLE_UP_TO ? VARIANTS.filter((v) => v.key !== 'table') : VARIANTS;
        const order = round % 2 ? [...variants].reverse() : variants;
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
          rowsInDom: samples[v.key].find((s) => s.rows !== undefined)?.rows,
          errors: samples[v.key].filter((s) => s.error).map((s) => s.error),
        };
      }
      row.ratios = {
        first: pairedRatio(pick('zhixing', 'firstMs'), pick('table', 'firstMs')),
        refresh: pairedRatio(pick('zhixing', 'refreshMs'), pick('table', 'refreshMs')),
        heap: pairedRatio(pick('zhixing', 'heapMB'), pick('table', 'heapMB')),
      };
      (out[`${rate}x`] ??= {})[n] = row;
      log(`  board ${rate}× ${n}: first ${row.zhixing.firstMs.median} vs table ${row.table.firstMs.median} ms; refresh ${row.zhixing.refreshMs.median} vs ${row.table.refreshMs.median} ms; heap ${row.zhixing.heapMB.median} vs ${row.table.heapMB.median} MB (n=${row.zhixing.firstMs.n})`);
    }
  }
  return out;
}
