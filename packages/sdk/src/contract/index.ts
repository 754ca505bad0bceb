// The open data contract. These schemas are the single source of truth: the JSON Schema in
// `packages/sdk/schema/` and the tables in docs/data-contract.md are generated from them.
// The schemas first, as before schemas.ts existed: the bundles keep their module order (and size).
import { contractSchemas } from './schemas.js';
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

export { contractSchemas } from './schemas.js';

// Loaded only with the zod schemas: a caller that passes one of them to `validateRecords` gets its
// compiled validator (same answer; packages/sdk/test/node/compiled-validator.test.mjs).
for (const name of Object.keys(contractSchemas) as Array<keyof typeof contractSchemas>) registerCompiled(contractSchemas[name], compiled[name]);
