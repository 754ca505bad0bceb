// bench/results.json → the Markdown tables `npm run bench` prints and docs/performance.md shows.
import { fmtNum } from './stats.mjs';

const B = (x) => (x === undefined ? 'n/a' : Math.round(x).toLocaleString('en'));
const ms = (s) => (s?.n ? `${fmtNum(s.median)} (${fmtNum(s.p25)}–${fmtNum(s.p75)})` : 'n/a');
const med = (s) => (s?.n ? fmtNum(s.median) : 'n/a');
const ratio = (s) => (s?.n ? `${fmtNum(s.median)}×` : 'n/a');
const yes = (ok) => (ok === undefined ? '–' : ok ? '**met**' : 'missed');
const NS = { 1000: '1k', 10000: '10k', 100000: '100k', 1000000: '1M' };

export function markdown(results) {
  const { meta = {}, sizes = {}, timings = {} } = results;
  const L = [];
  const t = (cells) => L.push(`| ${cells.join(' | ')} |`);
  const head = (cells, align) => {
    t(cells);
    L.push(`|${(align ?? cells.map((_, i) => (i ? '---:' : '---'))).join('|')}|`);
  };
  const rates = meta.rates ?? [1, 4];
  const { gauge, sdk, board, lookup, bytes, publisher } = timings;
  const bytesOf = (els) => (Array.isArray(bytes) ? bytes.find((b) => b.elements.join('+') === els) : undefined);

  L.push(`Run ${meta.date ?? ''} on ${meta.commit ?? '?'}${meta.quick ? ' (**--quick**: few iterations, not for comparison)' : ''}; ${meta.chromium ?? ''}, Node ${meta.node ?? ''}, ${meta.nproc ?? '?'} cores; load average ${meta.loadAverageAtStart?.join(' / ') ?? '?'} at start; ${meta.totalSeconds ?? '?'} s in all.`);
  L.push('Times in ms as median (p25–p75) of interleaved cold runs; ratios are medians of per-pair ratios (each run against its neighbour of the same round). Bytes are real bytes (Buffer length; gzip -9, brotli q11; "wire" = what Chromium received from the gzip-ing bench server).');
  L.push('');

  // Summary against the issue's targets.
  L.push('### Against the targets of issue 11');
  L.push('');
  head(['what', '1× CPU', '4× CPU', 'target', '']);
  const all3 = bytesOf('gauge+lookup+board');
  const g1 = bytesOf('gauge');
  t(['embed, all three, gzip bytes', B(all3?.gzip), '', '≤ 24,000', yes(all3 && all3.gzip <= 24_000)]);
  t(['gauge alone on a page, gzip bytes', B(g1?.gzip), '', '≤ 12,000', yes(g1 && g1.gzip <= 12_000)]);
  const gl = bytesOf('gauge+lookup');
  const l1 = bytesOf('lookup');
  if (gl && g1 && l1) t(['gauge + lookup on one page, gzip bytes (vs the two alone)', `${B(gl.gzip)} (${B(g1.gzip + l1.gzip)})`, '', '< sum (shared code loaded once)', yes(gl.gzip < g1.gzip + l1.gzip)]);
  const gr = (r) => gauge?.[`${r}x`];
  if (gauge && !gauge.error) {
    t(['gauge: navigation → figure painted, ms (ECharts gauge)', ...rates.map((r) => `${med(gr(r)?.zhixing?.paintedMs)} (${med(gr(r)?.['echarts-gauge']?.paintedMs)}) = ${ratio(gr(r)?.ratios?.paintedVsEchartsGauge)}`), '≤ 0.5× ECharts, same run', yes(gr(4)?.ratios?.paintedVsEchartsGauge?.median <= 0.5)]);
    t(['gauge: main-thread JS per load, ms: CPU profile (ScriptDuration)', ...rates.map((r) => `${med(gr(r)?.zhixing?.jsMs)} (${med(gr(r)?.zhixing?.scriptDurationMs)})`), '≤ 60 at 4×', yes(gr(4)?.zhixing?.jsMs?.median <= 60)]);
  }
  const s = (r, n) => sdk?.[`${r}x`]?.[n];
  if (sdk && !sdk.error) {
    t(['SDK: validate 100k records, records/s (× JSON.parse)', ...rates.map((r) => `${B(s(r, 100000)?.recordsPerSecond)} (${ratio(s(r, 100000)?.validateVsParse)}); contract check alone ${B(s(r, 100000)?.checkRecordsPerSecond)}`), '≥ 500,000/s', yes(s(1, 100000) && s(1, 100000).recordsPerSecond >= 500_000)]);
    t(['SDK: `getExposure` 100k vs plain fetch + parse', ...rates.map((r) => ratio(s(r, 100000)?.getExposureVsPlain)), '≤ 1.3×', yes(s(1, 100000) && s(1, 100000).getExposureVsPlain.median <= 1.3)]);
    t(['SDK: 304 revalidation at 1k / 100k entries, ms (bare fetch)', ...rates.map((r) => `${med(s(r, 1000)?.revalidate304Ms)} / ${med(s(r, 100000)?.revalidate304Ms)} (${med(s(r, 100000)?.bare304Ms)})`), '≤ 5, independent of N', yes(s(1, 100000) && s(1, 100000).revalidate304Ms.median <= 5)]);
  }
  const b = (r, n) => board?.[`${r}x`]?.[n];
  if (board && !board.error) {
    t(['board 100k: first render / refresh (+10 −10) ms / JS heap MB', ...rates.map((r) => `${med(b(r, 100000)?.zhixing?.firstMs)} / ${med(b(r, 100000)?.zhixing?.refreshMs)} / ${med(b(r, 100000)?.zhixing?.heapMB)}`), '≤ 1,000 / ≤ 50 / ≤ 40', yes(b(1, 100000) && b(1, 100000).zhixing.firstMs.median <= 1000 && b(1, 100000).zhixing.refreshMs.median <= 50 && b(1, 100000).zhixing.heapMB.median <= 40)]);
    t(['board 1k: first render vs plain `<table>`', ...rates.map((r) => `${ratio(b(r, 1000)?.ratios?.first)} (${med(b(r, 1000)?.zhixing?.firstMs)} vs ${med(b(r, 1000)?.table?.firstMs)})`), '< 1× (faster)', yes(b(1, 1000) && b(1, 1000).ratios.first.median < 1)]);
  }
  const lk = (r, f) => lookup?.[`${r}x`]?.[f];
  if (lookup && !lookup.error) {
    t(['lookup in the element, 100k feed: first search on a fresh page p50 / p95, ms', ...rates.map((r) => `${med(lk(r, '100k')?.firstSearch?.ms)} / ${fmtNum(lk(r, '100k')?.firstSearch?.p95)}`), '≤ 100 p95', yes(lk(4, '100k') && lk(4, '100k').firstSearch.p95 <= 100)]);
    t(['lookup in the element, 100k feed: cold shard p50 / p95, ms', ...rates.map((r) => `${med(lk(r, '100k')?.coldShard?.ms)} / ${fmtNum(lk(r, '100k')?.coldShard?.p95)}`), '≤ 100 p95', yes(lk(4, '100k') && lk(4, '100k').coldShard.p95 <= 100)]);
  }
  L.push('');

  // Issue 19: province scale.
  const pub = (rows) => publisher?.[`${rows} rows`];
  if ((board && !board.error) || (publisher && !publisher.error) || (lookup && !lookup.error)) {
    L.push('### Against the targets of issue 19 (province scale)');
    L.push('');
    head(['what', '1× CPU', '4× CPU', 'target', '']);
    const p100 = (r) => b(r, 100000)?.paged;
    const s100 = (r) => b(r, 100000)?.zhixing;
    if (board && !board.error && p100(1)) {
      t(['board 100k, paged feed: first render ms (single exposure.json)', ...rates.map((r) => `${med(p100(r)?.firstMs)} (${med(s100(r)?.firstMs)})`), '≤ 1,000 at 1×', yes(p100(1).firstMs.median <= 1000)]);
      t(['board 100k, paged feed: refresh (+10 −10) ms (single)', ...rates.map((r) => `${med(p100(r)?.refreshMs)} (${med(s100(r)?.refreshMs)})`), '≤ 50', yes(p100(1).refreshMs.median <= 50)]);
      t(['board 100k, paged feed: JS heap MB after GC (single)', ...rates.map((r) => `${med(p100(r)?.heapMB)} (${med(s100(r)?.heapMB)})`), '≤ 40', yes(p100(1).heapMB.median <= 40)]);
      t(['board 100k, paged feed: bytes of an unchanged poll (single)', ...rates.map((r) => `${B(p100(r)?.pollBytes?.median)} (${B(s100(r)?.pollBytes?.median)})`), '≤ 2,048', yes(p100(1).pollBytes.median <= 2048)]);
      t(['board 100k, paged feed: data bytes of the first render (single)', ...rates.map((r) => `${B(p100(r)?.firstBytes?.median)} (${B(s100(r)?.firstBytes?.median)})`), '', '']);
    }
    const full = pub(1000000);
    if (full) {
      t(['publisher, 1,000,000 rows: first build (every shard), ms', B(full.ms), '', '≤ 60,000', yes(full.ms <= 60_000)]);
      if (full.republish) {
        const rp = full.republish;
        t(['publisher, 1M: a day later, 1 % changed (delta), ms', B(rp.ms), '', '≤ 60,000', yes(rp.ms <= 60_000)]);
        t(['publisher, 1M, 1 % changed: files written / of the feed', `${B(rp.written.files)} / ${B(rp.total.files)} = ${fmtNum(rp.filesPct)} %`, '', '≤ 5 %', yes(rp.filesPct <= 5)]);
        t(['publisher, 1M, 1 % changed: bytes written / of the feed', `${B(rp.written.bytes)} / ${B(rp.total.bytes)} = ${fmtNum(rp.bytesPct)} %`, '', '≤ 5 %', yes(rp.bytesPct <= 5)]);
      }
    }
    if (lookup && !lookup.error && lk(1, '1M')) {
      const worst = (r) => Math.max(lk(r, '1M')?.firstSearch?.bytes?.max ?? 0, lk(r, '1M')?.coldShard?.bytes?.max ?? 0, lk(r, '1M')?.commonNames?.bytes?.max ?? 0);
      t(['lookups on the 1M feed (shards + delta): most bytes of one search', ...rates.map((r) => B(worst(r))), '≤ 51,200', yes(worst(1) <= 51_200)]);
    }
    L.push('');
  }

  // Bytes.
  L.push('### Bytes');
  L.push('');
  if (Array.isArray(bytes)) {
    head(['page with', 'loaded as', 'scripts fetched', 'min', 'gzip', 'brotli', 'wire']);
    for (const row of bytes) t([row.elements.join(' + '), row.way ?? 'n/a', (row.files ?? []).map((f) => f.replace(/^\/embed\//, '')).join(', '), B(row.min), B(row.gzip), B(row.brotli), B(row.transfer)]);
    L.push('');
  }
  head(['file', 'min', 'gzip', 'brotli']);
  for (const f of sizes.files ?? []) t([`\`${f.file.replace(/^packages\//, '')}\``, B(f.min), B(f.gzip), B(f.brotli)]);
  for (const [name, f] of Object.entries(sizes.comparators ?? {})) t([`${name} (${name.startsWith('chart') ? `chart.js ${meta.comparators?.['chart.js'] ?? ''}` : `echarts ${meta.comparators?.echarts ?? ''}`})`, B(f.min), B(f.gzip), B(f.brotli)]);
  L.push('');

  // Gauge.
  if (gauge && !gauge.error) {
    L.push('### Gauge: a cold page load, navigation → figure painted with data');
    L.push('');
    head(['variant', ...rates.flatMap((r) => [`painted ${r}×`, `ScriptDuration ${r}×`, `JS (profile) ${r}×`]), 'wire bytes']);
    const keys = Object.keys(gr(rates[0]) ?? {}).filter((k) => !['ratios', 'profile'].includes(k));
    for (const k of keys) t([gr(rates[0])[k].label.replace(/</g, '&lt;'), ...rates.flatMap((r) => [ms(gr(r)?.[k]?.paintedMs), ms(gr(r)?.[k]?.scriptDurationMs), gr(r)?.[k]?.jsMs ? ms(gr(r)[k].jsMs) : '']), B(gr(rates[0])[k].transferBytes?.median)]);
    t(['**ratio** element / ECharts gauge (per pair)', ...rates.flatMap((r) => [ratio(gr(r)?.ratios?.paintedVsEchartsGauge), '', ratio(gr(r)?.ratios?.jsVsEchartsGauge)]), '']);
    t(['**ratio** element / ECharts full', ...rates.flatMap((r) => [ratio(gr(r)?.ratios?.paintedVsEchartsFull), '', '']), '']);
    t(['**ratio** element / Chart.js doughnut', ...rates.flatMap((r) => [ratio(gr(r)?.ratios?.paintedVsChartjs), '', '']), '']);
    t(['**ratio** no library (the floor) / ECharts gauge', ...rates.flatMap((r) => [ratio(gr(r)?.ratios?.floorVsEchartsGauge), '', '']), '']);
    L.push('');
    L.push(`n = ${gr(rates[0])?.zhixing?.paintedMs?.n ?? '?'} timed loads per variant and rate (no profiler); ScriptDuration = Chromium's Performance.getMetrics at the painted frame. JS (profile) = ${gr(rates[0])?.profile?.zhixing?.loads ?? '?'} separate profiled loads each: self time of script, compile, GC and natives called from script in a V8 CPU profile (200 µs sampling), navigation to the painted frame — the profiler itself slows a load, so these loads are not timed.`);
    L.push('');
    const prof = gr(4)?.profile?.zhixing ?? gr(rates[rates.length - 1])?.profile?.zhixing;
    if (prof) {
      L.push(`Where the element's main-thread time goes at 4× (mean ms per load over ${prof.loads} profiled loads; "(program)" is the browser's own work — HTML, style, layout, paint):`);
      L.push('');
      head(['package / source', 'ms'], ['---', '---:']);
      for (const p of prof.byPackage) t([p.name, fmtNum(p.ms)]);
      L.push('');
      head(['top self-time functions (source-mapped)', 'ms'], ['---', '---:']);
      for (const f of prof.topFunctions.slice(0, 12)) t([`\`${f.name.replace(/\|/g, '\\|')}\``, fmtNum(f.ms)]);
      L.push('');
    }
  }

  // SDK.
  if (sdk && !sdk.error) {
    L.push('### SDK in Chromium: validation, loading, revalidation');
    L.push('');
    head(['N', 'CPU', 'feed bytes', 'JSON.parse', 'validateRecords', 'records/s', '× parse', 'check alone', 'records/s', '× parse', 'getExposure', 'fetch + json()', '×', '304 SDK', '304 bare']);
    for (const r of rates) for (const [n, x] of Object.entries(sdk[`${r}x`] ?? {})) t([NS[n] ?? n, `${r}×`, B(x.feedBytes), ms(x.parseMs), ms(x.validateMs), B(x.recordsPerSecond), ratio(x.validateVsParse), ms(x.checkMs), B(x.checkRecordsPerSecond), ratio(x.checkVsParse), ms(x.getExposureMs), ms(x.plainFetchParseMs), ratio(x.getExposureVsPlain), ms(x.revalidate304Ms), ms(x.bare304Ms)]);
    L.push('');
    L.push('validateRecords: `validateRecords(items, ExposureItem)` on already-parsed items (records/s = N ÷ median); × parse = per-pair ratio to `JSON.parse` of the same text. Check alone: the compiled contract check that validateRecords starts with, on each item, without the ID scan, scrub and age judgement: the floor under validateRecords. getExposure: a new client each time (a first visit) vs `fetch` + `res.json()`. 304: a client holding the feed revalidates (`getExposure({ revalidate: true })`, the server answers 304) vs a bare `fetch` with `If-None-Match`.');
    L.push('');
  }

  // Board.
  if (board && !board.error) {
    L.push('### Exposure board: paged feed, single exposure.json (as before), plain `<table>`');
    L.push('');
    head(['N', 'CPU', 'first render: paged', 'single', 'table', 'refresh (+10 −10): paged', 'single', 'table', 'JS heap MB: paged / single / table', 'DOM nodes: paged / single / table', 'data bytes, first render: paged / single', 'unchanged poll bytes: paged / single', 'n']);
    for (const r of rates)
      for (const [n, x] of Object.entries(board[`${r}x`] ?? {}))
        t([NS[n] ?? n, `${r}×`, ms(x.paged?.firstMs), ms(x.zhixing.firstMs), ms(x.table.firstMs), ms(x.paged?.refreshMs), ms(x.zhixing.refreshMs), ms(x.table.refreshMs), `${med(x.paged?.heapMB)} / ${med(x.zhixing.heapMB)} / ${med(x.table.heapMB)}`, `${B(x.paged?.domNodes?.median)} / ${B(x.zhixing.domNodes?.median)} / ${B(x.table.domNodes?.median)}`, `${B(x.paged?.firstBytes?.median)} / ${B(x.zhixing.firstBytes?.median)}`, `${B(x.paged?.pollBytes?.median)} / ${B(x.zhixing.pollBytes?.median)}`, String(x.paged?.firstMs?.n ?? x.zhixing.firstMs.n ?? 0)]);
    L.push('');
    L.push('Paged: the board on the paged feed (exposure/index.json, the list shown, the pages in view). Single: the same board on a feed that has only exposure.json (the whole list, as before issue 19; it first asks for exposure/index.json and gets a 404). First render: navigation → the frame that paints the first entries; refresh: `refresh()` → the frame that paints the next version, in which 10 entries went and 10 came (the table re-fetches and rebuilds). Unchanged poll: `refresh()` with the same version served, the bytes Chromium received (Resource Timing transferSize: a 304 of the index or of exposure.json). JS heap after a forced GC: the table keeps its rows as DOM nodes (outside the JS heap), so compare DOM nodes too. The plain table runs up to 10k rows: at 100k it needs minutes per load under load, and the 100k targets of the board are absolute. 1M: an exposure list of a million entries (~617 MB of JSON, above V8\'s maximum string length) is not something a page can load; the board rows stop at 100k.');
    L.push('');
  }

  // Lookup.
  if (lookup && !lookup.error) {
    L.push('### Lookup in `<zx-debtor-lookup>`, realistic-name feeds from the publisher');
    L.push('');
    head(['feed', 'CPU', 'first search, fresh page: p50 / p95 ms', 'bytes', 'cold shard: p50 / p95 ms', 'bytes', 'n', 'five most common names: median / max ms', 'max bytes']);
    for (const r of rates)
      for (const [f, x] of Object.entries(lookup[`${r}x`] ?? {}))
        t([f, `${r}×`, `${med(x.firstSearch.ms)} / ${fmtNum(x.firstSearch.p95)}`, B(x.firstSearch.bytes.median), `${med(x.coldShard.ms)} / ${fmtNum(x.coldShard.p95)}`, B(x.coldShard.bytes.median), String(x.coldShard.ms.n ?? 0), `${med(x.commonNames.ms)} / ${fmtNum(x.commonNames.ms.max)}`, B(x.commonNames.bytes.max)]);
    L.push('');
  }

  // Publisher.
  if (publisher && !publisher.error) {
    L.push('### Publisher (Node): realistic GB18030 CSV → feed, and the next day\'s export (1 % changed)');
    L.push('');
    head(['rows', 'build', 'time ms', 'peak RSS MB', 'published', 'files written', 'bytes written', 'of the feed: files / bytes', 'shards / hot names', 'worst lookup, gzip bytes']);
    for (const [rows, x] of Object.entries(publisher)) {
      t([rows, `first (${x.compacted ?? 'every shard'})`, B(x.ms), B(x.peakRssMB), B(x.published), B(x.written?.files ?? x.files), B(x.written?.bytes), '100 %', `${B(x.shards)} / ${B(x.hotNames)}`, x.worstLookupGzip ? `${B(x.worstLookupGzip)} (${x.worstLookup})` : '']);
      const rp = x.republish;
      if (rp) t([rows, rp.delta ? `a day later, 1 % changed: delta (${B(rp.delta.records)} records, ${B(rp.delta.hidden)} hidden, ${B(rp.delta.files)} files)` : `a day later: ${rp.compacted}`, B(rp.ms), B(rp.peakRssMB), B(rp.published), B(rp.written.files), B(rp.written.bytes), `${fmtNum(rp.filesPct)} % / ${fmtNum(rp.bytesPct)} %`, '', rp.worstLookupGzip ? `${B(rp.worstLookupGzip)} (${rp.worstLookup})` : '']);
    }
    L.push('');
    L.push('First: the feed folder empty, every shard written. A day later: the same export with 1 % of it changed, spread over the whole list (a third paid in part, a third gone, a third new listings; scripts/lib/realistic-names.mjs `changedRows`), published over the first: the shards are kept and a delta written. "Of the feed": files and bytes written by that publication against every file the new version references (shards, delta, board pages, top-level files).');
    L.push('');
  }
  return `${L.join('\n')}\n`;
}
