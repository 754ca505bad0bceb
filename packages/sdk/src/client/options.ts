// The options and the court-and-statistics interface that both clients share: the statistics-only
// client (stats-client.ts) needs them, so they live here, below it, and client.ts (the full client)
// builds on them instead of the statistics client importing the full one. Types only.
import type { Court as CourtType, EnforcementStats as StatsType, StatsIndex as StatsIndexType } from '../contract/index.js';
import type { RecordIssue } from '../publication/screen.js';
import type { SourceConfig } from '../sources/source.js';
import type { CourtOption } from './courts.js';
import type { ClientHooks } from './hooks.js';
import type { UnknownCourtError } from './errors.js';
import type { DEFAULT_MAX_RESPONSE_BYTES_BY_GROUP, ResourceGroup } from './limits.js';
import type { DEFAULT_DEADLINE_MS, DEFAULT_TIMEOUT_MS, Revalidation, RetryPolicy, Timers } from './transport.js';

/** Options of {@link createClient}. */
export interface ClientOptions {
  source: SourceConfig;
  /** Defaults to the global fetch (browsers, Node ≥ 20). */
  fetch?: typeof globalThis.fetch;
  /** One attempt, headers, body and parsing. Default 10 s ({@link DEFAULT_TIMEOUT_MS}). */
  timeoutMs?: number;
  /**
   * Largest response body accepted per resource group, counted after decompression: a gzip bomb or a
   * runaway shard is cut off with a `ResponseTooLargeError`, never retried. Defaults in
   * {@link DEFAULT_MAX_RESPONSE_BYTES_BY_GROUP}: court 1 MiB, stats 4 MiB, search (manifest, shards,
   * API answers) 8 MiB, exposure 64 MiB (a province-wide board of 100,000 entries is ~55 MB).
   */
  maxResponseBytes?: Partial<Record<ResourceGroup, number>>;
  retry?: Partial<RetryPolicy>;
  /**
   * How long a response is used without asking the source again when the source says nothing about
   * it. The source's own `Cache-Control` wins: `max-age` (minus `Age`), `no-cache` (ask every
   * time), `no-store` (not kept), else `Expires`; `s-maxage` only where the client is a shared cache
   * (Node, {@link ClientOptions.revalidation} `'headers'`). Default 60 s.
   */
  cacheTtlMs?: number;
  /** Most responses kept. Default 200. */
  maxCacheEntries?: number;
  /**
   * Most bytes kept in the cache (counted as the decoded bodies, 2 bytes per character), least
   * recently used dropped first; a single larger answer is not kept. Default 128 MiB.
   */
  maxCacheBytes?: number;
  /**
   * Overall limit for one request, in ms, across every attempt and the waits between them (each
   * attempt still has `timeoutMs`). When it passes, the request ends with a `TimeoutError` whose
   * `limit` is `'deadlineMs'`, without further retries. Default 12 s ({@link DEFAULT_DEADLINE_MS}):
   * a source that stalls reaches the visitor as an error within 12 s, not after three attempts of
   * `timeoutMs`, while quick failures are still retried. `Infinity`: no overall limit.
   *
   * @example
   * ```ts
   * // A page that must answer within 8 s, even if the source keeps failing and retries.
   * const client = createClient({ source, deadlineMs: 8000 });
   * ```
   */
  deadlineMs?: number;
  /**
   * How cached copies are revalidated: `'http-cache'` sends only CORS-simple requests and lets the
   * browser's HTTP cache make the conditional request (no preflight); `'headers'` sends
   * `If-None-Match` itself. Default `'http-cache'` in browsers, `'headers'` in Node.
   */
  revalidation?: Revalidation;
  /** Hooks around every request: see {@link ClientHooks}. */
  hooks?: ClientHooks;
  /**
   * Extra request headers, e.g. the source's anti-abuse token or captcha answer. Called before every
   * request, so a host page can hand out a fresh token each time.
   */
  headers?: (request: { url: string; purpose: string }) => Record<string, string> | Promise<Record<string, string>>;
  /** Told about every record that was rejected, withheld or masked (for logging / monitoring). */
  onIssues?: (issues: RecordIssue[], context: { url: string }) => void;
  /** For tests and soak runs: a fake clock. */
  timers?: Timers;
  /** The clock (tests inject one); `new Date()` by default. */
  now?: () => Date;
  /** Randomness for retry jitter (tests inject one); `Math.random` by default. */
  random?: () => number;
  /**
   * Another client (from `createClient` or `createStatsClient`) whose cache, transport and in-flight
   * requests this one uses, so two clients of one source — e.g. a page's statistics-only client and its
   * full client — fetch `court.json` once. The other client's request options (timeouts, retries,
   * hooks, headers, cache sizes) then apply; this client's own ones of that kind are not used. Typed
   * {@link StatsClient}, which every {@link ZhixingClient} is.
   */
  shareWith?: StatsClient;
}

/** Per-call options: cancellation and deadline. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Ask the source even if the cached copy is still fresh (cheap: a conditional request). */
  revalidate?: boolean;
  /** Overrides {@link ClientOptions.deadlineMs} for this call (each request it makes). */
  deadlineMs?: number;
  /** Extra headers for this request only (e.g. a captcha token for one search). */
  headers?: Record<string, string>;
}

/** Per-call options of the methods that can be limited to one court of a multi-court feed. */
export interface CourtRequestOptions extends RequestOptions, CourtOption {}

// `ZhixingClient` is named, not linked: `@zhixing/sdk/stats` has no ZhixingClient for the API
// reference to link to, and this module may not import client.ts for TypeScript to resolve it.
/**
 * The court and its statistics, as both clients read them: what the statistics-only client offers,
 * and the first part of every full client (`ZhixingClient`, from `createClient`).
 */
export interface StatsClient {
  readonly source: SourceConfig;
  /**
   * The publishing court (`court.json`; a multi-court feed's also lists its `courts`). With `court`,
   * that court of the feed.
   */
  getCourt(options?: CourtRequestOptions): Promise<CourtType>;
  /**
   * The periods with statistics, newest first. With `court`, that court's periods. A multi-court feed
   * needs `court`: without it an {@link UnknownCourtError} (code `unknown-court`) lists the feed's courts.
   */
  getStatsIndex(options?: CourtRequestOptions): Promise<StatsIndexType>;
  /**
   * Statistics for one period; without an id, the newest period in the index. With `court`, that
   * court's statistics (checked to be its own).
   *
   * @example
   * ```ts
   * const taoyuan = await client.getStats(undefined, { court: '湘0725' }); // from a province feed
   * ```
   */
  getStats(periodId?: string, options?: CourtRequestOptions): Promise<StatsType>;
  /** Forget cached responses (all, or one group: 'court' | 'stats' | 'exposure' | 'search'). */
  clearCache(tag?: string): void;
}
