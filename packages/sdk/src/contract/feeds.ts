import * as z from 'zod/mini';
import { Court } from './court';
import { CalendarDate, Count, Period, Timestamp } from './primitives';
import { RemovalReason } from './records';

/**
 * Envelopes. Their `items`/`records` arrays are checked record by record by the client, so one bad
 * record is reported and the rest still come through; the envelope itself must be valid.
 */
const recordList = z.array(z.unknown());

/** The exposure board's feed (曝光台). */
export const ExposureFeed = z.object({
  /** Opaque version of this feed; changes whenever its content does (an API may use it as its ETag). */
  version: z.string().check(z.minLength(1)),
  generatedAt: Timestamp,
  court: Court,
  /** The batch being exposed (e.g. a quarter). */
  period: z.optional(Period),
  items: recordList,
  /**
   * Entries removed since `removalsSince`. Explicit, so caches can purge them; an id listed here is
   * never shown, even if a stale copy of the record is still in `items`.
   */
  removals: z.optional(z.array(z.object({ id: z.string(), removedOn: CalendarDate, reason: z.optional(RemovalReason) }))),
  removalsSince: z.optional(z.string()),
});

/** HTTP API answer to a debtor search. */
export const SearchResponse = z.object({
  total: Count,
  page: z.int().check(z.positive()),
  pageSize: z.int().check(z.positive(), z.lte(100)),
  asOf: Timestamp,
  items: recordList,
});

/** Static feed: describes how the lookup index is sharded. */
export const ShardManifest = z.object({
  format: z.literal('zhixing-shards/1'),
  version: z.string().check(z.minLength(1)),
  generatedAt: Timestamp,
  recordCount: Count,
  /** A power of two. shard = fnv1a32(normalizeName(name)) mod shardCount, as lower-case hex. */
  shardCount: z.int().check(
    z.positive(),
    z.refine((n) => (n & (n - 1)) === 0, 'shardCount must be a power of two'),
  ),
  hash: z.literal('fnv1a32'),
  /** Where a shard lives, relative to the manifest; `{shard}` is replaced. */
  shardPath: z.string().check(z.regex(/\{shard\}/)),
});

/** Static feed: one shard of the lookup index: every record whose normalised name hashes here. */
export const Shard = z.object({
  version: z.string(),
  shard: z.string(),
  records: recordList,
});
