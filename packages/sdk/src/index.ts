/**
 * @zhixing/sdk — typed access to a court's public judgment-enforcement data (执行信息公开):
 * the open data contract (zod schemas), an HTTP-API and a static-feed source behind one client,
 * and the domain rules (ID checksums and masking, publication rules, rates, formatting).
 *
 * @packageDocumentation
 */
export * from './contract';
// The contract's schema and type of these two take precedence over the domain's identical types.
export { CalendarDate, RateRule } from './contract';
export * from './domain';
export * from './sources/layout';
export * from './sources/shard-key';
export type { NormalizedQuery } from './sources/source';
export { httpSource, staticSource, type SourceConfig, type SourceKind } from './sources/source';
export { createClient, DEFAULT_MAX_RESPONSE_BYTES_BY_GROUP, type ResourceGroup, type ClientOptions, type DebtorQuery, type ExposureSnapshot, type RequestOptions, type SearchResult, type ZhixingClient } from './client/client';
export type { ExposureSubscription, ExposureUpdate, WatchOptions, WatchState } from './client/live';
export { AbortError, HookError, HttpError, NetworkError, RedirectError, ResponseTooLargeError, TimeoutError, ValidationError, ZhixingError, isAbortError, type ValidationProblem, type ZhixingErrorCode } from './client/errors';
export { DEFAULT_RETRY, realTimers, type RetryPolicy, type Timers } from './client/transport';
// Client conveniences: every page of a search, hooks, cache bound, revalidation mode, kept exposure feed.
export type { SearchAllOptions, SearchPages } from './client/client';
export type { ClientHooks } from './client/hooks';
export { DEFAULT_MAX_CACHE_BYTES } from './client/cache';
export { DEFAULT_STORAGE_MAX_LENGTH, type KeyValueStore } from './client/persist';
export type { Revalidation, TransportRequest, TransportResponse } from './client/transport';
export { IncrementalValidator, maskIdsInText, screenForPublication, validateRecords, withholdReason, type ValidateOptions, type IssueCode, type Located, type Publishable, type RecordIssue } from './publication/screen';
