// What the gauge shows, derived from the loaded statistics: pure functions, no DOM. Rates always
// come from the counts (the SDK's integer arithmetic), never from the court's reported figure.
import {
  actualExecutionRate,
  checkReportedRate,
  closureRate,
  DEFAULT_RATE_RULE,
  formatCalendarDate,
  ValidationError,
  type Court,
  type EnforcementStats,
  type Period,
  type Rate,
  type RateCheck,
  type StatsIndex,
  type ValidationProblem,
} from '@zhixing/sdk';
import { translate, type Locale } from '../internal/i18n.js';
import { gaugeMessages } from './zx-execution-gauge.messages.js';

/** The figure a gauge shows (`metric` attribute). */
export type GaugeMetric = 'closure-rate' | 'actual-execution-rate' | 'money-recovered';
/** What the gauge compares the figure with (`compare` attribute): the previous period or the target. */
export type GaugeCompare = 'previous' | 'target';
/** One period as a dial (`gauge`) or every period as a chart and a table (`trend`): the `view` attribute. */
export type GaugeView = 'gauge' | 'trend';

export const GAUGE_METRICS: readonly GaugeMetric[] = ['closure-rate', 'actual-execution-rate', 'money-recovered'];
export const GAUGE_COMPARES: readonly GaugeCompare[] = ['previous', 'target'];
export const GAUGE_VIEWS: readonly GaugeView[] = ['gauge', 'trend'];

/** Normalises `view`: anything but `trend` (after trimming) is the gauge (the element warns in the console). */
export function toView(value: string | null | undefined): GaugeView {
  return value?.trim() === 'trend' ? 'trend' : 'gauge';
}

/** Normalises a checked `metric` (the element refuses unknown values before this is used). */
export function toMetric(value: string | null | undefined): GaugeMetric {
  return GAUGE_METRICS.find((metric) => metric === value?.trim()) ?? 'closure-rate';
}

export function toCompare(value: string | null | undefined): GaugeCompare | undefined {
  const trimmed = value?.trim();
  return trimmed === 'previous' || trimmed === 'target' ? trimmed : undefined;
}

/** A usable target percent (0–100), or undefined for a missing or nonsensical attribute. */
export function toTarget(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100 ? value : undefined;
}

export type PreviousPeriod =
  | { kind: 'not-requested' }
  | { kind: 'none' }
  | { kind: 'loaded'; stats: EnforcementStats }
  | { kind: 'failed'; period: Period; error: Error };

/** What one load produces. */
export interface GaugeData {
  /** The source's period index, when it was needed (default period, comparison, picker). */
  index: StatsIndex | undefined;
  stats: EnforcementStats;
  /** The court asked for with `court` (its name is shown). */
  court?: Court | undefined;
  previous: PreviousPeriod;
}

/** `zx-load` detail data: the statistics and the figure computed from them. */
export interface GaugeLoadData {
  metric: GaugeMetric;
  stats: EnforcementStats;
  /** Undefined for money, or when the period has no cases. */
  rate: Rate | undefined;
  /** Present when the court reported its own rate for this metric. */
  check: RateCheck | undefined;
  previous: EnforcementStats | undefined;
}

export function isRateMetric(metric: GaugeMetric): metric is 'closure-rate' | 'actual-execution-rate' {
  return metric !== 'money-recovered';
}

/** Counts that cannot be true (more closed than accepted) are refused, not drawn. */
export function assertConsistentCounts(stats: EnforcementStats, url?: string): void {
  const { accepted, closed, closedWithPerformance } = stats.cases;
  const problems: ValidationProblem[] = [];
  if (closed > accepted) problems.push({ path: 'cases.closed', message: `closed (${closed}) exceeds accepted (${accepted})` });
  if (closedWithPerformance > closed) {
    problems.push({ path: 'cases.closedWithPerformance', message: `closedWithPerformance (${closedWithPerformance}) exceeds closed (${closed})` });
  }
  if (problems.length) throw new ValidationError(url, problems);
}

/** The rate for a rate metric with the source's rounding rule; undefined when the denominator is 0. */
export function rateFor(metric: GaugeMetric, stats: EnforcementStats): Rate | undefined {
  const rule = stats.rateRule ?? DEFAULT_RATE_RULE;
  if (metric === 'closure-rate') return closureRate(stats.cases.closed, stats.cases.accepted, rule);
  if (metric === 'actual-execution-rate') return actualExecutionRate(stats.cases.closedWithPerformance, stats.cases.closed, rule);
  return undefined;
}

/** The rate's numerator and denominator counts (shown even when the rate is undefined). */
export function countsFor(metric: GaugeMetric, stats: EnforcementStats): { numerator: number; denominator: number } {
  return metric === 'actual-execution-rate'
    ? { numerator: stats.cases.closedWithPerformance, denominator: stats.cases.closed }
    : { numerator: stats.cases.closed, denominator: stats.cases.accepted };
}

export function reportedCheck(metric: GaugeMetric, rate: Rate | undefined, stats: EnforcementStats): RateCheck | undefined {
  if (!rate) return undefined;
  const reported = metric === 'closure-rate' ? stats.reportedRates?.closureRate : stats.reportedRates?.actualExecutionRate;
  return reported === undefined ? undefined : checkReportedRate(rate, reported);
}

export function loadData(metric: GaugeMetric, data: GaugeData): GaugeLoadData {
  const rate = rateFor(metric, data.stats);
  return {
    metric,
    stats: data.stats,
    rate,
    check: reportedCheck(metric, rate, data.stats),
    previous: data.previous.kind === 'loaded' ? data.previous.stats : undefined,
  };
}

/** The period as the court labels it, or its dates. */
export function periodLabel(period: Period, locale: Locale): string {
  // An English reader gets the dates rather than a Chinese-only label.
  const label = locale === 'en' ? period.labelEn : period.label;
  if (label?.trim()) return label;
  const start = formatCalendarDate(period.start, locale);
  const end = formatCalendarDate(period.end, locale);
  return translate(gaugeMessages, locale, 'periodRange', { start, end });
}

/** The period after `periodId` in the index (newest first), i.e. the one before it in time. */
export function previousPeriod(index: StatsIndex, periodId: string): Period | undefined {
  const at = index.periods.findIndex((period) => period.id === periodId);
  return at >= 0 ? index.periods[at + 1] : undefined;
}

/** |a − b| in percentage points, rounded like the rates. */
export function pointsBetween(a: number, b: number, decimals: number): string {
  const factor = 10 ** decimals;
  return (Math.round(Math.abs(a - b) * factor) / factor).toFixed(decimals);
}

/** Decimals a figure was given with (92.965 → 3, 90 → 0), so it is shown as written. */
export function decimalsOf(value: number): number {
  return Math.min(6, String(value).split('.')[1]?.length ?? 0);
}
