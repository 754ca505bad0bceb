// Writing a feed to disk safely, for a million records in bounded memory.
//
// Order of writes (a crash at any point leaves the previous version served intact):
//  1. every record is appended, as one JSON line, to one of 256 bucket files (by name hash) in a
//     temporary directory `debtors/shards/.tmp-<id>/`; nothing else is held in memory;
//  2. bucket by bucket, shards and hot-name files are built and written into that directory;
//  3. the directory is renamed to `debtors/shards/<content hash>/` (an atomic rename);
//  4. court.json and stats files (if given), each written to a temporary name and renamed;
//  5. `debtors/manifest.json`, then `exposure.json`, each written to a temporary name and renamed;
//  6. the readable page (`list-<n>.html`, then `index.html`, each atomically), then leftover
//     `list-<n>.html` of a longer earlier version deleted (see readable-page.ts).
// Readers see the old manifest (pointing at the old, untouched shard directory) until step 5.
import * as nodeFs from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { EnforcementStats as EnforcementStatsSchema, ExposureFeed, ShardManifest, chooseShardCount, feedPaths, fnv1a32, normalizeName, shardOf } from '@zhixing/sdk';
import type { Court, DebtorRecord, EnforcementStats, ExposureItem, Period, RemovalEntry, ShardManifest as ShardManifestType, StatsIndex, ExposureFeed as ExposureFeedType } from '@zhixing/sdk';
import { feedEnvelopes, nowInChina, shardContentHash } from './feed.js';
import { isReadableListPage, renderReadablePages } from './readable-page.js';
import type { ReadablePageInput } from './readable-page.js';
import { buildShard } from './shards.js';
import type { HotNameOptions } from './shards.js';
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

const BUCKETS = 256;
const FLUSH_BYTES = 1 << 16;

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
  exposure?: ExposureFeedType;
  court?: Court;
  statsIndex?: StatsIndex;
}

/** The feed published in `dir`, or undefined when there is none. */
export async function loadPublishedFeed(dir: string, fs: FeedFs = realFs): Promise<PublishedFeed> {
  const manifest = await readJson<unknown>(fs, join(dir, feedPaths.shardManifest()));
  const exposure = await readJson<unknown>(fs, join(dir, feedPaths.exposure()));
  const court = await readJson<Court>(fs, join(dir, feedPaths.court()));
  const statsIndex = await readJson<StatsIndex>(fs, join(dir, feedPaths.statsIndex()));
  const out: PublishedFeed = {};
  if (manifest !== undefined) {
    const parsed = ShardManifest.safeParse(manifest);
    if (!parsed.success) throw new Error(`${feedPaths.shardManifest()}: 不是有效的清单 / not a valid manifest: ${parsed.error.issues[0]?.message}`);
    out.manifest = parsed.data;
  }
  if (exposure !== undefined) {
    const parsed = ExposureFeed.safeParse(exposure);
    if (!parsed.success) throw new Error(`${feedPaths.exposure()}: 无效 / not valid: ${parsed.error.issues[0]?.message}`);
    out.exposure = parsed.data;
  }
  if (court) out.court = court;
  if (statsIndex) out.statsIndex = statsIndex;
  return out;
}

/**
 * Every record of the published feed (shards and hot-name pages), read shard by shard from the
 * directory the current manifest points at.
 */
