import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DATA_LANG } from '../internal/data-text.js';
import { describeRateRule, DEFAULT_RATE_RULE, formatCalendarDate, formatCount, formatMoney, formatPercent, formatTimestamp, isAbortError, ValidationError, type Court, type EnforcementStats, type Rate } from '@zhixing/sdk';
import { createStatsClient, type StatsClient } from '@zhixing/sdk/stats';
import { loadLocale, translate } from '../internal/i18n.js';
import { LoadController } from '../internal/load-controller.js';
import { motion } from '../internal/motion.js';
import type { ZxLoadDetail } from '../internal/events.js';
import { ZhixingElement } from '../internal/zhixing-element.js';
import { gaugeMessages, type GaugeMessageKey } from './zx-execution-gauge.messages.js';
import {
  assertConsistentCounts,
  countsFor,
  decimalsOf,
  GAUGE_COMPARES,
  GAUGE_METRICS,
  GAUGE_VIEWS,
  isRateMetric,
  loadData,
  periodLabel,
  previousPeriod,
  rateFor,
  reportedCheck,
  toCompare,
  toMetric,
  toTarget,
  toView,
  type GaugeCompare,
  type GaugeData,
  type GaugeLoadData,
  type GaugeMetric,
  type GaugeView,
  type PreviousPeriod,
} from './zx-execution-gauge.model.js';
import { compareWithPrevious, compareWithTarget, renderComparison, renderDial, renderTargetSwatch } from './zx-execution-gauge.render.js';
import { gaugeStyles, trendStyles } from './zx-execution-gauge.styles.js';
import type { ChartBox, GaugeTrendData, GaugeTrendLoadData } from './zx-execution-gauge.trend.js';

type TrendModule = typeof import('./zx-execution-gauge.trend.js');
let trendModule: Promise<TrendModule> | undefined;
/** The trend view's code, loaded on first use only (a plain gauge never downloads it); tried again after a failure. */
function loadTrendModule(): Promise<TrendModule> {
  trendModule ??= import('./zx-execution-gauge.trend.js').catch((error: unknown) => {
    trendModule = undefined;
    throw error;
  });
  return trendModule;
}

const METRIC_NAME: Record<GaugeMetric, GaugeMessageKey> = {
  'closure-rate': 'closureRate',
  'actual-execution-rate': 'actualExecutionRate',
  'money-recovered': 'moneyRecovered',
};

/** Duration of the one-time fill animation on first data. */
const ANIMATION_MS = 900;

