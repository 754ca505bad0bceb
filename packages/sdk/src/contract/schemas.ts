// Every schema a publisher may need, with its type, by the name used in the JSON Schema `$defs`.
// In a module of its own, below index.ts: the compiled validators (validate.generated.ts) take their
// types from here while index.ts imports the validators, so the two never import each other.
// In the order index.ts imported them before this module existed: bundles keep their module order.
import { Court, CourtEntry } from './court.js';
import { ConsumptionRestriction, DebtorRecord, DishonestDebtor, EnforcementCaseParty, ExposureItem, RewardNotice } from './records.js';
import { CourtPeriods, EnforcementStats, StatsIndex } from './stats.js';
import { DeltaFile, ExposureCourtLists, ExposureFeed, ExposureIndex, ExposureList, ExposureListRef, ExposureMoved, ExposurePage, HotName, HotNameFile, RemovalEntry, SearchResponse, Shard, ShardManifest } from './feeds.js';

export { ConsumptionRestriction, Court, CourtEntry, CourtPeriods, DebtorRecord, DeltaFile, DishonestDebtor, EnforcementCaseParty, EnforcementStats, ExposureCourtLists, ExposureFeed, ExposureIndex, ExposureItem, ExposureList, ExposureListRef, ExposureMoved, ExposurePage, HotName, HotNameFile, RemovalEntry, RewardNotice, SearchResponse, Shard, ShardManifest, StatsIndex };

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
