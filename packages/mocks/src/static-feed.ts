// Builds a static feed (plain JSON files a court can put on any web server) in the documented layout:
// the same `feedPaths` and shard function the SDK reads it with.
import { chooseShardCount, feedPaths, fnv1a32, normalizeName, shardOf } from '@zhixing/sdk';
import type { Court, DebtorRecord, EnforcementStats, ExposureFeed, ExposureItem, Period, Shard, ShardManifest, StatsIndex } from '@zhixing/sdk';

export interface StaticFeedInput {
  court: Court;
  statsIndex: StatsIndex;
  stats: EnforcementStats[];
  exposure: { items: readonly ExposureItem[]; period?: Period; generatedAt?: string };
  /** Any iterable: an array, or `iterateDebtors(...)` to stream a million records. */
  debtors: Iterable<DebtorRecord>;
  /** Feed version (manifest, shards, exposure); default derived from `generatedAt`. */
  version?: string;
  /** A power of two; default `chooseShardCount(recordCount)`. */
  shardCount?: number;
  /** Timestamp with offset; default now, in China time (+08:00). */
  generatedAt?: string;
}

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
function shardRecords(debtors: Iterable<DebtorRecord>, shardCount: number | undefined): { shardCount: number; recordCount: number; shards: Map<string, DebtorRecord[]> } {
  const knownCount = shardCount ?? (Array.isArray(debtors) ? chooseShardCount(debtors.length) : undefined);
  if (knownCount !== undefined) {
    shardOf('', knownCount); // validates: a power of two
    const shards = new Map<string, DebtorRecord[]>();
    let recordCount = 0;
    for (const record of debtors) {
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

/**
 * The files of a static feed, keyed by path relative to the feed base: court.json, stats/index.json,
 * stats/<periodId>.json, exposure.json, debtors/manifest.json and one debtors/shards/<hex>.json per
 * non-empty shard (the client reads a missing shard as empty).
 */
export function buildStaticFeed(input: StaticFeedInput): StaticFeedFiles {
  const generatedAt = input.generatedAt ?? nowInChina();
  const version = input.version ?? `v${generatedAt.replace(/\D/g, '').slice(0, 14)}`;
  const files: StaticFeedFiles = new Map();
  files.set(feedPaths.court(), input.court);
  files.set(feedPaths.statsIndex(), input.statsIndex);
  for (const stats of input.stats) files.set(feedPaths.stats(stats.period.id), stats);

  const exposure: ExposureFeed = {
    version,
    generatedAt: input.exposure.generatedAt ?? generatedAt,
    court: input.court,
    ...(input.exposure.period ? { period: input.exposure.period } : {}),
    items: [...input.exposure.items],
  };
  files.set(feedPaths.exposure(), exposure);

  const { shardCount, recordCount, shards } = shardRecords(input.debtors, input.shardCount);
  const manifest: ShardManifest = {
    format: 'zhixing-shards/1',
    version,
    generatedAt,
    recordCount,
    shardCount,
    hash: 'fnv1a32',
    shardPath: feedPaths.shardPattern,
  };
  const manifestPath = feedPaths.shardManifest();
  files.set(manifestPath, manifest);
  const shardDir = manifestPath.replace(/[^/]*$/, '');
  for (const [shard, records] of shards) {
    const body: Shard = { version, shard, records };
    files.set(shardDir + feedPaths.shardPattern.replace('{shard}', shard), body);
  }
  return files;
}
