// Writing a feed to disk safely, for a million records in bounded memory.
//
// Order of writes (a crash at any point leaves the previous version served intact):
//  1. every record is appended, as one JSON line, to one of 256 bucket files (by name hash) in a
//     temporary directory `debtors/shards/.tmp-<id>/`; nothing else is held in memory;
//  2. bucket by bucket, shards and hot-name files are built and written into that directory;
//  3. the directory is renamed to `debtors/shards/<content hash>/` (an atomic rename);
//  4. court.json and stats files (if given), each written to a temporary name and renamed;
//  5. the paged exposure feed's content-addressed files (`exposure/lists|pages|courts/<content id>.json`)
//     that do not exist yet, each written to a temporary name and renamed: an unchanged page keeps its
//     file and its name;
//  6. `debtors/manifest.json`, then `exposure.json`, then `exposure/index.json`, each written to a
//     temporary name and renamed;
//  7. the readable page (`list-<n>.html`, then `index.html`, each atomically), then leftover
//     `list-<n>.html` of a longer earlier version deleted (see readable-page.ts).
// Readers see the old manifest (pointing at the old, untouched shard directory) and the old exposure
// index (pointing at files that are never changed or deleted by a publish) until step 6.
import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { EnforcementStats as EnforcementStatsSchema, ExposureCourtLists, ExposureFeed, ExposureIndex, ExposureList, ExposurePage, ShardManifest, chooseShardCount, feedPaths, fnv1a32, normalizeName, shardOf } from '@zhixing/sdk';
import type { Court, DebtorRecord, EnforcementStats, ExposureItem, ExposureIndex as ExposureIndexType, Period, RemovalEntry, ShardManifest as ShardManifestType, StatsIndex, ExposureFeed as ExposureFeedType } from '@zhixing/sdk';
import { buildDelta } from './delta.js';
import type { DeltaOptions, HiddenRecord } from './delta.js';
import { buildPagedExposure, entryFingerprints, exposureMoved } from './exposure-pages.js';
import { identityHash, identityKey } from './ids.js';
import type { PagedFile } from './exposure-pages.js';
import { LEGACY_EXPOSURE_LIMIT, feedEnvelopes, nowInChina, shardContentHash } from './feed.js';
import { isReadableListPage, renderReadablePages } from './readable-page.js';
import type { ReadablePageInput } from './readable-page.js';
import { buildShard, identifierKey } from './shards.js';
import type { HotNameOptions, ShardEntryAccess } from './shards.js';
import { compareVersions, nextVersion } from './version.js';

/** The file operations the writer uses; tests inject failures here to simulate a crash. */
export interface FeedFs {
  /** Writes a file. */
  writeFile(path: string, data: string): Promise<void>;
  /** Appends to a file. */
  appendFile(path: string, data: string): Promise<void>;
  /** Renames atomically. */
  rename(from: string, to: string): Promise<void>;
  /** Creates a folder and its parents. */
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  /** Removes a file or folder. */
  rm(path: string, options: { recursive: true; force: true }): Promise<void>;
  /** Reads a text file. */
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  /** Lists a folder. */
  readdir(path: string): Promise<string[]>;
  /** Modification time and kind of a path. */
  stat(path: string): Promise<{
    mtimeMs: number;
    /** Whether the path is a folder. */
    isDirectory: () => boolean;
  }>;
}

/** The file system of Node (`node:fs/promises`). */
export const realFs: FeedFs = {
  writeFile: (p, d) => nodeFs.writeFile(p, d),
  appendFile: (p, d) => nodeFs.appendFile(p, d),
  rename: (a, b) => nodeFs.rename(a, b),
  mkdir: (p, o) => nodeFs.mkdir(p, o),
  rm: (p, o) => nodeFs.rm(p, o),
  readFile: (p, e) => nodeFs.readFile(p, e),
  readdir: (p) => nodeFs.readdir(p),
  stat: (p) => nodeFs.stat(p),
};

/** The publisher's own notes in the feed folder (earlier exposure indexes for `prune`): never uploaded. */
export const STATE_DIR = '.zhixing';
const INDEX_HISTORY = `${STATE_DIR}/exposure-index`;
/** Every removal still listed anywhere (exposure.json: 90 days); manifest and index list only the recent ones. */
const REMOVAL_LOG = `${STATE_DIR}/removals.json`;

/** When a new base is written instead of a delta over the published one. */
export interface CompactionPolicy {
  /** The delta would be larger than this share of the base's bytes. Default 0.04. */
  ratio?: number;
  /**
   * The base is this many days old: removed records (hidden by the delta from every reader) leave the
   * published files at the latest then. Default 7.
   */
  maxDays?: number;
}

/** A new base (every shard written again) once the delta would pass 4 % of the base's bytes, or the base is 7 days old. */
export const COMPACTION_DEFAULTS: Required<CompactionPolicy> = { ratio: 0.04, maxDays: 7 };

/** Removals the manifest and the board's index list: those of the last 3 days, at most 1,000. */
export const RECENT_REMOVALS = { days: 3, max: 1_000 };

/** What the publisher notes about a base it wrote (`.zhixing/base/<hash>/meta.json`), next to each record's fingerprint. */
interface BaseMeta {
  version: string;
  shardCount: number;
  hot: HotNameOptions | false;
  /** Bytes of its shard and hot-name files. */
  bytes: number;
  records: number;
  createdAt: string;
  /** Its hot names (normalised): their changes get delta files of their own. */
  hotNames: string[];
}

/** A record's fingerprint: 16 hex digits of the MD5 of its JSON. */
function fingerprint(json: string): string {
  return createHash('md5').update(json).digest('hex').slice(0, 16);
}

/** 16 hex digits naming some content. */
function contentHashOf(text: string): string {
  return createHash('md5').update(text).digest('hex').slice(0, 16);
}

/**
 * A record as the writer keeps it between `add` and `commit`: its JSON and what shards, the diff and
 * the notes read of it (a province's records are parsed once, when they are added).
 */
interface Entry {
  position: number;
  /** The id as JSON (tab-free). */
  id: string;
  /** normalizeName(name). */
  name: string;
  publishedOn: string;
  /** The identifier key (`identifierKey`), or ''. */
  key: string;
  /** identityHash(identityKey(record)), as text (for `settleIds`). */
  identity: string;
  /** The record's `courtCode` (multi-court feeds: hot-name pages go court by court), or ''. */
  court: string;
  json: string;
}

