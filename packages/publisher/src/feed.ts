// Builds a static feed (plain JSON files a court can put on any web server) in the documented layout,
// with the same `feedPaths` and shard function the SDK reads it with. Pure and in memory (a Map of
// relative path → JSON): browsers and tests use it as is; `@zhixing/publisher/node` writes the same
// files to disk, streaming, for a province's million records.
import { chooseShardCount, feedPaths, fnv1a32, normalizeName, shardOf } from '@zhixing/sdk';
import type { Court, DebtorRecord, EnforcementStats, ExposureFeed, ExposureItem, Period, RemovalEntry, ShardManifest, StatsIndex } from '@zhixing/sdk';
import { buildPagedExposure, entryFingerprints, exposureMoved } from './exposure-pages.js';
import { ContentHash } from './hash.js';
import { buildShard } from './shards.js';
import type { HotNameOptions } from './shards.js';
import { versionFor } from './version.js';

/** Everything a feed holds: court, statistics, exposure board and debtor records. */
export interface StaticFeedInput {
  court: Court;
  statsIndex: StatsIndex;
  stats: EnforcementStats[];
  exposure: { items: readonly ExposureItem[]; period?: Period; generatedAt?: string };
  /** Any iterable: an array, or `iterateDebtors(...)` to stream records. */
  debtors: Iterable<DebtorRecord>;
  /** Feed version (manifest, shards, exposure); default derived from `generatedAt`. */
  version?: string;
  /** A power of two; default `chooseShardCount(recordCount)`. */
  shardCount?: number;
  /** Timestamp with offset; default now, in China time (+08:00). */
  generatedAt?: string;
  /** Removed record ids, listed in both `exposure.json` and the manifest (never shown again). */
  removals?: readonly RemovalEntry[];
  /** Earliest removal date kept in `removals` (`removalsSince` of exposure.json). */
  removalsSince?: string;
  /**
   * `flat`: shards at `debtors/shards/<shard>.json` (`shardPath: shards/{shard}.json`), the layout of
   * the tests and mocks. `content-addressed` (what the publisher writes): `debtors/shards/<hash>/<shard>.json`,
   * the hash naming the content, so shard files can be cached forever. Default `flat`.
   */
  layout?: 'flat' | 'content-addressed';
  /** Hot-name splitting (see `HotNameOptions`); `false` keeps every record in its shard. */
  hot?: HotNameOptions | false;
  /**
   * The whole board is also written to `exposure.json` (for readers of the previous contract version)
   * while it has at most this many entries; a larger one leaves there a pointer to the paged feed
   * (`ExposureMoved`), which those readers refuse visibly. Default {@link LEGACY_EXPOSURE_LIMIT}.
   */
  legacyExposureLimit?: number;
  /** The board published before (its version and entries): the index then says what changed (`changes`). */
  previousExposure?: { version: string; items: readonly ExposureItem[] };
}

/**
 * Up to this many entries the board is also written whole to `exposure.json` (≈ 6 MB): what readers
 * of the previous contract version read. A province's board of 100,000 entries (≈ 62 MB, rewritten
 * and uploaded with every version) is paged only.
 */
export const LEGACY_EXPOSURE_LIMIT = 10_000;

/** Relative path → JSON-serialisable body. */
export type StaticFeedFiles = Map<string, unknown>;

