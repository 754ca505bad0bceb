// The three things a clerk does: build a feed from the export, remove a record, correct records.
// Each produces one new feed version in one step, or writes nothing.
import { extname } from 'node:path';
import { readFile } from 'node:fs/promises';
import { Court as CourtSchema, EnforcementStats, ExposureItem, RemovalReason, addDays, findCourt, recordCourtCode, screenForPublication, todayInChina, validateRecords, withholdReason } from '@zhixing/sdk';
import type { Court, CourtEntry, CourtPeriods, DebtorRecord, EnforcementStats as EnforcementStatsType, ExposureItem as ExposureItemType, Period, Publishable, RemovalEntry, StatsIndex } from '@zhixing/sdk';
import type { CellValue } from './cells.js';
import type { ColumnMapping } from './mapping.js';
import type { RowProblem } from './messages.js';
import { RowPipeline } from './pipeline.js';
import type { Tally, WithheldRow } from './pipeline.js';
import type { RecordType } from './rows.js';
import type { HotNameOptions } from './shards.js';
import { readStatsSheet, statsFromCases } from './stats.js';
import { headAndRest, readTables } from './read.js';
import type { Encoding, Table } from './read.js';
import { FeedWriter, loadPublishedFeed, pruneShards, readPublishedIds, readPublishedRecords, readRemovalLog, realFs } from './write.js';
import type { CommitResult, CompactionPolicy, FeedFs } from './write.js';

/** Progress of a build: phase and rows done. */
export interface ProgressEvent {
  file: string;
  /** Bytes (CSV) or rows (xlsx) read so far. */
  done: number;
  unit: 'bytes' | 'rows';
}

interface Common {
  /** Feed directory. */
  out: string;
  /** The publication instant (decides today in China); default now. */
  now?: Date;
  /** Explicit version (must be greater than the published one). */
  version?: string;
  /** Keep this many shard directories (the current one included) and delete older ones. */
  keep?: number;
  /** Removals stay listed this many days after their date (default 90). */
  removalsDays?: number;
  fs?: FeedFs;
  hot?: HotNameOptions | false;
  shardCount?: number;
  /** The board is also written whole to exposure.json up to this many entries (default 10,000). */
  legacyExposureLimit?: number;
  /** Write every shard anew instead of a delta over the published ones (`--compact`). */
  compact?: boolean;
  /** When a delta gives way to new shards (default: above 4 % of the shards' bytes, or shards 7 days old). */
  compaction?: CompactionPolicy;
}

/** Options of {@link buildFeed}: the exports, the feed folder and the court. */
export interface BuildOptions extends Common {
  /** .csv or .xlsx files with debtor rows (an .xlsx may also hold a stats sheet). */
  inputs: string[];
  /**
   * Court (court.json contents); default the published feed's court.json. Several courts (a high
   * court publishing for its province): a court.json with `courts`, or an array of courts whose first
   * is the publishing court — see {@link feedCourt}.
   */
  court?: Court | readonly CourtEntry[];
  /** Stats sheets (.csv/.xlsx) or EnforcementStats JSON files. */
  stats?: string[];
  /** Compute stats for this period from case rows when no stats sheet is given. */
  statsPeriod?: Period;
  mapping?: ColumnMapping;
  encoding?: Encoding | string;
  sheet?: string;
  defaultType?: RecordType;
  /** Publish the valid rows and list the invalid ones, instead of refusing. */
  skipInvalid?: boolean;
  /** `limit`: most entries on the board (default 200); in a multi-court feed, most entries of each court. */
  exposure?: { period?: Period; limit?: number; extra?: unknown[] };
  /** Validate and report only. */
  dryRun?: boolean;
  /** Called as rows are read and files written. */
  onProgress?: (event: ProgressEvent) => void;
}

/** What a build published and withheld, and the new version. */
export interface BuildReport {
  tally: Tally;
  problems: RowProblem[];
  problemCount: number;
  withheld: WithheldRow[];
  stats: EnforcementStatsType[];
  exposureItems: number;
  /**
   * Derived short ids that different records share (ids.ts): none is refused; all but one record
   * (or all, when the feed already lists one under its longer id) are published under the longer id.
   */
  idCollisions: number;
  /** Whether the feed covers several courts (court.json `courts`). */
  multiCourt: boolean;
  /** Whether a new version was published. */
  written: boolean;
  result?: CommitResult;
  pruned?: string[];
}

