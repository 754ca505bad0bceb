import type { Court as CourtType, DebtorRecord, EnforcementStats as StatsType, ExposureItem as ExposureItemType, Period, StatsIndex as StatsIndexType } from '../contract';
import { Court } from '../contract/court';
import { ExposureFeed } from '../contract/feeds';
import { ExposureItem } from '../contract/records';
import { EnforcementStats, StatsIndex } from '../contract/stats';
import { maskIdentifier, validateIdentifier } from '../domain/identifiers';
import { parseEnvelope } from '../publication/envelope';
import { screenForPublication, validateRecords, type Located, type RecordIssue } from '../publication/screen';
import { createHttpAdapter } from '../sources/http';
import type { LoadOptions, Loaded, Loader, SourceAdapter, SourceConfig } from '../sources/source';
import { createStaticAdapter } from '../sources/static';
import { ResponseCache } from './cache';
import { AbortError, ValidationError } from './errors';
import { subscribeExposure, type ExposureSubscription, type WatchOptions } from './live';
import { DEFAULT_RETRY, realTimers, Transport, type RetryPolicy, type Timers } from './transport';

export interface ClientOptions {
  source: SourceConfig;
  /** Defaults to the global fetch (browsers, Node ≥ 20). */
  fetch?: typeof globalThis.fetch;
  /** Per attempt. Default 10 s. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** How long a response is used without asking the source again. Default 60 s. */
  cacheTtlMs?: number;
  maxCacheEntries?: number;
  /**
   * Extra request headers, e.g. the source's anti-abuse token or captcha answer. Called before every
   * request, so a host page can hand out a fresh token each time.
   */
  headers?: (request: { url: string; purpose: string }) => Record<string, string> | Promise<Record<string, string>>;
  /** Told about every record that was rejected, withheld or masked (for logging / monitoring). */
  onIssues?: (issues: RecordIssue[], context: { url: string }) => void;
  /** For tests and soak runs: a fake clock. */
  timers?: Timers;
  now?: () => Date;
  random?: () => number;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Ask the source even if the cached copy is still fresh (cheap: If-None-Match). */
  revalidate?: boolean;
  /** Extra headers for this request only (e.g. a captcha token for one search). */
  headers?: Record<string, string>;
}

export interface DebtorQuery {
  /** 被执行人姓名/名称: required. */
  name: string;
  /** Optional 18-character resident ID or unified social credit code (spaces, dashes, full-width digits allowed). */
  identifier?: string;
  /** 1-based. */
  page?: number;
  /** At most 100; default 10 like the national site. */
  pageSize?: number;
}

export interface SearchResult {
  /** What was searched, as it may be shown: the identifier is masked. */
  query: { name: string; identifier?: string };
  items: DebtorRecord[];
  /** Matches that may be shown, across all pages. */
  total: number;
  page: number;
  pageSize: number;
  asOf: string | undefined;
  issues: RecordIssue[];
}

export interface StatsResult {
  stats: StatsType;
}

export interface ExposureSnapshot {
  court: CourtType;
  period: Period | undefined;
  version: string;
  generatedAt: string;
  items: ExposureItemType[];
  issues: RecordIssue[];
  /** When the source last confirmed this data (a 200 or a 304). */
  checkedAt: string;
  notModified: boolean;
}

export interface ZhixingClient {
  readonly source: SourceConfig;
  getCourt(options?: RequestOptions): Promise<CourtType>;
  getStatsIndex(options?: RequestOptions): Promise<StatsIndexType>;
  /** Statistics for one period; without an id, the newest period in the index. */
  getStats(periodId?: string, options?: RequestOptions): Promise<StatsType>;
  searchDebtors(query: DebtorQuery, options?: RequestOptions): Promise<SearchResult>;
  /** The exposure list as it may be shown now. `revalidate` asks the source even within the cache TTL. */
  getExposure(options?: RequestOptions): Promise<ExposureSnapshot>;
  /** Polls the exposure feed with If-None-Match; see {@link WatchOptions}. */
  watchExposure(options: WatchOptions): ExposureSubscription;
  /** Forget cached responses (all, or one group: 'court' | 'stats' | 'exposure' | 'search'). */
  clearCache(tag?: string): void;
}

