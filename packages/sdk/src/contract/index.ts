// The open data contract. These schemas are the single source of truth: the JSON Schema in
// `packages/sdk/schema/` and the tables in docs/data-contract.md are generated from them.
import type * as z from 'zod/mini';
import { Court, CourtEntry } from './court.js';
import { ConsumptionRestriction, DebtorRecord, DishonestDebtor, EnforcementCaseParty, ExposureItem, PartyKind, Removal, RemovalReason, RewardNotice } from './records.js';
import { CourtPeriods, EnforcementStats, RateRule, StatsIndex } from './stats.js';
import { DeltaFile, ExposureCourtLists, ExposureFeed, ExposureIndex, ExposureList, ExposureListRef, ExposureMoved, ExposurePage, ExposureSection, ExposureSort, HotName, HotNameFile, RemovalEntry, SearchResponse, Shard, ShardManifest } from './feeds.js';
import { CalendarDate, Period } from './primitives.js';
import { registerCompiled } from './checker.js';
import * as compiled from './validate.generated.js';

export { CalendarDate, Count, Fen, Period, Timestamp } from './primitives.js';
/** The contract's custom refinements (used by the zod schemas and the compiled validators alike). */
export * as contractChecks from './checks.js';
/**
 * The validators compiled from these zod schemas at build time (`npm run contract`): the same checks,
 * results and issue messages as the schemas, without zod and without `eval`; what the client runs.
 * `validators.ExposureItem.safeParse(x)`.
 */
export * as validators from './validate.generated.js';
export type { Checked, Checker, CheckIssue, CheckResult } from './checker.js';
export { Court, CourtEntry } from './court.js';
export { CourtPeriods, EnforcementStats, RateRule, StatsIndex } from './stats.js';
export { ConsumptionRestriction, DebtorRecord, DishonestDebtor, EnforcementCaseParty, ExposureItem, PartyKind, Photo, Removal, RemovalReason, RewardNotice } from './records.js';
export { DeltaFile, ExposureCourtLists, ExposureFeed, ExposureIndex, ExposureList, ExposureListRef, ExposureMoved, ExposurePage, ExposureSection, ExposureSort, HotName, HotNameFile, MAX_SHARD_COUNT, RemovalEntry, SearchResponse, Shard, ShardManifest } from './feeds.js';

/** The publishing court (`court.json`): one court, or in a multi-court feed also the `courts` it publishes for. */
export type Court = z.output<typeof Court>;
/** One court of a multi-court feed (`court.json` `courts[]`): identity, codes and contact details. */
export type CourtEntry = z.output<typeof CourtEntry>;
/** One court's statistics periods in a multi-court statistics index. */
export type CourtPeriods = z.output<typeof CourtPeriods>;
/** A reporting period: its id, first and last day and labels. */
export type Period = z.output<typeof Period>;
/** A court's enforcement statistics for one period (收案, 结案, 执行到位金额 …). */
export type EnforcementStats = z.output<typeof EnforcementStats>;
/** The periods for which a court publishes statistics, newest first. */
export type StatsIndex = z.output<typeof StatsIndex>;
/** How a rate is rounded: decimals and rounding mode. */
export type RateRule = z.output<typeof RateRule>;
/** A calendar date `YYYY-MM-DD` (China time), never a `Date`. */
export type CalendarDate = z.output<typeof CalendarDate>;
/** `natural-person` or `organization`. */
export type PartyKind = z.output<typeof PartyKind>;
/** Why and when a record was removed from publication (撤销, 屏蔽, 履行完毕 …). */
export type Removal = z.output<typeof Removal>;
/** The legal ground of a removal. */
export type RemovalReason = z.output<typeof RemovalReason>;
/** A listed dishonest debtor (失信被执行人). */
export type DishonestDebtor = z.output<typeof DishonestDebtor>;
/** A person or organisation under a consumption restriction order (限制消费令). */
export type ConsumptionRestriction = z.output<typeof ConsumptionRestriction>;
/** A party to an open enforcement case (被执行人). */
export type EnforcementCaseParty = z.output<typeof EnforcementCaseParty>;
/** Any record a debtor search returns: a dishonest debtor, a consumption restriction or a case party. */
export type DebtorRecord = z.output<typeof DebtorRecord>;
/** A reward notice for information leading to enforcement (悬赏公告). */
export type RewardNotice = z.output<typeof RewardNotice>;
/** One entry of the exposure board (曝光台). */
export type ExposureItem = z.output<typeof ExposureItem>;
/** The exposure board's feed (`exposure.json`). */
export type ExposureFeed = z.output<typeof ExposureFeed>;
/** An HTTP API's answer to a debtor search. */
export type SearchResponse = z.output<typeof SearchResponse>;
/** The static feed's index of debtor shards (`debtors/manifest.json`). */
export type ShardManifest = z.output<typeof ShardManifest>;
/** One static-feed shard: the debtor records whose key falls into it. */
export type Shard = z.output<typeof Shard>;
/** A frequent name whose records are paged out of the shards. */
export type HotName = z.output<typeof HotName>;
/** One page of a hot name's records. */
export type HotNameFile = z.output<typeof HotNameFile>;
/** A removed record in the feed's removal list: the client drops it wherever it appears. */
export type RemovalEntry = z.output<typeof RemovalEntry>;
/** A delta file of the lookup index (format 2). */
export type DeltaFile = z.output<typeof DeltaFile>;
/** A section of the exposure board: `dishonest`, `restricted` or `rewards`. */
export type ExposureSection = z.output<typeof ExposureSection>;
/** An order of the exposure board: `published` (newest first) or `amount` (highest first). */
export type ExposureSort = z.output<typeof ExposureSort>;
/** The paged exposure feed's index (`exposure/index.json`). */
export type ExposureIndex = z.output<typeof ExposureIndex>;
/** One list of the paged exposure feed, as the index names it. */
export type ExposureListRef = z.output<typeof ExposureListRef>;
/** A list file of the paged exposure feed: its pages in order. */
export type ExposureList = z.output<typeof ExposureList>;
/** A page file of the paged exposure feed. */
export type ExposurePage = z.output<typeof ExposurePage>;
/** The per-court lists of the paged exposure feed. */
export type ExposureCourtLists = z.output<typeof ExposureCourtLists>;
/** `exposure.json` when the whole list moved to the paged feed. */
export type ExposureMoved = z.output<typeof ExposureMoved>;

/** Every schema a publisher may need, by the name used in the JSON Schema `$defs`. */
export const contractSchemas = {
  Court,
  CourtEntry,
  StatsIndex,
  CourtPeriods,
  EnforcementStats,
  DishonestDebtor,
  ConsumptionRestriction,
  EnforcementCaseParty,
  DebtorRecord,
  RewardNotice,
  ExposureItem,
  ExposureFeed,
  ExposureIndex,
  ExposureListRef,
  ExposureList,
  ExposurePage,
  ExposureCourtLists,
  ExposureMoved,
  SearchResponse,
  ShardManifest,
  Shard,
  HotName,
  HotNameFile,
  DeltaFile,
  RemovalEntry,
} as const;

// Loaded only with the zod schemas: a caller that passes one of them to `validateRecords` gets its
// compiled validator (same answer; packages/sdk/test/node/compiled-validator.test.mjs).
for (const name of Object.keys(contractSchemas) as Array<keyof typeof contractSchemas>) registerCompiled(contractSchemas[name], compiled[name]);
