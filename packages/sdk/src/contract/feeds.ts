import * as z from 'zod/mini';
import { hasDeltaPlaceholder, hasKeyPlaceholder, hasListPlaceholder, hasPagePlaceholder, hasShardPlaceholder, isPowerOfTwo, isSameOriginRelativePath } from './checks.js';
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

/** A removed record in the feed's removal list: the client drops it wherever it appears. */
export type RemovalEntry = z.output<typeof RemovalEntry>;

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

/** The exposure board's feed (`exposure.json`). */
export type ExposureFeed = z.output<typeof ExposureFeed>;

/** HTTP API answer to a debtor search. */
export const SearchResponse = z.object({
  total: Count,
  page: z.int().check(z.positive()),
  pageSize: z.int().check(z.positive(), z.lte(100)),
  asOf: Timestamp,
  items: recordList,
});

/** An HTTP API's answer to a debtor search. */
export type SearchResponse = z.output<typeof SearchResponse>;

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

/** A same-origin path relative to the manifest or index, without placeholder. */
const FilePath = z.string().check(
  z.maxLength(256),
  z.refine(isSameOriginRelativePath, 'must be a relative path on the same origin'),
);

/** How many files, a power of two (shards, delta files, key buckets). */
const PowerOfTwoCount = z.int().check(z.positive(), z.lte(MAX_SHARD_COUNT), z.refine(isPowerOfTwo, 'must be a power of two'));

/**
 * Static feed: describes how the lookup index is sharded. `zhixing-shards/2` adds a delta layer:
 * the shards (the base) are kept from one version to the next, and what changed since they were
 * written is in a few delta files; a lookup reads its name's shard and its name's delta file.
 */
export const ShardManifest = z.object({
  format: z.enum(['zhixing-shards/1', 'zhixing-shards/2']),
  version: z.string().check(z.minLength(1)),
  generatedAt: Timestamp,
  /** Records published now (base − hidden + delta). */
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
  /**
   * Format 2: the version the shards and hot-name files carry (the version that wrote them; it stays
   * while later versions reuse them). Format 1: they carry `version`.
   */
  base: z.optional(z.string().check(z.minLength(1))),
  /** Format 2: the records that changed since the base was written. Absent: none. */
  delta: z.optional(
    z.object({
      /** What every delta file carries (`DeltaFile.version`). */
      version: z.string().check(z.minLength(1)),
      /** Delta files: delta = fnv1a32(normalizeName(name)) mod count, as lower-case hex. */
      count: PowerOfTwoCount,
      /** Where a delta file lives, relative to the manifest; `{delta}` is replaced. A missing file is an empty one. */
      path: RelativePath('{delta}', hasDeltaPlaceholder),
      /** Records in the delta layer (new and changed since the base). */
      records: Count,
    }),
  ),
  /** Removed record ids (as published): a lookup never shows them, even from a stale shard. */
  removals: z.optional(z.array(RemovalEntry)),
});

/** The static feed's index of debtor shards (`debtors/manifest.json`). */
export type ShardManifest = z.output<typeof ShardManifest>;

/**
 * Format 2: one delta file — for the names whose hash falls into it, the records new or changed since
 * the base and the base records that are gone (removed, or replaced by a changed record). A lookup
 * shows base records − `hidden` − those replaced by a record of the same id here, plus these records.
 * A name with many changes has a file of its own (`hot`): the same fields, with `name`.
 */
export const DeltaFile = z.object({
  version: z.string(),
  delta: z.string(),
  /** Set in a file of one name's changes (`normalizeName`). */
  name: z.optional(z.string()),
  records: recordList,
  /** Ids of base records no longer published as they are. */
  hidden: z.array(z.string()),
  /** Names whose changes are in a file of their own, relative to the manifest. */
  hot: z.optional(z.array(z.object({ name: z.string().check(z.minLength(1)), path: FilePath }))),
});

/** A delta file of the lookup index (format 2). */
export type DeltaFile = z.output<typeof DeltaFile>;

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
   * Key files grouped into this many buckets (a power of two): `{key}` is then replaced by
   * fnv1a32(key) mod keyBuckets as lower-case hex, and a file holds the records of every key of its
   * bucket (tens of records, not one per file). Absent: one file per key.
   */
  keyBuckets: z.optional(PowerOfTwoCount),
  /**
   * Multi-court feeds: the page files list this name's records court by court, in this order (newest
   * first within each court), so the records of one court are `total` consecutive places starting
   * after the courts before it: a lookup limited to one court reads only the page files holding them.
   */
  courts: z.optional(z.array(z.object({ courtCode: z.string(), total: Count }))),
});

/** A frequent name whose records are paged out of the shards. */
export type HotName = z.output<typeof HotName>;

/** A page or identifier-key file of a hot name. */
export const HotNameFile = z.object({
  version: z.string(),
  name: z.string(),
  /** The page number (page files) or the identifier key (key files). */
  page: z.optional(z.int().check(z.positive())),
  key: z.optional(z.string()),
  records: recordList,
});

/** One page of a hot name's records. */
export type HotNameFile = z.output<typeof HotNameFile>;

/** Static feed: one shard of the lookup index: every record whose normalised name hashes here. */
export const Shard = z.object({
  version: z.string(),
  shard: z.string(),
  records: recordList,
  /** Names of this shard whose records live in files of their own. */
  hot: z.optional(z.array(HotName)),
});