/** The tab-separated fields of an entry after its position: id (JSON), name, publishedOn, key, identity, court. */
function entryFields(record: DebtorRecord, name: string): string {
  return `${JSON.stringify(record.id)}\t${name}\t${record.publishedOn}\t${identifierKey(record) ?? ''}\t${identityHash(identityKey(record))}\t${record.courtCode ?? ''}`;
}

const ENTRY_ACCESS: ShardEntryAccess<Entry> = { name: (e) => e.name, publishedOn: (e) => e.publishedOn, key: (e) => e.key || undefined, courtCode: (e) => e.court || undefined };

/** A shard or hot-name file whose records are entries: their JSON goes in as it is. */
function withRecords(body: { records: Entry[] }): string {
  const text = JSON.stringify(body, (key, value: unknown) => (key === 'records' ? RECORDS_MARK : value));
  return text.replace(JSON.stringify(RECORDS_MARK), `[${body.records.map((e) => e.json).join(',')}]`);
}
const RECORDS_MARK = '\u0000records\u0000';

/** The notes of one bucket, by id as JSON; undefined when they are missing. */
async function readFingerprints(fs: FeedFs, path: string): Promise<Map<string, { fp: string; name: string; identity: number }> | undefined> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  const out = new Map<string, { fp: string; name: string; identity: number }>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [id, fp, name, identity] = line.split('\t');
    out.set(id!, { fp: fp!, name: name!, identity: Number(identity) });
  }
  return out;
}

/** Renames a finished directory into place; when its content-addressed name exists already, keeps that one. */
async function moveIntoPlace(fs: FeedFs, from: string, to: string): Promise<void> {
  let exists = false;
  try {
    exists = (await fs.stat(to)).isDirectory();
  } catch {
    exists = false;
  }
  if (exists) await fs.rm(from, { recursive: true, force: true });
  else {
    await fs.mkdir(dirname(to), { recursive: true });
    await fs.rename(from, to);
  }
}

/** Whole days from one timestamp to another. */
function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** The removals of the last {@link RECENT_REMOVALS} days (at most its `max`, the newest). */
export function recentRemovals(removals: readonly RemovalEntry[], generatedAt: string): RemovalEntry[] {
  const since = new Date(Date.parse(generatedAt) + 8 * 3_600_000 - RECENT_REMOVALS.days * 86_400_000).toISOString().slice(0, 10);
  return removals.filter((r) => r.removedOn >= since).slice(-RECENT_REMOVALS.max);
}

/** The removal log kept in the feed folder, or undefined. */
export async function readRemovalLog(dir: string, fs: FeedFs = realFs): Promise<RemovalEntry[] | undefined> {
  return readJson<RemovalEntry[]>(fs, join(dir, REMOVAL_LOG)).catch(() => undefined);
}

const posixJoin = posix.join;
const posixDirname = posix.dirname;

const BUCKETS = 256;
const FLUSH_BYTES = 1 << 18;

