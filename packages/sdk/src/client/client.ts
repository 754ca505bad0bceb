import type { DebtorRecord, EnforcementStats as StatsType, ExposureItem as ExposureItemType } from '../contract/index.js';
import { ExposureFeed } from '../contract/validate.generated.js';
import { ExposureItem } from '../contract/validate.generated.js';
import { maskIdentifier, validateIdentifier } from '../domain/identifiers.js';
import { todayInChina } from '../domain/dates.js';
import { parseEnvelope } from '../publication/envelope.js';
import { screenForPublication, scrubDeep, validateRecords, type Located, type RecordIssue } from '../publication/screen.js';
import { createHttpAdapter } from '../sources/http.js';
import type { Loaded, Loader, SourceAdapter } from '../sources/source.js';
import type { ShardManifest as ShardManifestType } from '../contract/index.js';
import { createStaticAdapter } from '../sources/static.js';
import { AbortError, ArgumentError, ValidationError } from './errors.js';
import { courtAsked, courtScope, type CourtOption } from './courts.js';
import { inScope } from '../domain/record-court.js';
import { courtKey } from '../domain/courts.js';
import { argument, clientOptions, duration, object, requestOptions, wholeNumber } from './arguments.js';
import { subscribeExposure, type ExposureSubscription, type Persistence, type WatchOptions } from './live.js';
import { ResponseCache } from './cache.js';
import { createLoader } from './loader.js';
import { DEFAULT_STORAGE_MAX_LENGTH, exposureStore } from './persist.js';
import { realTimers } from './transport.js';
import type { ClientOptions, CourtRequestOptions, RequestOptions, StatsClient } from './options.js';
import type { ExposureRequest, ExposureSnapshot } from './snapshot.js';
import { createClientCore, shareCore, statsReaders } from './stats-client.js';
import { createPagedReader, processIndex, type ExposureListQuery, type ExposureListView, type ExposurePageResult, type PagedExposure, type PagedFileKind, type ProcessedIndex } from './paged.js';

export type { ExposureListQuery, ExposureListView, ExposurePageResult, PagedExposure } from './paged.js';
// Declared below this file (the statistics client and live updates need them too), exported from
// here as before: client.ts is where the full client's API is read.
export type { ClientOptions, CourtRequestOptions, RequestOptions } from './options.js';
export type { ExposureRequest, ExposureSnapshot } from './snapshot.js';

