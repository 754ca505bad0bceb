// The statistics-only client: the court, the statistics index and one period's statistics, with
// the same validation, scrubbing (every string, via scrubDeep), typed errors, timeouts, retries,
// size limits, caching and request sharing as the full client (client.ts), but none of the
// debtor search, exposure screening or live updates. A page that shows only figures (the gauge)
// downloads this instead of the whole client. Import it from `@zhixing/sdk/stats`.
import type { Court as CourtType, EnforcementStats as StatsType, StatsIndex as StatsIndexType } from '../contract/index.js';
import { Court, EnforcementStats, StatsIndex } from '../contract/validate-stats.generated.js';
import { parseEnvelope } from '../publication/envelope.js';
import { scrubDeep } from '../publication/scrub.js';
import { apiPaths, feedPaths, resolveUrl } from '../sources/layout.js';
import type { Loader, SourceConfig } from '../sources/source.js';
import { DEFAULT_MAX_CACHE_BYTES, ResponseCache } from './cache.js';
import { chain } from './hooks.js';
import type { ClientOptions, CourtRequestOptions, RequestOptions, StatsClient } from './options.js';
import { courtAsked, courtScope, type CourtScope } from './courts.js';
import { UnknownCourtError, ValidationError } from './errors.js';
import { courtsOf } from '../domain/courts.js';
import { argument, clientOptions, requestOptions } from './arguments.js';
import { DEFAULT_MAX_RESPONSE_BYTES_BY_GROUP } from './limits.js';
import { createLoader } from './loader.js';
import { DEFAULT_DEADLINE_MS, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS, defaultRevalidation, realTimers, Transport } from './transport.js';

// Declared in options.ts, below this file (ClientOptions.shareWith names it); `@zhixing/sdk/stats` exports it from here.
export type { StatsClient } from './options.js';

/** Options as for `createClient`; those about search, exposure and issues reporting have nothing to act on here. */
export type StatsClientOptions = ClientOptions;

/** What every client builds from its options: one transport, one cache, one loader. */
export interface ClientCore {
  transport: Transport;
  cache: ResponseCache;
  loader: Loader;
  now: () => Date;
}

// Each client's core, for `shareWith`: weakly held, so a client dropped by its page is collected.
const cores = new WeakMap<object, ClientCore>();

/** @internal Registers a new client's core so another client can share it. */
export function shareCore<C extends object>(client: C, core: ClientCore): C {
  cores.set(client, core);
  return client;
}

/** @internal Shared by `createClient` and `createStatsClient`, so both behave identically. */
export function createClientCore(options: Omit<ClientOptions, 'source'>): ClientCore {
  if (options.shareWith !== undefined) {
    const shared = typeof options.shareWith === 'object' && options.shareWith !== null ? cores.get(options.shareWith) : undefined;
    argument(shared !== undefined, 'shareWith', 'a client made by createClient or createStatsClient', options.shareWith);
    return shared!;
  }
  const now = options.now ?? (() => new Date());
  const revalidation = options.revalidation ?? defaultRevalidation();
  const transport = new Transport({
    revalidation,
    deadlineMs: options.deadlineMs ?? DEFAULT_DEADLINE_MS,
    beforeRequest: chain('beforeRequest', options.hooks?.beforeRequest),
    afterResponse: chain('afterResponse', options.hooks?.afterResponse),
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    timers: options.timers ?? realTimers,
    random: options.random ?? Math.random,
    now: () => now().getTime(),
  });
  const cache = new ResponseCache(options.maxCacheEntries ?? 200, options.maxCacheBytes ?? DEFAULT_MAX_CACHE_BYTES);
  const limits: Record<string, number> = { ...DEFAULT_MAX_RESPONSE_BYTES_BY_GROUP, ...options.maxResponseBytes };
  const loader = createLoader({
    transport,
    cache,
    ttlMs: options.cacheTtlMs ?? 60_000,
    now,
    maxResponseBytes: (tag) => limits[tag] ?? DEFAULT_MAX_RESPONSE_BYTES_BY_GROUP.search,
    headers: options.headers,
    // Without an HTTP cache (Node) the client may be serving many people: a shared cache.
    shared: revalidation === 'headers',
    beforeError: chain('beforeError', options.hooks?.beforeError),
  });
  return { transport, cache, loader, now };
}

