// Small statistics for interleaved runs: median and spread, per-pair ratios.
export function quantile(values, q) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

const round = (x, digits) => (x === undefined ? undefined : +x.toFixed(digits));

/** { n, median, p25, p75, min, max } rounded to `digits`. */
export function summary(values, digits = 1) {
  const v = values.filter((x) => Number.isFinite(x));
  if (v.length === 0) return { n: 0 };
  return {
    n: v.length,
    median: round(quantile(v, 0.5), digits),
    p25: round(quantile(v, 0.25), digits),
    p75: round(quantile(v, 0.75), digits),
    min: round(Math.min(...v), digits),
    max: round(Math.max(...v), digits),
  };
}

/** Median of a[i] / b[i] over the pairs of one interleaved run, with its p25/p75. */
export function pairedRatio(a, b, digits = 2) {
  const ratios = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (Number.isFinite(a[i]) && Number.isFinite(b[i]) && b[i] > 0) ratios.push(a[i] / b[i]);
  return summary(ratios, digits);
}

export const fmtMs = (s) => (s?.n ? `${fmtNum(s.median)} ms (${fmtNum(s.p25)}–${fmtNum(s.p75)})` : 'n/a');
export function fmtNum(x) {
  if (x === undefined || x === null || Number.isNaN(x)) return 'n/a';
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return x.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
