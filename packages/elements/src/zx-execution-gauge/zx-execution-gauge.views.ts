// What one period's gauge shows, as templates over its data: the figures (dial or amount, counts,
// comparison, target, rule, as-of), the same lines as hidden placeholders while loading, the court
// and the period picker. The element decides which, and holds the state.
import { html, nothing, type TemplateResult } from 'lit';
import { DEFAULT_RATE_RULE, formatCalendarDate, formatPercent, formatTimestamp, type Court, type StatsIndex } from '@zhixing/sdk';
import { DATA_LANG } from '../internal/data-text.js';
import { decimalsOf, periodLabel, rateFor, reportedCheck, type GaugeCompare, type GaugeData, type GaugeMetric } from './zx-execution-gauge.model.js';
import { compareWithPrevious, compareWithTarget, renderComparison, renderDial, renderTargetSwatch } from './zx-execution-gauge.render.js';
import type { GaugeTexts } from './zx-execution-gauge.texts.js';

/** What the templates need from the element. */
export interface GaugeViewContext {
  texts: GaugeTexts;
  metric: GaugeMetric;
  compare: GaugeCompare | undefined;
  /** The target percent, for rate metrics. */
  target: number | undefined;
  /** 0–1: the dial's fill animation. */
  progress: number;
  /** The elements' common texts (loading, as of …). */
  t: (key: 'loading' | 'asOf', params?: Record<string, string | number>) => string;
  asOf: (timestamp: string | undefined) => TemplateResult | typeof nothing;
}

/** The court whose figures these are (with `court`): its English name where it has one. */
export function renderCourt(court: Court, texts: GaugeTexts): TemplateResult {
  const en = texts.locale === 'en' && court.nameEn;
  return html`<p class="period" part="court" lang=${en ? 'en' : DATA_LANG}>${en || court.name}</p>`;
}

function placeholderLine(cls: string, text: string): TemplateResult {
  return html`<p class="${cls} placeholder" aria-hidden="true">${text}</p>`;
}

/** The period line while loading: same height as with data. */
export function renderPeriodPlaceholder(texts: GaugeTexts): TemplateResult {
  const { locale } = texts;
  return placeholderLine('period', texts.m('period', { label: texts.m('periodRange', { start: formatCalendarDate('2000-01-01', locale), end: formatCalendarDate('2000-12-31', locale) }) }));
}

export function renderPeriod(data: GaugeData, texts: GaugeTexts): TemplateResult {
  return html`<p class="period" part="period">${texts.m('period', { label: periodLabel(data.stats.period, texts.locale) })}</p>`;
}

/** The labelled `<select>` of the source's periods (`period-picker`). */
export function renderPicker(index: StatsIndex | undefined, current: string | undefined, texts: GaugeTexts, onPick: (event: Event) => void): TemplateResult | typeof nothing {
  const periods = index?.periods;
  if (!periods?.length) return nothing;
  return html`<label class="picker" part="period-picker">
    <span>${texts.m('periodPicker')}</span>
    <select @change=${onPick}>
      ${periods.map((period) => html`<option value=${period.id} ?selected=${period.id === current}>${periodLabel(period, texts.locale)}</option>`)}
    </select>
  </label>`;
}

function renderTargetLegend(target: number, texts: GaugeTexts): TemplateResult {
  return html`<p class="target-legend" part="target">${renderTargetSwatch()}<span>${texts.m('target', { value: formatPercent(target, texts.locale, decimalsOf(target)) })}</span></p>`;
}

/** Same lines as with data (hidden placeholders), so the page does not jump when data arrives. */
export function renderLoading(view: GaugeViewContext): TemplateResult {
  const { texts, metric, target } = view;
  const money = metric === 'money-recovered';
  return html`<div class="dial ${money ? 'money' : ''}" part="gauge">
      ${money ? nothing : renderDial(undefined, target)}
      <div class="readout"><span class="loading" role="status">${view.t('loading')}</span></div>
    </div>
    ${money ? nothing : placeholderLine('counts', texts.m('counts', { numerator: '0,000', denominator: '0,000' }))}
    ${view.compare ? placeholderLine('comparison', '—') : nothing}
    ${target === undefined ? nothing : renderTargetLegend(target, texts)}
    ${placeholderLine('rule', texts.rule(metric, undefined))}
    ${placeholderLine('as-of-line', view.t('asOf', { time: formatTimestamp('2000-12-31T00:00:00+08:00', texts.locale) }))}`;
}

/** The period's figures: the dial (a `meter`) or the amount, with counts, comparison, target, rule and as-of. */
export function renderFigures(view: GaugeViewContext, value: GaugeData): TemplateResult {
  const { texts, metric, compare, target } = view;
  const { stats } = value;
  const { locale } = texts;
  const m = (key: Parameters<GaugeTexts['m']>[0], params?: Record<string, string | number>) => texts.m(key, params);
  if (metric === 'money-recovered') {
    return html`<div class="dial money" part="gauge">
        <div class="readout"><span class="figure" part="value">${texts.figure(metric, stats, undefined)}</span></div>
      </div>
      ${compare === 'previous' ? renderComparison(compareWithPrevious(metric, stats, value.previous, locale, m)) : nothing}
      <p class="rule" part="rule">${texts.rule(metric, stats)}</p>
      <p class="as-of-line">${view.asOf(stats.asOf)}</p>`;
  }
  const rate = rateFor(metric, stats);
  const check = reportedCheck(metric, rate, stats);
  const decimals = rate?.rule.decimals ?? DEFAULT_RATE_RULE.decimals;
  const comparison =
    compare === 'previous'
      ? compareWithPrevious(metric, stats, value.previous, locale, m)
      : compare === 'target' && rate && target !== undefined
        ? compareWithTarget(rate.percent, target, decimals, locale, m)
        : undefined;
  const figure = texts.figure(metric, stats, rate);
  const dial = renderDial(rate ? rate.percent * view.progress : undefined, target);
  return html`${rate
      ? html`<div
          class="dial"
          part="gauge"
          role="meter"
          aria-labelledby="caption"
          aria-valuemin="0"
          aria-valuemax="100"
          aria-valuenow=${String(rate.percent)}
          aria-valuetext=${texts.value(metric, rate, stats)}
        >
          ${dial}
          <div class="readout" aria-hidden="true"><span class="figure" part="value">${figure}</span></div>
        </div>`
      : html`<div class="dial" part="gauge">
          ${dial}
          <div class="readout"><span class="empty" part="value">${figure}</span></div>
        </div>`}
    <p class="counts" part="counts">${texts.counts(metric, stats)}</p>
    ${renderComparison(comparison)}
    ${target === undefined ? nothing : renderTargetLegend(target, texts)}
    ${check && !check.consistent
      ? html`<p class="note" part="note">
          ${texts.m('inconsistent', {
            metric: texts.metricName(metric),
            reported: formatPercent(check.reported, locale, Math.max(decimals, decimalsOf(check.reported))),
            computed: formatPercent(check.computed, locale, decimals),
          })}
        </p>`
      : nothing}
    <p class="rule" part="rule">${texts.rule(metric, stats)}</p>
    <p class="as-of-line">${view.asOf(stats.asOf)}</p>`;
}
