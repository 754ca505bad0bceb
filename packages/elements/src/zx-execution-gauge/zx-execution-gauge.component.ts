import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createStatsClient, type StatsClient } from '@zhixing/sdk/stats';
import { addStyles } from '../internal/add-styles.js';
import { LoadController } from '../internal/load-controller.js';
import type { ZxLoadDetail } from '../internal/events.js';
import { ZhixingElement } from '../internal/zhixing-element.js';
import { fetchGaugeData, fetchTrendData, type GaugeRequest, type GaugeSource, type TrendModule } from './zx-execution-gauge.data.js';
import { FillAnimation } from './zx-execution-gauge.fill.js';
import { GAUGE_COMPARES, GAUGE_METRICS, GAUGE_VIEWS, isRateMetric, loadData, toCompare, toMetric, toTarget, toView, type GaugeCompare, type GaugeData, type GaugeLoadData, type GaugeMetric, type GaugeView } from './zx-execution-gauge.model.js';
import { gaugeStyles, trendFrameStyles } from './zx-execution-gauge.styles.js';
import { GaugeTexts } from './zx-execution-gauge.texts.js';
import type { ChartBox, GaugeTrendData, GaugeTrendLoadData } from './zx-execution-gauge.trend.js';
import { renderCourt, renderFigures, renderLoading, renderPeriod, renderPeriodPlaceholder, renderPicker, type GaugeViewContext } from './zx-execution-gauge.views.js';

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
 * says so. Each figure is rounded by its own period's rule; where the rules differ, the rule line
 * names each rule with its periods. The trend's code is loaded only when a gauge asks for it.
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
  static override styles = [...ZhixingElement.styles, gaugeStyles, trendFrameStyles];

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
  private readonly fill = new FillAnimation(this);
  /** The trend module, once loaded. */
  private trendKit: TrendModule | undefined;
  private chartBox: ChartBox | undefined;
  /** Periods for the picker, kept while another period loads so the focused `<select>` stays. */
  private periods: GaugeData['index'];
  private pendingLoad = false;
  private animatedOnce = false;
  private announceNextLoad = false;
  private refocusAfterRetry = false;

  /** Loads again (e.g. on a timer of the host page); the retry button does this too. */
  reload(): void {
    this.pendingLoad = false;
    // Asked for inside the load, so a missing source is that load's error.
    const client = (): GaugeSource => this.requireClient();
    if (toView(this.view) === 'trend') {
      void this.trend.run(async (signal) => {
        const { data, kit } = await fetchTrendData(client(), this.request().court, this.locale, signal);
        // The chart's styles came with its code.
        if (!this.trendKit) addStyles(this.renderRoot as ShadowRoot, [kit.trendStyles]);
        this.trendKit = kit;
        this.chartBox ??= new kit.ChartBox(this);
        return data;
      });
    } else {
      const request = this.request();
      void this.data.run((signal) => fetchGaugeData(client, request, signal));
    }
  }

  /** What one period's view reads, from the attributes. */
  private request(): GaugeRequest {
    return { period: this.period?.trim() || undefined, compare: toCompare(this.compare), periodPicker: this.periodPicker, court: this.court?.trim() || undefined };
  }

  /** @internal An English page's figures download with its texts (the trend reads the same files, and more). */
  protected override prefetch(): void {
    fetchGaugeData(() => this.requireClient(), this.request()).catch(() => {});
  }

  private get shown(): LoadController<GaugeData> | LoadController<GaugeTrendData> {
    return toView(this.view) === 'trend' ? this.trend : this.data;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a removal cancelled the load: load again.
    if (this.hasUpdated && this.shown.status !== 'ready') this.requestLoad();
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
      if (detail.rate) this.fill.start();
    }
    if (this.announceNextLoad) {
      this.announceNextLoad = false;
      const texts = new GaugeTexts(this.locale);
      this.announcement = detail.rate ? texts.value(metric, detail.rate, value.stats) : texts.figure(metric, value.stats, undefined);
    }
    this.fire<ZxLoadDetail<GaugeLoadData>>('zx-load', { data: detail });
  }

  private viewContext(metric: GaugeMetric, texts: GaugeTexts): GaugeViewContext {
    return {
      texts,
      metric,
      compare: toCompare(this.compare),
      target: isRateMetric(metric) ? toTarget(this.target) : undefined,
      progress: this.fill.progress,
      t: (key, params) => this.t(key, params),
      asOf: (timestamp) => this.renderAsOf(timestamp),
    };
  }

  override render(): TemplateResult {
    const invalid = this.renderInvalidAttributes();
    if (invalid) return invalid;
    const metric = toMetric(this.metric);
    const texts = new GaugeTexts(this.locale);
    if (toView(this.view) === 'trend') return this.renderTrendView(metric, texts);
    const { status, value, error } = this.data;
    const failed = error !== undefined && status !== 'ready';
    const view = this.viewContext(metric, texts);
    return html`<div class="frame ${failed && value ? 'stale' : ''}" part="base" lang=${this.locale} tabindex="-1" aria-busy=${status === 'loading' ? 'true' : 'false'}>
      ${value?.court ? renderCourt(value.court, texts) : nothing}
      <p class="caption" id="caption" part="caption">${this.label?.trim() || texts.metricName(metric)}</p>
      ${value ? renderPeriod(value, texts) : failed ? nothing : renderPeriodPlaceholder(texts)}
      ${this.periodPicker ? renderPicker(this.periods, value?.stats.period.id ?? this.period, texts, this.onPick) : nothing}
      ${failed ? this.renderError(error, value !== undefined, () => this.retry()) : nothing}
      ${failed && value ? this.renderStale(this.data.updatedAt) : nothing}
      ${value ? renderFigures(view, value) : failed ? nothing : renderLoading(view)}
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

  private readonly onPick = (event: Event): void => {
    this.announceNextLoad = true;
    this.period = (event.target as HTMLSelectElement).value;
  };

  private renderTrendView(metric: GaugeMetric, texts: GaugeTexts): TemplateResult {
    const { status, value, error } = this.trend;
    const failed = error !== undefined && status !== 'ready';
    return html`<div class="frame trend ${failed && value ? 'stale' : ''}" part="base" lang=${this.locale} tabindex="-1" aria-busy=${status === 'loading' ? 'true' : 'false'}>
      ${value?.court ? renderCourt(value.court, texts) : nothing}
      <p class="caption" id="caption" part="caption">${this.label?.trim() || texts.m('trendCaption', { metric: texts.metricName(metric) })}</p>
      ${failed ? this.renderError(error, value !== undefined, () => this.retry()) : nothing}
      ${failed && value ? this.renderStale(this.trend.updatedAt) : nothing}
      ${value
        ? this.trendKit!.renderTrend(value, {
            metric,
            target: isRateMetric(metric) ? toTarget(this.target) : undefined,
            locale: this.locale,
            box: this.chartBox!,
            rule: (stats) => texts.rule(metric, stats),
            asOf: (asOf) => this.renderAsOf(asOf),
          })
        : failed
          ? nothing
          : html`<p class="trend-message" role="status">${this.t('loading')}</p>`}
      ${status === 'loading' && value ? html`<p class="visually-hidden" role="status">${this.t('loading')}</p>` : nothing}
    </div>`;
  }
}
