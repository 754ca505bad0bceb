import { DeltaFile, HotNameFile, Shard, ShardManifest } from '../contract/validate.generated.js';
import type { DebtorRecord as DebtorRecordType, HotName, ShardManifest as ShardManifestType } from '../contract/index.js';
import { DebtorRecord } from '../contract/validate.generated.js';
import { ValidationError } from '../client/errors.js';
import { maskResidentId } from '../domain/identifiers.js';
import { normalizeCourtCode } from '../domain/courts.js';
import { parseEnvelope } from '../publication/envelope.js';
import { scrubDeep, validateRecords, type Located, type RecordIssue } from '../publication/screen.js';
import { feedPaths, resolveUrl } from './layout.js';
import { matchesQuery } from './match.js';
import { fnv1a32, normalizeName, shardOf } from './shard-key.js';
import type { Loader, NormalizedQuery, RawSearch, SourceAdapter } from './source.js';

type Context = Parameters<SourceAdapter['search']>[2];

/**
 * A static feed: plain JSON files. A lookup reads the small manifest (cached), hashes the name to
 * one shard and downloads only that shard, so a province-wide list costs one small file per lookup.
 * A name too common for a shard (王伟) has files of its own: one page, or the records of one
 * identifier-key bucket. Format 2 adds the delta layer: the changes since the shards were written,
 * in one small delta file per name hash (read beside the shard) or, for a name with many changes, a
 * file of its own. Only the records of the searched name are validated and reported on: other people
 * who share a shard cost nothing and are never mentioned.
 */
export function createStaticAdapter(baseUrl: string, options: { manifestGuard?: (manifest: ShardManifestType, url: string) => ShardManifestType } = {}): SourceAdapter {
  const url = (path: string) => resolveUrl(baseUrl, path);
  return {
    kind: 'static',
    baseUrl,
    courtUrl: () => url(feedPaths.court()),
    statsIndexUrl: () => url(feedPaths.statsIndex()),
    statsUrl: (periodId) => url(feedPaths.stats(periodId)),
    exposureUrl: () => url(feedPaths.exposure()),
    exposureIndexUrl: () => url(feedPaths.exposureIndex()),
    async search(query, loader, context) {
      const manifestUrl = url(feedPaths.shardManifest());
      const loaded = (await loader.load(manifestUrl, {
        tag: 'search',
        signal: context.signal,
        headers: context.headers,
        deadlineMs: context.deadlineMs,
        process: (body, from) => scrubDeep(parseEnvelope(ShardManifest, body, from)),
      })).value!;
      // A manifest older than one already seen (a stale CDN edge) is not trusted.
      const manifest = options.manifestGuard ? options.manifestGuard(loaded, manifestUrl) : loaded;
      const dir = manifestUrl.replace(/[^/]*$/, '');
      const key = normalizeName(query.name);
      const select = (raw: unknown) => typeof (raw as { name?: unknown })?.name === 'string' && normalizeName((raw as { name: string }).name) === key;
      const baseVersion = manifest.format === 'zhixing-shards/2' ? (manifest.base ?? manifest.version) : manifest.version;
      const shardId = shardOf(query.name, manifest.shardCount);
      const shardUrl = resolveUrl(dir, manifest.shardPath.replace('{shard}', shardId));
      const load = <T>(fileUrl: string, process: (body: unknown, from: string) => T) =>
        loader.load(fileUrl, { tag: 'search', signal: context.signal, headers: context.headers, deadlineMs: context.deadlineMs, allowNotFound: true, process });
      // The shard and, in format 2, the name's delta file: both at once.
      const [{ value: shard }, delta] = await Promise.all([
        load(shardUrl, (body, from) => {
          const envelope = parseEnvelope(Shard, body, from);
          if (envelope.version !== baseVersion || envelope.shard !== shardId) {
            throw new ValidationError(from, [{ path: 'version', message: `shard ${envelope.shard}@${envelope.version} does not belong to manifest ${manifest.version} (shard ${shardId})` }]);
          }
          return envelope; // cached as it came: each lookup validates only its own name's records
        }),
        manifest.format === 'zhixing-shards/2' && manifest.delta ? loadDelta(manifest.delta, dir, key, query.name, load) : Promise.resolve(undefined),
      ]);
      // v2 manifests are the complete removal list for lookups by construction (the files hold no removed record).
      const common = { removals: (manifest.removals ?? []).map((r) => r.id), removalsComplete: manifest.removals !== undefined || manifest.format === 'zhixing-shards/2', generatedAt: manifest.generatedAt, asOf: manifest.generatedAt };
      const hot = shard?.hot?.find((h) => h.name === key);
      const base = hot ? await searchHotName(hot, dir, baseVersion, query, loader, context, delta) : undefined;
      const validated = base ?? validateRecords(shard?.records ?? [], DebtorRecord, `shards/${shardId}.records`, context.now, { select });
      const merged = delta ? mergeDelta(validated, delta, context.now, select) : { ...validated, added: new Set<string>() };
      let located = merged.records.filter(({ record }) => matchesQuery(record, query));
      if (base?.paging) {
        // A hot name's page: its changes dated within the pages read (or newer, on the first page), newest first.
        const dates = base.records.map(({ record }) => record.publishedOn).sort();
        const oldest = base.paging.lastPage ? '' : (dates[0] ?? '');
        const newest = query.page === 1 ? '\uffff' : (dates[dates.length - 1] ?? '');
        located = located.filter(({ record }) => !merged.added.has(record.id) || (record.publishedOn >= oldest && record.publishedOn <= newest));
        located.sort((a, b) => (a.record.publishedOn < b.record.publishedOn ? 1 : a.record.publishedOn > b.record.publishedOn ? -1 : 0));
        return { located, issues: merged.issues, total: Math.max(0, base.paging.total - (delta?.hiddenOf(key) ?? 0) + (delta?.addedOf(key) ?? 0)), complete: false, skip: base.paging.skip, ...common };
      }
      return { located, issues: merged.issues, total: located.length, complete: true, ...common };
    },
  };
}

