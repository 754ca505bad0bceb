// <zx-debtor-lookup> in Chromium over a realistic-name static feed served over HTTP (gzip, ETag) on
// 127.0.0.1: the feeds publisher.mjs writes in the same run (100,000 and 1,000,000 rows through the
// real publisher). Timed from the search call to the frame that paints the answer, with the real
// bytes each search transferred (Resource Timing transferSize):
//   first search   a fresh page (own browser context: empty caches) with the element ready searches
//                  once: manifest + shard (+ hot-name files);
//   cold shard     further names on such a page, each in a shard not fetched before;
//   common names   the five most common names in the country (thousands of records each at 1M).
// Names are drawn from the same seeded rows as the feed, so each is looked up as often as it occurs.
import { openPage, withTimeout } from './browser.mjs';
import { quantile, summary } from './stats.mjs';

const p95 = (values) => (values.length ? +quantile(values, 0.95).toFixed(1) : undefined);

export async function run({ browser, base, feeds, names, rates, pages = 5, log = console.error }) {
  const out = {};
  for (const rate of rates) {
    for (const [label, path] of Object.entries(feeds)) {
      const first = [];
      const cold = [];
      const top = [];
      const failed = [];
      // Names spread over the pages: page i starts with its own first search.
      const perPage = Math.ceil(names.sampled.length / pages);
      for (let p = 0; p < pages; p++) {
        const mine = names.sampled.slice(p * perPage, (p + 1) * perPage);
        if (mine.length === 0) break;
        const { page, close } = await openPage(browser, { rate });
        try {
          await page.goto(`${base}pages/lookup.html?feed=${encodeURIComponent(path)}`, { waitUntil: 'load' });
          await withTimeout(page.evaluate(() => window.__done), 60_000, 'lookup form');
          const search = async (name) => ({ name, ...(await withTimeout(page.evaluate((n) => window.__search(n), name), 60_000, `lookup ${name}`)) });
          const results = [];
          for (const name of mine) results.push(await search(name));
          first.push(results[0]);
          cold.push(...results.slice(1).filter((s) => s.shards > 0));
          if (p === pages - 1 || (p + 1) * perPage >= names.sampled.length) for (const name of names.top) top.push(await search(name));
          failed.push(...results.filter((s) => !s.ok).map((s) => s.name));
        } finally {
          await close();
        }
      }
      const row = {
        firstSearch: { ms: summary(first.map((s) => s.ms)), p95: p95(first.map((s) => s.ms)), bytes: summary(first.map((s) => s.bytes), 0), requests: summary(first.map((s) => s.requests), 0) },
        coldShard: { ms: summary(cold.map((s) => s.ms)), p95: p95(cold.map((s) => s.ms)), bytes: summary(cold.map((s) => s.bytes), 0), requests: summary(cold.map((s) => s.requests), 0), found: cold.filter((s) => s.total > 0).length },
        commonNames: { ms: summary(top.map((s) => s.ms)), bytes: summary(top.map((s) => s.bytes), 0), each: top.map((s) => ({ name: s.name, ms: +s.ms.toFixed(1), total: s.total, bytes: s.bytes, requests: s.requests })) },
        failed: [...failed, ...top.filter((s) => !s.ok).map((s) => s.name)],
      };
      (out[`${rate}x`] ??= {})[label] = row;
      log(`  lookup ${rate}× ${label}: first search p50 ${row.firstSearch.ms.median} p95 ${row.firstSearch.p95} ms; cold shard p50 ${row.coldShard.ms.median} p95 ${row.coldShard.p95} ms (n=${row.coldShard.ms.n}, ${row.coldShard.bytes.median} B); common names max ${row.commonNames.ms.max} ms / ${row.commonNames.bytes.max} B`);
    }
  }
  return out;
}
