/**
 * @zhixing/sdk — typed access to a court's public judgment-enforcement data (执行信息公开):
 * the open data contract (zod schemas), an HTTP-API and a static-feed source behind one client,
 * and the domain rules (ID checksums and masking, publication rules, rates, formatting).
 *
 * @packageDocumentation
 */
export * from './contract/index.js';
// The contract's schema and type of these two take precedence over the domain's identical types.
export { CalendarDate, RateRule } from './contract/index.js';
export * from './domain/index.js';
export * from './sources/layout.js';
export * from './sources/shard-key.js';
export type { NormalizedQuery } from './sources/source.js';
export { httpSource, staticSource, type SourceConfig, type SourceKind } from './sources/source.js';
export { createClient, DEFAULT_MAX_RESPONSE_BYTES_BY_GROUP, type ResourceGroup, type ClientOptions, type DebtorQuery, type ExposureSnapshot, type RequestOptions, type SearchResult, type ZhixingClient } from './client/client.js';
export type { ExposureSubscription, ExposureUpdate, WatchOptions, WatchState } from './client/live.js';
export { AbortError, HookError, HttpError, NetworkError, RedirectError, ResponseTooLargeError, TimeoutError, ValidationError, ZhixingError, isAbortError, type ValidationProblem, type ZhixingErrorCode } from './client/errors.js';
export { DEFAULT_RETRY, realTimers, type RetryPolicy, type Timers } from './client/transport.js';
// Client conveniences: every page of a search, hooks, cache bound, revalidation mode, kept exposure feed.
export type { SearchAllOptions, SearchPages } from './client/client.js';
export type { ClientHooks } from './client/hooks.js';
export { DEFAULT_MAX_CACHE_BYTES } from './client/cache.js';
export { DEFAULT_STORAGE_MAX_LENGTH, type KeyValueStore } from './client/persist.js';
export type { Revalidation, TransportRequest, TransportResponse } from './client/transport.js';
export { IncrementalValidator, maskIdsInText, screenForPublication, validateRecords, withholdReason, type ValidateOptions, type IssueCode, type Located, type Publishable, type RecordIssue } from './publication/screen.js';
