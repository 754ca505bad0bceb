// One shard of the lookup index, with its hot names split out (feeds.ts: `Shard.hot`, `HotName`,
// `HotNameFile`). Pure: used by the in-memory builder and by the streaming file writer alike.
import { fnv1a32, normalizeIdentifier, normalizeName } from '@zhixing/sdk';
import type { DebtorRecord, HotName, HotNameFile, Shard } from '@zhixing/sdk';

/** When a name counts as hot and how its records are paged. */
export interface HotNameOptions {
  /**
   * A name with more records than this is hot: its records leave the shard for page and key files.
   * Default 64 — one name alone would fill an average shard (`chooseShardCount` aims at 64 records).
   */
  hotThreshold?: number;
  /**
   * A shard is kept at or under this many records: while it has more, its most frequent remaining
   * name (of at least 8 records) becomes hot too. Default 256.
   */
  maxShardRecords?: number;
  /** Records per page file of a hot name; default 100. */
  pageSize?: number;
  /**
   * About this many records per identifier-key file: a hot name's keys are grouped into
   * `keyBuckets` files (a power of two), so that no name leaves thousands of one-record files. Default 48.
   */
  keyFileRecords?: number;
}

/** The default {@link HotNameOptions}. */
export const HOT_DEFAULTS: Required<HotNameOptions> = { hotThreshold: 64, maxShardRecords: 256, pageSize: 100, keyFileRecords: 48 };

/** The key bucket of an identifier key among `buckets` (feeds.ts `HotName.keyBuckets`), as lower-case hex. */
export function keyBucket(key: string, buckets: number): string {
  const width = Math.max(1, (buckets - 1).toString(16).length);
  return (fnv1a32(key) % buckets).toString(16).padStart(width, '0');
}

/**
 * The identifier key of a record (feeds.ts `HotName.keyPath`): the first 10 characters of the
 * normalised published identifier — a masked resident ID gives region code + birth year, a credit
 * code its first 10 characters, upper-case. Undefined when the record has no usable identifier.
 */
export function identifierKey(record: Pick<DebtorRecord, 'partyKind' | 'idNumber' | 'creditCode'>): string | undefined {
  const raw = record.partyKind === 'organization' ? record.creditCode : record.idNumber;
  if (!raw) return undefined;
  const value = normalizeIdentifier(raw);
  if (value.length < 10) return undefined;
  const key = value.slice(0, 10);
  return /^[0-9A-Z]{10}$/.test(key) ? key : undefined;
}

/** One shard's file content and its hot-name pages (records of type `R`: objects, or their JSON text). */
export interface BuiltShard<R = DebtorRecord> {
  /** The shard file: records of ordinary names, and the hot names of this shard. */
  shard: Omit<Shard, 'records'> & { records: R[] };
  /** Page and key files, by path relative to the manifest. */
  files: Array<{ path: string; body: Omit<HotNameFile, 'records'> & { records: R[] } }>;
}

/** What `buildShard` reads of a record: its normalised name, publication date, identifier key and `courtCode`. */
export interface ShardEntryAccess<R> {
  name(record: R): string;
  publishedOn(record: R): string;
  key(record: R): string | undefined;
  courtCode(record: R): string | undefined;
}

const RECORD_ACCESS: ShardEntryAccess<DebtorRecord> = {
  name: (r) => normalizeName(r.name),
  publishedOn: (r) => r.publishedOn,
  key: (r) => identifierKey(r),
  courtCode: (r) => r.courtCode,
};

/**
 * The order of a hot name's page files: newest publication first; in a multi-court feed (every record
 * names its court with `courtCode`) court by court, in code order, newest first within each court, so
 * that a lookup limited to one court reads only the pages holding that court's records.
 */
function pageOrder<R>(records: R[], access: ShardEntryAccess<R>, newestFirst: (list: R[]) => R[]): { list: R[]; courts?: Array<{ courtCode: string; total: number }> } {
  if (!records.every((record) => access.courtCode(record))) return { list: newestFirst(records) };
  const byCourt = new Map<string, R[]>();
  for (const record of records) {
    const code = access.courtCode(record)!;
    let group = byCourt.get(code);
    if (!group) byCourt.set(code, (group = []));
    group.push(record);
  }
  const codes = [...byCourt.keys()].sort();
  return { list: codes.flatMap((code) => newestFirst(byCourt.get(code)!)), courts: codes.map((code) => ({ courtCode: code, total: byCourt.get(code)!.length })) };
}

