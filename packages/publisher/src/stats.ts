// Statistics (执行工作质效): from a stats sheet (one row per period) or computed from case rows, checked
// with the SDK's EnforcementStats schema and its rate functions (a reported rate must match the counts).
import { EnforcementStats, actualExecutionRate, checkReportedRate, closureRate, findCourt, isImplementationCase } from '@zhixing/sdk';
import type { CourtEntry, EnforcementStats as EnforcementStatsType, Period, RateRule } from '@zhixing/sdk';
import { cellText, columnLetter, parseAmountFen, parseDate } from './cells.js';
import type { CellValue } from './cells.js';
import { normalizeHeader } from './mapping.js';
import type { RowProblem } from './messages.js';
import type { CaseFacts } from './rows.js';

type StatsField =
  | 'court'
  | 'periodId' | 'start' | 'end' | 'label' | 'labelEn' | 'asOf' | 'carriedOver' | 'newlyReceived' | 'accepted' | 'closed'
  | 'closedWithPerformance' | 'closedByTermination' | 'recovered' | 'recoveredApproximate' | 'appliedInClosed'
  | 'closureRate' | 'actualExecutionRate' | 'decimals' | 'rounding' | 'dishonestListed' | 'consumptionRestrictionOrders'
  | 'detentions' | 'refusalToExecuteReferrals';

/** Default headers of a stats sheet. */
export const STATS_HEADERS: Readonly<Record<StatsField, readonly string[]>> = {
  court: ['法院代码', '法院', '执行法院', '法院名称'],
  periodId: ['期间编号', '统计期间编号'],
  start: ['开始日期', '统计开始日期', '起始日期'],
  end: ['结束日期', '统计截止日期', '截止日期'],
  label: ['期间名称', '统计期间'],
  labelEn: ['期间名称(英文)', '英文期间名称'],
  asOf: ['数据截至', '数据日期', '报告日期'],
  carriedOver: ['旧存'],
  newlyReceived: ['新收'],
  accepted: ['受理', '收案', '受理数', '收案数'],
  closed: ['已结', '结案', '已结数', '结案数'],
  closedWithPerformance: ['执行完毕', '实际执结', '实际执结数'],
  closedByTermination: ['终本', '终结本次执行程序'],
  recovered: ['执行到位金额', '到位金额'],
  recoveredApproximate: ['执行到位金额为约数', '到位金额为约数'],
  appliedInClosed: ['已结案件申请执行金额', '申请执行金额'],
  closureRate: ['报告结案率', '结案率'],
  actualExecutionRate: ['报告实际执结率', '实际执结率'],
  decimals: ['小数位数', '保留小数位数'],
  rounding: ['舍入方式', '取舍方式'],
  dishonestListed: ['纳入失信名单', '纳入失信名单人数'],
  consumptionRestrictionOrders: ['限制消费令', '发布限制消费令'],
  detentions: ['司法拘留', '拘留人数'],
  refusalToExecuteReferrals: ['拒执罪移送', '移送拒执罪'],
};

const LABELS: Partial<Record<StatsField, string>> = {};
const LOOKUP = new Map<string, StatsField>();
for (const [field, headers] of Object.entries(STATS_HEADERS) as Array<[StatsField, readonly string[]]>) {
  LABELS[field] = headers[0];
  for (const h of headers) LOOKUP.set(normalizeHeader(h), field);
}

/** Statistics read from a sheet, and the problems found. */
export interface StatsSheetResult {
  stats: EnforcementStatsType[];
  problems: RowProblem[];
}

function problemAt(file: string, sheet: string | undefined, row: number, column: number | undefined, header: string | undefined, value: string | undefined, zh: string, en: string): RowProblem {
  return {
    file,
    ...(sheet ? { sheet } : {}),
    row,
    ...(column !== undefined ? { column: columnLetter(column), ...(header ? { header } : {}) } : {}),
    ...(value ? { value } : {}),
    code: 'contract',
    zh,
    en,
  };
}