/** A debtor search: a name and, for a person, the resident ID or, for an organisation, the credit code. */
export interface DebtorQuery extends CourtOption {
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

/**
 * A client of one court's data; every answer is validated and screened for publication. The court and
 * statistics methods are those of {@link StatsClient}.
 */
export interface ZhixingClient extends StatsClient {
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
  /**
   * The exposure list as it may be shown now. `revalidate` asks the source even within the cache TTL;
   * `paged` reads only the paged feed's index where there is one (see {@link ExposureRequest.paged}).
   * With `court`, only that court's entries, and `court` of the snapshot is that court (its name and
   * tip-off phone); without it, every entry (each names its court: `courtName`, `courtCode`).
   */
  getExposure(options?: ExposureRequest): Promise<ExposureSnapshot>;
  /**
   * One list of a paged feed (a section in one order, province-wide or one court's), with the counts of
   * its pages; undefined when this version has no such entries. Lists and pages are content-addressed:
   * each is downloaded once. A snapshot read with `court` gives that court's lists unless `query.court`
   * names another.
   *
   * @example
   * ```ts
   * const { paged } = await client.getExposure({ paged: true });
   * const list = paged && (await client.getExposureList(paged, { section: 'dishonest', sort: 'published' }));
   * const first = list && (await client.getExposurePage(list, 0)); // the newest ~64 entries
   * ```
   */
  getExposureList(paged: PagedExposure, query: ExposureListQuery, options?: RequestOptions): Promise<ExposureListView | undefined>;
  /** The entries of page `index` of a list that may be shown now (screened on this call's clock, removals honoured). */
  getExposurePage(list: ExposureListView, index: number, options?: RequestOptions): Promise<ExposurePageResult>;
  /** Polls the exposure feed with If-None-Match; see {@link WatchOptions}. */
  watchExposure(options: WatchOptions): ExposureSubscription;
}

interface ExposureProcessed {
  /** exposure.json only points to the paged feed (`ExposureMoved`): nothing else is set. */
  moved?: true;
  feed: Extract<ReturnType<typeof ExposureFeed.safeParse>, { success: true }>['data'];
  located: Located<ExposureItemType>[];
  issues: RecordIssue[];
  /** Set when the source sent a feed older than this one: that feed was ignored. */
  ignored?: { version: string; generatedAt: string };
}

const isOlder = (a: string, b: string) => Date.parse(a) < Date.parse(b);

/** The `items` of a paged snapshot: always this one empty array. */
const NO_ITEMS: ExposureItemType[] = [];

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
  const core = createClientCore(options);
  const { cache, loader, now } = core;
  // Removals are remembered for as long as the client lives: a stale copy of a feed (a CDN edge
  // still serving the previous version) can never bring a removed entry back.
  const removed = new Set<string>();
  const remember = (ids: Iterable<string>) => {
    for (const id of ids) removed.add(id);
  };
  // A read whose day, removals and data are unchanged (a 304) reuses the last screening: no work
  // proportional to N. A new version is validated whole: validating a record now costs less than
  // fingerprinting it to find it in the previous version (IncrementalValidator, no longer used here).
  let screenedMemo: { processed: ExposureProcessed; today: string; removedCount: number; records: ExposureItemType[]; issues: RecordIssue[] } | undefined;
  let newestExposure: ExposureProcessed | undefined;
  let newestIndex: (ProcessedIndex & { ignored?: { version: string; generatedAt: string } }) | undefined;
  /** Whether the source has a paged feed: unknown until asked, then remembered (re-checked when exposure.json says it moved). */
  let pagedPresent: boolean | undefined;
  // One court's entries of a screening, kept while it is the same: the same array as long as nothing shown changed.
  const byCourt = new WeakMap<ExposureItemType[], Map<string, ExposureItemType[]>>();
  const courtItems = (records: ExposureItemType[], codes: readonly string[]): ExposureItemType[] => {
    let memo = byCourt.get(records);
    if (!memo) byCourt.set(records, (memo = new Map()));
    let items = memo.get(codes[0]!);
    if (!items) memo.set(codes[0]!, (items = records.filter((record) => inScope(record, codes))));
    return items;
  };
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

  // Subscriptions that keep the paged feed (WatchOptions.storage) are told of each index and file.
  const pagedListeners = new Set<(kind: 'index' | PagedFileKind, url: string, body: unknown, generatedAt?: string) => void>();
  const pagedReader = createPagedReader({
    loader,
    now,
    removed,
    remember,
    onRemovals: () => cache.clear('search'),
    report,
    onRaw: (kind, url, body) => {
      for (const listener of pagedListeners) listener(kind, url, body);
    },
  });

  /** The paged feed's index as processed, guarded against going backwards; undefined when the source has none (404). */
  async function loadIndex(request: RequestOptions): Promise<Loaded<ProcessedIndex & { ignored?: { version: string; generatedAt: string } }> | undefined> {
    const url = adapter.exposureIndexUrl();
    if (url === undefined || pagedPresent === false) return undefined;
    const loaded = await loader.load(url, {
      tag: 'exposure',
      ...request,
      allowNotFound: true,
      process: (body, from) => {
        const processed = processIndex(body, from, { remember, onRemovals: () => cache.clear('search') });
        if (newestIndex && isOlder(processed.generatedAt, newestIndex.generatedAt)) {
          return { ...newestIndex, ignored: { version: processed.paged.version, generatedAt: processed.generatedAt } };
        }
        newestIndex = processed;
        for (const listener of pagedListeners) listener('index', from, body, processed.generatedAt);
        return processed;
      },
    });
    pagedPresent = loaded.value !== undefined;
    return loaded.value ? loaded : undefined;
  }

