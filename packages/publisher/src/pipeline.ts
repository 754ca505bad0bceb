// Rows of one or more tables → publishable records, with a tally of what was read, rejected,
// withheld and masked. Pure: the node entry feeds it rows from CSV and .xlsx readers.
import { findCourt, recordCourtCode, todayInChina } from '@zhixing/sdk';
import type { CourtEntry, DebtorRecord, RemovalEntry } from '@zhixing/sdk';
import type { CellValue } from './cells.js';
import { findHeaderRow, headerLookup } from './mapping.js';
import type { ColumnField, ColumnMapping, HeaderMatch } from './mapping.js';
import { PROBLEM_TEXT, WITHHELD_TEXT } from './messages.js';
import type { RowProblem } from './messages.js';
import { RecordIds, identityHash } from './ids.js';
import type { IdSettlement, PublishedId } from './ids.js';
import { createRowConverter } from './rows.js';
import type { CaseFacts, ConvertedRow, RecordType } from './rows.js';
import { screenRecord } from './screen.js';

/** Options of {@link RowPipeline}. */
export interface PipelineOptions {
  mapping?: ColumnMapping;
  /** The publication instant: today in China decides expiry and birth-date checks. Default now. */
  now?: Date;
  /** Record type when a sheet has no 类型 column; default 失信被执行人 (dishonest-debtor). */
  defaultType?: RecordType;
  /** Problems kept in full (all are counted); default 1000. */
  maxProblems?: number;
  /**
   * A multi-court feed's courts: each row's court (its 法院代码 column, else the code in its case
   * number, current or former) must be one of them; the record names it with `courtCode`, and its
   * `courtName` (执行法院) is that court's name as court.json writes it.
   */
  courts?: readonly CourtEntry[];
}

/** A row withheld by the publication rules, and why. */
export interface WithheldRow {
  file: string;
  sheet?: string;
  /** 1-based row number in the sheet. */
  row: number;
  id: string;
  code: string;
  zh: string;
  en: string;
}

/** Counts of rows read, published, withheld and rejected. */
export interface Tally {
  /** Data rows read (blank and note rows not counted). */
  rows: number;
  /** Rows that became a publishable record. */
  published: number;
  /** Rows with at least one problem. */
  invalid: number;
  /** Valid rows kept back by the publication rules, by reason. */
  withheld: Record<string, number>;
  /** Records whose resident ID arrived unmasked and was masked. */
  masked: number;
  /** Note rows (制表人, 合计 …) skipped. */
  notes: number;
}

/** A row converted to a publishable record. */
export interface AcceptedRow {
  record: DebtorRecord;
  /** From the 曝光 column, when the sheet has one. */
  exposure?: boolean;
}

/** No header row was recognised in a sheet. */
export class NoHeaderError extends Error {
  readonly problem: RowProblem;
  constructor(file: string, sheet: string | undefined) {
    const zh = '找不到表头行：前 30 行中没有一行包含“被执行人姓名/名称”等至少三个已知列名（可用 --mapping 映射文件补充本地列名）';
    const en = 'no header row found: none of the first 30 rows has the name column and at least three known headers (add local header names with --mapping)';
    super(`${file}${sheet ? ` [${sheet}]` : ''}: ${zh} / ${en}`);
    this.name = 'NoHeaderError';
    this.problem = { file, ...(sheet ? { sheet } : {}), row: 1, code: 'required', zh, en };
  }
}

/** Feeds rows through the converter and the publication rules, keeping the tally. */
export class RowPipeline {
  readonly tally: Tally = { rows: 0, published: 0, invalid: 0, withheld: {}, masked: 0, notes: 0 };
  readonly problems: RowProblem[] = [];
  /** Total problems, including those beyond `maxProblems`. */
  problemCount = 0;
  readonly withheldRows: WithheldRow[] = [];
  readonly cases: CaseFacts[] = [];
  /** Rows the sheet marks as deleted, revoked or lifted: listed as removals in the new version. */
  readonly removals: RemovalEntry[] = [];
  private readonly ids = new RecordIds();
  /** Identity hashes of `removals` and `withheldRows`, entry by entry, to give them their settled ids. */
  private readonly removalHashes: number[] = [];
  private readonly withheldHashes: number[] = [];
  private readonly lookup: Map<string, ColumnField>;
  private readonly now: Date;
  private readonly today: string;

  constructor(private readonly options: PipelineOptions = {}) {
    this.lookup = headerLookup(options.mapping);
    this.now = options.now ?? new Date();
    this.today = todayInChina(this.now);
  }

  /**
   * Starts a table: finds its header row among `head` (its first rows) and returns a function for
   * the data rows, each with its 1-based row number. Throws NoHeaderError when no header is found.
   */
  table(file: string, sheet: string | undefined, head: readonly (readonly CellValue[])[]): {
    header: HeaderMatch;
    /** Converts one data row, numbered from 1 (`rowNumber`). */
    row: (cells: readonly CellValue[], rowNumber: number) => AcceptedRow | undefined;
  } {
    const header = findHeaderRow(head as unknown[][], this.lookup);
    if (!header) throw new NoHeaderError(file, sheet);
    const convert = createRowConverter(header, this.options.mapping ?? {}, { file, ...(sheet ? { sheet } : {}), today: this.today, ...(this.options.defaultType ? { defaultType: this.options.defaultType } : {}) });
    return { header, row: (cells, rowNumber) => this.accept(convert(cells, rowNumber), file, sheet) };
  }

