// The gauge, side by side: navigation → figure painted with data, main-thread JS per load and bytes
// on the wire, for <zx-execution-gauge> (its own bundle, and the all-in-one embed) against the full
// ECharts, the smallest tree-shaken ECharts gauge and a tree-shaken Chart.js doughnut. Every load is
// cold (HTTP cache off) in a fresh page; variants are interleaved A/B/C/D/E, A/B/… with the start
// rotated each round, at each CPU throttling rate.
import { measureLoad } from './browser.mjs';
import { mergeSummaries } from './profile.mjs';
import { pairedRatio, summary } from './stats.mjs';

export const GAUGE_VARIANTS = [
  { key: 'zhixing', label: '<zx-execution-gauge> (zx-execution-gauge.min.js)', page: 'gauge-zhixing-element.html' },
  { key: 'zhixing-all', label: '<zx-execution-gauge> via zhixing.min.js (all three)', page: 'gauge-zhixing-all.html' },
  { key: 'echarts-gauge', label: 'ECharts gauge, tree-shaken (core + GaugeChart + CanvasRenderer)', page: 'gauge-echarts-gauge.html' },
  { key: 'echarts-full', label: 'ECharts full (echarts.min.js)', page: 'gauge-echarts-full.html' },
  { key: 'chartjs', label: 'Chart.js doughnut, tree-shaken', page: 'gauge-chartjs.html' },
  // No library: what any gauge pays before its own code (navigation, the two data requests, a frame).
  { key: 'floor', label: 'no library: the same data as one line of text (the floor)', page: 'gauge-floor.html' },
];

export async function run({ browser, base, root, rates, rounds, profileRounds = 3, log = console.error }) {
  const out = {};
  for (const rate of rates) {
    const samples = Object.fromEntries(GAUGE_VARIANTS.map((v) => [v.key, []]));
    // One unrecorded round first: Chromium's own start-up costs land on no variant.
    for (let round = -1; round < rounds; round++) {
      for (let i = 0; i < GAUGE_VARIANTS.length; i++) {
        const variant = GAUGE_VARIANTS[(i + Math.max(0, round)) % GAUGE_VARIANTS.length];
        const sample = await measureLoad(browser, `${base}pages/${variant.page}`, { rate, root, profile: false });
        if (round >= 0) samples[variant.key][round] = sample;
      }
    }
    // Profiled loads apart from the timed ones (the profiler slows compilation, more so for more code):
    // main-thread JS per load, and where it goes.
    const profiled = { zhixing: [], 'echarts-gauge': [] };
    for (let round = 0; round < profileRounds; round++) {
      for (const key of round % 2 ? ['echarts-gauge', 'zhixing'] : ['zhixing', 'echarts-gauge']) {
        const variant = GAUGE_VARIANTS.find((v) => v.key === key);
        profiled[key].push(await measureLoad(browser, `${base}pages/${variant.page}`, { rate, root, profile: true }));
      }
    }
    const row = {};
    for (const v of GAUGE_VARIANTS) {
      const s = samples[v.key];
      row[v.key] = {
        label: v.label,
        paintedMs: summary(s.map((x) => x.paintedMs)),
        jsMs: profiled[v.key] ? summary(profiled[v.key].map((x) => x.jsMs)) : undefined,
        scriptDurationMs: summary(s.map((x) => x.scriptDurationMs)),
        taskDurationMs: summary(s.map((x) => x.taskDurationMs)),
        transferBytes: summary(s.map((x) => x.bytes), 0),
        scriptTransferBytes: summary(s.map((x) => x.scriptBytes), 0),
      };
    }
    const painted = (key) => samples[key].map((x) => x.paintedMs);
    const script = (key) => profiled[key].map((x) => x.jsMs);
    row.ratios = {
      paintedVsEchartsGauge: pairedRatio(painted('zhixing'), painted('echarts-gauge')),
      paintedVsEchartsFull: pairedRatio(painted('zhixing'), painted('echarts-full')),
      paintedVsChartjs: pairedRatio(painted('zhixing'), painted('chartjs')),
      // The best ratio any gauge could reach against ECharts' in this run.
      floorVsEchartsGauge: pairedRatio(painted('floor'), painted('echarts-gauge')),
      jsVsEchartsGauge: pairedRatio(script('zhixing'), script('echarts-gauge')),
    };
    // Where the element's main-thread time goes (mean per load over this rate's profiled loads).
    row.profile = { zhixing: mergeSummaries(profiled.zhixing.map((x) => x.cpu)), 'echarts-gauge': mergeSummaries(profiled['echarts-gauge'].map((x) => x.cpu), { packages: 6, functions: 8 }) };
    out[`${rate}x`] = row;
    log(`  gauge ${rate}×: zhixing ${row.zhixing.paintedMs.median} ms, echarts-gauge ${row['echarts-gauge'].paintedMs.median} ms, echarts-full ${row['echarts-full'].paintedMs.median} ms, chartjs ${row.chartjs.paintedMs.median} ms; JS (profile) ${row.zhixing.jsMs.median} vs ${row['echarts-gauge'].jsMs.median} ms, ScriptDuration ${row.zhixing.scriptDurationMs.median} vs ${row['echarts-gauge'].scriptDurationMs.median} ms`);
  }
  return out;
}