/** The court a stats row names: by court code (current or former), name, English name or id. */
export function courtOfCell(text: string, courts: readonly CourtEntry[]): CourtEntry | undefined {
  const value = text.trim();
  return (value && findCourt(courts, value)) || courts.find((c) => c.name === value || c.id === value || c.nameEn === value);
}

/**
 * Reads a stats sheet: a header row (title rows above it are skipped) and one row per period. Counts
 * are whole numbers, money in yuan (`3.14亿`, `1,234.00`), rates in percent (`92.97` or `92.97%`).
 * In a multi-court feed one row per court and period: the 法院代码 column (court code, name or id)
 * says whose figures a row holds. A single court's sheet may have that column too; it must name the court.
 */
export function readStatsSheet(
  rows: readonly (readonly CellValue[])[],
  options: {
    file: string;
    sheet?: string;
    /** The court of rows that name none (a single-court feed). */
    courtId: string;
    /** The courts a row may name in a court column. */
    courts?: readonly CourtEntry[];
    /** A multi-court feed: the court column is required. */
    multiCourt?: boolean;
    firstRowNumber?: number;
  },
): StatsSheetResult {
  const problems: RowProblem[] = [];
  const stats: EnforcementStatsType[] = [];
  const first = options.firstRowNumber ?? 1;
  let headerIndex = -1;
  let columns = new Map<StatsField, number>();
  let headers: string[] = [];
  for (let r = 0; r < Math.min(rows.length, 30); r++) {
    const found = new Map<StatsField, number>();
    (rows[r] ?? []).forEach((cell, c) => {
      const field = LOOKUP.get(normalizeHeader(cellText(cell)));
      if (field && !found.has(field)) found.set(field, c);
    });
    if (found.has('accepted') && found.has('closed')) {
      headerIndex = r;
      columns = found;
      headers = (rows[r] ?? []).map((c) => cellText(c));
      break;
    }
  }
  if (headerIndex < 0) {
    problems.push(problemAt(options.file, options.sheet, first, undefined, undefined, undefined, '找不到统计表的表头（至少要有“受理”和“已结”两列）', 'no stats header row found (needs at least the columns 受理 and 已结)'));
    return { stats, problems };
  }
  if (options.multiCourt && !columns.has('court')) {
    problems.push(problemAt(options.file, options.sheet, first + headerIndex, undefined, undefined, undefined, '统计表缺少“法院代码”列：发布多个法院的数据时，每行须写明是哪个法院的统计', 'the stats sheet has no 法院代码 (court code) column: with several courts, each row must say whose figures it holds'));
    return { stats, problems };
  }
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.every((c) => cellText(c) === '')) continue;
    const rowNumber = first + r;
    const at = (field: StatsField) => {
      const c = columns.get(field);
      return c === undefined ? undefined : row[c];
    };
    const fail = (field: StatsField, zh: string, en: string) => {
      const c = columns.get(field);
      problems.push(problemAt(options.file, options.sheet, rowNumber, c, c === undefined ? LABELS[field] : headers[c], cellText(at(field)), zh, en));
    };
    const count = (field: StatsField, required = false): number | undefined => {
      const text = cellText(at(field)).replace(/[件人个,]/g, '');
      if (!text) {
        if (required) fail(field, '必填项为空', 'required cell is empty');
        return undefined;
      }
      if (/^\d+$/.test(text)) return Number(text);
      fail(field, '应为整数', 'expected a whole number');
      return undefined;
    };
    const money = (field: StatsField): number | undefined => {
      const value = at(field);
      if (cellText(value) === '') return undefined;
      const parsed = parseAmountFen(value);
      if (parsed.ok) return parsed.value;
      fail(field, '金额无法识别', 'amount not recognised');
      return undefined;
    };
    const date = (field: StatsField): string | undefined => {
      const value = at(field);
      if (cellText(value) === '') {
        fail(field, '必填项为空', 'required cell is empty');
        return undefined;
      }
      const parsed = parseDate(value);
      if (parsed.ok) return parsed.value;
      fail(field, '日期无法识别', 'date not recognised');
      return undefined;
    };
    const percent = (field: StatsField): number | undefined => {
      const text = cellText(at(field)).replace(/%$/, '');
      if (!text) return undefined;
      if (!/^\d{1,3}(\.\d+)?$/.test(text)) {
        fail(field, '比率应为百分数，如 92.97', 'rates are percents, e.g. 92.97');
        return undefined;
      }
      return Number(text);
    };
    // Whose figures: the court the row names (required in a multi-court feed), else the one court.
    let courtId = options.courtId;
    const courtText = cellText(at('court'));
    if (options.multiCourt || courtText) {
      const court = courtOfCell(courtText, options.courts ?? []);
      if (!court) {
        const known = (options.courts ?? []).map((c) => c.courtCode ?? c.name).join('、');
        if (!courtText) fail('court', '必填项为空', 'required cell is empty');
        else fail('court', `法院不在 --court 给出的法院之中（可用：${known}）`, `court not among the courts given with --court (known: ${known.replace(/、/g, ', ')})`);
        continue;
      }
      courtId = court.id;
    }
    const start = date('start');
    const end = date('end');
    const accepted = count('accepted', true);
    const closed = count('closed', true);
    const closedWithPerformance = count('closedWithPerformance', true);
    if (!start || !end || accepted === undefined || closed === undefined || closedWithPerformance === undefined) continue;
    const decimalsText = cellText(at('decimals'));
    const roundingText = cellText(at('rounding'));
    const rule: RateRule = {
      decimals: decimalsText ? Number(decimalsText) : 2,
      rounding: /截|truncate|舍去/.test(roundingText) ? 'truncate' : 'half-up',
    };
    const periodId = cellText(at('periodId')) || `${start}_${end}`;
    const period: Period = {
      id: periodId,
      start,
      end,
      ...(cellText(at('label')) ? { label: cellText(at('label')) } : {}),
      ...(cellText(at('labelEn')) ? { labelEn: cellText(at('labelEn')) } : {}),
    };
    const asOfValue = at('asOf');
    const asOfDate = cellText(asOfValue) ? parseDate(asOfValue) : undefined;
    const recovered = money('recovered') ?? 0;
    const appliedInClosed = money('appliedInClosed');
    const closureReported = percent('closureRate');
    const executionReported = percent('actualExecutionRate');
    const sanctions = {
      ...(count('dishonestListed') !== undefined ? { dishonestListed: count('dishonestListed')! } : {}),
      ...(count('consumptionRestrictionOrders') !== undefined ? { consumptionRestrictionOrders: count('consumptionRestrictionOrders')! } : {}),
      ...(count('detentions') !== undefined ? { detentions: count('detentions')! } : {}),
      ...(count('refusalToExecuteReferrals') !== undefined ? { refusalToExecuteReferrals: count('refusalToExecuteReferrals')! } : {}),
    };
    const candidate: EnforcementStatsType = {
      courtId,
      period,
      asOf: `${asOfDate?.ok ? asOfDate.value : end}T00:00:00+08:00`,
      cases: {
        ...(count('carriedOver') !== undefined ? { carriedOver: count('carriedOver')! } : {}),
        ...(count('newlyReceived') !== undefined ? { newlyReceived: count('newlyReceived')! } : {}),
        accepted,
        closed,
        closedWithPerformance,
        ...(count('closedByTermination') !== undefined ? { closedByTermination: count('closedByTermination')! } : {}),
      },
      money: {
        recovered,
        ...(appliedInClosed !== undefined ? { appliedInClosed } : {}),
        ...(/^(是|y|yes|true|1|约)$/i.test(cellText(at('recoveredApproximate'))) ? { recoveredApproximate: true } : {}),
      },
      ...(closureReported !== undefined || executionReported !== undefined
        ? { reportedRates: { ...(closureReported !== undefined ? { closureRate: closureReported } : {}), ...(executionReported !== undefined ? { actualExecutionRate: executionReported } : {}) } }
        : {}),
      rateRule: rule,
      ...(Object.keys(sanctions).length ? { sanctions } : {}),
    };
    const checked = checkStats(candidate);
    for (const message of checked) problems.push(problemAt(options.file, options.sheet, rowNumber, undefined, undefined, undefined, message.zh, message.en));
    if (checked.length === 0) stats.push(candidate);
  }
  return { stats, problems };
}