export async function* readPublishedRecords(dir: string, manifest: ShardManifestType, fs: FeedFs = realFs): AsyncGenerator<DebtorRecord> {
  const base = join(dir, dirname(feedPaths.shardManifest()));
  const width = Math.max(1, (manifest.shardCount - 1).toString(16).length);
  for (let i = 0; i < manifest.shardCount; i++) {
    const id = i.toString(16).padStart(width, '0');
    const shard = await readJson<{ records: DebtorRecord[]; hot?: Array<{ total: number; pageSize: number; pagePath: string }> }>(fs, join(base, manifest.shardPath.replace('{shard}', id)));
    if (!shard) continue;
    yield* shard.records;
    for (const hot of shard.hot ?? []) {
      for (let page = 1; (page - 1) * hot.pageSize < hot.total; page++) {
        const file = await readJson<{ records: DebtorRecord[] }>(fs, join(base, hot.pagePath.replace('{page}', String(page))));
        if (file) yield* file.records;
      }
    }
  }
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

  private constructor(private readonly options: FeedWriterOptions, version: string, previous: string | undefined, generatedAt: string) {
    this.fs = options.fs ?? realFs;
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
    const generatedAt = options.generatedAt ?? nowInChina();
    // The greater of the two published versions is the one to beat.
    const previous = [published?.version, exposure?.version].filter((v): v is string => typeof v === 'string').sort((a, b) => compareVersions(b, a))[0];
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
    this.hash.update(record);
    const bucket = fnv1a32(normalizeName(record.name)) % BUCKETS;
    const line = `${this.count++}\t${json}\n`;
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

  private async readBucket(bucket: number): Promise<Array<{ position: number; record: DebtorRecord }>> {
    let text: string;
    try {
      text = await this.fs.readFile(join(this.tmp, `bucket-${bucket}.ndjson`), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const out: Array<{ position: number; record: DebtorRecord }> = [];
    let start = 0;
    while (start < text.length) {
      const end = text.indexOf('\n', start);
      const tab = text.indexOf('\t', start);
      out.push({ position: Number(text.slice(start, tab)), record: JSON.parse(text.slice(tab + 1, end)) as DebtorRecord });
      start = end + 1;
    }
    return out;
  }

  /** Removes the temporary directory; the published feed is untouched. */
  async abort(): Promise<void> {
    this.closed = true;
    await this.fs.rm(this.tmp, { recursive: true, force: true });
    for (const d of this.createdDirs) await nodeFs.rmdir(d).catch(() => undefined);
  }

  /** Writes a new version: shards first, manifest and exposure last, so readers never see half a version. */
  async commit(input: CommitInput): Promise<CommitResult> {
    if (this.closed) throw new Error('writer already closed');
    this.closed = true;
    const fs = this.fs;
    const dir = this.options.dir;
    try {
      for (let b = 0; b < BUCKETS; b++) await this.flush(b);
      await this.ensureTmp();
      const shardCount = this.options.shardCount ?? chooseShardCount(this.count);
      shardOf('', shardCount);
      const hot = this.options.hot ?? {};
      const hash = this.hash.finish(this.version, shardCount, hot);
      const shardDir = `shards/${hash}`;
      const debtorsDir = join(dir, 'debtors');
      const finalDir = join(debtorsDir, shardDir);
      let files = 0;
      let hotNames = 0;
      let largest = { path: '', bytes: 0 };
      const write = async (relative: string, body: unknown) => {
        const text = JSON.stringify(body);
        if (text.length > largest.bytes) largest = { path: relative, bytes: Buffer.byteLength(text) };
        await fs.writeFile(join(this.tmp, relative.slice(shardDir.length + 1)), text);
        files++;
      };
      // Bucket b holds the records whose name hash ≡ b (mod 256). With 256 shards or more a bucket holds
      // whole shards; with fewer, shard s is spread over the buckets ≡ s (mod shardCount): read together.
      const groups = Math.min(BUCKETS, shardCount);
      for (let group = 0; group < groups; group++) {
        const members: number[] = [];
        for (let b = group; b < BUCKETS; b += groups) members.push(b);
        let lines: Array<{ position: number; record: DebtorRecord }> = [];
        for (const b of members) lines = lines.concat(await this.readBucket(b));
        if (members.length > 1) lines.sort((a, b) => a.position - b.position);
        const byShard = new Map<string, DebtorRecord[]>();
        for (const line of lines) {
          const record = input.finalize ? input.finalize(line.record) : line.record;
          const id = shardOf(record.name, shardCount);
          let list = byShard.get(id);
          if (!list) byShard.set(id, (list = []));
          list.push(record);
        }
        // One group's files are written concurrently (a few dozen at a time): sequential awaits left
        // the CPU idle for most of a 100k build.
        const pending: Array<Promise<void>> = [];
        for (const [id, records] of [...byShard].sort(([a], [b]) => (a < b ? -1 : 1))) {
          const built = hot === false ? { shard: { version: this.version, shard: id, records }, files: [] } : buildShard(id, records, this.version, shardDir, hot);
          hotNames += built.shard.hot?.length ?? 0;
          pending.push(write(`${shardDir}/${id}.json`, built.shard));
          for (const file of built.files) pending.push(write(file.path, file.body));
        }
        await Promise.all(pending);
        for (const b of members) await fs.rm(join(this.tmp, `bucket-${b}.ndjson`), { recursive: true, force: true });
      }
      // The finished directory takes its content name in one rename. The same content published
      // again is already there: keep it.
      let exists = false;
      try {
        exists = (await fs.stat(finalDir)).isDirectory();
      } catch {
        exists = false;
      }
      if (exists) await fs.rm(this.tmp, { recursive: true, force: true });
      else await fs.rename(this.tmp, finalDir);

      if (input.court) await writeFileAtomic(join(dir, feedPaths.court()), JSON.stringify(input.court), fs);
      // A multi-court index (`courts`) names each court's files: stats/{courtId}/{periodId}.json.
      const statsPath = (stats: EnforcementStats) => (input.statsIndex?.courts ? feedPaths.courtStats(stats.courtId, stats.period.id) : feedPaths.stats(stats.period.id));
      for (const stats of input.stats ?? []) await writeFileAtomic(join(dir, statsPath(stats)), JSON.stringify(stats), fs);
      if (input.statsIndex) await writeFileAtomic(join(dir, feedPaths.statsIndex()), JSON.stringify(input.statsIndex), fs);

      const court = input.exposureCourt ?? input.court;
      if (!court) throw new Error('commit: a court is needed for exposure.json');
      const { exposure, manifest } = feedEnvelopes({
        version: this.version,
        generatedAt: this.generatedAt,
        court,
        exposure: input.exposure,
        recordCount: this.count,
        shardCount,
        shardPath: `${shardDir}/{shard}.json`,
        removals: input.removals,
        removalsSince: input.removalsSince,
      });
      // The two small files that switch readers to the new version: written last, each atomically.
      await writeFileAtomic(join(dir, feedPaths.shardManifest()), JSON.stringify(manifest), fs);
      await writeFileAtomic(join(dir, feedPaths.exposure()), JSON.stringify(exposure), fs);
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
      };
    } catch (error) {
      await fs.rm(this.tmp, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
  }
}

/**
 * Deletes old shard directories: keeps the one the current manifest uses and the `keep − 1` newest
 * others (so readers holding a slightly older manifest still find their shards), and removes
 * leftovers of interrupted builds (`.tmp-*`) and shard files of the old flat layout.
 */
export async function pruneShards(dir: string, keep: number, fs: FeedFs = realFs): Promise<{ removed: string[]; kept: string[] }> {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError('keep must be at least 1');
  const published = await loadPublishedFeed(dir, fs);
  const shardsDir = join(dir, 'debtors', 'shards');
  const current = published.manifest?.shardPath.match(/^shards\/([^/]+)\//)?.[1];
  let names: string[];
  try {
    names = await fs.readdir(shardsDir);
  } catch {
    return { removed: [], kept: [] };
  }
  const dirs: Array<{ name: string; mtime: number }> = [];
  const removed: string[] = [];
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
    else if (current && /^[0-9a-f]+(-h\d+-[pk][0-9A-Z]+)?\.json$/.test(name)) {
      await fs.rm(path, { recursive: true, force: true });
      removed.push(name);
    }
  }
  dirs.sort((a, b) => b.mtime - a.mtime);
  const kept = dirs.filter((d) => d.name === current).map((d) => d.name);
  for (const d of dirs) {
    if (d.name === current) continue;
    if (kept.length < keep) kept.push(d.name);
    else {
      await fs.rm(join(shardsDir, d.name), { recursive: true, force: true });
      removed.push(d.name);
    }
  }
  return { removed, kept };
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