  // The index read for one court: its `lists` are that court's (from the courts file, one small
  // content-addressed file), and it is one object per index and court, so a subscription sees it
  // unchanged while the index is.
  const scopedIndexes = new WeakMap<PagedExposure, Map<string, Promise<PagedExposure>>>();
  const scopedIndex = (paged: PagedExposure, court: string, request: RequestOptions): Promise<PagedExposure> => {
    const memo = scopedIndexes.get(paged) ?? new Map<string, Promise<PagedExposure>>();
    scopedIndexes.set(paged, memo);
    let scoped = memo.get(court);
    if (!scoped) {
      const key = court;
      scoped = pagedReader.lists({ ...paged, court: key }, request).then((lists) => ({ ...paged, court: key, lists }));
      // A failed read (the courts file out of reach) is tried again next time.
      scoped.catch(() => memo.delete(key));
      memo.set(court, scoped);
    }
    return scoped;
  };

  /** A snapshot of the paged feed: the index only; with `court`, that court and its lists (throws for a court the feed has not). */
  async function pagedSnapshot(index: ProcessedIndex & { ignored?: { version: string; generatedAt: string } }, notModified: boolean, url: string, court: string | undefined, request: RequestOptions = {}): Promise<ExposureSnapshot> {
    const code = courtAsked(court);
    const scope = code === undefined ? undefined : courtScope(index.court, code, url);
    // A single court's feed is all that court's (as a whole read has it): its lists stay the feed's.
    const paged = scope?.codes ? await scopedIndex(index.paged, courtKey(index.court, code!), request) : index.paged;
    const issues: RecordIssue[] = [...staleIssues.splice(0)];
    if (index.ignored) issues.push({ code: 'stale-feed', path: url, message: `ignored index ${index.ignored.version} (${index.ignored.generatedAt}), older than ${index.paged.version}` });
    if (!notModified) report(issues, url);
    return {
      court: scope?.court ?? index.court,
      period: index.period,
      version: index.paged.version,
      generatedAt: index.generatedAt,
      items: NO_ITEMS,
      issues,
      checkedAt: now().toISOString(),
      notModified: notModified || index.ignored !== undefined,
      paged,
    };
  }

  /** Every entry of a paged feed (its province-wide lists, or its court's, in publication order): what a reader of the whole list gets. */
  let wholeMemo: { paged: PagedExposure; today: string; removedCount: number; items: ExposureItemType[]; issues: RecordIssue[] } | undefined;
  async function wholeFromPages(snapshot: ExposureSnapshot, request: RequestOptions): Promise<ExposureSnapshot> {
    const paged = snapshot.paged!;
    const today = todayInChina(now());
    if (!wholeMemo || wholeMemo.paged !== paged || wholeMemo.today !== today || wholeMemo.removedCount !== removed.size) {
      const items: ExposureItemType[] = [];
      const issues: RecordIssue[] = [];
      for (const ref of await pagedReader.lists(paged, request)) {
        if (ref.sort !== 'published') continue;
        const list = await pagedReader.list(paged, { section: ref.section, sort: ref.sort }, request);
        for (let i = 0; list && i < list.pages.length; i++) {
          const page = await pagedReader.page(list, i, request);
          items.push(...page.items);
          issues.push(...page.issues);
        }
      }
      wholeMemo = { paged, today, removedCount: removed.size, items, issues };
    }
    const { paged: _paged, ...rest } = snapshot;
    return { ...rest, items: wholeMemo.items, issues: [...snapshot.issues, ...wholeMemo.issues] };
  }