function isStatsHead(head: Array<{ cells: CellValue[] }>): boolean {
  const text = head.map((r) => r.cells.map((c) => String(c ?? '').replace(/\s/g, '')).join('|')).join('\n');
  return /(^|\|)(受理|收案)(数)?(\||$)/m.test(text) && /(^|\|)(已结|结案)(数)?(\||$)/m.test(text) && !/被执行人|姓名|名称/.test(text);
}

async function tableRows(table: Table): Promise<Array<{ cells: CellValue[]; rowNumber: number }>> {
  const rows: Array<{ cells: CellValue[]; rowNumber: number }> = [];
  for await (const row of table.rows) rows.push(row);
  return rows;
}

async function readStatsFile(path: string, court: Court, options: { encoding?: string | undefined }): Promise<{ stats: EnforcementStatsType[]; problems: RowProblem[] }> {
  if (extname(path).toLowerCase() === '.json') {
    const json = JSON.parse(await readFile(path, 'utf8')) as unknown;
    const list = Array.isArray(json) ? json : [json];
    const stats: EnforcementStatsType[] = [];
    const problems: RowProblem[] = [];
    list.forEach((item, i) => {
      const parsed = EnforcementStats.safeParse(item);
      if (parsed.success && court.courts && !court.courts.some((c) => c.id === parsed.data.courtId)) {
        const known = court.courts.map((c) => c.id).join(', ');
        problems.push({ file: path, row: i + 1, value: parsed.data.courtId, code: 'court-unknown', zh: `统计数据的 courtId 不在 --court 给出的法院之中（可用：${known}）`, en: `the statistics' courtId is not among the courts given with --court (known: ${known})` });
      } else if (parsed.success) stats.push(parsed.data);
      else problems.push({ file: path, row: i + 1, code: 'contract', zh: `统计数据不符合规范：${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`, en: `statistics break the contract: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}` });
    });
    return { stats, problems };
  }
  const stats: EnforcementStatsType[] = [];
  const problems: RowProblem[] = [];
  for (const table of await readTables(path, options.encoding ? { encoding: options.encoding } : {})) {
    const rows = await tableRows(table);
    const result = readStatsSheet(rows.map((r) => r.cells), { file: table.file, ...(table.sheet ? { sheet: table.sheet } : {}), ...statsSheetCourts(court), firstRowNumber: rows[0]?.rowNumber ?? 1 });
    stats.push(...result.stats);
    problems.push(...result.problems);
  }
  return { stats, problems };
}

/**
 * The removals published so far: the publisher's log (the published files list only recent ones), or,
 * for a feed written before it kept one, what exposure.json and the manifest list.
 */
async function removalLog(dir: string, published: { manifest?: { removals?: RemovalEntry[] | undefined }; exposure?: { removals?: RemovalEntry[] | undefined } }, fs: FeedFs): Promise<RemovalEntry[]> {
  return (await readRemovalLog(dir, fs)) ?? [...(published.exposure?.removals ?? []), ...(published.manifest?.removals ?? [])];
}

/** How a stats sheet's rows name their court: the one court, or one of a multi-court feed's (a court column required). */
function statsSheetCourts(court: Court): { courtId: string; courts: readonly CourtEntry[]; multiCourt: boolean } {
  return { courtId: court.id, courts: court.courts ?? [court], multiCourt: court.courts !== undefined };
}

/**
 * The court.json of a feed from `--court`: one court (a single-court feed, as before); a court.json
 * with `courts` (a multi-court feed); or an array of courts, the first of which publishes (a
 * multi-court feed whose `courts` are the array). Throws with zh-CN/en text when it breaks the
 * contract (e.g. a court without `courtCode`, or a code listed twice).
 */
