// The SVG dial and the comparison sentence. Geometry lives in viewBox units, so the dial scales
// from a 200 px sidebar to a big screen; dynamic values are SVG presentation attributes (CSP-safe).
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { formatMoney, formatPercent, type EnforcementStats } from '@zhixing/sdk';
import { icon } from '../internal/icons.js';
import type { Locale } from '../internal/i18n.js';
import type { GaugeMessageKey } from './zx-execution-gauge.messages.js';
import { decimalsOf, periodLabel, pointsBetween, rateFor, type GaugeMetric, type PreviousPeriod } from './zx-execution-gauge.model.js';

/** viewBox 0 0 200 112: a semicircle centred at (100, 104). */
const CX = 100;
const CY = 104;
const RADIUS = 86;
const HALF_THICKNESS = 9;
const OUTER = RADIUS + HALF_THICKNESS;
const INNER = RADIUS - HALF_THICKNESS;
export const DIAL_VIEWBOX = '0 0 200 112';

function point(percent: number, radius: number): string {
  const angle = Math.PI * (1 - Math.min(100, Math.max(0, percent)) / 100);
  return `${(CX + radius * Math.cos(angle)).toFixed(2)} ${(CY - radius * Math.sin(angle)).toFixed(2)}`;
}

const TRACK_PATH = `M ${point(0, OUTER)} A ${OUTER} ${OUTER} 0 0 1 ${point(100, OUTER)} L ${point(100, INNER)} A ${INNER} ${INNER} 0 0 0 ${point(0, INNER)} Z`;
const VALUE_PATH = `M ${point(0, RADIUS)} A ${RADIUS} ${RADIUS} 0 0 1 ${point(100, RADIUS)}`;

// Fragments inside <svg> must be `svg` templates, or their elements land in the HTML namespace.
function targetTick(target: number): SVGTemplateResult {
  const d = `M ${point(target, INNER - 5)} L ${point(target, OUTER + 5)}`;
  return svg`<path class="target-halo" d=${d} stroke-width="8"></path><path class="target-tick" part="target-tick" d=${d} stroke-width="4"></path>`;
}

/**
 * The dial: a track, the value arc drawn to `shown` percent (animated by the caller) and, when
 * given, the target tick. Hidden from assistive technology: the meter's ARIA values say it all.
 */
export function renderDial(shown: number | undefined, target: number | undefined): TemplateResult {
  return html`<svg class="dial-svg" viewBox=${DIAL_VIEWBOX} aria-hidden="true" focusable="false">
    <path class="track" part="track" d=${TRACK_PATH}></path>
    ${shown === undefined
      ? nothing
      : svg`<path class="value-arc" part="arc" d=${VALUE_PATH} pathLength="100" stroke-dasharray=${`${Math.max(0, Math.min(100, shown)).toFixed(3)} 100`}></path>`}
    ${target === undefined ? nothing : targetTick(target)}
  </svg>`;
}

/** The small tick shape used in the legend, so the target is recognised by shape and text, not colour. */
export function renderTargetSwatch(): TemplateResult {
  return html`<svg class="target-swatch" viewBox="0 0 12 20" aria-hidden="true" focusable="false"><path class="target-tick" d="M 6 2 L 6 18" stroke-width="4"></path></svg>`;
}

type Translate = (key: GaugeMessageKey, params?: Record<string, string | number>) => string;

export interface Comparison {
  text: string;
  /** 'up' | 'down' | 'same' | 'none': drawn as an arrow beside the text, never by colour alone. */
  direction: 'up' | 'down' | 'same' | 'none';
}

/** Against the target (percent metrics only). */
export function compareWithTarget(percent: number, target: number, decimals: number, locale: Locale, t: Translate): Comparison {
  const targetText = formatPercent(target, locale, decimalsOf(target));
  const diff = pointsBetween(percent, target, decimals);
  if (Number(diff) === 0) return { text: t('atTarget', { target: targetText }), direction: 'same' };
  return percent > target
    ? { text: t('aboveTarget', { target: targetText, diff }), direction: 'up' }
    : { text: t('belowTarget', { target: targetText, diff }), direction: 'down' };
}

/** Against the previous period in the source's index. */
export function compareWithPrevious(metric: GaugeMetric, stats: EnforcementStats, previous: PreviousPeriod, locale: Locale, t: Translate): Comparison | undefined {
  if (previous.kind === 'not-requested') return undefined;
  if (previous.kind === 'none') return { text: t('noPrevious'), direction: 'none' };
  if (previous.kind === 'failed') return { text: t('previousUnavailable'), direction: 'none' };
  const label = periodLabel(previous.stats.period, locale);
  if (metric === 'money-recovered') {
    const delta = stats.money.recovered - previous.stats.money.recovered;
    if (delta === 0) return { text: t('sameAsPrevious', { label }), direction: 'same' };
    const amount = formatMoney(Math.abs(delta), locale);
    return delta > 0 ? { text: t('moreThanPrevious', { label, amount }), direction: 'up' } : { text: t('lessThanPrevious', { label, amount }), direction: 'down' };
  }
  const now = rateFor(metric, stats);
  const before = rateFor(metric, previous.stats);
  if (!now) return undefined;
  if (!before) return { text: t('previousNoRate', { label }), direction: 'none' };
  const diff = pointsBetween(now.percent, before.percent, now.rule.decimals);
  if (Number(diff) === 0) return { text: t('sameAsPrevious', { label }), direction: 'same' };
  return now.percent > before.percent
    ? { text: t('upOnPrevious', { label, diff }), direction: 'up' }
    : { text: t('downOnPrevious', { label, diff }), direction: 'down' };
}


export function renderComparison(comparison: Comparison | undefined): TemplateResult | typeof nothing {
  if (!comparison) return nothing;
  return html`<p class="comparison ${comparison.direction}" part="comparison">
    ${comparison.direction === 'none' ? nothing : html`<span class="arrow" aria-hidden="true">${icon(comparison.direction)}</span>`}
    <span>${comparison.text}</span>
  </p>`;
}