/** The identifier key of a hot name's files: the first 10 characters of the published identifier. */
export function hotNameKey(identifier: string): string {
  return maskResidentId(identifier).slice(0, 10).toUpperCase();
}

/** A hot name's key bucket (feeds.ts `HotName.keyBuckets`): fnv1a32 of the key modulo the buckets, hex. */
export function hotNameBucket(key: string, buckets: number): string {
  const width = Math.max(1, (buckets - 1).toString(16).length);
  return (fnv1a32(key) % buckets).toString(16).padStart(width, '0');
}

type LoadFile = <T>(fileUrl: string, process: (body: unknown, from: string) => T) => Promise<{ value: T | undefined }>;

/** The changes of one name since the base, from its delta file (or the file of its own the delta file names). */
interface NameDelta {
  /** Raw records of the name, new or changed since the base. */
  records: unknown[];
  /** Ids of base records no longer published as they are. */
  hidden: ReadonlySet<string>;
  /** Where the records came from, for issue paths. */
  path: string;
  /** For a hot name's paging: base records hidden, and delta records of the name. */
  hiddenOf(name: string): number;
  addedOf(name: string): number;
}

async function loadDelta(delta: NonNullable<ShardManifestType['delta']>, dir: string, key: string, name: string, load: LoadFile): Promise<NameDelta> {
  const id = deltaOf(name, delta.count);
  const check = (body: unknown, from: string) => {
    const file = parseEnvelope(DeltaFile, body, from);
    if (file.version !== delta.version || file.delta !== id) {
      throw new ValidationError(from, [{ path: 'version', message: `delta file ${file.delta}@${file.version} does not belong to delta ${delta.version} (${id})` }]);
    }
    return file;
  };
  const { value: group } = await load(resolveUrl(dir, delta.path.replace('{delta}', id)), check);
  let file = group;
  let path = `delta/${id}`;
  const own = group?.hot?.find((h) => h.name === key);
  if (own) {
    const { value } = await load(resolveUrl(dir, own.path), (body, from) => {
      const checked = check(body, from);
      if (checked.name !== key) throw new ValidationError(from, [{ path: 'name', message: `delta file of ${checked.name ?? '(no name)'} where ${key} was expected` }]);
      return checked;
    });
    file = value;
    path = `delta/${id}/${key}`;
  }
  const records = (file?.records ?? []).filter((raw) => typeof (raw as { name?: unknown })?.name === 'string' && normalizeName((raw as { name: string }).name) === key);
  const hidden = new Set(file?.hidden ?? []);
  return { records, hidden, path, hiddenOf: () => (own ? hidden.size : 0), addedOf: () => (own ? records.length : 0) };
}

/** The delta file of a name: fnv1a32(normalizeName(name)) mod count, as lower-case hex. */
export function deltaOf(name: string, count: number): string {
  return shardOf(name, count);
}

/** Base records − hidden − those a delta record replaces, plus the delta's records (validated and screened like any). */
function mergeDelta(
  base: { records: Located<DebtorRecordType>[]; issues: RecordIssue[] },
  delta: NameDelta,
  now: Date,
  select: (raw: unknown) => boolean,
): { records: Located<DebtorRecordType>[]; issues: RecordIssue[]; added: Set<string> } {
  const added = validateRecords(delta.records, DebtorRecord, `${delta.path}.records`, now, { select });
  const ids = new Set(added.records.map(({ record }) => record.id));
  const kept = base.records.filter(({ record }) => !delta.hidden.has(record.id) && !ids.has(record.id));
  // A base record hidden here was reported on with the base; its issues stay (they concern the file served).
  return { records: [...added.records, ...kept], issues: [...base.issues, ...added.issues], added: ids };
}

