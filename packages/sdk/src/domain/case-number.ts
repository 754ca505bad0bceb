// 案号: （year）court code + type code + sequence + 号, e.g. （2023）湘0725执123号.
import { todayInChina, type CalendarDate } from './dates.js';

/** A parsed case number (案号), e.g. （2023）湘0725执123号. */
export interface CaseNumber {
  year: number;
  /** Province abbreviation + digits (湘0725 basic, 湘07 intermediate, 湘 high court) or 最高法. */
  courtCode: string;
  /** One of ENFORCEMENT_TYPE_CODES. */
  typeCode: string;
  sequence: number;
  /** Canonical form with full-width brackets: （2023）湘0725执123号 */
  normalized: string;
}

/**
 * Enforcement case type codes: 执 first enforcement, 执恢 resumed, 执保 preservation, 执异 objection,
 * 执复 reconsideration, 执监 supervision, 执协 coordination, 执他 other, 执请 request, 执配 distribution.
 */
export const ENFORCEMENT_TYPE_CODES: readonly string[] = Object.freeze(['执', '执恢', '执保', '执异', '执复', '执监', '执协', '执他', '执请', '执配']);

const IMPLEMENTATION_TYPE_CODES: readonly string[] = ['执', '执恢', '执保'];
const REVIEW_TYPE_CODES: readonly string[] = ['执异', '执复', '执监'];

// Two-character codes before 执 (longest match first). The court is 最高法 or one Han character
// other than 执 followed by 0–6 digits (high courts carry no digits: （2020）湘执复45号).
const TYPE_ALTERNATION = [...ENFORCEMENT_TYPE_CODES].sort((a, b) => b.length - a.length).join('|');
const CASE_NUMBER = new RegExp(`^\\((\\d{4})\\)(最高法|(?!执)\\p{Script=Han}\\d{0,6})(${TYPE_ALTERNATION})(\\d{1,9})号$`, 'u');

// Whitespace anywhere (incl. U+3000, zero-width) is dropped; NFKC turns （）and full-width digits into ASCII.
const SPACES = /[\s\u200B-\u200D\u2060]/g;

/** No case number of the People's Republic's courts is older. */
export const EARLIEST_CASE_YEAR = 1949;

/**
 * The latest year a case number may carry on `today` (YYYY-MM-DD, China time): next year. The one
 * year of tolerance covers a clock that is a little off around New Year; a later year (（2999）…, a
 * typing slip for 2029 …) is no real case number.
 */
export function latestCaseYear(today: CalendarDate): number {
  return Number(today.slice(0, 4)) + 1;
}

/** Why a case number was refused: not in the current format, or a year no case can have. */
export type CaseNumberProblem = 'format' | 'year-too-early' | 'year-in-future';

/**
 * The result of {@link checkCaseNumber}. A refused year still comes with the number as read
 * (`value`), so a message can name it.
 */
export type CaseNumberCheck =
  | { ok: true; value: CaseNumber }
  | { ok: false; problem: 'format'; value?: undefined }
  | { ok: false; problem: 'year-too-early' | 'year-in-future'; value: CaseNumber };

function readCaseNumber(input: string): CaseNumber | undefined {
  if (typeof input !== 'string' || input.length > 100) return undefined;
  const text = input.normalize('NFKC').replace(SPACES, '');
  const m = CASE_NUMBER.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const courtCode = m[2] ?? '';
  const typeCode = m[3] ?? '';
  const sequence = Number(m[4]);
  if (sequence < 1) return undefined;
  return { year, courtCode, typeCode, sequence, normalized: `（${year}）${courtCode}${typeCode}${sequence}号` };
}

/**
 * Checks a case number: the current format, and a year from {@link EARLIEST_CASE_YEAR} to next year
 * on `today` (default: today in China on this machine's clock; a publisher passes the day it
 * publishes for, a reader the day it reads on).
 */
export function checkCaseNumber(input: string, today?: CalendarDate): CaseNumberCheck {
  const value = readCaseNumber(input);
  if (!value) return { ok: false, problem: 'format' };
  if (value.year < EARLIEST_CASE_YEAR) return { ok: false, problem: 'year-too-early', value };
  if (value.year > latestCaseYear(today ?? todayInChina())) return { ok: false, problem: 'year-in-future', value };
  return { ok: true, value };
}

/**
 * Parses a case number; undefined when it is not an enforcement case number in the current format,
 * or its year is before 1949 or after next year on `today` (see {@link checkCaseNumber}).
 */
export function parseCaseNumber(input: string, today?: CalendarDate): CaseNumber | undefined {
  const checked = checkCaseNumber(input, today);
  return checked.ok ? checked.value : undefined;
}

// `（2023）` at the start, brackets and digits full-width or not, spaces allowed.
const LEADING_YEAR = /^\s*[(（]\s*([0-9０-９]{4})\s*[)）]/;

/**
 * The year at the start of a case number as written, without checking the rest: cheap enough for
 * every record on every read. Undefined when the text does not start with a bracketed year.
 */
export function caseNumberYear(input: string): number | undefined {
  const m = typeof input === 'string' ? LEADING_YEAR.exec(input) : null;
  return m ? Number(m[1]!.normalize('NFKC')) : undefined;
}

/** 执, 执恢, 执保: implementation cases, the ones counted in closure and execution-rate denominators. */
export function isImplementationCase(typeCode: string): boolean {
  return IMPLEMENTATION_TYPE_CODES.includes(typeCode);
}

/** 执异, 执复, 执监: review cases, outside implementation denominators. */
export function isReviewCase(typeCode: string): boolean {
  return REVIEW_TYPE_CODES.includes(typeCode);
}