export function feedCourt(input: unknown): Court {
  const candidate = Array.isArray(input) ? (input.length ? { ...(input[0] as object), courts: input } : undefined) : input;
  const parsed = CourtSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`法院信息无效 / invalid court: ${issue?.path.join('.') ?? ''} ${issue?.message ?? '(empty list)'}`);
  }
  return parsed.data;
}

/** Removals still listed: those within `days` of today, by id (a later entry wins). */
function keepRecentRemovals(entries: readonly RemovalEntry[], today: string, days: number): { removals: RemovalEntry[]; since: string } {
  const since = addDays(today, -days);
  const byId = new Map<string, RemovalEntry>();
  for (const entry of entries) if (entry.removedOn >= since) byId.set(entry.id, entry);
  return { removals: [...byId.values()].sort((a, b) => (a.removedOn < b.removedOn ? -1 : a.removedOn > b.removedOn ? 1 : a.id < b.id ? -1 : 1)), since };
}

/** Exposure extras (reward notices …): validated against the contract, screened like every record. */
function screenExposureExtras(items: unknown[], now: Date, courts?: readonly CourtEntry[]): { items: ExposureItemType[]; problems: RowProblem[] } {
  const { records, issues } = validateRecords(items, ExposureItem, 'exposure', now);
  const problems: RowProblem[] = issues
    .filter((i) => i.code === 'invalid')
    .map((i) => ({ file: 'exposure extra', row: Number(/\[(\d+)\]/.exec(i.path)?.[1] ?? 0) + 1, value: i.path, code: 'contract', zh: `曝光台附加条目不符合规范：${i.message}`, en: `exposure extra item breaks the contract: ${i.message}` }));
  // A multi-court feed: each item names one of its courts, as every record does.
  const located = courts
    ? records.flatMap((located, i) => {
        const code = recordCourtCode(located.record);
        const court = code === undefined ? undefined : findCourt(courts, code);
        if (court) return [{ ...located, record: { ...located.record, courtName: court.name, courtCode: court.courtCode! } }];
        const known = courts.map((c) => c.courtCode).join('、');
        problems.push({ file: 'exposure extra', row: Number(/\[(\d+)\]/.exec(located.path)?.[1] ?? i) + 1, value: code ?? located.record.caseNumber, code: 'court-unknown', zh: `曝光台附加条目的法院不在 --court 给出的法院之中（可用：${known}）`, en: `exposure extra item's court is not among the courts given with --court (known: ${known.replace(/、/g, ', ')})` });
        return [];
      })
    : records;
  const screened = screenForPublication(located, now);
  return { items: screened.records as ExposureItemType[], problems };
}

function mergePeriods(existing: readonly Period[], stats: readonly EnforcementStatsType[]): Period[] {
  const byId = new Map<string, Period>();
  for (const p of existing) byId.set(p.id, p);
  for (const s of stats) byId.set(s.period.id, s.period);
  return [...byId.values()].sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : 0));
}

/**
 * The new stats/index.json: the published periods and the new ones, newest first. A multi-court feed
 * lists them court by court (`courts`, in the order of court.json) and leaves `periods` empty.
 */
function periodsOf(existing: StatsIndex | undefined, stats: EnforcementStatsType[], court: Court): StatsIndex {
  if (!court.courts) return { courtId: court.id, periods: mergePeriods(existing?.courts ? [] : (existing?.periods ?? []), stats) };
  const courts: CourtPeriods[] = [];
  for (const { id } of court.courts) {
    const periods = mergePeriods(existing?.courts?.find((entry) => entry.courtId === id)?.periods ?? [], stats.filter((s) => s.courtId === id));
    if (periods.length) courts.push({ courtId: id, periods });
  }
  return { courtId: court.id, periods: [], courts };
}

/**
 * Builds and publishes a new feed version from court exports (what `zhixing-feed build` runs).
 *
 * @example
 * ```ts
 * import { buildFeed } from '@zhixing/publisher/node';
 *
 * const report = await buildFeed({ inputs: ['名单.xlsx'], stats: ['统计.xlsx'], out: '/srv/zhixing/feed' });
 * console.log(report.result?.version, report.tally);
 * ```
 */