/**
 * Builds one shard. `records` are in input order; `dir` is the shard directory relative to the
 * manifest (`shards/<hash>` or `shards`). Hot-name files are `<dir>/<shard>-h<i>-p{page}.json` and
 * `<dir>/<shard>-h<i>-k{key}.json` (`{key}`: the key bucket), with names sorted so the same input gives
 * the same files. The records may be anything `access` can read (the writer passes JSON text with its
 * fields beside it, so a province's records are never parsed again).
 */
export function buildShard(shardId: string, records: readonly DebtorRecord[], version: string, dir: string, options?: HotNameOptions): BuiltShard;
export function buildShard<R>(shardId: string, records: readonly R[], version: string, dir: string, options: HotNameOptions, access: ShardEntryAccess<R>): BuiltShard<R>;
export function buildShard<R>(shardId: string, records: readonly R[], version: string, dir: string, options: HotNameOptions = {}, access: ShardEntryAccess<R> = RECORD_ACCESS as unknown as ShardEntryAccess<R>): BuiltShard<R> {
  const { hotThreshold, maxShardRecords, pageSize, keyFileRecords } = { ...HOT_DEFAULTS, ...options };
  const byName = new Map<string, R[]>();
  const names = new Map<R, string>();
  for (const record of records) {
    const name = access.name(record);
    names.set(record, name);
    let list = byName.get(name);
    if (!list) byName.set(name, (list = []));
    list.push(record);
  }
  const hot = new Set<string>();
  let remaining = records.length;
  for (const [name, list] of byName) {
    if (list.length > hotThreshold) {
      hot.add(name);
      remaining -= list.length;
    }
  }
  if (remaining > maxShardRecords) {
    const candidates = [...byName].filter(([name, list]) => !hot.has(name) && list.length >= 8).sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
    for (const [name, list] of candidates) {
      if (remaining <= maxShardRecords) break;
      hot.add(name);
      remaining -= list.length;
    }
  }
  if (hot.size === 0) return { shard: { version, shard: shardId, records: [...records] }, files: [] };

  const hotEntries: HotName[] = [];
  const files: BuiltShard<R>['files'] = [];
  // Newest publication first; equal dates keep input order (Array.prototype.sort is stable).
  const newestFirst = (list: R[]) => [...list].sort((a, b) => (access.publishedOn(a) < access.publishedOn(b) ? 1 : access.publishedOn(a) > access.publishedOn(b) ? -1 : 0));
  [...hot].sort().forEach((name, i) => {
    const { list, courts } = pageOrder(byName.get(name)!, access, newestFirst);
    const stem = `${dir}/${shardId}-h${i}`;
    let keyBuckets = 1;
    while (keyBuckets * keyFileRecords < list.length) keyBuckets *= 2;
    const entry: HotName = { name, total: list.length, pageSize, pagePath: `${stem}-p{page}.json`, keyPath: `${stem}-k{key}.json`, keyBuckets, ...(courts ? { courts } : {}) };
    hotEntries.push(entry);
    for (let p = 0; p * pageSize < list.length; p++) {
      files.push({ path: entry.pagePath.replace('{page}', String(p + 1)), body: { version, name, page: p + 1, records: list.slice(p * pageSize, (p + 1) * pageSize) } });
    }
    const byBucket = new Map<string, R[]>();
    for (const record of list) {
      const key = access.key(record);
      if (!key) continue;
      const bucket = keyBucket(key, keyBuckets);
      let group = byBucket.get(bucket);
      if (!group) byBucket.set(bucket, (group = []));
      group.push(record);
    }
    for (const bucket of [...byBucket.keys()].sort()) {
      files.push({ path: entry.keyPath.replace('{key}', bucket), body: { version, name, key: bucket, records: byBucket.get(bucket)! } });
    }
  });
  return {
    shard: { version, shard: shardId, records: records.filter((r) => !hot.has(names.get(r)!)), hot: hotEntries },
    files,
  };
}
