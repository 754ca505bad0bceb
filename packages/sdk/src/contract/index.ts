// The open data contract. These schemas are the single source of truth: the JSON Schema in
// `packages/sdk/schema/` and the tables in docs/data-contract.md are generated from them.
import type * as z from 'zod/mini';
import { Court } from './court';
import { ConsumptionRestriction, DebtorRecord, DishonestDebtor, EnforcementCaseParty, ExposureItem, PartyKind, Removal, RemovalReason, RewardNotice } from './records';
import { EnforcementStats, RateRule, StatsIndex } from './stats';
import { ExposureFeed, HotName, HotNameFile, RemovalEntry, SearchResponse, Shard, ShardManifest } from './feeds';
import { CalendarDate, Period } from './primitives';
import { registerCompiled } from './checker';
import * as compiled from './validate.generated';

export { CalendarDate, Count, Fen, Period, Timestamp } from './primitives';
/** The contract's custom refinements (used by the zod schemas and the compiled validators alike). */
export * as contractChecks from './checks';
export type { Checked, Checker, CheckIssue, CheckResult } from './checker';
export { Court } from './court';
export { EnforcementStats, RateRule, StatsIndex } from './stats';
export { ConsumptionRestriction, DebtorRecord, DishonestDebtor, EnforcementCaseParty, ExposureItem, PartyKind, Photo, Removal, RemovalReason, RewardNotice } from './records';
export { ExposureFeed, HotName, HotNameFile, MAX_SHARD_COUNT, RemovalEntry, SearchResponse, Shard, ShardManifest } from './feeds';

export type Court = z.output<typeof Court>;
export type Period = z.output<typeof Period>;
export type EnforcementStats = z.output<typeof EnforcementStats>;
export type StatsIndex = z.output<typeof StatsIndex>;
export type RateRule = z.output<typeof RateRule>;
export type CalendarDate = z.output<typeof CalendarDate>;
export type PartyKind = z.output<typeof PartyKind>;
export type Removal = z.output<typeof Removal>;
export type RemovalReason = z.output<typeof RemovalReason>;
export type DishonestDebtor = z.output<typeof DishonestDebtor>;
export type ConsumptionRestriction = z.output<typeof ConsumptionRestriction>;
export type EnforcementCaseParty = z.output<typeof EnforcementCaseParty>;
export type DebtorRecord = z.output<typeof DebtorRecord>;
export type RewardNotice = z.output<typeof RewardNotice>;
export type ExposureItem = z.output<typeof ExposureItem>;
export type ExposureFeed = z.output<typeof ExposureFeed>;
export type SearchResponse = z.output<typeof SearchResponse>;
export type ShardManifest = z.output<typeof ShardManifest>;
export type Shard = z.output<typeof Shard>;
export type HotName = z.output<typeof HotName>;
export type HotNameFile = z.output<typeof HotNameFile>;
export type RemovalEntry = z.output<typeof RemovalEntry>;

/** Every schema a publisher may need, by the name used in the JSON Schema `$defs`. */
export const contractSchemas = {
  Court,
  StatsIndex,
  EnforcementStats,
  DishonestDebtor,
  ConsumptionRestriction,
  EnforcementCaseParty,
  DebtorRecord,
  RewardNotice,
  ExposureItem,
  ExposureFeed,
  SearchResponse,
  ShardManifest,
  Shard,
  HotName,
  HotNameFile,
  RemovalEntry,
} as const;

// Loaded only with the zod schemas: a caller that passes one of them to `validateRecords` gets its
// compiled validator (same answer; packages/sdk/test/node/compiled-validator.test.mjs).
for (const name of Object.keys(contractSchemas) as Array<keyof typeof contractSchemas>) registerCompiled(contractSchemas[name], compiled[name]);
