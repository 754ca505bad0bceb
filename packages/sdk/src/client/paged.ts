// Reading the paged exposure feed (contract: `ExposureIndex`): the index, revalidated on every poll
// like exposure.json; then only the list and the pages a board shows. Lists and pages are named after
// their content, so they are loaded once and kept (`immutable`): an unchanged page costs nothing on the
// next version. Entries are validated when a page arrives and screened on every read, on the reader's
// clock and with every removal the client has seen.
import type { Court, ExposureItem as ExposureItemType, ExposureListRef, ExposureSection, ExposureSort, Period, RemovalEntry } from '../contract/index.js';
import { ExposureCourtLists, ExposureIndex, ExposureItem, ExposureList, ExposurePage } from '../contract/validate.generated.js';
import { courtKey } from '../domain/courts.js';
import { parseEnvelope } from '../publication/envelope.js';
import { scrubDeep, screenForPublication, validateRecords, type Located, type RecordIssue } from '../publication/screen.js';
import { resolveUrl } from '../sources/layout.js';
import type { Loader } from '../sources/source.js';
import { ValidationError } from './errors.js';
import { argument } from './arguments.js';

/** The index of a paged exposure feed as the client read it (see `ExposureSnapshot.paged`). */
export interface PagedExposure {
  /** Where the index was read from; list and page paths are relative to it. */
  readonly indexUrl: string;
  readonly version: string;
  /**
   * The lists of this snapshot: province-wide, or with `court` that court's own — each section present,
   * in each order, with its totals.
   */
  readonly lists: readonly ExposureListRef[];
  /** Whether the index names per-court lists. */
  readonly hasCourts: boolean;
  /**
   * The court this snapshot was read for (`getExposure({ paged: true, court })`), as its current court
   * code: its lists are the ones {@link ExposureListQuery} reads unless it names another court.
   * Undefined: the whole feed (a single court's feed read with its own `court` included).
   */
  readonly court: string | undefined;
  /** @internal The feed's court.json (its courts resolve a code to the court's lists). */
  readonly feed: Court;
  /** What changed since the version published before (`since`), as the publisher counted it. */
  readonly changes: { since: string; added: number; removed: number; changed: number } | undefined;
  /** @internal */
  readonly listPath: string;
  /** @internal */
  readonly pagePath: string;
  /** @internal */
  readonly courtsPath: string | undefined;
}

/** Which list of the board: a section in one order, province-wide or for one court. */
export interface ExposureListQuery {
  section: ExposureSection;
  sort: ExposureSort;
  /**
   * A court code as in case numbers (`湘0725`; a former code of the court works too): that court's own
   * list. Absent: the list of the court the snapshot was read for, else the province-wide list.
   */
  court?: string | undefined;
}

/** One list of a paged feed: its pages in order, with their counts (for scrolling before they are read). */
export interface ExposureListView {
  readonly section: ExposureSection;
  readonly sort: ExposureSort;
  readonly court: string | undefined;
  /** Entries as published (screening on read may withhold a few). */
  readonly total: number;
  readonly pages: ReadonlyArray<{ readonly id: string; readonly count: number; readonly organizations: number }>;
  /** @internal the URL of each page, by index. */
  readonly pageUrl: (index: number) => string;
}

/** The entries of one page that may be shown now, in the list's order. */
export interface ExposurePageResult {
  items: ExposureItemType[];
  issues: RecordIssue[];
}

/** What the reader needs of its client. */
export interface PagedContext {
  loader: Loader;
  now: () => Date;
  /** Every removal the client has seen (remembered for its lifetime). */
  removed: ReadonlySet<string>;
  remember(ids: Iterable<string>): void;
  /** Removals arrived: cached lookups must not keep showing someone just removed. */
  onRemovals(): void;
  report(issues: RecordIssue[], url: string): void;
  /** Told of every list, court list and page as the source sent it (what a kept copy is made of). */
  onRaw?(kind: PagedFileKind, url: string, body: unknown): void;
}

/** A file of a paged feed other than its index: a list, the court lists, a page. */
export type PagedFileKind = 'list' | 'courts' | 'page';

/** A page as kept in the cache: its entries validated once, screened on every read. */
interface ProcessedPage {
  located: Located<ExposureItemType>[];
  issues: RecordIssue[];
}

/** Request options the reader passes on to the loader. */
export interface PagedRequest {
  signal?: AbortSignal | undefined;
  headers?: Record<string, string> | undefined;
  deadlineMs?: number | undefined;
}

/** The index as processed: the envelope shown with the board, and the paged view. */
export interface ProcessedIndex {
  court: Court;
  period: Period | undefined;
  generatedAt: string;
  removals: RemovalEntry[];
  paged: PagedExposure;
}

/** Parses the index (validated and scrubbed) and remembers its removals. */
export function processIndex(body: unknown, url: string, context: Pick<PagedContext, 'remember' | 'onRemovals'>): ProcessedIndex {
  const index = scrubDeep(parseEnvelope(ExposureIndex, body, url));
  context.remember((index.removals ?? []).map((r) => r.id));
  if (index.removals?.length) context.onRemovals();
  return {
    court: index.court,
    period: index.period,
    generatedAt: index.generatedAt,
    removals: index.removals ?? [],
    paged: {
      indexUrl: url,
      version: index.version,
      lists: index.lists,
      hasCourts: index.courts !== undefined,
      court: undefined,
      feed: index.court,
      changes: index.changes,
      listPath: index.listPath,
      pagePath: index.pagePath,
      courtsPath: index.courts,
    },
  };
}

/** Stands for a page id while the page path is resolved (letters and digits: URL resolution keeps it). */
const PAGE_SLOT = 'zx0page0slot0zx';