/**
 * @summary A court's enforcement performance for one period as a gauge: closure rate (结案率), actual
 * execution rate (实际执结率) or money recovered (执行到位金额), always with the counts behind the rate,
 * the counting rule, the period and the data's "as of" time.
 *
 * Rates are computed from the counts with the source's rounding rule and checked against the rate
 * the court reported; a mismatch is shown as a note naming both figures. The dial is exposed as a
 * `meter` with the figure and counts in `aria-valuetext`.
 *
 * With `view="trend"` it shows the metric across every period of the source instead: a line chart
 * (each point labelled with the figure, the counts in its tooltip) and a table of the same figures
 * with their counts, for screen readers and keyboard users (the chart itself is hidden from them).
 * Periods of different lengths (a year, a half-year, a quarter …) are separate series, marked by
 * shape and line pattern, named in the legend and the table, never joined by a line, and a note
 * says so. The trend's code is loaded only when a gauge asks for it.
 *
 * @fires {CustomEvent<ZxLoadDetail<GaugeLoadData>>} zx-load - Data loaded. `detail: ZxLoadDetail<GaugeLoadData>` with `data.stats`, `data.rate`
 *   (computed; undefined for money or an empty period), `data.check` (against the reported rate) and
 *   `data.previous`. Bubbles, composed. With `view="trend"`: `detail: ZxLoadDetail<GaugeTrendLoadData>` with `data.view`
 *   (`'trend'`), `data.metric` and `data.points` (every period, oldest first, with its length and figure).
 * @fires {CustomEvent<ZxErrorDetail>} zx-error - Loading failed, or an attribute has an unknown value (`code: 'invalid-attribute'`). `detail: ZxErrorDetail` (`keptLastGood` when the last good data is
 *   still shown, marked stale). Bubbles, composed.
 *
 * @csspart base - The wrapper of everything shown.
 * @csspart court - The court whose figures these are (with `court`).
 * @csspart caption - The caption (metric name or `label`).
 * @csspart period - The period line.
 * @csspart period-picker - The labelled period `<select>` (with `period-picker`).
 * @csspart gauge - The dial box (the `meter` for rates).
 * @csspart track - The SVG track of the dial.
 * @csspart arc - The SVG value arc.
 * @csspart target-tick - The SVG target tick.
 * @csspart value - The big figure.
 * @csspart counts - The counts behind the rate.
 * @csspart comparison - The comparison with the previous period or the target.
 * @csspart target - The target legend (tick shape + text; `view="trend"`: the legend's target entry).
 * @csspart note - The note shown when the reported rate differs from the computed one.
 * @csspart rule - The formula and rounding rule.
 * @csspart as-of - The "data as of" time.
 * @csspart error - The error notice.
 * @csspart retry-button - The error notice's retry button.
 * @csspart stale - The notice shown when the data shown could not be refreshed.
 * @csspart trend-chart - The trend's SVG chart (`view="trend"`).
 * @csspart trend-target - The trend's SVG target line.
 * @csspart trend-legend - The trend's legend: one entry per period length, and the target.
 * @csspart trend-note - The note saying that periods of different lengths are not joined.
 * @csspart trend-table - The table of the trend's figures.
 * @csspart trend-message - Shown instead of a chart when the source has one period or none.
 *
 * @cssproperty [--zx-gauge-track-color=#e3e8ee] - Fill of the dial's track.
 * @cssproperty [--zx-gauge-track-outline=var(--zx-color-border)] - Outline of the track.
 * @cssproperty [--zx-gauge-value-color=var(--zx-color-accent)] - The value arc.
 * @cssproperty [--zx-gauge-target-color=#6b2fb3] - Target tick and legend (≥ 4.5:1 on white).
 * @cssproperty [--zx-gauge-thickness=16px] - Width of the value arc in viewBox units (the dial is 200 wide, its track 18).
 * @cssproperty [--zx-gauge-max-width=30em] - Caps the gauge's width inside a wide container (`none`: as wide as the container, e.g. on a big screen).
 * @cssproperty [--zx-gauge-value-scale=1] - Scales the big figure.
 * @cssproperty [--zx-gauge-trend-max-width=48em] - Caps the width of the trend view (`none`: as wide as the container).
 */
export class ZxExecutionGauge extends ZhixingElement<StatsClient> {
  /** @internal The statistics-only client: the gauge never searches or watches the exposure list. */
  protected override clientFactory = createStatsClient;

  /** @internal The shared theme plus this element's own stylesheet (Lit constructable stylesheets: CSP-safe). */
  static override styles = [...ZhixingElement.styles, gaugeStyles, trendStyles];

  /** @internal */
  static override enumerated = [
    ...ZhixingElement.enumerated,
    { attribute: 'metric', property: 'metric', values: GAUGE_METRICS },
    { attribute: 'compare', property: 'compare', values: GAUGE_COMPARES, optional: true },
    { attribute: 'view', property: 'view', values: GAUGE_VIEWS, optional: true },
  ];

  /** `closure-rate` (default), `actual-execution-rate` or `money-recovered`. Any other value shows an error naming the allowed ones. */
  @property() metric: GaugeMetric = 'closure-rate';

  /** A period id from the source's stats index; default: the newest period. */
  @property() period?: string;

  /** `previous` (the previous period in the index) or `target` (the `target` threshold). Any other value shows an error. */
  @property() compare?: GaugeCompare;

  /** Target percent (0–100) for rate metrics, drawn as a tick with its own label (`view="trend"`: a line across the chart). */
  @property({ converter: { fromAttribute: (value) => (value === null || value.trim() === '' ? undefined : Number(value)) } }) target?: number;

  /** Custom caption; default: the metric's name. */
  @property() label?: string;

  /** Shows a labelled `<select>` of the source's periods. */
  @property({ type: Boolean, attribute: 'period-picker' }) periodPicker = false;

  /**
   * `gauge` (default): one period as a dial. `trend`: the `metric` across every period of the source
   * as a line chart with each point labelled, and a table of the same figures and counts; periods of
   * different lengths (a year, a half-year …) are separate series, never joined. `target` draws a
   * line; `period`, `compare` and `period-picker` do not apply. Any other value (a typo such as
   * `trends`) shows an error naming the allowed values, like every attribute with fixed values.
   */
  @property() view: GaugeView = 'gauge';

