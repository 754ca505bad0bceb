/**
 * `@zhixing/sdk/browser` — the SDK for a page without a bundler (`dist/browser/zhixing-sdk.min.js`,
 * one self-contained ES module): everything `@zhixing/sdk` exports except the zod schemas of the
 * contract (their types are here). Records are validated by the validators compiled from those
 * schemas, so a page does not download zod; a publisher or a build step that wants the schemas
 * themselves imports `@zhixing/sdk`.
 *
 * @packageDocumentation
 */
export type * from './contract';
export { MAX_SHARD_COUNT } from './contract/limits';
/** The contract's custom refinements (used by the zod schemas and the compiled validators alike). */
export * as contractChecks from './contract/checks';
// The contract's type of these two takes precedence over the domain's identical types.
export type { CalendarDate, RateRule } from './contract';
export * from './domain';
export * from './sources/layout';
export * from './sources/shard-key';
export type { NormalizedQuery } from './sources/source';
export { httpSource, staticSource, type SourceConfig, type SourceKind } from './sources/source';
export { createClient, DEFAULT_MAX_RESPONSE_BYTES_BY_GROUP, type ResourceGroup, type ClientOptions, type DebtorQuery, type ExposureSnapshot, type RequestOptions, type SearchResult, type ZhixingClient } from './client/client';
export type { ExposureSubscription, ExposureUpdate, WatchOptions, WatchState } from './client/live';
export { AbortError, HookError, HttpError, NetworkError, RedirectError, ResponseTooLargeError, TimeoutError, ValidationError, ZhixingError, isAbortError, type ValidationProblem, type ZhixingErrorCode } from './client/errors';
export { DEFAULT_RETRY, realTimers, type RetryPolicy, type Timers } from './client/transport';
export type { SearchAllOptions, SearchPages } from './client/client';
export type { ClientHooks } from './client/hooks';
export { DEFAULT_MAX_CACHE_BYTES } from './client/cache';
export { DEFAULT_STORAGE_MAX_LENGTH, type KeyValueStore } from './client/persist';
export type { Revalidation, TransportRequest, TransportResponse } from './client/transport';
export { IncrementalValidator, maskIdsInText, screenForPublication, validateRecords, withholdReason, type ValidateOptions, type IssueCode, type Located, type Publishable, type RecordIssue } from './publication/screen';
