// The sentences of one gauge in one language: the figure, the counts behind it, the meter's spoken
// value and the counting rule. Shared by the figures, the loading placeholders and announcements.
import { describeRateRule, DEFAULT_RATE_RULE, formatCount, formatMoney, formatPercent, type EnforcementStats, type Rate } from '@zhixing/sdk';
import { translate, type Locale } from '../internal/i18n.js';
import { gaugeMessages, type GaugeMessageKey } from './zx-execution-gauge.messages.js';
import { countsFor, type GaugeMetric } from './zx-execution-gauge.model.js';

export const METRIC_NAME: Record<GaugeMetric, GaugeMessageKey> = {
  'closure-rate': 'closureRate',
  'actual-execution-rate': 'actualExecutionRate',
  'money-recovered': 'moneyRecovered',
};

export class GaugeTexts {
  constructor(readonly locale: Locale) {}

  m(key: GaugeMessageKey, params?: Record<string, string | number>): string {
    return translate(gaugeMessages, this.locale, key, params);
  }

  metricName(metric: GaugeMetric): string {
    return this.m(METRIC_NAME[metric]);
  }

  counts(metric: GaugeMetric, stats: EnforcementStats): string {
    const { numerator, denominator } = countsFor(metric, stats);
    return this.m('counts', { numerator: formatCount(numerator, this.locale), denominator: formatCount(denominator, this.locale) });
  }

  /** What the meter says: metric, figure and counts. */
  value(metric: GaugeMetric, rate: Rate, stats: EnforcementStats): string {
    return this.m('valueText', { metric: this.metricName(metric), value: formatPercent(rate.percent, this.locale, rate.rule.decimals), counts: this.counts(metric, stats) });
  }

  /** The figure as text: the rate, the money amount, or "no cases". */
  figure(metric: GaugeMetric, stats: EnforcementStats, rate: Rate | undefined): string {
    if (metric === 'money-recovered') return formatMoney(stats.money.recovered, this.locale, { approximate: stats.money.recoveredApproximate === true });
    if (rate) return formatPercent(rate.percent, this.locale, rate.rule.decimals);
    return stats.cases.accepted === 0 ? this.m('noCases') : this.m('noClosedCases');
  }

  rule(metric: GaugeMetric, stats: EnforcementStats | undefined): string {
    if (metric === 'money-recovered') {
      return stats?.money.recoveredApproximate ? `${this.m('moneyDefinition')}${this.locale === 'en' ? '. ' : '。'}${this.m('moneyApproximate')}` : this.m('moneyDefinition');
    }
    const formula = this.m(metric === 'closure-rate' ? 'closureFormula' : 'actualExecutionFormula');
    return this.m('rule', { formula, rounding: describeRateRule(stats?.rateRule ?? DEFAULT_RATE_RULE, this.locale) });
  }
}
