import * as z from 'zod/mini';
import { hasKeyPlaceholder, hasPagePlaceholder, hasShardPlaceholder, isPowerOfTwo, isSameOriginRelativePath } from './checks.js';
import { Court } from './court.js';
import { CalendarDate, Count, Period, Timestamp } from './primitives.js';
import { RemovalReason } from './records.js';

/**
 * Envelopes. Their `items`/`records` arrays are checked record by record by the client, so one bad
 * record is reported and the rest still come through; the envelope itself must be valid.
 */
const recordList = z.array(z.unknown());

import { MAX_SHARD_COUNT } from './limits.js';

export { MAX_SHARD_COUNT };

/** One removal, as listed by a feed: the record id as published, never shown again. */
export const RemovalEntry = z.object({ id: z.string(), removedOn: CalendarDate, reason: z.optional(RemovalReason) });

/** The exposure board's feed (曝光台). */
export const ExposureFeed = z.object({
  /** Opaque version of this feed; changes whenever its content does (an API may use it as its ETag). */
  version: z.string().check(z.minLength(1)),
  generatedAt: Timestamp,
  /**
   * The publishing court, as `court.json` has it: in a multi-court feed with its `courts`, so a board
   * can show any one court's entries, name and tip-off phone from this file alone. Each item names its
   * court (`courtCode`, else the code in its case number).
   */
  court: Court,
  /** The batch being exposed (e.g. a quarter). */
  period: z.optional(Period),
  items: recordList,
  /**
   * Entries removed since `removalsSince`. Explicit, so caches can purge them; an id listed here is
   * never shown, even if a stale copy of the record is still in `items`.
   */
  removals: z.optional(z.array(RemovalEntry)),
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

/**
 * Shard paths are relative to the manifest and stay on its origin: no scheme, no `//`, no `..`,
 * no backslash (a hostile manifest must not send lookups to another server).
 */
const RelativePath = (placeholder: string, hasPlaceholder: (path: string) => boolean) =>
  z.string().check(
    z.maxLength(256),
    z.refine(hasPlaceholder, `must contain ${placeholder}`),
    z.refine(isSameOriginRelativePath, 'must be a relative path on the same origin'),
  );

/** Static feed: describes how the lookup index is sharded. */
export const ShardManifest = z.object({
  format: z.literal('zhixing-shards/1'),
  version: z.string().check(z.minLength(1)),
  generatedAt: Timestamp,
  recordCount: Count,
  /** A power of two. shard = fnv1a32(normalizeName(name)) mod shardCount, as lower-case hex. */
  shardCount: z.int().check(
    z.positive(),
    z.lte(MAX_SHARD_COUNT),
    z.refine(isPowerOfTwo, 'shardCount must be a power of two'),
  ),
  hash: z.literal('fnv1a32'),
  /**
   * Where a shard lives, relative to the manifest; `{shard}` is replaced. A publisher puts a content
   * hash in it (`shards/3f9a…/{shard}.json`) so shard files can be cached forever.
   */
  shardPath: RelativePath('{shard}', hasShardPlaceholder),
  /** Removed record ids (as published): a lookup never shows them, even from a stale shard. */
  removals: z.optional(z.array(RemovalEntry)),
});

/**
 * A name too common for one shard (王伟 thousands of times in a province). Its records live in
 * their own files: pages for a name-only search, and files by identifier key for a search with
 * an ID or credit code, so no lookup downloads thousands of other people's records.
 */
export const HotName = z.object({
  /** `normalizeName(name)`. */
  name: z.string().check(z.minLength(1)),
  /** Records of this name in the feed, before read-time screening. */
  total: Count,
  /** Records per page file. */
  pageSize: z.int().check(z.positive(), z.lte(1000)),
  /** Page files, relative to the manifest; `{page}` is the 1-based page. Newest publication first. */
  pagePath: RelativePath('{page}', hasPagePlaceholder),
  /**
   * Files by identifier key, relative to the manifest; `{key}` is the first 10 characters of the
   * normalised published identifier (masked ID: region code + birth year; credit code: its first
   * 10). A missing file means no record with that key.
   */
  keyPath: RelativePath('{key}', hasKeyPlaceholder),
  /**
   * Multi-court feeds: the page files list this name's records court by court, in this order (newest
   * first within each court), so the records of one court are `total` consecutive places starting
   * after the courts before it: a lookup limited to one court reads only the page files holding them.
   */
  courts: z.optional(z.array(z.object({ courtCode: z.string(), total: Count }))),
});

/** A page or identifier-key file of a hot name. */
export const HotNameFile = z.object({
  version: z.string(),
  name: z.string(),
  /** The page number (page files) or the identifier key (key files). */
  page: z.optional(z.int().check(z.positive())),
  key: z.optional(z.string()),
  records: recordList,
});

/** Static feed: one shard of the lookup index: every record whose normalised name hashes here. */
export const Shard = z.object({
  version: z.string(),
  shard: z.string(),
  records: recordList,
  /** Names of this shard whose records live in files of their own. */
  hot: z.optional(z.array(HotName)),
});
