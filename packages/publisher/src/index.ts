/**
 * @zhixing/publisher — publish a court's enforcement data as a Zhixing static feed. This entry is pure
 * (no `node:` imports; it runs in a browser too): reading cells, mapping headers, validating rows,
 * applying the publication rules, and building the feed in memory (`buildStaticFeed`). File reading
 * and safe writing are in `@zhixing/publisher/node`; the CLI is `zhixing-feed`.
 *
 * @packageDocumentation
 */
export { cellText, columnLetter, excelSerialToDate, isScientificNotation, parseAmountFen, parseDate, parseInteger, type CellProblem, type CellResult, type CellValue } from './cells.js';
export {
  DEFAULT_HEADERS,
  FIELD_LABELS,
  REMOVAL_REASON_VALUES,
  REQUIRED_DISHONEST,
  REQUIRED_FIELDS,
  TYPE_VALUES,
  findHeaderRow,
  headerLookup,
  isColumnField,
  normalizeHeader,
  parseMapping,
  type ColumnField,
  type ColumnMapping,
  type HeaderMatch,
} from './mapping.js';
export { PROBLEM_TEXT, WITHHELD_TEXT, formatProblem, type ProblemCode, type RowProblem } from './messages.js';
export { ageAt, createRowConverter, type CaseFacts, type ConvertedRow, type RecordType, type RowSource } from './rows.js';
export { RecordIds, derivedRecordIds, identityHash, identityKey, isWideRecordId, shortRecordId, wideRecordId, type IdClaim, type IdSettlement, type IdentityFields, type PublishedId } from './ids.js';
export { screenRecord, type ScreenResult, type WithholdCode } from './screen.js';
export { NoHeaderError, RowPipeline, describeWithheld, type AcceptedRow, type PipelineOptions, type Tally, type WithheldRow } from './pipeline.js';
export { STATS_HEADERS, checkStats, courtOfCell, readStatsSheet, statsFromCases, type StatsSheetResult } from './stats.js';
export { HOT_DEFAULTS, buildShard, identifierKey, keyBucket, type BuiltShard, type HotNameOptions } from './shards.js';
export { DELTA_DEFAULTS, buildDelta, type BuiltDelta, type DeltaOptions, type HiddenRecord } from './delta.js';
export { LEGACY_EXPOSURE_LIMIT, buildStaticFeed, feedEnvelopes, nowInChina, type StaticFeedFiles, type StaticFeedInput } from './feed.js';
export { EXPOSURE_DIR, buildPagedExposure, contentId, entryFingerprints, exposureMoved, type PagedExposure, type PagedExposureInput, type PagedFile } from './exposure-pages.js';
export { VersionError, compareVersions, nextVersion, versionFor } from './version.js';
export { ContentHash } from './hash.js';