  /** 0–1: how far the one-time fill animation has run. */
  @state() private progress = 1;
  /** Read aloud after the visitor picks another period. */
  @state() private announcement = '';

  private readonly data = new LoadController<GaugeData>(this, {
    onLoad: (value) => this.loaded(value),
    onError: (error, keptLastGood) => this.fireError(error, keptLastGood),
  });
  /** view="trend": every period's statistics. */
  private readonly trend = new LoadController<GaugeTrendData>(this, {
    onLoad: (value) => this.trendLoaded(value),
    onError: (error, keptLastGood) => this.fireError(error, keptLastGood),
  });
  /** The trend module, once loaded. */
  private trendKit: TrendModule | undefined;
  private chartBox: ChartBox | undefined;
  /** Periods for the picker, kept while another period loads so the focused `<select>` stays. */
  private periods: GaugeData['index'];
  private pendingLoad = false;
  private animatedOnce = false;
  private frame: number | undefined;
  private announceNextLoad = false;
  private refocusAfterRetry = false;

  /** Loads again (e.g. on a timer of the host page); the retry button does this too. */
  reload(): void {
    this.pendingLoad = false;
    if (toView(this.view) === 'trend') void this.trend.run((signal) => this.fetchTrend(signal));
    else void this.data.run((signal) => this.fetchData(signal));
  }

  private get shown(): LoadController<GaugeData> | LoadController<GaugeTrendData> {
    return toView(this.view) === 'trend' ? this.trend : this.data;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a removal cancelled the load: load again.
    if (this.hasUpdated && this.shown.status !== 'ready') this.requestLoad();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopAnimation();
  }

  protected override sourceChanged(): void {
    // Another source: what was shown belongs to another court.
    if (this.hasUpdated) {
      this.data.reset();
      this.trend.reset();
      this.periods = undefined;
      this.animatedOnce = false;
    }
    this.requestLoad();
  }