async function searchHotName(
  hot: HotName,
  dir: string,
  version: string,
  query: NormalizedQuery,
  loader: Loader,
  context: Context,
  delta: NameDelta | undefined,
): Promise<{ records: Located<DebtorRecordType>[]; issues: RecordIssue[]; paging?: { total: number; skip: number; lastPage: boolean } }> {
  const key = normalizeName(query.name);
  /** A page or key file's records as published (a missing file has none). */
  const raw = async (path: string): Promise<readonly unknown[]> => {
    const fileUrl = resolveUrl(dir, path);
    const { value } = await loader.load(fileUrl, {
      tag: 'search',
      signal: context.signal,
      headers: context.headers,
      deadlineMs: context.deadlineMs,
      allowNotFound: true,
      process: (body, from) => {
        const file = parseEnvelope(HotNameFile, body, from);
        if (file.version !== version || file.name !== key) {
          throw new ValidationError(from, [{ path: 'version', message: `hot-name file ${file.name}@${file.version} does not belong to manifest ${version}` }]);
        }
        return file;
      },
    });
    return value?.records ?? [];
  };
  const check = (records: readonly unknown[], label: string) =>
    validateRecords(records, DebtorRecord, `${label}.records`, context.now, { select: (item) => normalizeName(String((item as { name?: unknown })?.name ?? '')) === key });
  const load = async (path: string, label: string) => check(await raw(path), label);
  const pagePath = (p: number) => hot.pagePath.replace('{page}', String(p));
  if (query.identifier) {
    const idKey = hotNameKey(query.identifier);
    const fileKey = hot.keyBuckets ? hotNameBucket(idKey, hot.keyBuckets) : idKey;
    return load(hot.keyPath.replace('{key}', encodeURIComponent(fileKey)), `hot/${fileKey}`);
  }
  const first = (query.page - 1) * query.pageSize;
  if (query.courtCodes) {
    // One court of a multi-court feed. Where the publisher listed the name court by court, the court's
    // records are runs of places in the page files: only the files holding the requested page are
    // read. Otherwise every page file is read and the court's records picked out.
    const runs = courtRuns(hot, query.courtCodes);
    if (!runs) {
      const pages = Array.from({ length: Math.ceil(hot.total / hot.pageSize) }, (_, i) => i + 1);
      const files = await Promise.all(pages.map((p) => load(pagePath(p), `hot/page-${p}`)));
      return { records: files.flatMap((f) => f.records), issues: files.flatMap((f) => f.issues) };
    }
    const total = runs.reduce((sum, [, count]) => sum + count, 0);
    const last = Math.min(total, first + query.pageSize) - 1;
    // The requested page's places in the page files, run by run.
    const places: number[] = [];
    let seen = 0;
    for (const [start, count] of runs) {
      for (let i = Math.max(first, seen); i <= Math.min(last, seen + count - 1); i++) places.push(start + i - seen);
      seen += count;
    }
    const pages = [...new Set(places.map((place) => Math.floor(place / hot.pageSize) + 1))];
    const files = new Map(await Promise.all(pages.map(async (p) => [p, await raw(pagePath(p))] as const)));
    const picked = places.map((place) => files.get(Math.floor(place / hot.pageSize) + 1)?.[place % hot.pageSize]).filter((item) => item !== undefined);
    const checked = check(picked, `hot/${query.courtCodes[0]}`);
    // The court's page of places, all of it: no window to move for the delta (its records are merged by date).
    return { records: checked.records, issues: checked.issues, paging: { total, skip: 0, lastPage: first + query.pageSize >= total } };
  }
  // Name only: the page files that cover the requested page (newest first, as published). Changes
  // since the base (delta) newer than the last of these pages come before them: the window moves by as many.
  const last = Math.min(hot.total, query.page * query.pageSize) - 1;
  if (first >= hot.total) return { records: [], issues: [], paging: { total: hot.total, skip: 0, lastPage: true } };
  const pages: number[] = [];
  for (let p = Math.floor(first / hot.pageSize) + 1; p <= Math.floor(last / hot.pageSize) + 1; p++) pages.push(p);
  const files = await Promise.all(pages.map((p) => load(pagePath(p), `hot/page-${p}`)));
  const records = files.flatMap((f) => f.records);
  const issues = files.flatMap((f) => f.issues);
  let skip = first - (pages[0]! - 1) * hot.pageSize;
  if (delta && delta.records.length && query.page > 1) {
    // Newer delta records than these pages are shown on earlier pages.
    const newest = records.reduce((max, { record }) => (record.publishedOn > max ? record.publishedOn : max), '');
    const earlier = delta.records.filter((raw) => String((raw as { publishedOn?: unknown }).publishedOn ?? '') > newest).length;
    skip = Math.max(0, skip - earlier);
  }
  return { records, issues, paging: { total: hot.total, skip, lastPage: pages[pages.length - 1]! * hot.pageSize >= hot.total } };
}

/** Where a court's records are in a hot name's page files, as [first place, count] runs; undefined when not listed court by court. */
function courtRuns(hot: HotName, codes: readonly string[]): Array<[number, number]> | undefined {
  if (!hot.courts) return undefined;
  const runs: Array<[number, number]> = [];
  let place = 0;
  for (const { courtCode, total } of hot.courts) {
    if (codes.includes(normalizeCourtCode(courtCode))) runs.push([place, total]);
    place += total;
  }
  return runs;
}
