import type { Court as CourtType, DebtorRecord, EnforcementStats as StatsType, ExposureItem as ExposureItemType, Period, StatsIndex as StatsIndexType } from '../contract/index.js';
import { ExposureFeed } from '../contract/validate.generated.js';
import { ExposureItem } from '../contract/validate.generated.js';
import { maskIdentifier, validateIdentifier } from '../domain/identifiers.js';
import { todayInChina } from '../domain/dates.js';
import { parseEnvelope } from '../publication/envelope.js';
import { IncrementalValidator, screenForPublication, scrubDeep, type Located, type RecordIssue } from '../publication/screen.js';
import { createHttpAdapter } from '../sources/http.js';
import type { Loaded, Loader, SourceAdapter, SourceConfig } from '../sources/source.js';
import type { ShardManifest as ShardManifestType } from '../contract/index.js';
import { createStaticAdapter } from '../sources/static.js';
import { AbortError, ArgumentError } from './errors.js';
import { argument, clientOptions, duration, object, requestOptions, wholeNumber } from './arguments.js';
import { subscribeExposure, type ExposureSubscription, type Persistence, type WatchOptions } from './live.js';
import { ResponseCache } from './cache.js';
import { createLoader } from './loader.js';
import { DEFAULT_STORAGE_MAX_LENGTH, exposureStore } from './persist.js';
import { realTimers, type DEFAULT_DEADLINE_MS, type DEFAULT_TIMEOUT_MS, type Revalidation, type RetryPolicy, type Timers } from './transport.js';
import type { ClientHooks } from './hooks.js';
import { createClientCore, statsReaders } from './stats-client.js';

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

/** A debtor search: a name and, for a person, the resident ID or, for an organisation, the credit code. */
export interface DebtorQuery {
  /** 被执行人姓名/名称: required. */
  name: string;
  /** Optional 18-character resident ID or unified social credit code (spaces, dashes, full-width digits allowed). */
  identifier?: string;
  /** 1-based: a whole number ≥ 1 (default 1); anything else, `'2'` included, is an {@link ArgumentError}. */
  page?: number;
  /** A whole number ≥ 1, at most 100 (a larger one is taken as 100); default 10 like the national site. */
  pageSize?: number;
}

/** The records a search may show, with the query as it may be displayed (identifier masked). */
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

/** The exposure board's entries at one moment, screened for publication. */
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
  /**
   * True when this is the copy kept by {@link WatchOptions.storage}, shown because the source could
   * not be reached (e.g. after a reboot without network): screened now, and `checkedAt` is when the
   * source last confirmed it.
   */
  stored?: boolean;
}

/**
 * Every page of a search, as returned by {@link ZhixingClient.searchAll}: iterate it for pages, or
 * {@link SearchPages.records} for records.
 */
export interface SearchPages extends AsyncIterable<SearchResult> {
  /** Every record of every page, each once (a record that moved to a later page between requests is not repeated). */
  records(): AsyncIterable<DebtorRecord>;
}

/** Options of {@link ZhixingClient.searchAll}. */
export interface SearchAllOptions extends RequestOptions {
  /** Stop after this many pages. Default 100 (10,000 records at the largest page size). */
  maxPages?: number;
}

/** A client of one court's data; every answer is validated and screened for publication. */
export interface ZhixingClient {
  readonly source: SourceConfig;
  /** The court's identity and contact details. */
  getCourt(options?: RequestOptions): Promise<CourtType>;
  /** The periods with statistics, newest first. */
  getStatsIndex(options?: RequestOptions): Promise<StatsIndexType>;
  /** Statistics for one period; without an id, the newest period in the index. */
  getStats(periodId?: string, options?: RequestOptions): Promise<StatsType>;
  /** Searches the records of a person or organisation by name and identifier (both required: 法释〔2017〕7号). */
  searchDebtors(query: DebtorQuery, options?: RequestOptions): Promise<SearchResult>;
  /**
   * Every page of a search, one request per page as it is read (default page size 100, the largest
   * allowed), until the matches are exhausted, an empty page comes, or `maxPages` is reached. Abort
   * with `signal`; leaving a `for await` loop early makes no further request.
   *
   * @example
   * ```ts
   * for await (const record of client.searchAll({ name: '王伟' }).records()) console.log(record.caseNumber);
   * for await (const page of client.searchAll({ name: '王伟', pageSize: 50 }, { signal })) render(page.items);
   * ```
   */
  searchAll(query: Omit<DebtorQuery, 'page'>, options?: SearchAllOptions): SearchPages;
  /** The exposure list as it may be shown now. `revalidate` asks the source even within the cache TTL. */
  getExposure(options?: RequestOptions): Promise<ExposureSnapshot>;
  /** Polls the exposure feed with If-None-Match; see {@link WatchOptions}. */
  watchExposure(options: WatchOptions): ExposureSubscription;
  /** Forget cached responses (all, or one group: 'court' | 'stats' | 'exposure' | 'search'). */
  clearCache(tag?: string): void;
}

