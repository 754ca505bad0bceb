import * as z from 'zod/mini';
import { Court } from './court';
import { CalendarDate, Count, Period, Timestamp } from './primitives';

/**
 * Envelopes. Their `items`/`records` arrays are checked record by record by the client, so one bad
 * record is reported and the rest still come through; the envelope itself must be valid.
 */
const recordList = z.array(z.unknown());

/** The exposure board's feed (曝光台). */
export const ExposureFeed = z.object({
  /** Opaque version; equals the HTTP ETag value where the server sends one. */
  version: z.string().check(z.minLength(1)),
  generatedAt: Timestamp,
  court: Court,
  /** The batch being exposed (e.g. a quarter). */
  period: z.optional(Period),
  items: recordList,
  /** Entries removed since `removalsSince` (explicit, so caches can purge them). */
  removals: z.optional(
    z.array(z.object({ id: z.string(), removedOn: CalendarDate, reason: z.optional(z.string()) })),
  ),
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
  shardCount: z.int().check(z.positive()),
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
