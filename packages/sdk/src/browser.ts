/**
 * `@zhixing/sdk/browser` — the SDK for a page without a bundler (`dist/browser/zhixing-sdk.min.js`,
 * one self-contained ES module): everything `@zhixing/sdk` exports except the zod schemas of the
 * contract (their types are here). Records are validated by the validators compiled from those
 * schemas, so a page does not download zod; a publisher or a build step that wants the schemas
 * themselves imports `@zhixing/sdk`.
 *
 * @packageDocumentation
 */
export type * from './contract/index.js';
export { MAX_SHARD_COUNT } from './contract/limits.js';
/** The contract's custom refinements (used by the zod schemas and the compiled validators alike). */
export * as contractChecks from './contract/checks.js';
/** The validators compiled from the contract's zod schemas (what the client runs): `validators.ExposureItem.safeParse(x)`. */
export * as validators from './contract/validate.generated.js';
// The contract's type of these two takes precedence over the domain's identical types.
export type { CalendarDate, RateRule } from './contract/index.js';
export * from './domain/index.js';
export * from './sources/layout.js';
export * from './sources/shard-key.js';
export type { NormalizedQuery } from './sources/source.js';
export { httpSource, staticSource, type SourceConfig, type SourceKind } from './sources/source.js';
export { createClient, DEFAULT_MAX_RESPONSE_BYTES_BY_GROUP, type ResourceGroup, type ClientOptions, type DebtorQuery, type ExposureSnapshot, type RequestOptions, type SearchResult, type ZhixingClient } from './client/client.js';
export type { ExposureSubscription, ExposureUpdate, WatchOptions, WatchState } from './client/live.js';
export { AbortError, HookError, HttpError, NetworkError, RedirectError, ResponseTooLargeError, TimeoutError, ValidationError, ZhixingError, isAbortError, type ValidationProblem, type ZhixingErrorCode } from './client/errors.js';
export { DEFAULT_RETRY, realTimers, type RetryPolicy, type Timers } from './client/transport.js';
export type { SearchAllOptions, SearchPages } from './client/client.js';
export type { ClientHooks } from './client/hooks.js';
export { DEFAULT_MAX_CACHE_BYTES } from './client/cache.js';
export { DEFAULT_STORAGE_MAX_LENGTH, type KeyValueStore } from './client/persist.js';
export type { Revalidation, TransportRequest, TransportResponse } from './client/transport.js';
export { IncrementalValidator, maskIdsInText, screenForPublication, validateRecords, withholdReason, type ValidateOptions, type IssueCode, type Located, type Publishable, type RecordIssue } from './publication/screen.js';