/** Writes `data` to a temporary file beside `path`, then renames it over `path` (atomic on POSIX). */
export async function writeFileAtomic(path: string, data: string, fs: FeedFs = realFs): Promise<void> {
  const temp = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  await fs.mkdir(dirname(path), { recursive: true });
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

/** {@link writeFileAtomic}, unless the file already holds exactly `data`. */
async function writeIfChanged(path: string, data: string, fs: FeedFs): Promise<void> {
  const current = await fs.readFile(path, 'utf8').catch(() => undefined);
  if (current !== data) await writeFileAtomic(path, data, fs);
}

async function readJson<T>(fs: FeedFs, path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await fs.readFile(path, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The published state of a feed directory, as a reader would see it now. */
export interface PublishedFeed {
  manifest?: ShardManifestType;
  /** The board: `exposure.json`, or read back from the paged feed when exposure.json only points there. */
  exposure?: ExposureFeedType;
  /** The paged exposure feed's index, when there is one. */
  exposureIndex?: ExposureIndexType;
  court?: Court;
  statsIndex?: StatsIndex;
}

/** The feed published in `dir`, or undefined when there is none. */
export async function loadPublishedFeed(dir: string, fs: FeedFs = realFs): Promise<PublishedFeed> {
  const manifest = await readJson<unknown>(fs, join(dir, feedPaths.shardManifest()));
  const exposure = await readJson<unknown>(fs, join(dir, feedPaths.exposure()));
  const index = await readJson<unknown>(fs, join(dir, feedPaths.exposureIndex()));
  const court = await readJson<Court>(fs, join(dir, feedPaths.court()));
  const statsIndex = await readJson<StatsIndex>(fs, join(dir, feedPaths.statsIndex()));
  const out: PublishedFeed = {};
  if (manifest !== undefined) {
    const parsed = ShardManifest.safeParse(manifest);
    if (!parsed.success) throw new Error(`${feedPaths.shardManifest()}: 不是有效的清单 / not a valid manifest: ${parsed.error.issues[0]?.message}`);
    out.manifest = parsed.data;
  }
  if (index !== undefined) {
    const parsed = ExposureIndex.safeParse(index);
    if (!parsed.success) throw new Error(`${feedPaths.exposureIndex()}: 无效 / not valid: ${parsed.error.issues[0]?.message}`);
    out.exposureIndex = parsed.data;
  }
  const moved = (exposure as { format?: unknown } | undefined)?.format === 'zhixing-exposure/moved';
  if (exposure !== undefined && !moved) {
    const parsed = ExposureFeed.safeParse(exposure);
    if (!parsed.success) throw new Error(`${feedPaths.exposure()}: 无效 / not valid: ${parsed.error.issues[0]?.message}`);
    out.exposure = parsed.data;
  } else if (out.exposureIndex) {
    const { format: _format, listPath: _l, pagePath: _p, lists: _lists, courts: _c, changes: _changes, ...envelope } = out.exposureIndex;
    out.exposure = { ...envelope, items: await readPagedItems(dir, out.exposureIndex, fs) };
  }
  if (court) out.court = court;
  if (statsIndex) out.statsIndex = statsIndex;
  return out;
}

/**
 * The content-addressed files the published version references, relative to the feed folder: whole
 * directories (the shard directory) and single files (the paged board's lists, pages and court lists).
 * What `upload` sends as immutable and what `prune` keeps.
 */
export async function referencedFiles(dir: string, published: PublishedFeed, fs: FeedFs = realFs): Promise<{ dirs: string[]; files: Set<string> }> {
  const dirs: string[] = [];
  const files = new Set<string>();
  const manifest = published.manifest;
  if (manifest) {
    const shardDir = posixJoin(dirname(feedPaths.shardManifest()), posixDirname(manifest.shardPath));
    if (shardDir !== 'debtors/shards') dirs.push(shardDir);
    if (manifest.format === 'zhixing-shards/2' && manifest.delta) dirs.push(posixJoin(dirname(feedPaths.shardManifest()), posixDirname(manifest.delta.path)));
  }
  const index = published.exposureIndex;
  if (index) {
    const base = dirname(feedPaths.exposureIndex());
    const lists = [...index.lists];
    if (index.courts) {
      files.add(posixJoin(base, index.courts));
      const courts = ExposureCourtLists.safeParse(await readJson<unknown>(fs, join(dir, base, index.courts)));
      if (courts.success) for (const court of courts.data.courts) lists.push(...court.lists);
    }
    for (const ref of lists) {
      const listPath = posixJoin(base, index.listPath.replace('{list}', ref.list));
      if (files.has(listPath)) continue;
      files.add(listPath);
      const list = ExposureList.safeParse(await readJson<unknown>(fs, join(dir, listPath)));
      if (list.success) for (const page of list.data.pages) files.add(posixJoin(base, index.pagePath.replace('{page}', page.id)));
    }
  }
  return { dirs, files };
}

/** Every entry of a published paged exposure feed, read from its province-wide lists (one order). */
export async function readPagedItems(dir: string, index: ExposureIndexType, fs: FeedFs = realFs): Promise<unknown[]> {
  const base = join(dir, dirname(feedPaths.exposureIndex()));
  const items: unknown[] = [];
  for (const ref of index.lists) {
    if (ref.sort !== 'published') continue;
    const list = ExposureList.safeParse(await readJson<unknown>(fs, join(base, index.listPath.replace('{list}', ref.list))));
    if (!list.success) throw new Error(`${feedPaths.exposureIndex()}: 列表 ${ref.list} 缺失或无效 / list ${ref.list} missing or not valid`);
    for (const page of list.data.pages) {
      const body = ExposurePage.safeParse(await readJson<unknown>(fs, join(base, index.pagePath.replace('{page}', page.id))));
      if (!body.success) throw new Error(`${feedPaths.exposureIndex()}: 页 ${page.id} 缺失或无效 / page ${page.id} missing or not valid`);
      items.push(...body.data.items);
    }
  }
  return items;
}

/** The published delta layer: its records and the base ids it hides (empty without one). */
async function readDeltaLayer(dir: string, manifest: ShardManifestType, fs: FeedFs): Promise<{ records: DebtorRecord[]; hidden: Set<string> }> {
  const records: DebtorRecord[] = [];
  const hidden = new Set<string>();
  const delta = manifest.delta;
  if (manifest.format !== 'zhixing-shards/2' || !delta) return { records, hidden };
  const base = join(dir, dirname(feedPaths.shardManifest()));
  const width = Math.max(1, (delta.count - 1).toString(16).length);
  const take = (file: { records: DebtorRecord[]; hidden: string[] } | undefined) => {
    if (!file) return;
    records.push(...file.records);
    for (const id of file.hidden) hidden.add(id);
  };
  for (let i = 0; i < delta.count; i++) {
    const group = await readJson<{ records: DebtorRecord[]; hidden: string[]; hot?: Array<{ path: string }> }>(fs, join(base, delta.path.replace('{delta}', i.toString(16).padStart(width, '0'))));
    take(group);
    for (const own of group?.hot ?? []) take(await readJson(fs, join(base, own.path)));
  }
  return { records, hidden };
}

/**
 * Every record of the published feed (shards and hot-name pages, less what the delta hides or
 * replaces, plus the delta's records), read shard by shard from the directory the current manifest
 * points at.
 */
export async function* readPublishedRecords(dir: string, manifest: ShardManifestType, fs: FeedFs = realFs): AsyncGenerator<DebtorRecord> {
  const base = join(dir, dirname(feedPaths.shardManifest()));
  const delta = await readDeltaLayer(dir, manifest, fs);
  for (const record of delta.records) delta.hidden.add(record.id);
  const width = Math.max(1, (manifest.shardCount - 1).toString(16).length);
  for (let i = 0; i < manifest.shardCount; i++) {
    const id = i.toString(16).padStart(width, '0');
    const shard = await readJson<{ records: DebtorRecord[]; hot?: Array<{ total: number; pageSize: number; pagePath: string }> }>(fs, join(base, manifest.shardPath.replace('{shard}', id)));
    if (!shard) continue;
    for (const record of shard.records) if (!delta.hidden.has(record.id)) yield record;
    for (const hot of shard.hot ?? []) {
      for (let page = 1; (page - 1) * hot.pageSize < hot.total; page++) {
        const file = await readJson<{ records: DebtorRecord[] }>(fs, join(base, hot.pagePath.replace('{page}', String(page))));
        for (const record of file?.records ?? []) if (!delta.hidden.has(record.id)) yield record;
      }
    }
  }
  yield* delta.records;
}

/**
 * The ids of the published records with their identity hashes, what `settleIds` needs: from the
 * base's notes (fast) less the delta's hidden and replaced ids, plus the delta's records; without
 * notes (a feed of format 1), read from the records themselves.
 */
export async function* readPublishedIds(dir: string, manifest: ShardManifestType, fs: FeedFs = realFs): AsyncGenerator<DebtorRecord | { id: string; identity: number }> {
  const hash = manifest.format === 'zhixing-shards/2' ? /^shards\/([0-9a-f]+)\//.exec(manifest.shardPath)?.[1] : undefined;
  const notes = hash ? join(dir, STATE_DIR, 'base', hash) : undefined;
  if (!notes || !(await readJson(fs, join(notes, 'meta.json')).catch(() => undefined))) {
    yield* readPublishedRecords(dir, manifest, fs);
    return;
  }
  const delta = await readDeltaLayer(dir, manifest, fs);
  for (const record of delta.records) delta.hidden.add(record.id);
  for (let b = 0; b < BUCKETS; b++) {
    const bucket = await readFingerprints(fs, join(notes, `fp-${b}.tsv`));
    if (!bucket) continue;
    for (const [quoted, note] of bucket) {
      const id = JSON.parse(quoted) as string;
      if (!delta.hidden.has(id)) yield { id, identity: note.identity };
    }
  }
  yield* delta.records;
}

/** Options of {@link FeedWriter}. */
export interface FeedWriterOptions {
  /** Feed directory (the one holding court.json, exposure.json, debtors/). */
  dir: string;
  /** Explicit version; must be greater than the published one. Default from the clock. */
  version?: string;
  /** Default now in China (+08:00). */
  generatedAt?: string;
  shardCount?: number;
  hot?: HotNameOptions | false;
  /** See `StaticFeedInput.legacyExposureLimit`. */
  legacyExposureLimit?: number;
  /** Write a new base (every shard) even when a delta over the published one would do. */
  compact?: boolean;
  /** When a delta gives way to a new base; default {@link COMPACTION_DEFAULTS}. */
  compaction?: CompactionPolicy;
  /** Sizes of the delta files. */
  delta?: DeltaOptions;
  fs?: FeedFs;
}

/** The content of a new feed version. */
export interface CommitInput {
  /** Rewritten only when given (a removal keeps court.json and stats as they are). */
  court?: Court;
  statsIndex?: StatsIndex;
  stats?: EnforcementStats[];
  /** Court shown in exposure.json; default `court`, or the published exposure's court. */
  exposureCourt?: Court;
  exposure: { items: readonly ExposureItem[]; period?: Period };
  removals?: readonly RemovalEntry[];
  removalsSince?: string;
  /**
   * Applied to each record as the shards are built: what can only be decided once every record was
   * added (the publisher's derived record ids, ids.ts). The shard directory is named before; its
   * name includes the version, so it is still never reused for other content.
   */
  finalize?: (record: DebtorRecord) => DebtorRecord;
  /** With `finalize`: whether a record added under this id may come out under another (the others are not parsed). */
  mayRename?: (id: string) => boolean;
}

/** The version written and the files changed. */
export interface CommitResult {
  version: string;
  previousVersion?: string;
  recordCount: number;
  shardCount: number;
  /** `shards/<hash>`, relative to the manifest. */
  shardDir: string;
  /** Shard and hot-name files written. */
  files: number;
  hotNames: number;
  /** Largest shard or hot file, raw bytes. */
  largestFile: { path: string; bytes: number };
  /** Every file this version wrote (shards, paged exposure, top-level files), and their bytes. */
  written: { files: number; bytes: number };
  /** The paged exposure feed: files it references, and of them those that already existed (kept as they were). */
  exposure: { files: number; reused: number };
  /** Why a new base was written (every shard), when it was. */
  compacted?: string;
  /** The delta written instead: records new or changed, base records hidden, its files and the records' bytes. */
  delta?: { records: number; hidden: number; files: number; bytes: number };
}

/**
 * Streams records into a new feed version. `add` each record, then `commit` (or `abort`). Until the
 * manifest is renamed into place, nothing a reader sees changes.
 */
export class FeedWriter {
  readonly version: string;
  readonly previousVersion: string | undefined;
  readonly generatedAt: string;
  private readonly fs: FeedFs;
  private readonly tmp: string;
  private readonly buffers: string[] = new Array<string>(BUCKETS).fill('');
  private readonly hash = shardContentHash();
  private count = 0;
  private closed = false;
  private made = false;
  /** Directories this writer created (removed again on abort, when empty). */
  private createdDirs: string[] = [];

  /** Files and bytes written by this version (every `writeFile` through {@link fs}). */
  private readonly tally = { files: 0, bytes: 0 };

  private constructor(private readonly options: FeedWriterOptions, version: string, previous: string | undefined, generatedAt: string) {
    const base = options.fs ?? realFs;
    const tally = this.tally;
    this.fs = {
      ...base,
      async writeFile(path, data) {
        await base.writeFile(path, data);
        // Bucket files are scratch space and `.zhixing/` the publisher's own notes: not part of the feed.
        if (!path.endsWith('.ndjson') && !path.includes(`${STATE_DIR}`)) {
          tally.files++;
          tally.bytes += Buffer.byteLength(data);
        }
      },
    };
    this.version = version;
    this.previousVersion = previous;
    this.generatedAt = generatedAt;
    this.tmp = join(options.dir, 'debtors', 'shards', `.tmp-${process.pid}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`);
  }

  /** Opens a writer; throws VersionError when the version would not go forward. */
  static async open(options: FeedWriterOptions): Promise<FeedWriter> {
    const fs = options.fs ?? realFs;
    const published = await readJson<{ version?: string }>(fs, join(options.dir, feedPaths.shardManifest()));
    const exposure = await readJson<{ version?: string }>(fs, join(options.dir, feedPaths.exposure()));
    const index = await readJson<{ version?: string }>(fs, join(options.dir, feedPaths.exposureIndex()));
    const generatedAt = options.generatedAt ?? nowInChina();
    // The greatest of the published versions is the one to beat.
    const previous = [published?.version, exposure?.version, index?.version].filter((v): v is string => typeof v === 'string').sort((a, b) => compareVersions(b, a))[0];
    const version = nextVersion(previous, generatedAt, options.version);
    const writer = new FeedWriter(options, version, previous, generatedAt);
    // Nothing is created until the first record is flushed: a refused build leaves no trace.
    for (let d = dirname(writer.tmp); ; d = dirname(d)) {
      try {
        await fs.stat(d);
        break;
      } catch {
        writer.createdDirs.push(d);
      }
      if (d === options.dir || dirname(d) === d) break;
    }
    return writer;
  }

  get recordCount(): number {
    return this.count;
  }

  /** Appends one (already screened, masked) record. */
  async add(record: DebtorRecord): Promise<void> {
    const json = JSON.stringify(record);
    this.hash.update(json);
    const name = normalizeName(record.name);
    const bucket = fnv1a32(name) % BUCKETS;
    // What shards, hot-name files, the diff and the notes need, beside the record's JSON: the record is
    // never parsed again (each field is tab-free: the id as JSON, the name normalised).
    const line = `${this.count++}\t${entryFields(record, name)}\t${json}\n`;
    const buffered = (this.buffers[bucket] += line);
    if (buffered.length >= FLUSH_BYTES) await this.flush(bucket);
  }

  private async ensureTmp(): Promise<void> {
    if (this.made) return;
    await this.fs.mkdir(this.tmp, { recursive: true });
    this.made = true;
  }

  private async flush(bucket: number): Promise<void> {
    const data = this.buffers[bucket]!;
    if (!data) return;
    await this.ensureTmp();
    this.buffers[bucket] = '';
    await this.fs.appendFile(join(this.tmp, `bucket-${bucket}.ndjson`), data);
  }

  private async readBucketLines(bucket: number): Promise<Entry[]> {
    let text: string;
    try {
      text = await this.fs.readFile(join(this.tmp, `bucket-${bucket}.ndjson`), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const out: Entry[] = [];
    let start = 0;
    while (start < text.length) {
      const end = text.indexOf('\n', start);
      const t = [start - 1];
      for (let i = 0; i < 7; i++) t.push(text.indexOf('\t', t[i]! + 1));
      const field = (i: number) => text.slice(t[i]! + 1, t[i + 1]);
      out.push({ position: Number(field(0)), id: field(1), name: field(2), publishedOn: field(3), key: field(4), identity: field(5), court: field(6), json: text.slice(t[7]! + 1, end) });
      start = end + 1;
    }
    return out;
  }

  /** An entry after `finalize` (a settled record id): parsed only when its id may change. */
  private finalized(entry: Entry, finalize: CommitInput['finalize'], mayRename: ((id: string) => boolean) | undefined): Entry {
    if (!finalize || (mayRename && !mayRename(JSON.parse(entry.id) as string))) return entry;
    const record = JSON.parse(entry.json) as DebtorRecord;
    const next = finalize(record);
    if (next === record) return entry;
    const fields = entryFields(next, entry.name).split('\t');
    return { ...entry, id: fields[0]!, identity: fields[4]!, court: fields[5]!, json: JSON.stringify(next) };
  }

  /**
   * The records that differ from the base (new or changed) and the base records gone or replaced,
   * bucket by bucket against the base's fingerprints; undefined when they come to more than
   * `limitBytes` (a new base is then cheaper for readers than a delta this large).
   */
  private async diffAgainstBase(state: string, finalize: CommitInput['finalize'], mayRename: ((id: string) => boolean) | undefined, limitBytes: number): Promise<{ records: DebtorRecord[]; hidden: HiddenRecord[]; bytes: number } | undefined> {
    const records: DebtorRecord[] = [];
    const hidden: HiddenRecord[] = [];
    let bytes = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const base = await readFingerprints(this.fs, join(state, `fp-${b}.tsv`));
      if (!base) return undefined;
      for (const line of await this.readBucketLines(b)) {
        const { id, json } = this.finalized(line, finalize, mayRename);
        const before = base.get(id);
        if (before && before.fp === fingerprint(json)) {
          base.delete(id);
          continue;
        }
        if (before) {
          hidden.push({ id: JSON.parse(id) as string, name: before.name });
          base.delete(id);
        }
        records.push(JSON.parse(json) as DebtorRecord);
        bytes += json.length;
      }
      for (const [id, gone] of base) {
        hidden.push({ id: JSON.parse(id) as string, name: gone.name });
        bytes += id.length;
      }
      if (bytes > limitBytes) return undefined;
    }
    return { records, hidden, bytes };
  }

  /** Removes the temporary directory; the published feed is untouched. */
  async abort(): Promise<void> {
    this.closed = true;
    await this.fs.rm(this.tmp, { recursive: true, force: true });
    for (const d of this.createdDirs) await nodeFs.rmdir(d).catch(() => undefined);
  }

  /**
   * Writes a new version: shards (or only a delta over the shards published) first, manifest and
   * exposure last, so readers never see half a version.
   */
  async commit(input: CommitInput): Promise<CommitResult> {
    if (this.closed) throw new Error('writer already closed');
    this.closed = true;
    const fs = this.fs;
    const dir = this.options.dir;
    const debtorsDir = join(dir, 'debtors');
    let stateTmp: string | undefined;
    let deltaTmp: string | undefined;
    try {
      for (let b = 0; b < BUCKETS; b++) await this.flush(b);
      await this.ensureTmp();
      const shardCount = this.options.shardCount ?? chooseShardCount(this.count);
      shardOf('', shardCount);
      const hot = this.options.hot ?? {};
      let files = 0;
      let hotNames = 0;
      let largest = { path: '', bytes: 0 };

      // The base published: reused when the changes since it are small (a delta), else rewritten.
      const previous = await readJson<ShardManifestType>(fs, join(dir, feedPaths.shardManifest())).catch(() => undefined);
      const previousBase = previous?.format === 'zhixing-shards/2' ? /^shards\/([0-9a-f]+)\/\{shard\}\.json$/.exec(previous.shardPath)?.[1] : undefined;
      const meta = previousBase ? await readJson<BaseMeta>(fs, join(dir, STATE_DIR, 'base', previousBase, 'meta.json')).catch(() => undefined) : undefined;
      const policy = { ...COMPACTION_DEFAULTS, ...this.options.compaction };
      let compactReason: string | undefined;
      if (this.options.compact) compactReason = 'asked';
      else if (!previous) compactReason = 'first version';
      else if (!previousBase || !meta) compactReason = 'no base to build on (format 1, or its notes are missing)';
      else if (meta.shardCount !== shardCount) compactReason = `shard count ${meta.shardCount} → ${shardCount}`;
      else if (JSON.stringify(meta.hot) !== JSON.stringify(hot)) compactReason = 'hot-name options changed';
      else if (daysBetween(meta.createdAt, this.generatedAt) >= policy.maxDays) compactReason = `base ${policy.maxDays} days old or more (removed records leave the files)`;
      let diff: { records: DebtorRecord[]; hidden: HiddenRecord[]; bytes: number } | undefined;
      if (!compactReason) {
        diff = await this.diffAgainstBase(join(dir, STATE_DIR, 'base', previousBase!), input.finalize, input.mayRename, policy.ratio * meta!.bytes);
        if (!diff) compactReason = `changes above ${Math.round(policy.ratio * 100)} % of the base`;
      }

      let manifestFields: { shardPath: string; base: string; delta?: NonNullable<ShardManifestType['delta']> };
      let shardDir: string;
      let deltaInfo: CommitResult['delta'];
      if (!compactReason && diff) {
        // A delta over the published base: only the delta files are written.
        shardDir = `shards/${previousBase}`;
        const baseHot = new Set(meta!.hotNames ?? []);
        const draft = buildDelta(diff.records, diff.hidden, this.version, 'delta/_', shardCount, this.options.delta, baseHot);
        const deltaDir = `delta/${contentHashOf(`${this.version}\n${draft.files.map((f) => JSON.stringify(f.body)).join('\n')}`)}`;
        const built = buildDelta(diff.records, diff.hidden, this.version, deltaDir, shardCount, this.options.delta, baseHot);
        deltaTmp = join(debtorsDir, 'delta', `.tmp-${process.pid}-${Date.now().toString(36)}`);
        await fs.mkdir(deltaTmp, { recursive: true });
        for (const file of built.files) {
          const text = JSON.stringify(file.body);
          if (text.length > largest.bytes) largest = { path: file.path, bytes: Buffer.byteLength(text) };
          await fs.writeFile(join(deltaTmp, file.path.slice(deltaDir.length + 1)), text);
        }
        await moveIntoPlace(fs, deltaTmp, join(debtorsDir, deltaDir));
        deltaTmp = undefined;
        await fs.rm(this.tmp, { recursive: true, force: true });
        manifestFields = {
          shardPath: previous!.shardPath,
          base: previous!.base ?? meta!.version,
          ...(built.files.length ? { delta: { version: this.version, count: built.count, path: `${deltaDir}/{delta}.json`, records: built.records } } : {}),
        };
        deltaInfo = { records: diff.records.length, hidden: diff.hidden.length, files: built.files.length, bytes: diff.bytes };
      } else {
        // A new base: every shard, with the notes (fingerprints) the next version diffs against.
        const hash = this.hash.finish(this.version, shardCount, hot);
        shardDir = `shards/${hash}`;
        const finalDir = join(debtorsDir, shardDir);
        stateTmp = join(dir, STATE_DIR, 'base', `.tmp-${process.pid}-${Date.now().toString(36)}`);
        await fs.mkdir(stateTmp, { recursive: true });
        let baseBytes = 0;
        const baseHotNames: string[] = [];
        const write = async (relative: string, body: { records: Entry[] }) => {
          const text = withRecords(body);
          const size = Buffer.byteLength(text);
          baseBytes += size;
          if (size > largest.bytes) largest = { path: relative, bytes: size };
          await fs.writeFile(join(this.tmp, relative.slice(shardDir.length + 1)), text);
          files++;
        };
        // Bucket b holds the records whose name hash ≡ b (mod 256). With 256 shards or more a bucket holds
        // whole shards; with fewer, shard s is spread over the buckets ≡ s (mod shardCount): read together.
        const groups = Math.min(BUCKETS, shardCount);
        for (let group = 0; group < groups; group++) {
          const members: number[] = [];
          for (let b = group; b < BUCKETS; b += groups) members.push(b);
          let lines: Entry[] = [];
          for (const b of members) {
            const bucket = (await this.readBucketLines(b)).map((line) => this.finalized(line, input.finalize, input.mayRename));
            let notes = '';
            for (const line of bucket) notes += `${line.id}\t${fingerprint(line.json)}\t${line.name}\t${line.identity}\n`;
            await fs.writeFile(join(stateTmp, `fp-${b}.tsv`), notes);
            lines = lines.concat(bucket);
          }
          if (members.length > 1) lines.sort((a, b) => a.position - b.position);
          const width = Math.max(1, (shardCount - 1).toString(16).length);
          const byShard = new Map<string, Entry[]>();
          for (const line of lines) {
            const id = (fnv1a32(line.name) % shardCount).toString(16).padStart(width, '0');
            let list = byShard.get(id);
            if (!list) byShard.set(id, (list = []));
            list.push(line);
          }
          // One group's files are written concurrently (a few dozen at a time): sequential awaits left
          // the CPU idle for most of a 100k build.
          const pending: Array<Promise<void>> = [];
          for (const [id, records] of [...byShard].sort(([a], [b]) => (a < b ? -1 : 1))) {
            const built = hot === false ? { shard: { version: this.version, shard: id, records }, files: [] } : buildShard(id, records, this.version, shardDir, hot, ENTRY_ACCESS);
            hotNames += built.shard.hot?.length ?? 0;
            for (const h of built.shard.hot ?? []) baseHotNames.push(h.name);
            pending.push(write(`${shardDir}/${id}.json`, built.shard));
            for (const file of built.files) pending.push(write(file.path, file.body));
          }
          await Promise.all(pending);
          for (const b of members) await fs.rm(join(this.tmp, `bucket-${b}.ndjson`), { recursive: true, force: true });
        }
        const baseMeta: BaseMeta = { version: this.version, shardCount, hot, bytes: baseBytes, records: this.count, createdAt: this.generatedAt, hotNames: baseHotNames.sort() };
        await fs.writeFile(join(stateTmp, 'meta.json'), JSON.stringify(baseMeta));
        // The finished directory takes its content name in one rename (the same content published
        // again is already there: kept), then its notes.
        await moveIntoPlace(fs, this.tmp, finalDir);
        await moveIntoPlace(fs, stateTmp, join(dir, STATE_DIR, 'base', hash));
        stateTmp = undefined;
        manifestFields = { shardPath: `${shardDir}/{shard}.json`, base: this.version };
      }

      // Written only when they change: an unchanged file keeps its ETag and is not uploaded again.
      if (input.court) await writeIfChanged(join(dir, feedPaths.court()), JSON.stringify(input.court), fs);
      // A multi-court index (`courts`) names each court's files: stats/{courtId}/{periodId}.json.
      const statsPath = (stats: EnforcementStats) => (input.statsIndex?.courts ? feedPaths.courtStats(stats.courtId, stats.period.id) : feedPaths.stats(stats.period.id));
      for (const stats of input.stats ?? []) await writeIfChanged(join(dir, statsPath(stats)), JSON.stringify(stats), fs);
      if (input.statsIndex) await writeIfChanged(join(dir, feedPaths.statsIndex()), JSON.stringify(input.statsIndex), fs);

      const court = input.exposureCourt ?? input.court;
      if (!court) throw new Error('commit: a court is needed for exposure.json');
      const recent = recentRemovals(input.removals ?? [], this.generatedAt);
      const { exposure, manifest } = feedEnvelopes({
        version: this.version,
        generatedAt: this.generatedAt,
        court,
        exposure: input.exposure,
        recordCount: this.count,
        shardCount,
        ...manifestFields,
        removals: input.removals,
        removalsSince: input.removalsSince,
        recentRemovals: recent,
      });
      // The paged board: its content-addressed files first (those that exist already are kept).
      const paged = buildPagedExposure({
        version: this.version,
        generatedAt: exposure.generatedAt,
        court: exposure.court,
        period: exposure.period,
        items: exposure.items as ExposureItem[],
        removals: recent,
        removalsSince: exposure.removalsSince,
        previous: await previousExposure(dir, fs),
      });
      const reused = await writeContentAddressed(dir, paged.files, fs);
      // The small files that switch readers to the new version: written last, each atomically.
      await writeFileAtomic(join(dir, feedPaths.shardManifest()), JSON.stringify(manifest), fs);
      const legacy = exposure.items.length <= (this.options.legacyExposureLimit ?? LEGACY_EXPOSURE_LIMIT);
      await writeFileAtomic(join(dir, feedPaths.exposure()), JSON.stringify(legacy ? exposure : exposureMoved()), fs);
      const indexText = JSON.stringify(paged.index);
      await writeFileAtomic(join(dir, feedPaths.exposureIndex()), indexText, fs);
      // Kept so that `prune` knows which board files the previous versions reference, and the whole
      // removal log (the published files list only its recent part).
      await writeFileAtomic(join(dir, INDEX_HISTORY, `${this.version}.json`), indexText, fs);
      await writeFileAtomic(join(dir, REMOVAL_LOG), JSON.stringify(input.removals ?? []), fs);
      // The readable page shows the same entries: after exposure.json.
      await writeReadablePages(dir, { ...exposure, items: exposure.items as ExposureItem[] }, await publishedStats(dir, input, fs), fs);
      return {
        version: this.version,
        ...(this.previousVersion ? { previousVersion: this.previousVersion } : {}),
        recordCount: this.count,
        shardCount,
        shardDir,
        files,
        hotNames,
        largestFile: largest,
        written: { ...this.tally },
        exposure: { files: paged.files.length, reused },
        ...(compactReason ? { compacted: compactReason } : {}),
        ...(deltaInfo ? { delta: deltaInfo } : {}),
      };
    } catch (error) {
      await fs.rm(this.tmp, { recursive: true, force: true }).catch(() => undefined);
      if (stateTmp) await fs.rm(stateTmp, { recursive: true, force: true }).catch(() => undefined);
      if (deltaTmp) await fs.rm(deltaTmp, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
  }
}

/** The previous version of the board and its entries' fingerprints (for the index's `changes`). */
async function previousExposure(dir: string, fs: FeedFs): Promise<{ version: string; fingerprints: Map<string, string> } | undefined> {
  try {
    const published = await loadPublishedFeed(dir, fs);
    if (!published.exposure) return undefined;
    return { version: published.exposure.version, fingerprints: entryFingerprints(published.exposure.items as ExposureItem[]) };
  } catch {
    return undefined; // no comparison: the index then says nothing about changes
  }
}

/**
 * Writes the content-addressed files that do not exist yet, each atomically (a crash never leaves a
 * half-written file under a name a later version would trust). Returns how many existed already.
 */
async function writeContentAddressed(dir: string, files: readonly PagedFile[], fs: FeedFs): Promise<number> {
  const listings = new Map<string, Set<string>>();
  let reused = 0;
  for (const file of files) {
    const target = join(dir, file.path);
    const folder = dirname(target);
    let names = listings.get(folder);
    if (!names) {
      names = new Set(await fs.readdir(folder).catch(() => [] as string[]));
      listings.set(folder, names);
    }
    const name = target.slice(folder.length + 1);
    if (names.has(name)) {
      reused++;
      continue;
    }
    await writeFileAtomic(target, file.text, fs);
    names.add(name);
  }
  return reused;
}

/**
 * Deletes what old versions left: keeps the shard directory the current manifest uses and the
 * `keep − 1` newest others (so readers holding a slightly older manifest still find their shards), and
 * the paged board's files that the current index or the `keep − 1` indexes before it reference;
 * removes leftovers of interrupted builds (`.tmp-*`) and shard files of the old flat layout.
 */
export async function pruneShards(dir: string, keep: number, fs: FeedFs = realFs): Promise<{ removed: string[]; kept: string[] }> {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError('keep must be at least 1');
  const published = await loadPublishedFeed(dir, fs);
  const shardsDir = join(dir, 'debtors', 'shards');
  const current = published.manifest?.shardPath.match(/^shards\/([^/]+)\//)?.[1];
  const removed: string[] = [];
  const kept: string[] = [];
  let names: string[] = [];
  try {
    names = await fs.readdir(shardsDir);
  } catch {
    names = [];
  }
  const dirs: Array<{ name: string; mtime: number }> = [];
  for (const name of names) {
    const path = join(shardsDir, name);
    const info = await fs.stat(path);
    if (name.startsWith('.tmp-')) {
      // Only leftovers: a build running right now is younger than an hour.
      if (Date.now() - info.mtimeMs > 3_600_000) {
        await fs.rm(path, { recursive: true, force: true });
        removed.push(name);
      }
    } else if (info.isDirectory()) dirs.push({ name, mtime: info.mtimeMs });
    else if (current && /^[0-9a-f]+(-h\d+-[pk][0-9A-Za-z]+)?\.json$/.test(name)) {
      await fs.rm(path, { recursive: true, force: true });
      removed.push(name);
    }
  }
  dirs.sort((a, b) => b.mtime - a.mtime);
  kept.push(...dirs.filter((d) => d.name === current).map((d) => d.name));
  for (const d of dirs) {
    if (d.name === current) continue;
    if (kept.length < keep) kept.push(d.name);
    else {
      await fs.rm(join(shardsDir, d.name), { recursive: true, force: true });
      removed.push(d.name);
    }
  }
  // Delta directories: the current one and the newest others, like shard directories.
  const deltaRoot = join(dir, 'debtors', 'delta');
  const currentDelta = published.manifest?.format === 'zhixing-shards/2' ? published.manifest.delta?.path.match(/^delta\/([^/]+)\//)?.[1] : undefined;
  const deltas: Array<{ name: string; mtime: number }> = [];
  for (const name of await fs.readdir(deltaRoot).catch(() => [] as string[])) {
    const info = await fs.stat(join(deltaRoot, name));
    if (name.startsWith('.tmp-')) {
      if (Date.now() - info.mtimeMs > 3_600_000) {
        await fs.rm(join(deltaRoot, name), { recursive: true, force: true });
        removed.push(`delta/${name}`);
      }
    } else if (info.isDirectory()) deltas.push({ name, mtime: info.mtimeMs });
  }
  deltas.sort((a, b) => b.mtime - a.mtime);
  let keptDeltas = currentDelta ? 1 : 0;
  for (const d of deltas) {
    if (d.name === currentDelta) continue;
    if (keptDeltas < keep) keptDeltas++;
    else {
      await fs.rm(join(deltaRoot, d.name), { recursive: true, force: true });
      removed.push(`delta/${d.name}`);
    }
  }
  // A base's notes go with its directory.
  const notesRoot = join(dir, STATE_DIR, 'base');
  for (const name of await fs.readdir(notesRoot).catch(() => [] as string[])) {
    if (!name.startsWith('.tmp-') && !kept.includes(name)) await fs.rm(join(notesRoot, name), { recursive: true, force: true });
  }
  removed.push(...(await pruneExposure(dir, keep, published, fs)));
  return { removed, kept };
}

/** The paged board's files no longer referenced by the current index nor the `keep − 1` before it. */
async function pruneExposure(dir: string, keep: number, published: PublishedFeed, fs: FeedFs): Promise<string[]> {
  if (!published.exposureIndex) return [];
  const history = join(dir, INDEX_HISTORY);
  const versions = (await fs.readdir(history).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5));
  versions.sort((a, b) => compareVersions(b, a));
  const current = published.exposureIndex.version;
  const recent = [current, ...versions.filter((v) => v !== current && compareVersions(v, current) < 0)].slice(0, keep);
  const wanted = new Set<string>();
  for (const version of recent) {
    let index: ExposureIndexType | undefined = version === current ? published.exposureIndex : undefined;
    if (!index) {
      const parsed = ExposureIndex.safeParse(await readJson<unknown>(fs, join(history, `${version}.json`)));
      if (!parsed.success) continue;
      index = parsed.data;
    }
    for (const path of (await referencedFiles(dir, { exposureIndex: index }, fs)).files) wanted.add(path);
  }
  const removed: string[] = [];
  const base = dirname(feedPaths.exposureIndex());
  for (const folder of ['lists', 'pages', 'courts']) {
    for (const name of await fs.readdir(join(dir, base, folder)).catch(() => [] as string[])) {
      const path = `${base}/${folder}/${name}`;
      if (wanted.has(path) || name.includes('.tmp-')) continue;
      await fs.rm(join(dir, path), { recursive: true, force: true });
      removed.push(path);
    }
  }
  for (const version of versions) {
    if (recent.includes(version) || compareVersions(version, current) > 0) continue;
    await fs.rm(join(history, `${version}.json`), { recursive: true, force: true });
  }
  return removed;
}

// ---------------------------------------------------------------------------------------------
// The readable page (index.html, list-<n>.html): rendered by readable-page.ts, written here.

/**
 * The statistics of every period stats/index.json lists, newest first: those of this commit as
 * given, the others as published. A period whose file is missing or unreadable is left out.
 */
async function publishedStats(dir: string, input: CommitInput, fs: FeedFs): Promise<EnforcementStats[]> {
  const index = input.statsIndex ?? (await readJson<StatsIndex>(fs, join(dir, feedPaths.statsIndex())).catch(() => undefined));
  const out: EnforcementStats[] = [];
  for (const period of index?.periods ?? []) {
    const given = input.stats?.find((s) => s.period.id === period.id);
    const parsed = given ? undefined : EnforcementStatsSchema.safeParse(await readJson<unknown>(fs, join(dir, feedPaths.stats(period.id))).catch(() => undefined));
    const stats = given ?? (parsed?.success ? parsed.data : undefined);
    if (stats) out.push(stats);
  }
  return out;
}

/**
 * Writes the readable page, each file atomically: the further pages first, then index.html (which
 * links to them), then deletes `list-<n>.html` files a longer earlier version left, so that a removed
 * or expired entry never stays readable there. When writing fails, every page file is deleted rather
 * than left showing the previous version, and the error says so.
 */
async function writeReadablePages(dir: string, exposure: ReadablePageInput['exposure'], stats: readonly EnforcementStats[], fs: FeedFs): Promise<void> {
  const pages = renderReadablePages({ exposure, stats });
  const written = new Set(pages.map((p) => p.path));
  const leftovers = async (keep: ReadonlySet<string>) => {
    for (const name of await fs.readdir(dir)) {
      if ((isReadableListPage(name) || name === 'index.html') && !keep.has(name)) await fs.rm(join(dir, name), { recursive: true, force: true });
    }
  };
  try {
    for (const page of [...pages.slice(1), pages[0]!]) await writeFileAtomic(join(dir, page.path), page.html, fs);
    await leftovers(written);
  } catch (error) {
    await leftovers(new Set()).catch(() => undefined);
    throw new Error(`index.html: 文字版页面未能写入，旧页面已删除；JSON 数据已发布，再发布一次（build）即可重写 / the readable page could not be written and the old pages were removed; the JSON feed is published: publish again (build) to write it: ${(error as Error).message}`, { cause: error });
  }
}