/** The current instant as `YYYY-MM-DDTHH:mm:ss+08:00`. */
export function nowInChina(now: Date = new Date()): string {
  return `${new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

// Records are first grouped by the low bits of their name hash; any power-of-two shard count up to this
// is then a union of whole buckets. 2^20 buckets cover 64 million records at 64 per shard.
const BUCKET_BITS = 20;
const BUCKET_MASK = (1 << BUCKET_BITS) - 1;

/**
 * Groups records by shard. With a known shard count (given, or an array's length) each record goes
 * straight to its shard; a stream of unknown length is grouped by hash buckets first and the buckets
 * merged once the count is known. Either way each record is referenced once: never two copies.
 */
function shardRecords(debtors: Iterable<DebtorRecord>, shardCount: number | undefined, onRecord: (record: DebtorRecord) => void): { shardCount: number; recordCount: number; shards: Map<string, DebtorRecord[]> } {
  const knownCount = shardCount ?? (Array.isArray(debtors) ? chooseShardCount(debtors.length) : undefined);
  if (knownCount !== undefined) {
    shardOf('', knownCount); // validates: a power of two
    const shards = new Map<string, DebtorRecord[]>();
    let recordCount = 0;
    for (const record of debtors) {
      onRecord(record);
      const id = shardOf(record.name, knownCount);
      let list = shards.get(id);
      if (!list) shards.set(id, (list = []));
      list.push(record);
      recordCount++;
    }
    return { shardCount: knownCount, recordCount, shards: sortedById(shards) };
  }
  // Each bucket also keeps its records' input positions, so a merged shard lists records in input
  // order: the same files as when the count is known up front.
  const buckets = new Map<number, { records: DebtorRecord[]; positions: number[] }>();
  let recordCount = 0;
  for (const record of debtors) {
    onRecord(record);
    const key = fnv1a32(normalizeName(record.name)) & BUCKET_MASK;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { records: [], positions: [] }));
    bucket.records.push(record);
    bucket.positions.push(recordCount++);
  }
  const count = chooseShardCount(recordCount);
  if (count > BUCKET_MASK + 1) throw new RangeError(`too many records for one feed (${recordCount})`);
  const grouped = new Map<string, Array<{ records: DebtorRecord[]; positions: number[] }>>();
  for (const bucket of buckets.values()) {
    // Every record in a bucket shares the low BUCKET_BITS bits of its hash, hence its shard.
    const id = shardOf(bucket.records[0]!.name, count);
    const list = grouped.get(id);
    if (list) list.push(bucket);
    else grouped.set(id, [bucket]);
  }
  buckets.clear();
  const shards = new Map<string, DebtorRecord[]>();
  for (const [id, parts] of grouped) {
    if (parts.length === 1) {
      shards.set(id, parts[0]!.records);
      continue;
    }
    const merged: Array<{ record: DebtorRecord; position: number }> = [];
    for (const part of parts) part.records.forEach((record, i) => merged.push({ record, position: part.positions[i]! }));
    merged.sort((a, b) => a.position - b.position);
    shards.set(id, merged.map((m) => m.record));
  }
  return { shardCount: count, recordCount, shards: sortedById(shards) };
}

function sortedById<T>(map: Map<string, T>): Map<string, T> {
  return new Map([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The hash that names a content-addressed shard directory: version, layout and every record in input order. */
export function shardContentHash(): { update(record: DebtorRecord | string): void; finish(version: string, shardCount: number, hot: HotNameOptions | false): string } {
  const hash = new ContentHash();
  return {
    /** Adds one record (or its JSON) to the hash. */
    update(record) {
      hash.update(typeof record === 'string' ? record : JSON.stringify(record)).update('\n');
    },
    /** The content hash of the shard set. */
    finish(version, shardCount, hot) {
      return hash.update(`${version}|${shardCount}|${JSON.stringify(hot)}`).digest();
    },
  };
}

/** The small top-level files: exposure.json and the manifest. */
export function feedEnvelopes(input: {
  version: string;
  generatedAt: string;
  court: Court;
  exposure: StaticFeedInput['exposure'];
  recordCount: number;
  shardCount: number;
  shardPath: string;
  removals?: readonly RemovalEntry[] | undefined;
  removalsSince?: string | undefined;
  /** Format 2: the version the shards carry (default `version`) and the delta layer, if any. */
  base?: string | undefined;
  delta?: ShardManifest['delta'] | undefined;
  /** The removals the manifest lists (default all): the recent ones, a lookup's manifest stays small. */
  recentRemovals?: readonly RemovalEntry[] | undefined;
}): { exposure: ExposureFeed; manifest: ShardManifest } {
  const removals = input.removals && input.removals.length > 0 ? [...input.removals] : undefined;
  const removedIds = new Set(removals?.map((r) => r.id));
  const exposure: ExposureFeed = {
    version: input.version,
    generatedAt: input.exposure.generatedAt ?? input.generatedAt,
    court: input.court,
    ...(input.exposure.period ? { period: input.exposure.period } : {}),
    items: input.exposure.items.filter((item) => !removedIds.has(item.id)),
    ...(removals ? { removals } : {}),
    ...(removals && input.removalsSince ? { removalsSince: input.removalsSince } : {}),
  };
  const manifest: ShardManifest = {
    format: 'zhixing-shards/2',
    version: input.version,
    generatedAt: input.generatedAt,
    recordCount: input.recordCount,
    shardCount: input.shardCount,
    hash: 'fnv1a32',
    shardPath: input.shardPath,
    base: input.base ?? input.version,
    ...(input.delta ? { delta: input.delta } : {}),
    // Always present, even empty. Lookups need no removal list in format 2 (the files hold no removed
    // record); the recent ones are listed for clients that remember removals, and for older readers.
    removals: [...(input.recentRemovals ?? removals ?? [])],
  };
  return { exposure, manifest };
}

/**
 * The files of a static feed, keyed by path relative to the feed base: court.json, stats/index.json,
 * stats/<periodId>.json, exposure.json, debtors/manifest.json, one shard file per non-empty shard (the
 * client reads a missing shard as empty) and the page and key files of hot names.
 *
 * @example
 * ```ts
 * import { buildStaticFeed } from '@zhixing/publisher';
 *
 * const files = buildStaticFeed({ court, statsIndex, stats, exposure: { items: [] }, debtors: records });
 * for (const [path, json] of files) console.log(path, JSON.stringify(json).length);
 * ```
 */
export function buildStaticFeed(input: StaticFeedInput): StaticFeedFiles {
  const generatedAt = input.generatedAt ?? nowInChina();
  const version = input.version ?? versionFor(generatedAt);
  const hotOptions = input.hot ?? {};
  const files: StaticFeedFiles = new Map();
  files.set(feedPaths.court(), input.court);
  files.set(feedPaths.statsIndex(), input.statsIndex);
  // A multi-court index (`courts`) names each court's files: stats/{courtId}/{periodId}.json.
  for (const stats of input.stats) files.set(input.statsIndex.courts ? feedPaths.courtStats(stats.courtId, stats.period.id) : feedPaths.stats(stats.period.id), stats);

  const removed = new Set(input.removals?.map((r) => r.id));
  const debtors = removed.size ? filtered(input.debtors, (r) => !removed.has(r.id)) : input.debtors;
  const contentHash = shardContentHash();
  const { shardCount, recordCount, shards } = shardRecords(debtors, input.shardCount, (record) => {
    if (input.layout === 'content-addressed') contentHash.update(record);
  });
  const dir = input.layout === 'content-addressed' ? `shards/${contentHash.finish(version, shardCount, hotOptions)}` : 'shards';
  const shardPath = `${dir}/{shard}.json`;
  const { exposure, manifest } = feedEnvelopes({ version, generatedAt, court: input.court, exposure: input.exposure, recordCount, shardCount, shardPath, removals: input.removals, removalsSince: input.removalsSince });
  const previous = input.previousExposure ? { version: input.previousExposure.version, fingerprints: entryFingerprints(input.previousExposure.items) } : undefined;
  const paged = buildPagedExposure({ version, generatedAt: exposure.generatedAt, court: input.court, period: exposure.period, items: exposure.items as ExposureItem[], removals: exposure.removals, removalsSince: exposure.removalsSince, previous });
  for (const file of paged.files) files.set(file.path, file.body);
  files.set(feedPaths.exposure(), exposure.items.length <= (input.legacyExposureLimit ?? LEGACY_EXPOSURE_LIMIT) ? exposure : exposureMoved());
  files.set(feedPaths.exposureIndex(), paged.index);
  const manifestPath = feedPaths.shardManifest();
  files.set(manifestPath, manifest);
  const base = manifestPath.replace(/[^/]*$/, '');
  for (const [id, records] of shards) {
    const built = hotOptions === false ? { shard: { version, shard: id, records }, files: [] } : buildShard(id, records, version, dir, hotOptions);
    files.set(base + shardPath.replace('{shard}', id), built.shard);
    for (const file of built.files) files.set(base + file.path, file.body);
  }
  return files;
}

function* filtered<T>(items: Iterable<T>, keep: (item: T) => boolean): Generator<T> {
  for (const item of items) if (keep(item)) yield item;
}