interface ExposureProcessed {
  feed: Extract<ReturnType<typeof ExposureFeed.safeParse>, { success: true }>['data'];
  located: Located<ExposureItemType>[];
  issues: RecordIssue[];
  /** Set when the source sent a feed older than this one: that feed was ignored. */
  ignored?: { version: string; generatedAt: string };
}

const isOlder = (a: string, b: string) => Date.parse(a) < Date.parse(b);

export { DEFAULT_MAX_RESPONSE_BYTES_BY_GROUP } from './limits.js';
import type { ResourceGroup } from './limits.js';
export type { ResourceGroup };

/**
 * Creates a client for one court's data from an HTTP API or a static feed, with validation, screening
 * for lawful publication, retries, caching and live updates.
 *
 * @example
 * ```ts
 * import { createClient, staticSource, closureRate, formatPercent } from '@zhixing/sdk';
 *
 * const client = createClient({ source: staticSource('https://court.example/zhixing/feed/') });
 * const stats = await client.getStats();
 * const rate = closureRate(stats.cases.closed, stats.cases.accepted, stats.rateRule);
 * console.log(rate ? formatPercent(rate.percent, 'zh-CN') : '—');
 * ```
 */
export function createClient(options: ClientOptions): ZhixingClient {
  clientOptions(options);
  const timers = options.timers ?? realTimers;
  const { cache, loader, now } = createClientCore(options);
  // Removals are remembered for as long as the client lives: a stale copy of a feed (a CDN edge
  // still serving the previous version) can never bring a removed entry back.
  const removed = new Set<string>();
  const remember = (ids: Iterable<string>) => {
    for (const id of ids) removed.add(id);
  };
  // Exposure records seen in the previous version are not validated again; a read whose day,
  // removals and data are unchanged (a 304) reuses the last screening: no work proportional to N.
  const exposureValidator = new IncrementalValidator(ExposureItem, 'items');
  let screenedMemo: { processed: ExposureProcessed; today: string; removedCount: number; records: ExposureItemType[]; issues: RecordIssue[] } | undefined;
  let newestExposure: ExposureProcessed | undefined;
  let newestManifest: ShardManifestType | undefined;
  const staleIssues: RecordIssue[] = [];
  const manifestGuard = (manifest: ShardManifestType, url: string): ShardManifestType => {
    remember((manifest.removals ?? []).map((r) => r.id));
    if (newestManifest && isOlder(manifest.generatedAt, newestManifest.generatedAt)) {
      staleIssues.push({ code: 'stale-feed', path: url, message: `ignored manifest ${manifest.version} (${manifest.generatedAt}), older than ${newestManifest.version}` });
      return newestManifest;
    }
    newestManifest = manifest;
    return manifest;
  };
  const adapter: SourceAdapter = options.source.kind === 'http' ? createHttpAdapter(options.source.baseUrl) : createStaticAdapter(options.source.baseUrl, { manifestGuard });

  function report(issues: RecordIssue[], url: string): void {
    if (!issues.length || !options.onIssues) return;
    try {
      options.onIssues(issues, { url });
    } catch (error) {
      // A host's logging callback must not turn a good answer into a failure.
      console.error('[zhixing] onIssues callback threw', error);
    }
  }

  /** The exposure feed as processed (validated, age-checked, scrubbed), guarded against going backwards. */
  async function loadExposure(request: RequestOptions & { allowNotFound?: boolean; via?: Loader }): Promise<Loaded<ExposureProcessed>> {
    const url = adapter.exposureUrl();
    return (request.via ?? loader).load<ExposureProcessed>(url, {
      tag: 'exposure',
      ...request,
      process: (body, from) => {
        const feed = parseEnvelope(ExposureFeed, body, from);
        // Every removal seen is kept, an ignored older feed's too (as a manifest's are).
        remember((feed.removals ?? []).map((r) => r.id));
        if (newestExposure && isOlder(feed.generatedAt, newestExposure.feed.generatedAt)) {
          return { ...newestExposure, ignored: { version: feed.version, generatedAt: feed.generatedAt } };
        }
        const validated = exposureValidator.validate(feed.items);
        remember(validated.records.filter(({ record }) => record.removal).map(({ record }) => record.id));
        if (feed.removals?.length) cache.clear('search'); // a lookup must not keep showing someone just removed
        const processed: ExposureProcessed = { feed: scrubDeep({ ...feed, items: [] }), located: validated.records, issues: validated.issues };
        newestExposure = processed;
        if (!restoring) for (const listener of acceptedFeeds) listener(body, feed.generatedAt);
        return processed;
      },
    });
  }

  // Subscriptions that keep the last good raw feed (WatchOptions.storage) are told of each new one.
  const acceptedFeeds = new Set<(body: unknown, generatedAt: string) => void>();
  let restoring = false;

  /** The stored feed, processed and screened as if it had just arrived (now, with every removal known). */
  async function restoreExposure(store: ReturnType<typeof exposureStore>): Promise<ExposureSnapshot | undefined> {
    const stored = await store.read();
    if (!stored) return undefined;
    const via = createLoader({
      transport: { get: async () => ({ status: 200, body: stored.feed, bytes: 0, headers: new Headers() }) },
      cache: new ResponseCache(0, 0),
      ttlMs: 0,
      now,
      maxResponseBytes: () => Infinity,
    });
    restoring = true;
    try {
      const snapshot = await client.getExposure({ via } as RequestOptions);
      return { ...snapshot, checkedAt: stored.checkedAt, notModified: false, stored: true };
    } catch (error) {
      console.warn('[zhixing] the stored exposure feed was refused', error);
      return undefined;
    } finally {
      restoring = false;
    }
  }

  const client: ZhixingClient = {
    source: options.source,

    ...statsReaders(loader, options.source),

    async searchDebtors(query, request = {}) {
      argument(!!query && object(query, 'query'), 'query', 'an object', query);
      requestOptions(request);
      const name = typeof query.name === 'string' ? query.name.trim() : '';
      argument(!!name, 'name', 'a non-empty string', query.name);
      argument(query.identifier === undefined || typeof query.identifier === 'string', 'identifier', 'a string', query.identifier);
      let identifier: string | undefined;
      if (query.identifier?.trim()) {
        // Never echoed: it may be a person's full ID.
        const check = validateIdentifier(query.identifier);
        if (!check.ok || check.kind === 'masked-resident-id') throw new ArgumentError('identifier', `identifier must be a full resident ID or credit code (${check.ok ? 'masked' : check.problem})`);
        identifier = check.value;
      }
      const page = wholeNumber(query.page, 'page', 1, 1, 100_000);
      const pageSize = wholeNumber(query.pageSize, 'pageSize', 10, 1, 100);
      const at = now();
      const context = { signal: request.signal, headers: request.headers, deadlineMs: request.deadlineMs, now: at };
      const raw = await adapter.search({ name, identifier, page, pageSize }, loader, context);
      remember(raw.removals ?? []);
      if (!raw.removalsComplete) {
        // Removals listed only with the exposure board hide a record from lookups too (fail closed:
        // if that list cannot be read, neither is the lookup answered). A source without a board
        // (404) has none. A manifest that carries its own removal list spares this download.
        await loadExposure({ ...(request.signal ? { signal: request.signal } : {}), allowNotFound: true });
      }
      const located = raw.skip === undefined ? raw.located : raw.located.slice(raw.skip, raw.skip + pageSize);
      const screened = screenForPublication(located, at, removed);
      const issues = [...staleIssues.splice(0), ...raw.issues, ...screened.issues];
      report(issues, adapter.baseUrl);
      // Newest publication first, as the national site lists them.
      const sorted = screened.records.sort((a, b) => (a.publishedOn < b.publishedOn ? 1 : a.publishedOn > b.publishedOn ? -1 : 0));
      const items = raw.complete ? sorted.slice((page - 1) * pageSize, page * pageSize) : sorted;
      // A source's own count includes what was dropped here; for pages not fetched it is an estimate.
      const dropped = located.length - screened.records.length + raw.issues.filter((issue) => issue.code !== 'id-masked' && issue.code !== 'name-cleaned').length;
      const total = raw.complete ? sorted.length : Math.max(items.length, raw.total - dropped);
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
      requestOptions(request);
      const url = adapter.exposureUrl();
      const { value, notModified } = await loadExposure(request);
      const processed = value!;
      const at = now();
      // Every read is screened for its day (entries expire at midnight China time), once per day.
      const today = todayInChina(at);
      if (!screenedMemo || screenedMemo.processed !== processed || screenedMemo.today !== today || screenedMemo.removedCount !== removed.size) {
        const screened = screenForPublication(processed.located, at, removed);
        screenedMemo = { processed, today, removedCount: removed.size, records: screened.records, issues: [...processed.issues, ...screened.issues] };
      }
      const issues = [...screenedMemo.issues];
      if (processed.ignored) {
        issues.unshift({ code: 'stale-feed', path: url, message: `ignored feed ${processed.ignored.version} (${processed.ignored.generatedAt}), older than ${processed.feed.version}` });
      }
      if (!notModified) report(issues, url);
      return {
        court: processed.feed.court,
        period: processed.feed.period,
        version: processed.feed.version,
        generatedAt: processed.feed.generatedAt,
        // The same array as long as nothing shown changed: callers can compare by identity.
        items: screenedMemo.records,
        issues,
        checkedAt: at.toISOString(),
        // An ignored (older) feed changes nothing a viewer sees.
        notModified: notModified || processed.ignored !== undefined,
      };
    },

    searchAll(query, request = {}) {
      argument(!!query && object(query, 'query'), 'query', 'an object', query);
      requestOptions(request);
      const maxPages = wholeNumber(request.maxPages, 'maxPages', 100, 1, 100_000);
      async function* pages(): AsyncGenerator<SearchResult> {
        for (let page = 1; page <= maxPages; page++) {
          if (request.signal?.aborted) throw new AbortError(undefined, request.signal.reason);
          const result = await client.searchDebtors({ ...query, pageSize: query.pageSize ?? 100, page }, request);
          yield result;
          if (result.items.length === 0 || page * result.pageSize >= result.total) return;
        }
      }
      return {
        [Symbol.asyncIterator]: () => pages(),
        async *records() {
          const seen = new Set<string>();
          for await (const page of pages()) {
            for (const record of page.items) {
              if (seen.has(record.id)) continue;
              seen.add(record.id);
              yield record;
            }
          }
        },
      };
    },

    watchExposure(watch) {
      argument(typeof watch?.onUpdate === 'function', 'onUpdate', 'a function', watch?.onUpdate);
      duration(watch.intervalMs, 'intervalMs', false);
      duration(watch.maxBackoffMs, 'maxBackoffMs', false);
      let persistence: Persistence | undefined;
      if (watch.storage) {
        const store = exposureStore(watch.storage, `zhixing:exposure:v1:${adapter.exposureUrl()}`, watch.storageMaxLength ?? DEFAULT_STORAGE_MAX_LENGTH);
        const listener = (body: unknown, generatedAt: string) => void store.save(body, generatedAt, now().toISOString());
        persistence = {
          restore: () => restoreExposure(store),
          confirm: (snapshot) => void store.confirm(snapshot.generatedAt, snapshot.checkedAt),
          start: () => acceptedFeeds.add(listener),
          stop: () => acceptedFeeds.delete(listener),
        };
      }
      return subscribeExposure(client, watch, { timers, random: options.random ?? Math.random, now }, persistence);
    },

    clearCache(tag) {
      cache.clear(tag);
    },
  };
  return client;
}