export async function buildFeed(options: BuildOptions): Promise<BuildReport> {
  const fs = options.fs ?? realFs;
  const now = options.now ?? new Date();
  const today = todayInChina(now);
  const published = await loadPublishedFeed(options.out, fs);
  // Checking rows needs no court; publishing does.
  const given = options.court ?? published.court;
  const court = given !== undefined ? feedCourt(given) : options.dryRun ? { id: 'check-only', name: '（仅检查 / check only）', regionCode: '000000' } : undefined;
  if (!court) throw new Error('需要法院信息：用 --court court.json 指定，或在已发布的数据目录中提供 court.json / a court is needed: give --court court.json, or keep court.json in the feed directory');
  const pipeline = new RowPipeline({ now, ...(options.mapping ? { mapping: options.mapping } : {}), ...(options.defaultType ? { defaultType: options.defaultType } : {}), ...(court.courts ? { courts: court.courts } : {}) });
  const writer = options.dryRun ? undefined : await FeedWriter.open({ dir: options.out, ...(options.version ? { version: options.version } : {}), ...(options.shardCount ? { shardCount: options.shardCount } : {}), ...(options.hot !== undefined ? { hot: options.hot } : {}), ...(options.legacyExposureLimit !== undefined ? { legacyExposureLimit: options.legacyExposureLimit } : {}), ...(options.compact ? { compact: true } : {}), ...(options.compaction ? { compaction: options.compaction } : {}), fs, generatedAt: isoInChina(now) });
  const limit = options.exposure?.limit ?? 200;
  let exposureFlagged = false;
  let candidates: ExposureItemType[] = [];
  // The newest `limit` entries; in a multi-court feed the newest `limit` of each court, so that every
  // court's board has its own entries however busy the others are.
  const trim = () => {
    candidates.sort((a, b) => (a.publishedOn < b.publishedOn ? 1 : a.publishedOn > b.publishedOn ? -1 : 0));
    const kept = new Map<string | undefined, number>();
    candidates = candidates.filter((item) => {
      const key = court.courts ? item.courtCode : undefined;
      const n = kept.get(key) ?? 0;
      kept.set(key, n + 1);
      return n < limit;
    });
  };
  const statsProblems: RowProblem[] = [];
  const stats: EnforcementStatsType[] = [];
  try {
    for (const input of options.inputs) {
      const tables = await readTables(input, {
        ...(options.encoding ? { encoding: options.encoding } : {}),
        ...(options.sheet ? { sheet: options.sheet } : {}),
        ...(options.onProgress ? { onProgress: (done: number) => options.onProgress!({ file: input, done, unit: extname(input).toLowerCase() === '.xlsx' ? 'rows' : 'bytes' }) } : {}),
      });
      for (const table of tables) {
        const { head, rest } = await headAndRest(table.rows);
        if (head.length === 0) continue;
        if (isStatsHead(head)) {
          const rows = [...head];
          for (let next = await rest.next(); !next.done; next = await rest.next()) rows.push(next.value);
          const result = readStatsSheet(rows.map((r) => r.cells), { file: table.file, ...(table.sheet ? { sheet: table.sheet } : {}), ...statsSheetCourts(court), firstRowNumber: rows[0]?.rowNumber ?? 1 });
          stats.push(...result.stats);
          statsProblems.push(...result.problems);
          continue;
        }
        const { header, row } = pipeline.table(table.file, table.sheet, head.map((r) => r.cells));
        const handle = async (cells: CellValue[], rowNumber: number) => {
          const accepted = row(cells, rowNumber);
          if (!accepted) return;
          await writer?.add(accepted.record);
          if (accepted.exposure !== undefined) {
            if (!exposureFlagged) {
              exposureFlagged = true;
              candidates = [];
            }
            if (accepted.exposure && accepted.record.type !== 'enforcement-case') candidates.push(accepted.record);
          } else if (!exposureFlagged && accepted.record.type !== 'enforcement-case') {
            candidates.push(accepted.record);
          }
          if (candidates.length > limit * 4 * (court.courts?.length ?? 1)) trim();
        };
        for (const r of head.slice(header.rowIndex + 1)) await handle(r.cells, r.rowNumber);
        for (let next = await rest.next(); !next.done; next = await rest.next()) await handle(next.value.cells, next.value.rowNumber);
      }
    }
    trim();
    // Ids that depend on other rows (a derived short id that different records share) are settled now,
    // the same for any row order, with the published feed read once so that published ids stay.
    const ids = await pipeline.settleIds(published.manifest ? readPublishedIds(options.out, published.manifest, fs) : undefined);
    if (ids.renamed > 0) candidates = candidates.map((record) => ids.rename(record));
    for (const path of options.stats ?? []) {
      const result = await readStatsFile(path, court, { encoding: options.encoding });
      stats.push(...result.stats);
      statsProblems.push(...result.problems);
    }
    if (stats.length === 0 && options.statsPeriod && pipeline.cases.length > 0) {
      // Each court's own cases (a multi-court feed), or the court's.
      for (const { id } of court.courts ?? [court]) {
        const cases = court.courts ? pipeline.cases.filter((c) => c.courtId === id) : pipeline.cases;
        if (cases.length) stats.push(statsFromCases(cases, { courtId: id, period: options.statsPeriod, asOf: isoInChina(now) }));
      }
    }
    const extras = screenExposureExtras(options.exposure?.extra ?? [], now, court.courts);
    const problems = [...pipeline.problems, ...statsProblems, ...extras.problems];
    const problemCount = pipeline.problemCount + statsProblems.length + extras.problems.length;
    const report: BuildReport = { tally: pipeline.tally, problems, problemCount, withheld: pipeline.withheldRows, stats, exposureItems: candidates.length + extras.items.length, idCollisions: ids.contested, multiCourt: court.courts !== undefined, written: false };
    // Row problems may be skipped on request; problems with the statistics never are.
    const blocked = statsProblems.length > 0 || extras.problems.length > 0 || (pipeline.problemCount > 0 && !options.skipInvalid);
    if (!writer || blocked) {
      await writer?.abort();
      return report;
    }
    const { removals, since } = keepRecentRemovals([...(await removalLog(options.out, published, fs)), ...pipeline.removals], today, options.removalsDays ?? 90);
    const result = await writer.commit({
      court,
      ...(stats.length ? { stats, statsIndex: periodsOf(published.statsIndex, stats, court) } : {}),
      exposure: { items: [...candidates, ...extras.items], ...(options.exposure?.period ? { period: options.exposure.period } : published.exposure?.period ? { period: published.exposure.period } : {}) },
      removals,
      removalsSince: since,
      ...(ids.renamed > 0 ? { finalize: (record: DebtorRecord) => ids.rename(record), mayRename: ids.mayRename } : {}),
    });
    report.written = true;
    report.result = result;
    if (options.keep) report.pruned = (await pruneShards(options.out, options.keep, fs)).removed;
    return report;
  } catch (error) {
    await writer?.abort().catch(() => undefined);
    throw error;
  }
}

