// What `@zhixing/sdk` and its browser bundle (`@zhixing/sdk/browser`) both export besides the
// contract: domain rules, sources, the client, errors and the publication rules. One list, two entries.
export * from './domain/index.js';
export * from './sources/layout.js';
export * from './sources/shard-key.js';
export type { NormalizedQuery } from './sources/source.js';
export { httpSource, staticSource, type SourceConfig, type SourceKind } from './sources/source.js';
export { createClient, DEFAULT_MAX_RESPONSE_BYTES_BY_GROUP, type ResourceGroup, type ClientOptions, type DebtorQuery, type ExposureSnapshot, type ExposureRequest, type ExposureListQuery, type ExposureListView, type ExposurePageResult, type PagedExposure, type RequestOptions, type SearchResult, type ZhixingClient } from './client/client.js';
export type { ExposureSubscription, ExposureUpdate, WatchOptions, WatchState } from './client/live.js';
export { AbortError, ArgumentError, ContentTypeError, HookError, HttpError, NetworkError, RedirectError, ResponseTooLargeError, TimeoutError, UnknownCourtError, ValidationError, ZhixingError, isAbortError, type ValidationProblem, type ZhixingErrorCode } from './client/errors.js';
export { DEFAULT_DEADLINE_MS, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS, realTimers, type RetryPolicy, type Timers } from './client/transport.js';
export type { SearchAllOptions, SearchPages } from './client/client.js';
export type { ClientHooks } from './client/hooks.js';
export { DEFAULT_MAX_CACHE_BYTES } from './client/cache.js';
export { DEFAULT_STORAGE_MAX_LENGTH, type KeyValueStore } from './client/persist.js';
export type { Revalidation, TransportRequest, TransportResponse } from './client/transport.js';
export { IncrementalValidator, maskIdsInText, recordFingerprint, screenForPublication, validateRecords, withholdReason, type ValidateOptions, type IssueCode, type Located, type Publishable, type RecordIssue } from './publication/screen.js';
export { EXPOSURE_SECTIONS, EXPOSURE_SORTS, PAGE_CUT, amountOf, byAmount, byPublished, courtCodeOf, cutPages, exposureOrder, partyKindOf, sectionOf, type PageCut } from './publication/exposure-order.js';