/** The SDK's checks: the EnforcementStats schema (counts that contradict each other), and reported rates against the counts. */
export function checkStats(stats: EnforcementStatsType): Array<{ zh: string; en: string }> {
  const out: Array<{ zh: string; en: string }> = [];
  const parsed = EnforcementStats.safeParse(stats);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 5)) out.push({ zh: `统计数据不符合规范（${issue.path.join('.')}：${issue.message}）`, en: `statistics break the contract (${issue.path.join('.')}: ${issue.message})` });
    return out;
  }
  const rule = stats.rateRule;
  const closure = closureRate(stats.cases.closed, stats.cases.accepted, rule);
  if (closure && stats.reportedRates?.closureRate !== undefined) {
    const check = checkReportedRate(closure, stats.reportedRates.closureRate);
    if (!check.consistent) out.push({ zh: `报告的结案率 ${check.reported}% 与件数算出的 ${check.computed}% 不符`, en: `reported closure rate ${check.reported}% does not match ${check.computed}% from the counts` });
  }
  const execution = actualExecutionRate(stats.cases.closedWithPerformance, stats.cases.closed, rule);
  if (execution && stats.reportedRates?.actualExecutionRate !== undefined) {
    const check = checkReportedRate(execution, stats.reportedRates.actualExecutionRate);
    if (!check.consistent) out.push({ zh: `报告的实际执结率 ${check.reported}% 与件数算出的 ${check.computed}% 不符`, en: `reported actual execution rate ${check.reported}% does not match ${check.computed}% from the counts` });
  }
  return out;
}