  private requestLoad(): void {
    this.pendingLoad = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('period') || changed.has('compare') || changed.has('periodPicker') || (changed.has('view') && this.hasUpdated && toView(changed.get('view')) !== toView(this.view))) this.pendingLoad = true;
    if (!this.hasUpdated) this.pendingLoad = true;
    if (this.pendingLoad && this.isConnected) this.reload();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.refocusAfterRetry && this.shown.status === 'ready') {
      this.refocusAfterRetry = false;
      // The retry button is gone with the error: keep keyboard focus inside the gauge.
      if (!this.shadowRoot?.activeElement) this.shadowRoot?.querySelector<HTMLElement>('.frame')?.focus();
    }
  }

  private async fetchData(signal: AbortSignal): Promise<GaugeData> {
    const client = this.requireClient();
    const requested = this.period?.trim() || undefined;
    const wantPrevious = toCompare(this.compare) === 'previous';
    // One court of a multi-court feed: its periods and figures only, and its name shown with them.
    const court = this.court?.trim();
    const options = { signal, court };
    // The index is needed for the default period, the comparison and the picker; otherwise the
    // period's own file is enough.
    const indexRequest = !requested || wantPrevious || this.periodPicker ? client.getStatsIndex(options) : undefined;
    const statsRequest = requested
      ? client.getStats(requested, options)
      : indexRequest!.then((index) => {
          const newest = index.periods[0]?.id;
          if (newest === undefined) throw new ValidationError(undefined, [{ path: 'periods', message: 'the source lists no periods' }]);
          return client.getStats(newest, options);
        });
    const [index, stats, named] = await Promise.all([indexRequest, statsRequest, court ? client.getCourt(options) : undefined]);
    assertConsistentCounts(stats);
    let previous: PreviousPeriod = { kind: 'not-requested' };
    if (wantPrevious && index) {
      const before = previousPeriod(index, stats.period.id);
      if (!before) previous = { kind: 'none' };
      else {
        try {
          const previousStats = await client.getStats(before.id, options);
          assertConsistentCounts(previousStats);
          previous = { kind: 'loaded', stats: previousStats };
        } catch (error) {
          // The comparison is extra: its failure must not hide the period asked for.
          if (isAbortError(error)) throw error;
          previous = { kind: 'failed', period: before, error: error instanceof Error ? error : new Error(String(error)) };
        }
      }
    }
    return { index, stats, previous, court: named };
  }

  /** Every period the index lists (for `court`: that court's), each period's file in parallel. */
  private async fetchTrend(signal: AbortSignal): Promise<GaugeTrendData> {
    const client = this.requireClient();
    const court = this.court?.trim();
    const options = { signal, court };
    const [index, named] = await Promise.all([client.getStatsIndex(options), court ? client.getCourt(options) : undefined]);
    // The trend's own texts came with its module: in English, those too before it renders.
    const [kit, stats] = await Promise.all([loadTrendModule().then(async (kit) => (await loadLocale(this.locale), kit)), Promise.all(index.periods.map((period) => client.getStats(period.id, options)))]);
    for (const one of stats) assertConsistentCounts(one);
    this.trendKit = kit;
    this.chartBox ??= new kit.ChartBox(this);
    return { index, stats, court: named };
  }

  private trendLoaded(value: GaugeTrendData): void {
    const data = this.trendKit!.trendLoadData(toMetric(this.metric), value.stats, this.locale);
    this.fire<ZxLoadDetail<GaugeTrendLoadData>>('zx-load', { data });
  }

  private loaded(value: GaugeData): void {
    if (value.index) this.periods = value.index;
    const metric = toMetric(this.metric);
    const detail = loadData(metric, value);
    if (!this.animatedOnce) {
      this.animatedOnce = true;
      if (detail.rate && !motion.prefersReducedMotion()) this.startAnimation();
    }
    if (this.announceNextLoad) {
      this.announceNextLoad = false;
      this.announcement = detail.rate ? this.valueText(metric, detail.rate, value.stats) : this.figureText(metric, value.stats, undefined);
    }
    this.fire<ZxLoadDetail<GaugeLoadData>>('zx-load', { data: detail });
  }

  private startAnimation(): void {
    this.stopAnimation();
    this.progress = 0;
    let start: number | undefined;
    const step = (time: number) => {
      start ??= time;
      const t = Math.min(1, (time - start) / ANIMATION_MS);
      this.progress = 1 - (1 - t) ** 3; // ease-out
      this.frame = t < 1 ? motion.requestFrame(step) : undefined;
    };
    this.frame = motion.requestFrame(step);
  }

  private stopAnimation(): void {
    if (this.frame !== undefined) motion.cancelFrame(this.frame);
    this.frame = undefined;
    this.progress = 1;
  }

  private m(key: GaugeMessageKey, params?: Record<string, string | number>): string {
    return translate(gaugeMessages, this.locale, key, params);
  }

  private countsText(metric: GaugeMetric, stats: EnforcementStats): string {
    const { numerator, denominator } = countsFor(metric, stats);
    return this.m('counts', { numerator: formatCount(numerator, this.locale), denominator: formatCount(denominator, this.locale) });
  }

  private valueText(metric: GaugeMetric, rate: Rate, stats: EnforcementStats): string {
    return this.m('valueText', {
      metric: this.m(METRIC_NAME[metric]),
      value: formatPercent(rate.percent, this.locale, rate.rule.decimals),
      counts: this.countsText(metric, stats),
    });
  }

  /** The figure as text when there is no rate: the money amount, or "no cases". */
  private figureText(metric: GaugeMetric, stats: EnforcementStats, rate: Rate | undefined): string {
    if (metric === 'money-recovered') {
      return formatMoney(stats.money.recovered, this.locale, { approximate: stats.money.recoveredApproximate === true });
    }
    if (rate) return formatPercent(rate.percent, this.locale, rate.rule.decimals);
    return stats.cases.accepted === 0 ? this.m('noCases') : this.m('noClosedCases');
  }

  private ruleText(metric: GaugeMetric, stats: EnforcementStats | undefined): string {
    if (metric === 'money-recovered') {
      return stats?.money.recoveredApproximate ? `${this.m('moneyDefinition')}${this.locale === 'en' ? '. ' : '。'}${this.m('moneyApproximate')}` : this.m('moneyDefinition');
    }
    const formula = this.m(metric === 'closure-rate' ? 'closureFormula' : 'actualExecutionFormula');
    return this.m('rule', { formula, rounding: describeRateRule(stats?.rateRule ?? DEFAULT_RATE_RULE, this.locale) });
  }

  override render(): TemplateResult {
    const invalid = this.renderInvalidAttributes();
    if (invalid) return invalid;
    const metric = toMetric(this.metric);
    if (toView(this.view) === 'trend') return this.renderTrendView(metric);
    const { status, value, error } = this.data;
    const failed = error !== undefined && status !== 'ready';
    return html`<div class="frame ${failed && value ? 'stale' : ''}" part="base" lang=${this.locale} tabindex="-1" aria-busy=${status === 'loading' ? 'true' : 'false'}>
      ${value?.court ? this.renderCourt(value.court) : nothing}
      <p class="caption" id="caption" part="caption">${this.label?.trim() || this.m(METRIC_NAME[metric])}</p>
      ${value
        ? html`<p class="period" part="period">${this.m('period', { label: periodLabel(value.stats.period, this.locale) })}</p>`
        : failed
          ? nothing
          : this.placeholderLine('period', this.m('period', { label: this.m('periodRange', { start: formatCalendarDate('2000-01-01', this.locale), end: formatCalendarDate('2000-12-31', this.locale) }) }))}
      ${this.renderPicker(value)}
      ${failed ? this.renderError(error, value !== undefined, () => this.retry()) : nothing}
      ${failed && value ? this.renderStale(this.data.updatedAt) : nothing}
      ${value ? this.renderFigures(metric, value) : failed ? nothing : this.renderLoading(metric)}
      ${status === 'loading' && value ? html`<p class="visually-hidden" role="status">${this.t('loading')}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /** @internal A wrong `period` is as likely as a wrong `src` when a file is missing. */
  protected override errorContext(): ReturnType<ZhixingElement['errorContext']> {
    const context = super.errorContext();
    return this.period?.trim() ? { attributes: { ...context.attributes, period: this.period } } : context;
  }

  private retry(): void {
    this.refocusAfterRetry = true;
    this.reload();
  }

  /** The court whose figures these are (with `court`): its English name where it has one. */
  private renderCourt(court: Court): TemplateResult {
    const en = this.locale === 'en' && court.nameEn;
    return html`<p class="period" part="court" lang=${en ? 'en' : DATA_LANG}>${en || court.name}</p>`;
  }

  private placeholderLine(cls: string, text: string): TemplateResult {
    return html`<p class="${cls} placeholder" aria-hidden="true">${text}</p>`;
  }

  private renderPicker(value: GaugeData | undefined): TemplateResult | typeof nothing {
    const periods = this.periods?.periods;
    if (!this.periodPicker || !periods?.length) return nothing;
    const current = value?.stats.period.id ?? this.period;
    return html`<label class="picker" part="period-picker">
      <span>${this.m('periodPicker')}</span>
      <select @change=${this.onPick}>
        ${periods.map((period) => html`<option value=${period.id} ?selected=${period.id === current}>${periodLabel(period, this.locale)}</option>`)}
      </select>
    </label>`;
  }

  private onPick(event: Event): void {
    const select = event.target as HTMLSelectElement;
    this.announceNextLoad = true;
    this.period = select.value;
  }

  /** Same lines as with data (hidden placeholders), so the page does not jump when data arrives. */
  private renderLoading(metric: GaugeMetric): TemplateResult {
    const target = isRateMetric(metric) ? toTarget(this.target) : undefined;
    return html`<div class="dial ${metric === 'money-recovered' ? 'money' : ''}" part="gauge">
        ${metric === 'money-recovered' ? nothing : renderDial(undefined, target)}
        <div class="readout"><span class="loading" role="status">${this.t('loading')}</span></div>
      </div>
      ${metric === 'money-recovered' ? nothing : this.placeholderLine('counts', this.m('counts', { numerator: '0,000', denominator: '0,000' }))}
      ${toCompare(this.compare) ? this.placeholderLine('comparison', '—') : nothing}
      ${target === undefined ? nothing : this.renderTargetLegend(target)}
      ${this.placeholderLine('rule', this.ruleText(metric, undefined))}
      ${this.placeholderLine('as-of-line', this.t('asOf', { time: formatTimestamp('2000-12-31T00:00:00+08:00', this.locale) }))}`;
  }

  private renderTargetLegend(target: number): TemplateResult {
    return html`<p class="target-legend" part="target">${renderTargetSwatch()}<span>${this.m('target', { value: formatPercent(target, this.locale, decimalsOf(target)) })}</span></p>`;
  }

  private renderFigures(metric: GaugeMetric, value: GaugeData): TemplateResult {
    const { stats } = value;
    const compare = toCompare(this.compare);
    if (metric === 'money-recovered') {
      return html`<div class="dial money" part="gauge">
          <div class="readout"><span class="figure" part="value">${this.figureText(metric, stats, undefined)}</span></div>
        </div>
        ${compare === 'previous' ? renderComparison(compareWithPrevious(metric, stats, value.previous, this.locale, (k, p) => this.m(k, p))) : nothing}
        <p class="rule" part="rule">${this.ruleText(metric, stats)}</p>
        <p class="as-of-line">${this.renderAsOf(stats.asOf)}</p>`;
    }
    const rate = rateFor(metric, stats);
    const check = reportedCheck(metric, rate, stats);
    const target = toTarget(this.target);
    const decimals = rate?.rule.decimals ?? DEFAULT_RATE_RULE.decimals;
    const comparison =
      compare === 'previous'
        ? compareWithPrevious(metric, stats, value.previous, this.locale, (k, p) => this.m(k, p))
        : compare === 'target' && rate && target !== undefined
          ? compareWithTarget(rate.percent, target, decimals, this.locale, (k, p) => this.m(k, p))
          : undefined;
    const figure = this.figureText(metric, stats, rate);
    const dial = renderDial(rate ? rate.percent * this.progress : undefined, target);
    return html`${rate
        ? html`<div
            class="dial"
            part="gauge"
            role="meter"
            aria-labelledby="caption"
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=${String(rate.percent)}
            aria-valuetext=${this.valueText(metric, rate, stats)}
          >
            ${dial}
            <div class="readout" aria-hidden="true"><span class="figure" part="value">${figure}</span></div>
          </div>`
        : html`<div class="dial" part="gauge">
            ${dial}
            <div class="readout"><span class="empty" part="value">${figure}</span></div>
          </div>`}
      <p class="counts" part="counts">${this.countsText(metric, stats)}</p>
      ${renderComparison(comparison)}
      ${target === undefined ? nothing : this.renderTargetLegend(target)}
      ${check && !check.consistent
        ? html`<p class="note" part="note">
            ${this.m('inconsistent', {
              metric: this.m(METRIC_NAME[metric]),
              reported: formatPercent(check.reported, this.locale, Math.max(decimals, decimalsOf(check.reported))),
              computed: formatPercent(check.computed, this.locale, decimals),
            })}
          </p>`
        : nothing}
      <p class="rule" part="rule">${this.ruleText(metric, stats)}</p>
      <p class="as-of-line">${this.renderAsOf(stats.asOf)}</p>`;
  }

  private renderTrendView(metric: GaugeMetric): TemplateResult {
    const { status, value, error } = this.trend;
    const failed = error !== undefined && status !== 'ready';
    return html`<div class="frame trend ${failed && value ? 'stale' : ''}" part="base" lang=${this.locale} tabindex="-1" aria-busy=${status === 'loading' ? 'true' : 'false'}>
      ${value?.court ? this.renderCourt(value.court) : nothing}
      <p class="caption" id="caption" part="caption">${this.label?.trim() || this.m('trendCaption', { metric: this.m(METRIC_NAME[metric]) })}</p>
      ${failed ? this.renderError(error, value !== undefined, () => this.retry()) : nothing}
      ${failed && value ? this.renderStale(this.trend.updatedAt) : nothing}
      ${value ? this.renderTrend(metric, value) : failed ? nothing : html`<p class="trend-message" role="status">${this.t('loading')}</p>`}
      ${status === 'loading' && value ? html`<p class="visually-hidden" role="status">${this.t('loading')}</p>` : nothing}
    </div>`;
  }

  private renderTrend(metric: GaugeMetric, value: GaugeTrendData): TemplateResult {
    return this.trendKit!.renderTrend(value, {
      metric,
      target: isRateMetric(metric) ? toTarget(this.target) : undefined,
      locale: this.locale,
      box: this.chartBox!,
      rule: (stats) => this.ruleText(metric, stats),
      asOf: (asOf) => this.renderAsOf(asOf),
    });
  }
}