interface ExposureProcessed {
  feed: ReturnType<typeof ExposureFeed.parse>;
  located: Located<ExposureItemType>[];
  issues: RecordIssue[];
}

export function createClient(options: ClientOptions): ZhixingClient {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timers = options.timers ?? realTimers;
  const now = options.now ?? (() => new Date());
  const ttl = options.cacheTtlMs ?? 60_000;
  const transport = new Transport({
    fetch: fetchImpl,
    timeoutMs: options.timeoutMs ?? 10_000,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    timers,
    random: options.random ?? Math.random,
    now: () => now().getTime(),
  });
  const cache = new ResponseCache(options.maxCacheEntries ?? 200);
  const inFlight = new Map<string, SharedRequest<Loaded<unknown>>>();
  const adapter: SourceAdapter = options.source.kind === 'http' ? createHttpAdapter(options.source.baseUrl) : createStaticAdapter(options.source.baseUrl);

  const loader: Loader = {
    async load<T>(url: string, load: LoadOptions<T>): Promise<Loaded<T>> {
      if (load.signal?.aborted) throw new AbortError(url, load.signal.reason);
      const cached = cache.get<T>(url);
      if (cached && !load.revalidate && now().getTime() < cached.freshUntil) return { value: cached.value, notModified: true };
      const headers = { ...(await options.headers?.({ url, purpose: load.tag })), ...load.headers };
      if (load.signal?.aborted) throw new AbortError(url, load.signal.reason);
      const key = `${url}\n${cached?.etag ?? ''}\n${JSON.stringify(headers)}`;
      let shared = inFlight.get(key) as SharedRequest<Loaded<T>> | undefined;
      if (!shared) {
        shared = new SharedRequest(async (signal) => {
          const result = await transport.get({ url, signal, etag: cached?.etag, headers, allowNotFound: load.allowNotFound });
          if (result.status === 404) return { value: undefined, notModified: false };
          const current = cache.get<T>(url);
          if (result.status === 304 && current) {
            current.freshUntil = now().getTime() + ttl;
            return { value: current.value, notModified: true };
          }
          if (result.status === 304) throw new ValidationError(url, [{ path: '', message: '304 Not Modified without a cached copy' }]);
          const value = load.process(result.body, url);
          cache.set(url, { value, etag: result.etag, freshUntil: now().getTime() + ttl, tag: load.tag });
          return { value, notModified: false };
        }, () => inFlight.delete(key));
        inFlight.set(key, shared as SharedRequest<Loaded<unknown>>);
      }
      return shared.join(load.signal);
    },
  };

  function report(issues: RecordIssue[], url: string): void {
    if (issues.length) options.onIssues?.(issues, { url });
  }

  const client: ZhixingClient = {
    source: options.source,

    async getCourt(request = {}) {
      const url = adapter.courtUrl();
      const { value } = await loader.load(url, { tag: 'court', ...request, process: (body, from) => parseEnvelope(Court, body, from) });
      return value!;
    },

    async getStatsIndex(request = {}) {
      const url = adapter.statsIndexUrl();
      const { value } = await loader.load(url, { tag: 'stats', ...request, process: (body, from) => parseEnvelope(StatsIndex, body, from) });
      return value!;
    },

    async getStats(periodId, request = {}) {
      const id = periodId ?? (await client.getStatsIndex(request)).periods[0]?.id;
      if (id === undefined) throw new ValidationError(adapter.statsIndexUrl(), [{ path: 'periods', message: 'the source lists no periods' }]);
      const url = adapter.statsUrl(id);
      const { value } = await loader.load(url, { tag: 'stats', ...request, process: (body, from) => parseEnvelope(EnforcementStats, body, from) });
      return value!;
    },

    async searchDebtors(query, request = {}) {
      const name = query.name?.trim() ?? '';
      if (!name) throw new ValidationError(undefined, [{ path: 'query.name', message: 'a name is required' }]);
      let identifier: string | undefined;
      if (query.identifier?.trim()) {
        const check = validateIdentifier(query.identifier);
        if (!check.ok || check.kind === 'masked-resident-id') {
          throw new ValidationError(undefined, [{ path: 'query.identifier', message: check.ok ? 'a masked ID cannot be searched' : `invalid identifier (${check.problem})` }]);
        }
        identifier = check.value;
      }
      const page = Math.max(1, Math.trunc(query.page ?? 1));
      const pageSize = Math.min(100, Math.max(1, Math.trunc(query.pageSize ?? 10)));
      const at = now();
      const raw = await adapter.search({ name, identifier, page, pageSize }, loader, { signal: request.signal, headers: request.headers, now: at });
      const screened = screenForPublication(raw.located, at);
      const issues = [...raw.issues, ...screened.issues];
      report(issues, adapter.baseUrl);
      // Newest publication first, as the national site lists them.
      const sorted = screened.records.sort((a, b) => (a.publishedOn < b.publishedOn ? 1 : a.publishedOn > b.publishedOn ? -1 : 0));
      const items = raw.complete ? sorted.slice((page - 1) * pageSize, page * pageSize) : sorted;
      const total = raw.complete ? sorted.length : Math.max(0, raw.total - screened.issues.length);
      return {
        query: { name, ...(identifier ? { identifier: maskIdentifier(identifier) } : {}) },
        items,
        total,
        page,
        pageSize,
        asOf: raw.asOf,
        issues,
      };
    },

    async getExposure(request = {}) {
      const url = adapter.exposureUrl();
      const { value, notModified } = await loader.load<ExposureProcessed>(url, {
        tag: 'exposure',
        ...request,
        process: (body, from) => {
          const feed = parseEnvelope(ExposureFeed, body, from);
          const validated = validateRecords(feed.items, ExposureItem, 'items', now());
          const issues = validated.issues;
          let records = validated.records;
          if (feed.removals?.length) {
            // Explicit removals win over a stale copy in `items`, and a lookup must not keep
            // showing someone the court has just removed.
            const removed = new Set(feed.removals.map((r) => r.id));
            for (const { record, path } of records) {
              if (removed.has(record.id)) issues.push({ code: 'removed', path, recordId: record.id, message: 'listed in removals' });
            }
            records = records.filter(({ record }) => !removed.has(record.id));
            cache.clear('search');
          }
          return { feed, located: records, issues };
        },
      });
      const processed = value!;
      const at = now();
      const screened = screenForPublication(processed.located, at); // every read: entries expire at midnight China time
      const issues = [...processed.issues, ...screened.issues];
      if (!notModified) report(issues, url);
      return {
        court: processed.feed.court,
        period: processed.feed.period,
        version: processed.feed.version,
        generatedAt: processed.feed.generatedAt,
        items: screened.records,
        issues,
        checkedAt: at.toISOString(),
        notModified,
      };
    },

    watchExposure(watch) {
      return subscribeExposure(client, watch, { timers, random: options.random ?? Math.random, now });
    },

    clearCache(tag) {
      cache.clear(tag);
    },
  };
  return client;
}

/**
 * One network request shared by every caller asking for the same thing at the same time. Each
 * caller may abort on its own; the request itself is aborted only when no caller is left.
 */
class SharedRequest<T> {
  private readonly controller = new AbortController();
  private readonly promise: Promise<T>;
  private waiting = 0;

  constructor(run: (signal: AbortSignal) => Promise<T>, onSettled: () => void) {
    this.promise = run(this.controller.signal);
    this.promise.then(onSettled, onSettled);
  }

  join(signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(new AbortError(undefined, signal.reason));
    this.waiting++;
    return new Promise<T>((resolve, reject) => {
      let left = false;
      const onAbort = () => {
        left = true;
        this.leave();
        reject(new AbortError(undefined, signal?.reason));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = () => {
        signal?.removeEventListener('abort', onAbort);
        if (!left) this.waiting--;
      };
      this.promise.then(
        (value) => (settle(), resolve(value)),
        (error: unknown) => (settle(), reject(error)),
      );
    });
  }

  private leave(): void {
    this.waiting--;
    if (this.waiting === 0) this.controller.abort();
  }
}
