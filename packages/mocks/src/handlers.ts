// msw handlers for the court's HTTP API (docs/openapi.yaml) and for a static feed. They run under
// `setupWorker` (browser) and `setupServer` (Node): only 'msw' itself is imported here.
import { http } from 'msw';
import type { RequestHandler } from 'msw';
import { apiPaths, courtCodes, courtsOf, findCourt, fnv1a32, maskResidentId, normalizeIdentifier, normalizeName, recordCourtCode, resolveUrl, todayInChina } from '@zhixing/sdk';
import type {
  Court,
  DebtorRecord,
  EnforcementStats,
  ExposureFeed,
  ExposureItem,
  Period,
  RemovalReason,
  RewardNotice,
  SearchResponse,
  StatsIndex,
} from '@zhixing/sdk';
import { createFaultPipeline, errorBody, etagMatches } from './faults.js';
import type { FaultPipeline, MockControls, MockRoute, Reply } from './faults.js';
import { nowInChina } from './static-feed.js';

/** What the API mock serves: `createFixtures()` fits, so does a hand-made set. */
export interface MockDataset {
  court: Court;
  statsIndex: StatsIndex;
  stats: readonly EnforcementStats[];
  /** Searchable through GET debtors. */
  debtors: readonly DebtorRecord[];
  exposure: { items: readonly ExposureItem[]; period?: Period; version?: string; generatedAt?: string };
  /** `asOf` of search answers and default `generatedAt` of the exposure feed. */
  asOf?: string;
  /** `YYYY-MM-DD` used as the removal date; default today in China. */
  today?: string;
  /** Record id → private full resident ID, for the `unmasked-ids` fault. */
  fullIdNumbers?: Readonly<Record<string, string>>;
}

export interface RemovalEntry {
  id: string;
  removedOn: string;
  reason?: RemovalReason;
}

type RecordPatch = Partial<DebtorRecord> | Partial<RewardNotice>;

export interface MockApi extends MockControls {
  handlers: RequestHandler[];
  /** The exposure feed's current version (its ETag is `"<version>"`). */
  readonly version: string;
  /** Removals since the data set was loaded, as sent in the exposure feed's `removals`. */
  readonly removals: readonly RemovalEntry[];
  /** Current searchable records and exposure items (after add/update/remove). */
  readonly debtors: readonly DebtorRecord[];
  readonly exposureItems: readonly ExposureItem[];
  /** Deletes the record everywhere, lists it in `removals`, bumps the version. False if unknown. */
  removeRecord(id: string, reason?: RemovalReason): boolean;
  /** Adds (or replaces, by id) a record: debtor records become searchable; dishonest, restricted and reward items are exposed. Bumps the version. */
  addRecord(item: DebtorRecord | RewardNotice): void;
  /** Shallow-merges `patch` into the record(s) with this id and bumps the version; a patch with `removal` also lists it in `removals`. False if unknown. */
  updateRecord(id: string, patch: RecordPatch): boolean;
  /** Clears faults and the log, restores the original data set and version. */
  reset(): void;
}

export interface MockApiOptions {
  /** API base, e.g. 'https://api.zhixing.test/v1/'. */
  baseUrl: string;
  dataset: MockDataset;
  /** Page size when the query gives none; default 10 (as on the national site). */
  defaultPageSize?: number;
}

const JSON_ERROR = (status: number, code: string, message: string): Reply => ({ status, body: errorBody(code, message) });

function isExposed(item: { type: string }): item is ExposureItem {
  return item.type === 'dishonest-debtor' || item.type === 'consumption-restriction' || item.type === 'reward-notice';
}

function isDebtor(item: { type: string }): item is DebtorRecord {
  return item.type === 'dishonest-debtor' || item.type === 'consumption-restriction' || item.type === 'enforcement-case';
}

