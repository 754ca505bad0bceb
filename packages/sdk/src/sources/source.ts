import type { DebtorRecord } from '../contract/index.js';
import type { Located, RecordIssue } from '../publication/screen.js';

/** `http` (an API) or `static` (a feed). */
export type SourceKind = 'http' | 'static';

/** Where a court's data comes from: its HTTP API, or plain files on any web server or CDN. */
export interface SourceConfig {
  kind: SourceKind;
  /** API base (`…/api/v1/`) or feed base (`…/feed/`). */
  baseUrl: string;
}

/**
 * A court's HTTP API as the client's source.
 *
 * @example
 * ```ts
 * const client = createClient({ source: httpSource('https://court.example/zhixing/api/v1/') });
 * ```
 */
export function httpSource(baseUrl: string): SourceConfig {
  return { kind: 'http', baseUrl };
}

/**
 * A static feed (plain JSON files on any web server, written by `zhixing-feed`) as the client's source.
 *
 * @example
 * ```ts
 * const client = createClient({ source: staticSource('https://court.example/zhixing/feed/') });
 * const { items } = await client.searchDebtors({ name: '刘建军', identifier: '430725199001011235' });
 * ```
 */
export function staticSource(baseUrl: string): SourceConfig {
  return { kind: 'static', baseUrl };
}

export interface LoadOptions<T> {
  /** Cache group: 'court', 'stats', 'exposure', 'search'. */
  tag: string;
  process: (body: unknown, url: string) => T;
  signal?: AbortSignal | undefined;
  headers?: Record<string, string> | undefined;
  allowNotFound?: boolean | undefined;
  /** Ask the source even if the cached copy is fresh (a conditional request: cheap when unchanged). */
  revalidate?: boolean | undefined;
  /** A content-addressed file: once loaded, kept without asking again (its name changes with its content). */
  immutable?: boolean | undefined;
  /** Overall limit for this request across its retries, in ms; default the client's `deadlineMs`. */
  deadlineMs?: number | undefined;
}

export interface Loaded<T> {
  /** Undefined only for an allowed 404. */
  value: T | undefined;
  notModified: boolean;
}

/** What a source adapter may use of the client: cached, deduplicated, validated loading. */
export interface Loader {
  load<T>(url: string, options: LoadOptions<T>): Promise<Loaded<T>>;
}

/** A debtor query after normalisation (invisible characters removed, identifier checked). */
export interface NormalizedQuery {
  name: string;
  /** Normalised, checksum-valid resident ID or credit code. */
  identifier?: string | undefined;
  page: number;
  pageSize: number;
  /** The court asked for (`court` option), normalised: an API is asked to answer for it alone. */
  court?: string | undefined;
  /** A multi-court feed's court asked for: the codes its records carry (current and former). */
  courtCodes?: readonly string[] | undefined;
}

export interface RawSearch {
  located: Located<DebtorRecord>[];
  issues: RecordIssue[];
  /** Matches before screening, across all pages (the API's count). */
  total: number;
  asOf: string | undefined;
  /** True when `located` holds every match, not just one page (static feed: paging is ours). */
  complete: boolean;
  /**
   * When `located` covers more than the requested page (a hot name's page files): how many of its
   * records come before the page. The client takes `pageSize` records from there.
   */
  skip?: number;
  /** Record ids the source lists as removed (a static feed's manifest): never shown. */
  removals?: readonly string[];
  /**
   * The source's own removal list is complete for lookups (a manifest that carries `removals`, even
   * empty): the exposure feed need not be read for its removals.
   */
  removalsComplete?: boolean;
  /** When the source produced this answer (manifest `generatedAt`), to refuse one older than seen. */
  generatedAt?: string;
}

export interface SourceAdapter {
  readonly kind: SourceKind;
  readonly baseUrl: string;
  courtUrl(): string;
  statsIndexUrl(): string;
  statsUrl(periodId: string): string;
  exposureUrl(): string;
  /** The paged exposure feed's index, where the source kind has one (a static feed may). */
  exposureIndexUrl(): string | undefined;
  search(query: NormalizedQuery, loader: Loader, context: { signal?: AbortSignal | undefined; headers?: Record<string, string> | undefined; deadlineMs?: number | undefined; now: Date }): Promise<RawSearch>;
}
