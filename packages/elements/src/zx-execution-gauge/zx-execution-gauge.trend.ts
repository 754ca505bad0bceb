// view="trend": the metric across every period of the source, as an SVG line chart and a table of
// the same figures. Rates come from the model's rateFor (the SDK's integer arithmetic and the
// source's rounding rule) and are formatted once, so the chart and the table cannot disagree.
// Periods of different lengths are separate series: a half-year's closure rate is not a point on
// a line of whole years.
// The component loads this module (and its texts) with a dynamic import only for view="trend", so a
// page with plain gauges never downloads it (the one-tag embed's `zhixing-trend-*` chunk).
import { html, nothing, svg, type ReactiveController, type ReactiveControllerHost, type SVGTemplateResult, type TemplateResult } from 'lit';
import { formatCount, formatMoney, formatPercent, type Court, type EnforcementStats, type Period, type Rate, type StatsIndex } from '@zhixing/sdk';
import { translate, type Locale } from '../internal/i18n.js';
import { gaugeMessages, type GaugeMessageKey } from './zx-execution-gauge.messages.js';
import { trendMessages, type TrendMessageKey } from './zx-execution-gauge.trend-messages.js';
import { countsFor, decimalsOf, periodLabel, rateFor, type GaugeMetric } from './zx-execution-gauge.model.js';

// The chart's styles travel with it; the gauge adds them to its shadow root when this module arrives.
export { trendStyles } from './zx-execution-gauge.trend-styles.js';

/** What a trend load produces: the index and every period's statistics, oldest first. */
export interface GaugeTrendData {
  index: StatsIndex;
  stats: EnforcementStats[];
  court?: Court | undefined;
}

/** `zx-load` detail data in the trend view. */
export interface GaugeTrendLoadData {
  view: 'trend';
  metric: GaugeMetric;
  points: TrendPoint[];
}

/** How long a period is, from its first and last day (the contract gives no kind). */
export interface PeriodLength {
  /** Same key: same length, comparable. */
  key: string;
  kind: 'year' | 'half-year' | 'quarter' | 'month' | 'months' | 'days';
  /** Months (whole calendar months) or days. */
  n: number;
}

/** One period of the trend: its statistics, its length (series) and the figure drawn and listed for it. */
export interface TrendPoint {
  period: Period;
  length: PeriodLength;
  stats: EnforcementStats;
  /** Rates: undefined when the denominator is 0. Money: undefined. */
  rate: Rate | undefined;
  /** The plotted number: percent, or fen for money; undefined when there is nothing to plot. */
  value: number | undefined;
  /** The figure as shown on the point and in the table; `—` when there is no figure (no point is drawn). */
  text: string;
}

/** Shown for a rate whose denominator is 0: no point, and never NaN. */
export const NO_FIGURE = '—';