/** Closing methods counted as 执行完毕 (actual execution): performance, compulsory execution, performed settlement. */
const PERFORMED = /执行完毕|自动履行|强制执行|和解.*履行完毕|履行完毕/;
const TERMINATION = /终结本次执行|终本/;

/**
 * Statistics computed from case rows for one period: accepted = implementation cases (执, 执恢, 执保)
 * filed before the period ends and not closed before it starts; closed = those closed within it;
 * 执行完毕 by closing method; money recovered = the sum over cases closed within the period.
 */
export function statsFromCases(cases: Iterable<CaseFacts>, options: { courtId: string; period: Period; asOf: string; rateRule?: RateRule }): EnforcementStatsType {
  const { start, end } = options.period;
  let carriedOver = 0;
  let newlyReceived = 0;
  let closed = 0;
  let performed = 0;
  let termination = 0;
  let recovered = 0;
  // A case with several parties has several rows: each case counts once (its last row wins).
  const byCase = new Map<string, CaseFacts>();
  for (const c of cases) byCase.set(c.caseNumber.replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/\s+/g, ''), c);
  for (const c of byCase.values()) {
    if (!isImplementationCase(c.typeCode)) continue;
    if (c.filingDate > end) continue;
    if (c.closedOn && c.closedOn < start) continue;
    if (c.filingDate < start) carriedOver++;
    else newlyReceived++;
    if (c.closedOn && c.closedOn <= end) {
      closed++;
      if (c.closingMethod && PERFORMED.test(c.closingMethod)) performed++;
      if (c.closingMethod && TERMINATION.test(c.closingMethod)) termination++;
      recovered += c.amountRecovered ?? 0;
    }
  }
  return {
    courtId: options.courtId,
    period: options.period,
    asOf: options.asOf,
    cases: { carriedOver, newlyReceived, accepted: carriedOver + newlyReceived, closed, closedWithPerformance: performed, closedByTermination: termination },
    money: { recovered },
    rateRule: options.rateRule ?? { decimals: 2, rounding: 'half-up' },
  };
}