  /** The exposure feed as processed (validated, age-checked, scrubbed), guarded against going backwards. */
  async function loadExposure(request: RequestOptions & { allowNotFound?: boolean; via?: Loader }): Promise<Loaded<ExposureProcessed>> {
    const url = adapter.exposureUrl();
    return (request.via ?? loader).load<ExposureProcessed>(url, {
      tag: 'exposure',
      ...request,
      process: (body, from) => {
        if ((body as { format?: unknown } | null)?.format === 'zhixing-exposure/moved') return { moved: true } as ExposureProcessed;
        const feed = parseEnvelope(ExposureFeed, body, from);
        // Every removal seen is kept, an ignored older feed's too (as a manifest's are).
        remember((feed.removals ?? []).map((r) => r.id));
        if (newestExposure && isOlder(feed.generatedAt, newestExposure.feed.generatedAt)) {
          return { ...newestExposure, ignored: { version: feed.version, generatedAt: feed.generatedAt } };
        }
        const validated = validateRecords(feed.items, ExposureItem, 'items');
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

  /**
   * The kept paged feed: its index processed as if it had just arrived, and the lists and pages kept
   * with it put back into the cache (checked again), so the board shows them without the network.
   */
  async function restorePaged(store: ReturnType<typeof exposureStore>, court: string | undefined): Promise<ExposureSnapshot | undefined> {
    const stored = await store.read();
    const bundle = stored?.feed as { paged?: number; index?: unknown; files?: Record<string, { k: PagedFileKind; b: unknown }> } | undefined;
    const url = adapter.exposureIndexUrl();
    if (!stored || !bundle?.paged || !url) return undefined;
    try {
      const index = processIndex(bundle.index, url, { remember, onRemovals: () => cache.clear('search') });
      if (newestIndex && isOlder(index.generatedAt, newestIndex.generatedAt)) return undefined;
      newestIndex = index;
      for (const [fileUrl, file] of Object.entries(bundle.files ?? {})) {
        try {
          cache.set(fileUrl, { value: pagedReader.restore(file.k, fileUrl, file.b), validators: {}, freshUntil: Infinity, tag: 'exposure', bytes: 0 });
        } catch {
          // A kept file that no longer passes is simply not put back: its rows show as loading.
        }
      }
      return { ...(await pagedSnapshot(index, false, url, court)), checkedAt: stored.checkedAt, screenedAt: now().toISOString(), stored: true };
    } catch (error) {
      console.warn('[zhixing] the stored exposure index was refused', error);
      return undefined;
    }
  }

  /** The stored feed, processed and screened as if it had just arrived (now, with every removal known). */
  async function restoreExposure(store: ReturnType<typeof exposureStore>, court: string | undefined): Promise<ExposureSnapshot | undefined> {
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
      const snapshot = await client.getExposure({ via, court } as CourtRequestOptions);
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
      const code = courtAsked(query.court);
      // One court of the feed: its codes (none to check when the feed is that court's alone).
      const codes = code === undefined ? undefined : courtScope(await client.getCourt(request), code, adapter.courtUrl()).codes;
      const at = now();
      const context = { signal: request.signal, headers: request.headers, deadlineMs: request.deadlineMs, now: at };
      const raw = await adapter.search({ name, identifier, page, pageSize, ...(code === undefined ? {} : { court: code }), ...(codes ? { courtCodes: codes } : {}) }, loader, context);
      remember(raw.removals ?? []);
      if (!raw.removalsComplete) {
        // Removals listed only with the exposure board hide a record from lookups too (fail closed:
        // if that list cannot be read, neither is the lookup answered). A source without a board
        // (404) has none. A manifest that carries its own removal list spares this download.
        await loadExposure({ ...(request.signal ? { signal: request.signal } : {}), allowNotFound: true });
      }
      const paged = raw.skip === undefined ? raw.located : raw.located.slice(raw.skip, raw.skip + pageSize);
      // Whatever the source answered, no other court's record is shown.
      const located = codes ? paged.filter(({ record }) => inScope(record, codes)) : paged;
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
      const { paged: wantPaged, ...options } = request as ExposureRequest;
      if (wantPaged && !(options as { via?: Loader }).via) {
        const index = await loadIndex(options);
        if (index) return pagedSnapshot(index.value!, index.notModified, adapter.exposureIndexUrl()!, options.court, options);
      }
      const url = adapter.exposureUrl();
      const { value, notModified } = await loadExposure(options);
      const processed = value!;
      if (processed.moved) {
        // exposure.json points to the paged feed: read that (whole, for a caller that asked for it whole).
        pagedPresent = undefined;
        const index = await loadIndex(options);
        if (!index) throw new ValidationError(url, [{ path: 'format', message: 'exposure.json points to a paged feed, but exposure/index.json is missing' }]);
        const snapshot = await pagedSnapshot(index.value!, index.notModified, adapter.exposureIndexUrl()!, options.court, options);
        return wantPaged ? snapshot : wholeFromPages(snapshot, options);
      }
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
      const code = courtAsked(request.court);
      const scope = code === undefined ? undefined : courtScope(processed.feed.court, code, url);
      return {
        court: scope?.court ?? processed.feed.court,
        period: processed.feed.period,
        version: processed.feed.version,
        generatedAt: processed.feed.generatedAt,
        // The same array as long as nothing shown changed: callers can compare by identity.
        items: scope?.codes ? courtItems(screenedMemo.records, scope.codes) : screenedMemo.records,
        issues,
        checkedAt: at.toISOString(),
        // An ignored (older) feed changes nothing a viewer sees.
        notModified: notModified || processed.ignored !== undefined,
      };
    },

    async getExposureList(paged, query, request = {}) {
      argument(!!paged && typeof paged.indexUrl === 'string', 'paged', "a snapshot's paged index", paged);
      argument(!!query && object(query, 'query'), 'query', 'an object', query);
      requestOptions(request);
      return pagedReader.list(paged, query, request);
    },

    async getExposurePage(list, index, request = {}) {
      argument(!!list && typeof list.pageUrl === 'function', 'list', 'a list from getExposureList', list);
      requestOptions(request);
      return pagedReader.page(list, index, request);
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
        const maxLength = watch.storageMaxLength ?? DEFAULT_STORAGE_MAX_LENGTH;
        const store = exposureStore(watch.storage, `zhixing:exposure:v1:${adapter.exposureUrl()}`, maxLength);
        const listener = (body: unknown, generatedAt: string) => void store.save(body, generatedAt, now().toISOString());
        // A paged feed: the index and the lists and pages read under it (the newest first, as many as fit).
        const indexUrl = watch.paged ? adapter.exposureIndexUrl() : undefined;
        const pagedStore = indexUrl ? exposureStore(watch.storage, `zhixing:exposure-paged:v1:${indexUrl}`, maxLength) : undefined;
        let bundle: { index: unknown; generatedAt: string; files: Map<string, { k: PagedFileKind; b: unknown; n: number }> } | undefined;
        let saving = false;
        const save = () => {
          if (saving || !bundle || !pagedStore) return;
          saving = true;
          queueMicrotask(() => {
            saving = false;
            if (!bundle) return;
            let room = maxLength - JSON.stringify(bundle.index).length - 64;
            const files: Record<string, { k: PagedFileKind; b: unknown }> = {};
            for (const [url, file] of [...bundle.files].reverse()) {
              if ((room -= file.n + url.length + 16) < 0) break;
              files[url] = { k: file.k, b: file.b };
            }
            void pagedStore.save({ paged: 1, index: bundle.index, files }, bundle.generatedAt, now().toISOString());
          });
        };
        const pagedListener = (kind: 'index' | PagedFileKind, url: string, body: unknown, generatedAt?: string) => {
          if (kind === 'index') bundle = { index: body, generatedAt: generatedAt!, files: bundle?.files ?? new Map() };
          else if (bundle) {
            bundle.files.delete(url);
            bundle.files.set(url, { k: kind, b: body, n: JSON.stringify(body).length });
            // Only the newest that can fit are kept in memory too.
            let total = 0;
            for (const [key, file] of [...bundle.files].reverse()) if ((total += file.n) > maxLength) bundle.files.delete(key);
          } else return;
          save();
        };
        persistence = {
          restore: async () => (pagedStore ? await restorePaged(pagedStore, watch.court) : undefined) ?? restoreExposure(store, watch.court),
          confirm: (snapshot) => void (snapshot.paged ? pagedStore?.confirm(snapshot.generatedAt, snapshot.checkedAt) : store.confirm(snapshot.generatedAt, snapshot.checkedAt)),
          start: () => {
            acceptedFeeds.add(listener);
            pagedListeners.add(pagedListener);
          },
          stop: () => {
            acceptedFeeds.delete(listener);
            pagedListeners.delete(pagedListener);
          },
        };
      }
      return subscribeExposure(client, watch, { timers, random: options.random ?? Math.random, now }, persistence);
    },

    clearCache(tag) {
      cache.clear(tag);
    },
  };
  return shareCore(client, core);
}