/** One static-feed shard: the debtor records whose key falls into it. */
export type Shard = z.output<typeof Shard>;

// ---------------------------------------------------------------------------------------------
// The paged exposure feed (`exposure/index.json`): a small index, revalidated on every poll, and
// content-addressed list and page files, so that a board downloads only the entries it shows and a
// refresh only what changed. Everything but the index is named after its own content and never
// changes once written: an unchanged page keeps its name from one version to the next.

/** A section of the exposure board: dishonest debtors, consumption restrictions, reward notices. */
export const ExposureSection = z.enum(['dishonest', 'restricted', 'rewards']);

/** A section of the exposure board: `dishonest`, `restricted` or `rewards`. */
export type ExposureSection = z.output<typeof ExposureSection>;

/** An order of the board: `published` (newest publication first) or `amount` (highest first). */
export const ExposureSort = z.enum(['published', 'amount']);

/** An order of the exposure board: `published` (newest first) or `amount` (highest first). */
export type ExposureSort = z.output<typeof ExposureSort>;

/** The name of a content-addressed file: lower-case letters and digits. */
const ContentId = z.string().check(z.regex(/^[0-9a-z]{1,64}$/, 'content ids are lower-case letters and digits'));


/** One list of the board: a section in one order, province-wide or for one court. */
export const ExposureListRef = z.object({
  section: ExposureSection,
  sort: ExposureSort,
  /** Entries as published (read-time screening may withhold a few). */
  total: Count,
  /** Of them, organisations; the rest are natural persons. */
  organizations: Count,
  /** The list file: `listPath` of the index with `{list}` replaced by this id. */
  list: ContentId,
});

/** One list of the paged exposure feed, as the index names it. */
export type ExposureListRef = z.output<typeof ExposureListRef>;

/** The page files of one list, in its order. */
export const ExposureList = z.object({
  section: ExposureSection,
  sort: ExposureSort,
  /**
   * The court's current code (e.g. `湘0725`) for a court's list; absent for the province-wide list. In a
   * multi-court feed the court of court.json's `courts` the entries are filed under (`courtCode`, else
   * the code in the case number, former codes included).
   */
  court: z.optional(z.string()),
  pages: z.array(
    z.object({
      /** The page file: `pagePath` of the index with `{page}` replaced by this id. */
      id: ContentId,
      /** Entries in the page, and of them organisations. */
      count: Count,
      organizations: Count,
    }),
  ),
});

/** A list file of the paged exposure feed: its pages in order. */
export type ExposureList = z.output<typeof ExposureList>;

/** A page of a list: its entries, in the list's order. Checked entry by entry like `ExposureFeed.items`. */
export const ExposurePage = z.object({
  items: recordList,
});

/** A page file of the paged exposure feed. */
export type ExposurePage = z.output<typeof ExposurePage>;

/**
 * The lists of each court, by the court an entry is filed under: its `courtCode`, else the code in its
 * case number, as court.json knows the court (a former code files it under the court's current code).
 */
export const ExposureCourtLists = z.object({
  courts: z.array(z.object({ court: z.string().check(z.minLength(1)), lists: z.array(ExposureListRef) })),
});

/** The per-court lists of the paged exposure feed. */
export type ExposureCourtLists = z.output<typeof ExposureCourtLists>;

/**
 * The paged exposure feed's index (`exposure/index.json`): the only file of it that changes in place.
 * Small, sent with `Cache-Control: no-cache` and revalidated with its ETag on every poll (a 304 when
 * unchanged).
 */
export const ExposureIndex = z.object({
  format: z.literal('zhixing-exposure/2'),
  version: z.string().check(z.minLength(1)),
  generatedAt: Timestamp,
  court: Court,
  period: z.optional(Period),
  /** Where list files live, relative to the index; `{list}` is replaced by a list id. */
  listPath: RelativePath('{list}', hasListPlaceholder),
  /** Where page files live, relative to the index; `{page}` is replaced by a page id. */
  pagePath: RelativePath('{page}', hasPagePlaceholder),
  /** The province-wide lists: every section present, in both orders. */
  lists: z.array(ExposureListRef),
  /** The lists of each court (`ExposureCourtLists`), relative to the index. */
  courts: z.optional(FilePath),
  /**
   * What changed since the version named in `since` (the one published before): a board holding
   * that version can say how many entries came and went without comparing them.
   */
  changes: z.optional(z.object({ since: z.string(), added: Count, removed: Count, changed: Count })),
  /** Entries removed recently (since `removalsSince`): never shown, even from a copy kept elsewhere. */
  removals: z.optional(z.array(RemovalEntry)),
  removalsSince: z.optional(z.string()),
});

/** The paged exposure feed's index (`exposure/index.json`). */
export type ExposureIndex = z.output<typeof ExposureIndex>;

/**
 * What `exposure.json` holds when the publisher no longer writes the whole list there (a province's
 * board is too large for one file): readers of this contract version read `index` instead; readers of
 * the previous one fail on it with a validation error instead of showing an empty or outdated board.
 */
export const ExposureMoved = z.object({
  format: z.literal('zhixing-exposure/moved'),
  /** The paged feed's index, relative to the feed base. */
  index: z.string(),
  message: z.optional(z.string()),
});

/** `exposure.json` when the whole list moved to the paged feed. */
export type ExposureMoved = z.output<typeof ExposureMoved>;