/** `2026-11-30T14:03:05+08:00` for an instant. */
export function isoInChina(now: Date): string {
  return `${new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

/** What a removal or correction changed, and the new version. */
export interface ChangeReport {
  version: string;
  previousVersion?: string;
  /** Lines of the diff: `- id …` removed, `~ id field: old → new` corrected. */
  diff: string[];
  /** Records dropped on the way because the publication rules now withhold them (expired …). */
  withheld: Array<{ id: string; code: string }>;
  result: CommitResult;
}

function describe(record: { id: string; name?: string; type?: string; caseNumber?: string }): string {
  return `${record.id} ${record.name ?? ''} ${record.caseNumber ?? ''} [${record.type ?? ''}]`.replace(/\s+/g, ' ').trim();
}

/**
 * Rewrites the published feed as a new version: `change` sees every published record and returns it
 * (kept), a replacement, or undefined (dropped). Exposure items go through `changeItem` likewise.
 */
async function republish(
  options: Common,
  change: (record: DebtorRecord) => DebtorRecord | undefined,
  changeItem: (item: ExposureItemType) => ExposureItemType | undefined,
  newRemovals: RemovalEntry[],
  check?: () => void,
): Promise<{ result: CommitResult; withheld: Array<{ id: string; code: string }> }> {
  const fs = options.fs ?? realFs;
  const now = options.now ?? new Date();
  const today = todayInChina(now);
  const published = await loadPublishedFeed(options.out, fs);
  if (!published.manifest || !published.exposure) throw new Error(`${options.out}: 没有已发布的数据（缺少 debtors/manifest.json 或 exposure.json）/ no published feed here`);
  const writer = await FeedWriter.open({ dir: options.out, ...(options.version ? { version: options.version } : {}), ...(options.hot !== undefined ? { hot: options.hot } : {}), ...(options.shardCount ? { shardCount: options.shardCount } : {}), fs, generatedAt: isoInChina(now) });
  const withheld: Array<{ id: string; code: string }> = [];
  try {
    for await (const record of readPublishedRecords(options.out, published.manifest, fs)) {
      const next = change(record);
      if (!next) continue;
      const reason = withholdReason(next as unknown as Publishable, today);
      if (reason) {
        withheld.push({ id: next.id, code: reason.code });
        continue;
      }
      await writer.add(next);
    }
    const items: ExposureItemType[] = [];
    for (const item of published.exposure.items as ExposureItemType[]) {
      const next = changeItem(item);
      if (next && !withholdReason(next as unknown as Publishable, today)) items.push(next);
    }
    check?.();
    const { removals, since } = keepRecentRemovals([...(await removalLog(options.out, published, fs)), ...newRemovals], today, options.removalsDays ?? 90);
    const result = await writer.commit({
      exposureCourt: published.exposure.court,
      exposure: { items, ...(published.exposure.period ? { period: published.exposure.period } : {}) },
      removals,
      removalsSince: since,
    });
    if (options.keep) await pruneShards(options.out, options.keep, fs);
    return { result, withheld };
  } catch (error) {
    await writer.abort().catch(() => undefined);
    throw error;
  }
}

/** Options of {@link removeRecords}. */
export interface RemoveOptions extends Common {
  ids: string[];
  /** RemovalReason, e.g. `performed`. */
  reason: string;
  /** Removal date (YYYY-MM-DD); default today in China. */
  date?: string;
}

/** Removes records (deletion, revocation, lifting) in one new version; lists them in both removals lists. */
export async function removeRecords(options: RemoveOptions): Promise<ChangeReport> {
  const reason = RemovalReason.safeParse(options.reason);
  if (!reason.success) throw new Error(`删除原因 ${options.reason} 无效，可用：${RemovalReason.options.join(', ')} / unknown reason`);
  const today = todayInChina(options.now ?? new Date());
  const date = options.date ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`日期 ${date} 应为 YYYY-MM-DD / date must be YYYY-MM-DD`);
  const wanted = new Set(options.ids);
  const found = new Map<string, string>();
  const { result, withheld } = await republish(
    options,
    (record) => {
      if (!wanted.has(record.id)) return record;
      found.set(record.id, describe(record));
      return undefined;
    },
    (item) => {
      if (!wanted.has(item.id)) return item;
      if (!found.has(item.id)) found.set(item.id, describe(item as { id: string; type: string; caseNumber: string }));
      return undefined;
    },
    options.ids.map((id) => ({ id, removedOn: date, reason: reason.data })),
    () => {
      const missing = options.ids.filter((id) => !found.has(id));
      if (missing.length) throw new NotFoundError(missing);
    },
  );
  return { version: result.version, ...(result.previousVersion ? { previousVersion: result.previousVersion } : {}), diff: [...found.values()].map((d) => `- ${d}  (${reason.data}, ${date})`), withheld, result };
}

/** A record id that is not in the published feed: nothing was written. */
export class NotFoundError extends Error {
  readonly ids: string[];
  constructor(ids: string[]) {
    super(`记录编号 ${ids.join(', ')} 不在已发布的数据中，未做任何修改（请核对编号，见 exposure.json 或查询结果）/ record id ${ids.join(', ')} is not in the published feed; nothing was changed`);
    this.name = 'NotFoundError';
    this.ids = ids;
  }
}

/** Options of {@link correctRecords}. */
export interface CorrectOptions extends Common {
  /** Row files (.csv/.xlsx) with the corrected rows; the 记录编号 column names the published record. */
  inputs: string[];
  mapping?: ColumnMapping;
  encoding?: string;
  sheet?: string;
  defaultType?: RecordType;
}

/** What a correction replaced, added and rejected. */
export interface CorrectReport extends Partial<ChangeReport> {
  problems: RowProblem[];
  written: boolean;
}

/** Replaces published records by corrected rows (validated and screened like a build) in one new version. */
export async function correctRecords(options: CorrectOptions): Promise<CorrectReport> {
  const now = options.now ?? new Date();
  const fs = options.fs ?? realFs;
  // A multi-court feed's corrected rows name one of its courts, as at build.
  const published = await loadPublishedFeed(options.out, fs);
  const courts = published.court?.courts;
  const pipeline = new RowPipeline({ now, ...(options.mapping ? { mapping: options.mapping } : {}), ...(options.defaultType ? { defaultType: options.defaultType } : {}), ...(courts ? { courts } : {}) });
  const accepted: DebtorRecord[] = [];
  const corrected = new Map<string, DebtorRecord>();
  const rowIds = new Set<string>();
  for (const input of options.inputs) {
    for (const table of await readTables(input, { ...(options.encoding ? { encoding: options.encoding } : {}), ...(options.sheet ? { sheet: options.sheet } : {}) })) {
      const { head, rest } = await headAndRest(table.rows);
      if (head.length === 0) continue;
      const { header, row } = pipeline.table(table.file, table.sheet, head.map((r) => r.cells));
      const all = [...head.slice(header.rowIndex + 1)];
      for (let next = await rest.next(); !next.done; next = await rest.next()) all.push(next.value);
      for (const r of all) {
        const result = row(r.cells, r.rowNumber);
        if (result) accepted.push(result.record);
      }
    }
  }
  if (pipeline.problemCount > 0) return { problems: pipeline.problems, written: false };
  // A row without 记录编号 finds its published record by the id settled against the published feed:
  // a record whose short id is shared was published under the longer id, and the short id may be
  // another person's.
  const ids = await pipeline.settleIds(published.manifest ? readPublishedRecords(options.out, published.manifest, fs) : undefined);
  for (const record of accepted) {
    const next = ids.rename(record);
    corrected.set(next.id, next);
  }
  for (const w of pipeline.withheldRows) rowIds.add(w.id);
  const diff: string[] = [];
  const seen = new Set<string>();
  const withheldIds = new Map(pipeline.withheldRows.map((w) => [w.id, w.code]));
  const { result, withheld } = await republish(
    options,
    (record) => {
      const next = corrected.get(record.id);
      if (withheldIds.has(record.id)) {
        seen.add(record.id);
        diff.push(`- ${describe(record)}  (${withheldIds.get(record.id)})`);
        return undefined;
      }
      if (!next) return record;
      seen.add(record.id);
      for (const key of new Set([...Object.keys(record), ...Object.keys(next)])) {
        const a = JSON.stringify((record as Record<string, unknown>)[key]);
        const b = JSON.stringify((next as Record<string, unknown>)[key]);
        if (a !== b) diff.push(`~ ${record.id} ${key}: ${a ?? '(无/none)'} → ${b ?? '(无/none)'}`);
      }
      return next;
    },
    (item) => {
      if (withheldIds.has(item.id)) return undefined;
      const next = corrected.get(item.id);
      return next && next.type !== 'enforcement-case' ? (next as ExposureItemType) : item;
    },
    pipeline.removals,
  );
  for (const id of [...corrected.keys(), ...rowIds]) if (!seen.has(id)) diff.push(`! ${id} 不在已发布的数据中，未添加（新记录请用 build 发布）/ not in the published feed; not added (publish new records with build)`);
  return { problems: [], written: true, version: result.version, ...(result.previousVersion ? { previousVersion: result.previousVersion } : {}), diff, withheld, result };
}