function parseDate(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function periodLength(period: Period): PeriodLength {
  const [sy, sm, sd] = parseDate(period.start);
  const [ey, em, ed] = parseDate(period.end);
  if (sd === 1 && ed === lastDayOfMonth(ey, em)) {
    const n = ey * 12 + em - (sy * 12 + sm) + 1;
    const kind = n === 12 ? 'year' : n === 6 ? 'half-year' : n === 3 ? 'quarter' : n === 1 ? 'month' : 'months';
    return { key: `m${n}`, kind, n };
  }
  const n = Math.round((Date.UTC(ey, em - 1, ed) - Date.UTC(sy, sm - 1, sd)) / 86_400_000) + 1;
  return { key: `d${n}`, kind: 'days', n };
}

type Translate = (key: TrendMessageKey | GaugeMessageKey, params?: Record<string, string | number>) => string;

/** The trend's texts in one language, and the gauge's (metric names, counts, target). */
export function trendTexts(locale: Locale): Translate {
  return (key, params) => (key in trendMessages['zh-CN'] ? translate(trendMessages, locale, key as TrendMessageKey, params) : translate(gaugeMessages, locale, key as GaugeMessageKey, params));
}

export function lengthName(length: PeriodLength, t: Translate): string {
  switch (length.kind) {
    case 'year':
      return t('lengthYear');
    case 'half-year':
      return t('lengthHalfYear');
    case 'quarter':
      return t('lengthQuarter');
    case 'month':
      return t('lengthMonth');
    case 'months':
      return t('lengthMonths', { n: length.n });
    default:
      return t('lengthDays', { n: length.n });
  }
}

/** The x-axis label: one or two short lines (the full label is in the table). */
function axisLines(period: Period, length: PeriodLength, t: Translate): string[] {
  const [sy, sm] = parseDate(period.start);
  const [ey, em] = parseDate(period.end);
  const year = t('yearShort', { year: sy });
  if (length.kind === 'year' && sm === 1) return [year];
  if (length.kind === 'half-year' && (sm === 1 || sm === 7)) return [year, t(sm === 1 ? 'firstHalf' : 'secondHalf')];
  if (length.kind === 'quarter' && (sm - 1) % 3 === 0) return [year, t('quarterShort', { n: (sm + 2) / 3 })];
  if (length.kind === 'month') return [year, t('monthShort', { n: sm })];
  const pad = (n: number) => String(n).padStart(2, '0');
  return [`${sy}.${pad(sm)}–`, `${ey}.${pad(em)}`];
}

/** Every period, oldest first (by end, then start), with its figure formatted once. */
export function trendPoints(metric: GaugeMetric, stats: readonly EnforcementStats[], locale: Locale): TrendPoint[] {
  return [...stats]
    .sort((a, b) => (a.period.end < b.period.end ? -1 : a.period.end > b.period.end ? 1 : a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : 0))
    .map((s) => {
      const length = periodLength(s.period);
      if (metric === 'money-recovered') {
        return { period: s.period, length, stats: s, rate: undefined, value: s.money.recovered, text: formatMoney(s.money.recovered, locale, { approximate: s.money.recoveredApproximate === true }) };
      }
      const rate = rateFor(metric, s);
      return { period: s.period, length, stats: s, rate, value: rate?.percent, text: rate ? formatPercent(rate.percent, locale, rate.rule.decimals) : NO_FIGURE };
    });
}

export interface TrendSeries {
  length: PeriodLength;
  /** Index of the marker shape and line pattern (never colour alone). */
  style: number;
  points: TrendPoint[];
}

/**
 * One series per period length, each oldest first. The series with the most periods comes first
 * (drawn solid, with circles); ties go to the series of the newest period.
 */
export function trendSeries(points: readonly TrendPoint[]): TrendSeries[] {
  const byKey = new Map<string, TrendPoint[]>();
  for (const point of [...points].reverse()) {
    const list = byKey.get(point.length.key) ?? [];
    list.unshift(point);
    byKey.set(point.length.key, list);
  }
  // Array sort is stable: equal counts keep newest-first order.
  return [...byKey.values()].sort((a, b) => b.length - a.length).map((list, style) => ({ length: list[0]!.length, style, points: list }));
}

/** Width and font size of the chart box, so the SVG is drawn in CSS pixels and its text never shrinks. */
export class ChartBox implements ReactiveController {
  width = 320;
  em = 16;
  private observer: ResizeObserver | undefined;
  private observed: HTMLElement | undefined;
  private frame: number | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * Before each render (after willUpdate set elder mode): the size the chart is about to be drawn at;
   * before the first chart, the trend frame's (the chart is as wide as its content). Nothing while
   * the element shows the gauge: no layout reads during the dial's animation.
   */
  hostUpdate(): void {
    this.measure(this.observed ?? this.host.shadowRoot?.querySelector<HTMLElement>('.frame.trend') ?? undefined, false);
  }

  /** After a render: watch the chart's box (a new one after the view or the data changed). */
  hostUpdated(): void {
    const box = this.host.shadowRoot?.querySelector<HTMLElement>('.trend-chart') ?? undefined;
    if (box === this.observed) return;
    this.observer?.disconnect();
    this.observed = box;
    if (!box || typeof ResizeObserver === 'undefined') return;
    // Redrawn in the next frame, not inside the observer's callback: the new drawing changes the
    // box's height, which must not happen while the observer delivers (a "loop" error).
    this.observer ??= new ResizeObserver(() => {
      if (this.frame === undefined) this.frame = requestAnimationFrame(() => {
        this.frame = undefined;
        this.measure(this.observed, true);
      });
    });
    this.observer.observe(box);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  private measure(box: HTMLElement | undefined, redraw: boolean): void {
    if (!box?.isConnected) return;
    const style = getComputedStyle(box);
    const width = Math.floor(box.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0));
    const em = parseFloat((box === this.observed ? style : getComputedStyle(box.querySelector('.trend-chart') ?? box)).fontSize) || 16;
    if (width > 0 && (width !== this.width || em !== this.em)) {
      this.width = width;
      this.em = em;
      if (redraw) this.host.requestUpdate();
    }
  }
}

/** Rough width of a text in em (CJK characters a full em, others a bit over half). */
function textWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
  return width;
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

const VALUE_SCALE = 0.875;
const AXIS_SCALE = 0.8125;

interface Scale {
  min: number;
  max: number;
  ticks: number[];
}

function rateScale(values: number[], target: number | undefined): Scale {
  const all = target === undefined ? values : [...values, target];
  // Nothing to plot (every period without cases): the full 0–100 scale, never NaN.
  const lowest = all.length ? Math.min(...all) : 0;
  const min = Math.max(0, Math.floor((lowest - 5) / 10) * 10);
  const step = 100 - min > 50 ? 20 : 10;
  const ticks: number[] = [];
  for (let v = 100; v >= min; v -= step) ticks.push(v);
  return { min, max: 100, ticks };
}

function moneyScale(values: number[]): Scale {
  return { min: 0, max: Math.max(1, ...values) * 1.1, ticks: [0] };
}

/** Marker shapes: circle, square, diamond, triangle — a series is told apart by shape and line pattern. */
function marker(style: number, x: number, y: number, r: number): SVGTemplateResult {
  switch (style % 4) {
    case 0:
      return svg`<circle class="trend-marker" cx=${x.toFixed(1)} cy=${y.toFixed(1)} r=${r.toFixed(1)}></circle>`;
    case 1:
      return svg`<rect class="trend-marker" x=${(x - r).toFixed(1)} y=${(y - r).toFixed(1)} width=${(2 * r).toFixed(1)} height=${(2 * r).toFixed(1)}></rect>`;
    case 2: {
      const d = r * 1.3;
      return svg`<path class="trend-marker" d=${`M ${x.toFixed(1)} ${(y - d).toFixed(1)} L ${(x + d).toFixed(1)} ${y.toFixed(1)} L ${x.toFixed(1)} ${(y + d).toFixed(1)} L ${(x - d).toFixed(1)} ${y.toFixed(1)} Z`}></path>`;
    }
    default: {
      const d = r * 1.25;
      return svg`<path class="trend-marker" d=${`M ${x.toFixed(1)} ${(y - d).toFixed(1)} L ${(x + d).toFixed(1)} ${(y + d * 0.8).toFixed(1)} L ${(x - d).toFixed(1)} ${(y + d * 0.8).toFixed(1)} Z`}></path>`;
    }
  }
}

const DASHES = ['', '8 5', '2 4', '10 4 2 4'];

/** The legend's small sample of a series: its line pattern and marker. */
export function seriesSwatch(style: number): TemplateResult {
  return html`<svg class="trend-swatch" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
    <path class="trend-line" d="M 1 8 L 27 8" stroke-dasharray=${DASHES[style % 4] || nothing}></path>
    ${marker(style, 14, 8, 4)}
  </svg>`;
}

export function targetSwatch(): TemplateResult {
  return html`<svg class="trend-swatch" viewBox="0 0 28 16" aria-hidden="true" focusable="false"><path class="trend-target" d="M 1 8 L 27 8"></path></svg>`;
}

export interface ChartOptions {
  metric: GaugeMetric;
  target: number | undefined;
  width: number;
  em: number;
  locale: Locale;
  t: Translate;
}

/**
 * The chart, drawn in CSS pixels of the measured box (viewBox = its size): the labels keep their
 * font size at 320 px and on a big screen. Hidden from assistive technology: the table beside it
 * holds the same figures.
 */
export function renderTrendChart(points: readonly TrendPoint[], series: readonly TrendSeries[], options: ChartOptions): TemplateResult {
  const { metric, width, em, locale, t } = options;
  const rates = metric !== 'money-recovered';
  const target = rates ? options.target : undefined;
  const values = points.flatMap((p) => (p.value === undefined ? [] : [p.value]));
  const scale = rates ? rateScale(values, target) : moneyScale(values);
  const tickLabel = (v: number) => formatPercent(v, locale, 0);
  const left = rates ? Math.max(...scale.ticks.map((v) => textWidthEm(tickLabel(v)))) * AXIS_SCALE * em + 0.6 * em : 0.5 * em;
  const right = 0.5 * em;
  const column = (width - left - right) / Math.max(1, points.length);
  // Crowded columns: room above the plot for up to two more lines of figures (see the placing below).
  const valueWidth = Math.max(...points.map((p) => textWidthEm(p.text))) * VALUE_SCALE * em;
  const valueRows = Math.min(3, points.length, Math.max(1, Math.ceil((valueWidth + 0.3 * em) / column)));
  const axis = points.map((p) => axisLines(p.period, p.length, t));
  const axisWidth = Math.max(...axis.flat().map(textWidthEm)) * AXIS_SCALE * em;
  const staggerAxis = axisWidth > column - 0.3 * em;
  const axisRows = Math.max(...axis.map((lines) => lines.length));
  const line = 1.25 * em;
  const top = (1.5 + (valueRows - 1) * 1.1) * em;
  const plot = Math.max(8 * em, Math.min(width * 0.45, 18 * em));
  const axisTop = top + plot + 0.5 * em;
  const height = axisTop + (axisRows * (staggerAxis ? 2 : 1)) * line * AXIS_SCALE + 0.4 * em;
  const x = (i: number) => left + column * (i + 0.5);
  const y = (v: number) => top + plot * (1 - (v - scale.min) / (scale.max - scale.min));
  const indexOf = new Map(points.map((p, i) => [p, i]));
  // A label wider than its column stays inside the plot at either end (clear of the tick labels).
  const labelX = (i: number, text: string) => {
    const half = (textWidthEm(text) * VALUE_SCALE * em) / 2 + 2;
    return Math.min(Math.max(x(i), left + half), width - half);
  };
  const r = Math.max(4, 0.3 * em);

  // Each figure goes just above its point or, where that would overlap a figure placed already or a
  // marker, below it, then a line higher or lower: the first free place (oldest point first).
  const labelY = new Map<TrendPoint, number>();
  const placed: Box[] = points.flatMap((p, i) => (p.value === undefined ? [] : [{ x0: x(i) - r, x1: x(i) + r, y0: y(p.value) - r, y1: y(p.value) + r }]));
  const ascent = 0.75 * VALUE_SCALE * em;
  const descent = 0.25 * VALUE_SCALE * em;
  points.forEach((p, i) => {
    if (p.value === undefined) return;
    const half = (textWidthEm(p.text) * VALUE_SCALE * em) / 2;
    const cx = labelX(i, p.text);
    const above = y(p.value) - r - 0.35 * em;
    const below = y(p.value) + r + 0.35 * em + ascent;
    const step = line * VALUE_SCALE;
    const candidates = [above, below, above - step, below + step, above - 2 * step, below + 2 * step].filter((b) => b - ascent >= 0 && b + descent <= axisTop);
    const box = (b: number): Box => ({ x0: cx - half, x1: cx + half, y0: b - ascent, y1: b + descent });
    const free = candidates.find((b) => !placed.some((other) => overlaps(box(b), other)));
    const chosen = free ?? candidates[0] ?? above;
    labelY.set(p, chosen);
    placed.push(box(chosen));
  });

  return html`<svg class="trend-svg" part="trend-chart" viewBox=${`0 0 ${width} ${height.toFixed(1)}`} width=${width} height=${height.toFixed(1)} aria-hidden="true" focusable="false">
    ${scale.ticks.map(
      (v) => svg`<path class="trend-grid" d=${`M ${left.toFixed(1)} ${y(v).toFixed(1)} H ${(width - right).toFixed(1)}`}></path>
        ${rates ? svg`<text class="trend-tick" x=${(left - 0.3 * em).toFixed(1)} y=${y(v).toFixed(1)} dy="0.35em" text-anchor="end">${tickLabel(v)}</text>` : nothing}`,
    )}
    ${target === undefined ? nothing : svg`<path class="trend-target" part="trend-target" d=${`M ${left.toFixed(1)} ${y(target).toFixed(1)} H ${(width - right).toFixed(1)}`}></path>`}
    ${series.map((s) => {
      const drawn = s.points.filter((p) => p.value !== undefined);
      return svg`<g class="trend-series" data-series=${s.length.key}>
        ${drawn.length > 1
          ? svg`<path class="trend-line" stroke-dasharray=${DASHES[s.style % 4] || nothing} d=${drawn.map((p, i) => `${i ? 'L' : 'M'} ${x(indexOf.get(p)!).toFixed(1)} ${y(p.value!).toFixed(1)}`).join(' ')}></path>`
          : nothing}
        ${drawn.map((p) => {
          const i = indexOf.get(p)!;
          return svg`<g class="trend-point" data-period=${p.period.id} data-value=${String(p.value)} data-text=${p.text}>
            <title>${pointTitle(p, metric, locale, t)}</title>
            ${marker(s.style, x(i), y(p.value!), r)}
            <text class="trend-value" x=${labelX(i, p.text).toFixed(1)} y=${labelY.get(p)!.toFixed(1)} text-anchor="middle">${p.text}</text>
          </g>`;
        })}
      </g>`;
    })}
    ${axis.map((lines, i) =>
      lines.map((text, row) => {
        const shift = staggerAxis && i % 2 === 1 ? axisRows : 0;
        return svg`<text class="trend-axis" x=${x(i).toFixed(1)} y=${(axisTop + (row + shift + 0.8) * line * AXIS_SCALE).toFixed(1)} text-anchor="middle">${text}</text>`;
      }),
    )}
  </svg>`;
}

/** A point's tooltip (pointer users): period, figure and, for rates, the counts. */
function pointTitle(p: TrendPoint, metric: GaugeMetric, locale: Locale, t: Translate): string {
  const period = periodLabel(p.period, locale);
  if (metric === 'money-recovered') return t('pointTitle', { period, value: p.text, counts: lengthName(p.length, t) });
  const { numerator, denominator } = countsFor(metric, p.stats);
  return t('pointTitle', { period, value: p.text, counts: t('counts', { numerator: formatCount(numerator, locale), denominator: formatCount(denominator, locale) }) });
}

export interface TableOptions {
  metric: GaugeMetric;
  caption: string;
  locale: Locale;
  t: Translate;
}

function metricKey(metric: GaugeMetric): GaugeMessageKey {
  return metric === 'closure-rate' ? 'closureRate' : metric === 'actual-execution-rate' ? 'actualExecutionRate' : 'moneyRecovered';
}

/**
 * The same figures as a real table, newest first: the period (with its length under it), the figure
 * as drawn and, for rates, the two counts. Three columns, so it reads at 320 px too.
 */
export function renderTrendTable(points: readonly TrendPoint[], options: TableOptions): TemplateResult {
  const { metric, locale, t } = options;
  const rates = metric !== 'money-recovered';
  return html`<table class="trend-table ${rates ? '' : 'money'}" part="trend-table">
    <caption>${options.caption}</caption>
    <thead>
      <tr>
        <th scope="col">${t('period')}</th>
        <th scope="col" class="num">${t(metricKey(metric))}</th>
        ${rates ? html`<th scope="col" class="num">${t(metric === 'actual-execution-rate' ? 'countsActual' : 'countsClosure')}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${[...points].reverse().map((p) => {
        const counts = countsFor(metric, p.stats);
        return html`<tr data-period=${p.period.id}>
          <th scope="row">${periodLabel(p.period, locale)}<span class="trend-length" data-length=${p.length.key}><span class="visually-hidden">${t('listSeparator')}</span>${lengthName(p.length, t)}</span></th>
          ${p.value === undefined
            ? html`<td class="num figure-cell"><span aria-hidden="true">${p.text}</span><span class="visually-hidden">${t('noRate')}</span></td>`
            : html`<td class="num figure-cell">${p.text}</td>`}
          ${rates ? html`<td class="num counts-cell">${formatCount(counts.numerator, locale)}<span class="counts-of"> / </span>${formatCount(counts.denominator, locale)}</td>` : nothing}
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/** The legend: one entry per series (shape + line pattern + length), and the target. */
export function renderTrendLegend(series: readonly TrendSeries[], target: number | undefined, t: Translate, locale: Locale): TemplateResult {
  return html`<ul class="trend-legend" part="trend-legend">
    ${series.map((s) => html`<li>${seriesSwatch(s.style)}<span>${t('series', { length: lengthName(s.length, t), count: s.points.length })}</span></li>`)}
    ${target === undefined ? nothing : html`<li class="trend-target-legend" part="target">${targetSwatch()}<span>${t('target', { value: formatPercent(target, locale, decimalsOf(target)) })}</span></li>`}
  </ul>`;
}

/** What the component hands the trend view: its settings and the parts it draws for both views. */
export interface TrendContext {
  metric: GaugeMetric;
  /** Rate metrics only. */
  target: number | undefined;
  locale: Locale;
  box: ChartBox;
  /** The formula and rounding rule line, for these statistics. */
  rule: (stats: EnforcementStats) => string;
  /** The "data as of" line. */
  asOf: (asOf: string) => TemplateResult | typeof nothing;
}

/** The `zx-load` detail of a trend load. */
export function trendLoadData(metric: GaugeMetric, stats: readonly EnforcementStats[], locale: Locale): GaugeTrendLoadData {
  return { view: 'trend', metric, points: trendPoints(metric, stats, locale) };
}

/**
 * The formula and rounding line. Where the periods shown were rounded (or, for money, counted) by
 * different rules, one line per rule naming its periods, newest first: a reader must not take the
 * newest period's rule for all of them.
 */
function renderRules(points: readonly TrendPoint[], context: TrendContext, t: Translate): TemplateResult[] {
  // Rule text → its periods (the rules are sentences, so the keys keep their insertion order).
  const named: Record<string, string[]> = {};
  for (const point of [...points].reverse()) (named[context.rule(point.stats)] ??= []).push(periodLabel(point.period, context.locale));
  const rules = Object.keys(named);
  return rules.map((rule) => html`<p class="rule" part="rule">${rules[1] ? t('ruleFor', { periods: named[rule]!.join(t('listSeparator')), rule }) : rule}</p>`);
}

/**
 * Legend, chart, the note when periods of different lengths are shown, the table, the rule and the
 * as-of line of the newest period. One period or none: a message instead of a chart.
 */
export function renderTrend(data: GaugeTrendData, context: TrendContext): TemplateResult {
  const { metric, locale, box } = context;
  const t = trendTexts(locale);
  const points = trendPoints(metric, data.stats, locale);
  if (!points.length) return html`<p class="trend-message" part="trend-message">${t('none')}</p>`;
  const newest = points[points.length - 1]!.stats;
  const target = metric === 'money-recovered' ? undefined : context.target;
  const series = trendSeries(points);
  const table = renderTrendTable(points, { metric, caption: t('tableCaption', { metric: t(metricKey(metric)) }), locale, t });
  const footer = html`${renderRules(points, context, t)}
    <p class="as-of-line">${context.asOf(newest.asOf)}</p>`;
  // One period is no trend: say so rather than draw a lone point.
  if (points.length === 1) return html`<p class="trend-message" part="trend-message">${t('single')}</p>${table}${footer}`;
  return html`${renderTrendLegend(series, target, t, locale)}
    <div class="trend-chart">${renderTrendChart(points, series, { metric, target, width: box.width, em: box.em, locale, t })}</div>
    ${series.length > 1
      ? html`<p class="trend-note rule" part="trend-note">${t('apart', { lengths: series.map((s) => lengthName(s.length, t)).join(t('listSeparator')) })}</p>`
      : nothing}
    ${table}${footer}`;
}
