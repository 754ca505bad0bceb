// Rates from counts. Courts differ in rounding (some truncate, some round half-up), so the rule is
// explicit and travels with the result; the rounding is done on integers, so 92.97 is exactly the
// figure a court's spreadsheet would print.
import { divideRounded, pow10, rescale, toScaledDecimal } from './decimal.js';

import type { RateRule } from '../contract/index.js';

/** How a rate is rounded. */
export type Rounding = RateRule['rounding'];

/** Decimals of the percent value (e.g. 2 → 92.97) and how to round: the contract's `RateRule`. */
export type { RateRule } from '../contract/index.js';

/** Largest `decimals` accepted (the contract's schema allows 0–6; more would be noise). */
export const MAX_RATE_DECIMALS = 10;

/** Two decimals, rounded half up: the rule when a court states none. */
export const DEFAULT_RATE_RULE: RateRule = Object.freeze({ decimals: 2, rounding: 'half-up' });

/** A rate with the counts and rule it was computed from, so a page can show all three. */
export interface Rate {
  /** The rounded percent, e.g. 92.97 for 92.97 %. */
  percent: number;
  numerator: number;
  denominator: number;
  rule: RateRule;
}

/** A reported rate compared with the one computed from the counts. */
export interface RateCheck {
  consistent: boolean;
  computed: number;
  reported: number;
  /** computed − reported, in percentage points. */
  difference: number;
}

function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer count, got ${String(value)}`);
  }
}

function assertDecimals(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > MAX_RATE_DECIMALS) {
    throw new RangeError(`${name} must be an integer 0–${MAX_RATE_DECIMALS}, got ${String(value)}`);
  }
}

/** Throws RangeError unless `rule` is a usable rate rule. */
export function assertRateRule(rule: RateRule): void {
  if (typeof rule !== 'object' || rule === null) throw new RangeError('rate rule missing');
  assertDecimals('rule.decimals', rule.decimals);
  if (rule.rounding !== 'half-up' && rule.rounding !== 'truncate') {
    throw new RangeError(`rule.rounding must be 'half-up' or 'truncate', got ${String(rule.rounding)}`);
  }
}

/**
 * numerator ÷ denominator as a percent rounded by `rule`. Undefined when the denominator is 0 (no
 * cases: no rate). Throws RangeError for negative or non-integer counts, or numerator > denominator.
 */
export function computeRate(numerator: number, denominator: number, rule: RateRule = DEFAULT_RATE_RULE): Rate | undefined {
  assertCount('numerator', numerator);
  assertCount('denominator', denominator);
  assertRateRule(rule);
  if (numerator > denominator) {
    throw new RangeError(`numerator (${numerator}) exceeds denominator (${denominator})`);
  }
  if (denominator === 0) return undefined;
  const scale = pow10(rule.decimals);
  const units = divideRounded(BigInt(numerator) * 100n * scale, BigInt(denominator), rule.rounding);
  // units ≤ 100·10^10 and scale ≤ 10^10 are exact doubles, so the quotient is the nearest double
  // to the decimal — the same number the literal (e.g. 92.97) denotes.
  return {
    percent: Number(units) / Number(scale),
    numerator,
    denominator,
    rule: { decimals: rule.decimals, rounding: rule.rounding },
  };
}

/** 结案率: closed ÷ accepted (accepted = carried over + newly received). */
export function closureRate(closed: number, accepted: number, rule?: RateRule): Rate | undefined {
  return computeRate(closed, accepted, rule);
}

/** 实际执结率: cases closed as 执行完毕 (performed, executed, settled) ÷ closed implementation cases. */
export function actualExecutionRate(closedWithPerformance: number, closed: number, rule?: RateRule): Rate | undefined {
  return computeRate(closedWithPerformance, closed, rule);
}

/**
 * Compares a computed rate with the figure a court reported. Consistent when they differ by at most
 * one unit in the last decimal (`reportedDecimals`, default the rate's rule), because one court's
 * truncation and another's half-up rounding of the same counts differ by exactly that much.
 */
export function checkReportedRate(rate: Rate, reportedPercent: number, reportedDecimals?: number): RateCheck {
  const decimals = reportedDecimals ?? rate.rule.decimals;
  assertDecimals('reportedDecimals', decimals);
  const computed = toScaledDecimal(rate.percent);
  const reported = toScaledDecimal(reportedPercent);
  const scale = Math.max(computed.scale, reported.scale, decimals);
  const diff = rescale(computed, scale) - rescale(reported, scale);
  const magnitude = diff < 0n ? -diff : diff;
  return {
    consistent: magnitude <= pow10(scale - decimals),
    computed: rate.percent,
    reported: reportedPercent,
    difference: Number(diff) / 10 ** scale,
  };
}
