// The English texts of trendMessages (zx-execution-gauge.trend-messages.ts), in a module of their own: loaded only where a page or an
// element is in English. Typed by the zh-CN table, so a missing or extra key fails to compile.
import type { Messages } from '../internal/i18n.js';
import type { TrendMessageKey } from './zx-execution-gauge.trend-messages.js';

const en: Messages<TrendMessageKey> = {
  tableCaption: (p) => `${p.metric} by period`,
  period: 'Period',
  countsClosure: 'Closed / accepted cases',
  countsActual: 'Closed by performance / closed cases',
  lengthYear: 'Year',
  lengthHalfYear: 'Half-year',
  lengthQuarter: 'Quarter',
  lengthMonth: 'Month',
  lengthMonths: (p) => `${p.n} months`,
  lengthDays: (p) => `${p.n} days`,
  firstHalf: 'H1',
  secondHalf: 'H2',
  quarterShort: (p) => `Q${p.n}`,
  monthShort: (p) => `Month ${p.n}`,
  yearShort: (p) => `${p.year}`,
  series: (p) => `${p.length} (${p.count} ${Number(p.count) === 1 ? 'period' : 'periods'})`,
  apart: (p) => `Periods of different lengths (${p.lengths}) are marked apart, neither joined nor compared; only periods of the same length are joined by a line.`,
  single: 'The source has only one period: no trend can be shown.',
  none: 'The source lists no periods: no trend can be shown.',
  noRate: 'No cases, no rate',
  pointTitle: (p) => `${p.period}: ${p.value} (${p.counts})`,
  listSeparator: ', ',
  ruleFor: (p) => `${p.periods}: ${p.rule}`,
};

export default en;