/** @internal Court and statistics over a loader, every string scrubbed: shared by both clients. */
export function statsReaders(loader: Loader, source: SourceConfig): Pick<StatsClient, 'getCourt' | 'getStatsIndex' | 'getStats'> {
  const paths = source.kind === 'http' ? apiPaths : feedPaths;
  const url = (path: string) => resolveUrl(source.baseUrl, path);
  const loadCourt = async (request: RequestOptions): Promise<CourtType> =>
    (await loader.load(url(paths.court()), { tag: 'court', ...request, process: (body, from) => scrubDeep(parseEnvelope(Court, body, from)) })).value!;
  /** The feed's court and, when `court` is asked for, its scope (throws UnknownCourtError). */
  const scopeOf = async (request: CourtRequestOptions): Promise<{ feed: CourtType; scope: CourtScope } | undefined> => {
    const code = courtAsked(request.court);
    if (code === undefined) return undefined;
    const feed = await loadCourt(request);
    return { feed, scope: courtScope(feed, code, url(paths.court())) };
  };
  const readers: Pick<StatsClient, 'getCourt' | 'getStatsIndex' | 'getStats'> = {
    async getCourt(request: CourtRequestOptions = {}): Promise<CourtType> {
      requestOptions(request);
      return (await scopeOf(request))?.scope.court ?? loadCourt(request);
    },

    async getStatsIndex(request: CourtRequestOptions = {}): Promise<StatsIndexType> {
      requestOptions(request);
      return indexFor(request, scopeOf(request));
    },

    async getStats(periodId?: string, request: CourtRequestOptions = {}): Promise<StatsType> {
      argument(periodId === undefined || (typeof periodId === 'string' && periodId !== ''), 'periodId', 'a period id (a string)', periodId);
      requestOptions(request);
      const scoped = scopeOf(request);
      const id = periodId ?? (await indexFor(request, scoped)).periods[0]?.id;
      if (id === undefined) throw new ValidationError(url(paths.statsIndex()), [{ path: 'periods', message: 'the source lists no periods' }]);
      const asked = await scoped;
      const courtId = asked?.feed.courts ? asked.scope.court.id : undefined;
      const { value } = await loader.load(url(courtId ? paths.courtStats(courtId, id) : paths.stats(id)), {
        tag: 'stats',
        ...request,
        process: (body, from) => {
          const stats = scrubDeep(parseEnvelope(EnforcementStats, body, from));
          // Never another court's figures under this court's name.
          if (courtId && stats.courtId !== courtId) throw new ValidationError(from, [{ path: 'courtId', message: `statistics of ${stats.courtId}, not of ${courtId}` }]);
          return stats;
        },
      });
      return value!;
    },
  };
  /** The statistics index as seen by the request: the feed's, or the asked court's entry of a multi-court one. */
  async function indexFor(request: CourtRequestOptions, scoped: ReturnType<typeof scopeOf>): Promise<StatsIndexType> {
    const [{ value }, asked] = await Promise.all([loader.load(url(paths.statsIndex()), { tag: 'stats', ...request, process: (body, from) => scrubDeep(parseEnvelope(StatsIndex, body, from)) }), scoped]);
    const index = value!;
    if (!asked) {
      // A multi-court index without a court: no court's figures may pass for the feed's.
      if (index.courts && !index.periods.length) throw new UnknownCourtError('', courtsOf(await loadCourt(request)).flatMap((c) => (c.courtCode ? [c.courtCode] : [])), url(paths.statsIndex()));
      return index;
    }
    // A single-court feed's index is its court's; in a multi-court feed only the court's own entry counts.
    if (!asked.feed.courts) return index;
    const id = asked.scope.court.id;
    return { courtId: id, periods: index.courts?.find((entry) => entry.courtId === id)?.periods ?? [] };
  }
  return readers;
}

/**
 * Creates the statistics-only client (`@zhixing/sdk/stats`): court, statistics index and statistics, with the
 * full client's validation, errors, retries and caching, in fewer bytes.
 *
 * @example
 * ```ts
 * import { createStatsClient } from '@zhixing/sdk/stats';
 * import { staticSource } from '@zhixing/sdk';
 *
 * const stats = await createStatsClient({ source: staticSource('https://court.example/zhixing/feed/') }).getStats();
 * ```
 */
export function createStatsClient(options: StatsClientOptions): StatsClient {
  clientOptions(options);
  const core = createClientCore(options);
  const { cache, loader } = core;
  return shareCore(
    {
      source: options.source as SourceConfig,
      ...statsReaders(loader, options.source),
      clearCache(tag?: string) {
        cache.clear(tag);
      },
    },
    core,
  );
}