  private addProblem(problem: RowProblem): void {
    this.problemCount++;
    if (this.problems.length < (this.options.maxProblems ?? 1000)) this.problems.push(problem);
  }

  private accept(row: ConvertedRow, file: string, sheet: string | undefined): AcceptedRow | undefined {
    if (row.kind === 'blank') return undefined;
    if (row.kind === 'note') {
      this.tally.notes++;
      return undefined;
    }
    this.tally.rows++;
    if (row.kind === 'invalid') {
      this.tally.invalid++;
      for (const p of row.problems) this.addProblem(p);
      return undefined;
    }
    let converted = row.record;
    let courtId: string | undefined;
    if (this.options.courts) {
      const code = recordCourtCode(converted);
      const court = code === undefined ? undefined : findCourt(this.options.courts, code);
      if (!court) {
        this.tally.invalid++;
        const known = this.options.courts.map((c) => c.courtCode).join('、');
        const text = PROBLEM_TEXT['court-unknown'];
        this.addProblem({ file, ...(sheet ? { sheet } : {}), row: row.row, value: code ?? converted.caseNumber, code: 'court-unknown', zh: `${text.zh}（可用：${known}）`, en: `${text.en} (known: ${known.replace(/、/g, ', ')})` });
        return undefined;
      }
      courtId = court.id;
      // The record is filed, filtered and shown under this court: its name as court.json writes it.
      converted = { ...converted, courtName: court.name, courtCode: court.courtCode! };
    }
    if (row.caseFacts) this.cases.push(courtId ? { ...row.caseFacts, courtId } : row.caseFacts);
    const claim = this.ids.claim(converted.id, row.identity, row.idGiven);
    if (!claim.ok) {
      this.tally.invalid++;
      this.addProblem({ file, ...(sheet ? { sheet } : {}), row: row.row, value: row.record.id, code: claim.code, ...PROBLEM_TEXT[claim.code] });
      return undefined;
    }
    // A derived id another record already has: this one goes on under its wide id until settled.
    const record = claim.id === converted.id ? converted : { ...converted, id: claim.id };
    const screened = screenRecord(record, this.now);
    if (!screened.ok) {
      if (screened.code === 'invalid') {
        this.tally.invalid++;
        this.addProblem({ file, ...(sheet ? { sheet } : {}), row: row.row, value: `${screened.path ?? ''}: ${screened.message}`, code: 'contract', ...PROBLEM_TEXT.contract });
        return undefined;
      }
      this.tally.withheld[screened.code] = (this.tally.withheld[screened.code] ?? 0) + 1;
      if (screened.code === 'removed' && record.removal) {
        this.removals.push({ id: record.id, removedOn: record.removal.date, reason: record.removal.reason });
        this.removalHashes.push(identityHash(row.identity));
      }
      const text = WITHHELD_TEXT[screened.code] ?? { zh: screened.message, en: screened.message };
      if (this.withheldRows.length < 1000) {
        this.withheldRows.push({ file, ...(sheet ? { sheet } : {}), row: row.row, id: record.id, code: screened.code, ...text });
        this.withheldHashes.push(identityHash(row.identity));
      }
      return undefined;
    }
    if (screened.masked) this.tally.masked++;
    this.tally.published++;
    return { record: screened.record, ...(row.exposure !== undefined ? { exposure: row.exposure } : {}) };
  }

  /**
   * After the last row: settles the record ids that depend on other rows (derived short ids that
   * different records share, ids.ts) and gives `removals` and `withheldRows` their final ids. Records
   * already returned by `row` carry provisional ids until passed through `rename` of the result.
   * `published` is every record of the feed published now, or nothing for a first build: with it, ids
   * already published stay with their records.
   */
  async settleIds(published?: Iterable<DebtorRecord | PublishedId> | AsyncIterable<DebtorRecord | PublishedId>): Promise<IdSettlement> {
    const settlement = await this.ids.settle(published);
    if (settlement.renamed > 0) {
      this.removals.forEach((entry, i) => (entry.id = settlement.idOf(entry.id, this.removalHashes[i]!)));
      this.withheldRows.forEach((entry, i) => (entry.id = settlement.idOf(entry.id, this.withheldHashes[i]!)));
    }
    return settlement;
  }
}

/** The withheld tally as lines, zh-CN and en. */
export function describeWithheld(tally: Tally): string[] {
  return Object.entries(tally.withheld).map(([code, n]) => {
    const text = WITHHELD_TEXT[code] ?? { zh: code, en: code };
    return `${n} 条 ${text.zh} / ${n} × ${text.en}`;
  });
}