function positiveInt(value: string | null, fallback: number): number | undefined {
  if (value === null || value === '') return fallback;
  if (!/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

/** The debtor search: exact normalised name; with an identifier, the masked ID or the credit code too. */
function matches(record: DebtorRecord, identifier: string | undefined): boolean {
  if (!identifier) return true;
  if (record.partyKind === 'organization') return record.creditCode !== undefined && normalizeIdentifier(record.creditCode) === identifier;
  return record.idNumber !== undefined && maskResidentId(record.idNumber) === maskResidentId(identifier);
}

/** An in-memory court API over `dataset`, with fault switches and data mutations for tests and demos. */
export function createMockApi(options: MockApiOptions): MockApi {
  const { baseUrl, dataset } = options;
  const defaultPageSize = options.defaultPageSize ?? 10;
  const url = (path: string) => resolveUrl(baseUrl, path);
  const baseVersion = dataset.exposure.version ?? `fx-${fnv1a32(JSON.stringify(dataset.exposure.items)).toString(16)}`;
  const baseGeneratedAt = dataset.exposure.generatedAt ?? dataset.asOf ?? nowInChina();

  let debtors: DebtorRecord[] = [];
  let exposureItems: ExposureItem[] = [];
  let removals: RemovalEntry[] = [];
  let revision = 0;
  let generatedAt = baseGeneratedAt;
  let fullIds: Record<string, string> = {};
  let nameIndex: Map<string, DebtorRecord[]> | undefined;

  function load(): void {
    debtors = [...dataset.debtors];
    exposureItems = [...dataset.exposure.items];
    removals = [];
    revision = 0;
    generatedAt = baseGeneratedAt;
    fullIds = { ...dataset.fullIdNumbers };
    nameIndex = undefined;
  }
  load();

  const version = () => (revision === 0 ? baseVersion : `${baseVersion}.${revision}`);

  function changed(): void {
    revision += 1;
    generatedAt = nowInChina();
    nameIndex = undefined;
  }

  function byName(name: string): DebtorRecord[] {
    if (!nameIndex) {
      nameIndex = new Map();
      for (const record of debtors) {
        const key = normalizeName(record.name);
        const list = nameIndex.get(key);
        if (list) list.push(record);
        else nameIndex.set(key, [record]);
      }
    }
    return nameIndex.get(normalizeName(name)) ?? [];
  }

  const pipeline: FaultPipeline = createFaultPipeline(() => fullIds);

  const exposureReply = (request: Request): Reply => {
    const etag = `"${version()}"`;
    const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
    if (etagMatches(request.headers.get('if-none-match'), etag)) return { status: 304, headers };
    const feed: ExposureFeed = {
      version: version(),
      generatedAt,
      court: dataset.court,
      ...(dataset.exposure.period ? { period: dataset.exposure.period } : {}),
      items: exposureItems,
      ...(removals.length > 0 ? { removals: removals.map((r) => ({ ...r })), removalsSince: baseVersion } : {}),
    };
    return { status: 200, body: feed, headers, listKey: 'items' };
  };

  const searchReply = (request: Request): Reply => {
    const params = new URL(request.url).searchParams;
    const name = params.get('name')?.trim() ?? '';
    if (!name) return JSON_ERROR(400, 'bad-request', 'query parameter "name" is required');
    const page = positiveInt(params.get('page'), 1);
    if (page === undefined) return JSON_ERROR(400, 'bad-request', '"page" must be a positive integer');
    const pageSize = positiveInt(params.get('pageSize'), defaultPageSize);
    if (pageSize === undefined || pageSize > 100) return JSON_ERROR(400, 'bad-request', '"pageSize" must be an integer from 1 to 100');
    const rawIdentifier = params.get('identifier');
    const identifier = rawIdentifier ? normalizeIdentifier(rawIdentifier) : undefined;
    // A multi-court API answers for the court asked for (an unknown one: 404, as the contract's `court` option).
    const courtParam = params.get('court');
    const court = courtParam ? findCourt(courtsOf(dataset.court), courtParam) : undefined;
    if (courtParam && !court) return JSON_ERROR(404, 'not-found', `no court ${JSON.stringify(courtParam)}`);
    const codes = court && dataset.court.courts ? courtCodes(court) : undefined;
    const found = byName(name).filter((record) => matches(record, identifier) && (!codes || codes.includes(recordCourtCode(record) ?? '')));
    const body: SearchResponse = {
      total: found.length,
      page,
      pageSize,
      asOf: dataset.asOf ?? generatedAt,
      items: found.slice((page - 1) * pageSize, page * pageSize),
    };
    return { status: 200, body, listKey: 'items' };
  };

  const route = (path: string, name: MockRoute, produce: (request: Request, params: Record<string, unknown>) => Reply) =>
    http.get(url(path), ({ request, params }) => pipeline.respond(request, name, () => produce(request, params)));

  const handlers: RequestHandler[] = [
    route(apiPaths.court(), 'court', () => ({ status: 200, body: dataset.court })),
    route(apiPaths.statsIndex(), 'stats', () => ({ status: 200, body: dataset.statsIndex })),
    route(`${apiPaths.statsIndex()}/:periodId`, 'stats', (_request, params) => {
      const raw = String(params.periodId ?? '');
      let periodId = raw;
      try {
        periodId = decodeURIComponent(raw);
      } catch {
        // keep it raw
      }
      // A multi-court source lists periods court by court only (stats/{courtId}/{periodId}).
      const stats = dataset.statsIndex.courts ? undefined : dataset.stats.find((s) => s.period.id === periodId);
      return stats ? { status: 200, body: stats } : JSON_ERROR(404, 'not-found', `no statistics for period ${JSON.stringify(periodId)}`);
    }),
    // Multi-court sources: one court's statistics.
    route(`${apiPaths.statsIndex()}/:courtId/:periodId`, 'stats', (_request, params) => {
      const decode = (raw: unknown) => {
        try {
          return decodeURIComponent(String(raw ?? ''));
        } catch {
          return String(raw ?? '');
        }
      };
      const courtId = decode(params.courtId);
      const periodId = decode(params.periodId);
      const stats = dataset.statsIndex.courts ? dataset.stats.find((s) => s.courtId === courtId && s.period.id === periodId) : undefined;
      return stats ? { status: 200, body: stats } : JSON_ERROR(404, 'not-found', `no statistics of court ${JSON.stringify(courtId)} for period ${JSON.stringify(periodId)}`);
    }),
    route(apiPaths.exposure(), 'exposure', exposureReply),
    route(apiPaths.debtors(), 'debtors', searchReply),
    // Anything else under the base: a JSON 404, logged as 'unknown'.
    http.all(url('*'), ({ request }) => pipeline.respond(request, 'unknown', () => JSON_ERROR(404, 'not-found', 'no such resource'))),
  ];

  function today(): string {
    return dataset.today ?? todayInChina();
  }

  return {
    handlers,
    get version() {
      return version();
    },
    get removals() {
      return removals;
    },
    get debtors() {
      return debtors;
    },
    get exposureItems() {
      return exposureItems;
    },
    get requests() {
      return pipeline.requests;
    },
    setFault: pipeline.setFault,
    resetLog: pipeline.resetLog,
    removeRecord(id, reason = 'performed') {
      const before = debtors.length + exposureItems.length;
      debtors = debtors.filter((r) => r.id !== id);
      exposureItems = exposureItems.filter((r) => r.id !== id);
      if (debtors.length + exposureItems.length === before) return false;
      removals = [...removals.filter((r) => r.id !== id), { id, removedOn: today(), reason }];
      changed();
      return true;
    },
    addRecord(item) {
      debtors = debtors.filter((r) => r.id !== item.id);
      exposureItems = exposureItems.filter((r) => r.id !== item.id);
      if (isDebtor(item)) debtors.push(item);
      if (isExposed(item)) exposureItems.push(item);
      removals = removals.filter((r) => r.id !== item.id);
      changed();
    },
    updateRecord(id, patch) {
      let found = false;
      const apply = <T extends { id: string }>(record: T): T => {
        if (record.id !== id) return record;
        found = true;
        return { ...record, ...patch, id } as T;
      };
      debtors = debtors.map(apply);
      exposureItems = exposureItems.map(apply);
      if (!found) return false;
      const removal = (patch as { removal?: { date: string; reason: RemovalReason } }).removal;
      if (removal) removals = [...removals.filter((r) => r.id !== id), { id, removedOn: removal.date, reason: removal.reason }];
      changed();
      return true;
    },
    reset() {
      pipeline.clearFaults();
      pipeline.resetLog();
      load();
    },
  };
}

export interface StaticFeedHandlersOptions {
  /** Feed base, e.g. 'https://court.example/zhixing/feed/'. */
  baseUrl: string;
  /** Relative path → JSON body, e.g. from `buildStaticFeed`. Read at request time: later changes are served. */
  files: Map<string, unknown>;
  /** Send ETags and answer If-None-Match with 304; default true. */
  etag?: boolean;
  /** Record id → private full resident ID, for the `unmasked-ids` fault. */
  fullIdNumbers?: Readonly<Record<string, string>>;
}

export interface StaticFeedMock extends MockControls {
  handlers: RequestHandler[];
  /** Clears faults and the log. */
  reset(): void;
}

function staticRoute(path: string): MockRoute | 'unknown' {
  if (path === 'court.json') return 'court';
  if (path.startsWith('stats/')) return 'stats';
  if (path === 'exposure.json' || path.startsWith('exposure/')) return 'exposure';
  if (path.startsWith('debtors/')) return 'debtors';
  return 'unknown';
}

/** `"<version>"` for versioned files (exposure, manifest, shards), else a hash of the content. */
function etagOf(body: unknown): string {
  const version = (body as { version?: unknown } | null)?.version;
  if (typeof version === 'string' && version) return `"${version}"`;
  const text = JSON.stringify(body) ?? '';
  return `"${fnv1a32(text).toString(16)}-${text.length.toString(16)}"`;
}

/** Serves a static feed as a plain web server would: GET, ETag/304, 404 for files that do not exist. */
export function createStaticFeedHandlers(options: StaticFeedHandlersOptions): StaticFeedMock {
  const base = new URL(resolveUrl(options.baseUrl, '.'));
  const useEtag = options.etag ?? true;
  const pipeline = createFaultPipeline(() => options.fullIdNumbers ?? {});

  const handler = http.all(new URL('*', base).href, ({ request }) => {
    const { pathname } = new URL(request.url);
    const path = pathname.startsWith(base.pathname) ? pathname.slice(base.pathname.length) : pathname;
    return pipeline.respond(request, staticRoute(path), (): Reply => {
      if (request.method !== 'GET') return { status: 405, body: errorBody('method-not-allowed', 'static feeds are read with GET'), headers: { Allow: 'GET' } };
      if (!options.files.has(path)) return { status: 404, body: errorBody('not-found', `no file ${path}`) };
      const body = options.files.get(path);
      const headers: Record<string, string> = {};
      if (path === 'exposure.json' || path === 'exposure/index.json' || path.endsWith('manifest.json')) headers['Cache-Control'] = 'no-cache';
      if (useEtag) {
        const etag = etagOf(body);
        headers.ETag = etag;
        if (etagMatches(request.headers.get('if-none-match'), etag)) return { status: 304, headers };
      }
      const listKey = path === 'exposure.json' || path.startsWith('exposure/pages/') ? 'items' : path.startsWith('debtors/shards/') ? 'records' : undefined;
      return { status: 200, body, headers, ...(listKey ? { listKey } : {}) };
    });
  });

  return {
    handlers: [handler],
    get requests() {
      return pipeline.requests;
    },
    setFault: pipeline.setFault,
    resetLog: pipeline.resetLog,
    reset() {
      pipeline.clearFaults();
      pipeline.resetLog();
    },
  };
}
