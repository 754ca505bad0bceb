import * as z from 'zod/mini';
import { closedWithinAccepted, performedWithinClosed, terminatedWithinClosed } from './checks.js';
import { Count, Fen, Period, Timestamp } from './primitives.js';

/** Schema of {@link RateRule}. */
export const RateRule = z.object({
  decimals: z.int().check(z.gte(0), z.lte(6)),
  rounding: z.enum(['half-up', 'truncate']),
});

/** How a rate is rounded: decimals and rounding mode. */
export type RateRule = z.output<typeof RateRule>;

const CategoryFigures = z.object({
  category: z.enum(['enterprise', 'finance', 'livelihood']),
  cases: Count,
  /** 执行标的 */
  subjectAmount: z.optional(Fen),
  /** 发放案款 */
  disbursed: z.optional(Fen),
  /** The source gave a rounded figure ("300余件", "8100多万元"). */
  approximate: z.optional(z.boolean()),
});

const Ranking = z.object({
  scope: z.string(),
  scopeEn: z.optional(z.string()),
  periodLabel: z.optional(z.string()),
  rank: z.optional(z.int().check(z.positive())),
  of: z.optional(z.int().check(z.positive())),
  /** Free text when only a qualitative position is published (e.g. 居中). */
  note: z.optional(z.string()),
});

/** A court's enforcement performance for one period (执行工作质效). */
export const EnforcementStats = z.object({
  courtId: z.string(),
  period: Period,
  /** When these figures were produced. */
  asOf: Timestamp,
  cases: z
    .object({
      /** 旧存 */
      carriedOver: z.optional(Count),
      /** 新收 */
      newlyReceived: z.optional(Count),
      /** 受理 = carried over + newly received: the closure-rate denominator. */
      accepted: Count,
      /** 已结 */
      closed: Count,
      /** Closed as 执行完毕 (performance, compulsory execution, performed settlement): actual execution numerator. */
      closedWithPerformance: Count,
      /** 终结本次执行程序 */
      closedByTermination: z.optional(Count),
    })
    // Counts that contradict each other would draw impossible rates: reject them here.
    .check(
      z.refine(closedWithinAccepted, { message: 'closed cannot exceed accepted', path: ['closed'] }),
      z.refine(performedWithinClosed, { message: 'closedWithPerformance cannot exceed closed', path: ['closedWithPerformance'] }),
      z.refine(terminatedWithinClosed, { message: 'closedByTermination cannot exceed closed', path: ['closedByTermination'] }),
    ),
  money: z.object({
    /** 执行到位金额 */
    recovered: Fen,
    /** Amount applied for in closed cases: the recovery-rate denominator, when published. */
    appliedInClosed: z.optional(Fen),
    recoveredApproximate: z.optional(z.boolean()),
  }),
  /** Rates as the court itself reported them, checked against the counts. Percent values, e.g. 92.97. */
  reportedRates: z.optional(
    z.object({
      closureRate: z.optional(z.number().check(z.gte(0), z.lte(100))),
      actualExecutionRate: z.optional(z.number().check(z.gte(0), z.lte(100))),
    }),
  ),
  /** How this court rounds its rates. Courts differ: always shown beside the figure. */
  rateRule: z.optional(RateRule),
  rankings: z.optional(z.array(Ranking)),
  categories: z.optional(z.array(CategoryFigures)),
  sanctions: z.optional(
    z.object({
      /** 纳入失信名单 */
      dishonestListed: z.optional(Count),
      /** 限制消费令 */
      consumptionRestrictionOrders: z.optional(Count),
      /** 司法拘留 */
      detentions: z.optional(Count),
      /** 拒执罪移送 */
      refusalToExecuteReferrals: z.optional(Count),
    }),
  ),
  /** 司法救助 */
  judicialAid: z.optional(z.object({ cases: Count, amount: Fen, approximate: z.optional(z.boolean()) })),
});

/** A court's enforcement statistics for one period (收案, 结案, 执行到位金额 …). */
export type EnforcementStats = z.output<typeof EnforcementStats>;

/** One court's periods in a multi-court statistics index. */
export const CourtPeriods = z.object({
  /** A court `id` of the feed's `courts`; its files are `stats/{courtId}/{periodId}.json`. */
  courtId: z.string().check(z.regex(/^[a-z0-9-]{2,64}$/, 'court ids are lower-case letters, digits and dashes')),
  /** Newest first. */
  periods: z.array(Period),
});

/** One court's statistics periods in a multi-court statistics index. */
export type CourtPeriods = z.output<typeof CourtPeriods>;

/**
 * The periods a source has statistics for, newest first. A multi-court feed lists them per court in
 * `courts` and leaves `periods` (the publishing court's own files `stats/{periodId}.json`, all that
 * readers without `courts` know) empty, so that such a reader never shows one court's figures for another.
 */
export const StatsIndex = z.object({
  courtId: z.string(),
  periods: z.array(Period),
  /** Multi-court feeds: each court's periods. */
  courts: z.optional(z.array(CourtPeriods)),
});

/** The periods for which a court publishes statistics, newest first. */
export type StatsIndex = z.output<typeof StatsIndex>;