/** Reads lists and pages of a paged feed through the client's loader. */
export function createPagedReader(context: PagedContext) {
  const immutable = (request: PagedRequest) => ({ tag: 'exposure', immutable: true, signal: request.signal, headers: request.headers, deadlineMs: request.deadlineMs });
  // How each kind of file is checked when it arrives (and when a kept copy is put back).
  const processors = {
    courts: (body: unknown, from: string) => scrubDeep(parseEnvelope(ExposureCourtLists, body, from)),
    list: (body: unknown, from: string) => scrubDeep(parseEnvelope(ExposureList, body, from)),
    page: (body: unknown, from: string): ProcessedPage => {
      const page = parseEnvelope(ExposurePage, body, from);
      const validated = validateRecords(page.items, ExposureItem, 'items', context.now());
      // A record the page itself marks removed is never shown anywhere again.
      context.remember(validated.records.filter(({ record }) => record.removal).map(({ record }) => record.id));
      return { located: validated.records, issues: validated.issues };
    },
  };
  const raw = <T>(kind: PagedFileKind, process: (body: unknown, from: string) => T) => (body: unknown, from: string): T => {
    const value = process(body, from);
    context.onRaw?.(kind, from, body);
    return value;
  };

  /** The courts file's lists of one court (by its current code), or undefined when the index has none for it. */
  async function courtLists(paged: PagedExposure, key: string, request: PagedRequest): Promise<ExposureListRef[] | undefined> {
    if (!paged.courtsPath) return undefined;
    const courtsUrl = resolveUrl(paged.indexUrl.replace(/[^/]*$/, ''), paged.courtsPath);
    const { value } = await context.loader.load(courtsUrl, { ...immutable(request), process: raw('courts', processors.courts) });
    return value?.courts.find((c) => courtKey(paged.feed, c.court) === key)?.lists;
  }

  /**
   * The lists a query reads from, and the court their list files must name. A single-court feed's
   * province-wide lists are its court's, where the index has no list of its own for it.
   */
  async function scopeOf(paged: PagedExposure, court: string | undefined, request: PagedRequest): Promise<{ refs: readonly ExposureListRef[]; court: string | undefined }> {
    if (court === undefined) return { refs: paged.lists, court: undefined };
    const key = courtKey(paged.feed, court);
    const own = await courtLists(paged, key, request);
    if (own) return { refs: own, court: key };
    const single = !paged.feed.courts && courtKey(paged.feed, paged.feed.courtCode ?? '') === key;
    return single ? { refs: paged.lists, court: undefined } : { refs: [], court: key };
  }

  return {
    /** The list of `query` in this version of the feed, or undefined when it has none (no such entries). */
    async list(paged: PagedExposure, query: ExposureListQuery, request: PagedRequest = {}): Promise<ExposureListView | undefined> {
      const scope = await scopeOf(paged, query.court ?? paged.court, request);
      const ref = scope.refs.find((r) => r.section === query.section && r.sort === query.sort);
      if (!ref) return undefined;
      const dir = paged.indexUrl.replace(/[^/]*$/, '');
      const listUrl = resolveUrl(dir, paged.listPath.replace('{list}', ref.list));
      const { value } = await context.loader.load(listUrl, {
        ...immutable(request),
        process: raw('list', (body, from) => {
          const list = processors.list(body, from);
          if (list.section !== ref.section || list.sort !== ref.sort || (list.court === undefined ? undefined : courtKey(paged.feed, list.court)) !== scope.court) {
            throw new ValidationError(from, [{ path: 'section', message: `list ${list.section}/${list.sort}${list.court ? `/${list.court}` : ''} is not the ${ref.section}/${ref.sort} list the index names` }]);
          }
          return list;
        }),
      });
      if (!value) throw new ValidationError(listUrl, [{ path: '', message: 'a list the index names is missing' }]);
      const total = value.pages.reduce((n, p) => n + p.count, 0);
      // The path resolved once: a board asks for every page's URL (thousands at 100k) and resolving
      // each took ~10 ms per refresh. Content ids are [0-9a-z], so putting one in needs no escaping.
      const template = resolveUrl(dir, paged.pagePath.replace('{page}', PAGE_SLOT));
      const urls: string[] = [];
      return {
        section: value.section,
        sort: value.sort,
        court: value.court,
        total,
        pages: value.pages,
        pageUrl: (i) => (urls[i] ??= template.replace(PAGE_SLOT, value.pages[i]!.id)),
      };
    },

    /** The lists of the snapshot's court (`paged.court`), or the province-wide ones. */
    async lists(paged: PagedExposure, request: PagedRequest = {}): Promise<readonly ExposureListRef[]> {
      return (await scopeOf(paged, paged.court, request)).refs;
    },

    /** Page `index` of a list: its entries that may be shown now (validated once, screened on every read). */
    async page(list: ExposureListView, index: number, request: PagedRequest = {}): Promise<ExposurePageResult> {
      // The caller's mistake, like any other wrong argument (`invalid-argument`).
      argument(Number.isInteger(index) && index >= 0 && index < list.pages.length, 'index', `a page of the list (0–${list.pages.length - 1})`, index);
      const url = list.pageUrl(index);
      const { value, notModified } = await context.loader.load<ProcessedPage>(url, { ...immutable(request), process: raw('page', processors.page) });
      if (!value) throw new ValidationError(url, [{ path: '', message: 'a page the list names is missing' }]);
      const screened = screenForPublication(value.located, context.now(), context.removed);
      const issues = [...value.issues, ...screened.issues];
      if (!notModified) context.report(issues, url);
      return { items: screened.records, issues };
    },

    /** A file kept from an earlier run, checked as if it had just arrived: what `put` stores under its URL. */
    restore(kind: PagedFileKind, url: string, body: unknown): unknown {
      return processors[kind](body, url);
    },
  };
}
