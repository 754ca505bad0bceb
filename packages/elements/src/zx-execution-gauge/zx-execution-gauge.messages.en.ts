// The English texts of gaugeMessages (zx-execution-gauge.messages.ts), in a module of their own: loaded only where a page or an
// element is in English. Typed by the zh-CN table, so a missing or extra key fails to compile.
import type { Messages } from '../internal/i18n.js';
import type { GaugeMessageKey } from './zx-execution-gauge.messages.js';

const en: Messages<GaugeMessageKey> = {
  closureRate: 'Closure rate',
  actualExecutionRate: 'Actual execution rate',
  moneyRecovered: 'Money recovered',
  closureFormula: 'Closure rate = closed cases ÷ accepted cases',
  actualExecutionFormula: 'Actual execution rate = cases closed by performance ÷ closed cases',
  moneyDefinition: 'Money recovered: the amount actually recovered in the period, as published by the court',
  moneyApproximate: 'The court published a rounded figure.',
  rule: (p) => `${p.formula}, ${p.rounding}`,
  counts: (p) => `${p.numerator} of ${p.denominator} cases`,
  valueText: (p) => `${p.metric} ${p.value} (${p.counts})`,
  noCases: 'No cases in this period',
  noClosedCases: 'No closed cases in this period',
  period: (p) => `Period: ${p.label}`,
  periodRange: (p) => `${p.start} – ${p.end}`,
  periodPicker: 'Period',
  inconsistent: (p) => `Note: the court reported a ${p.metric} of ${p.reported}; the counts give ${p.computed}. The computed figure is shown.`,
  target: (p) => `Target ${p.value}`,
  aboveTarget: (p) => `${p.diff} percentage points above the target (${p.target})`,
  belowTarget: (p) => `${p.diff} percentage points below the target (${p.target})`,
  atTarget: (p) => `Exactly at the target (${p.target})`,
  upOnPrevious: (p) => `Up ${p.diff} percentage points on the previous period (${p.label})`,
  downOnPrevious: (p) => `Down ${p.diff} percentage points on the previous period (${p.label})`,
  sameAsPrevious: (p) => `Unchanged from the previous period (${p.label})`,
  moreThanPrevious: (p) => `${p.amount} more than in the previous period (${p.label})`,
  lessThanPrevious: (p) => `${p.amount} less than in the previous period (${p.label})`,
  previousNoRate: (p) => `The previous period (${p.label}) had no cases: no comparison`,
  noPrevious: 'The source has no previous period to compare with.',
  previousUnavailable: 'The previous period could not be loaded; no comparison is shown.',
  trendCaption: (p) => `${p.metric}: every period`,
};

export default en;
