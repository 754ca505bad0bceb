// Reading the cells of a court's export: amounts, dates, digits and identifiers as Chinese Excel
// writes them. Pure functions (no node: imports): they run in a browser too.
import { isCalendarDate } from '@zhixing/sdk';

/** A cell as read: text from a CSV, text or a Date from an .xlsx (numbers are kept as their text). */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A cell's parsed value or the problem with it. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; problem: CellProblem };

/** Why a cell could not be read. Each has a message in zh-CN and en (see `problemText`). */
export type CellProblem =
  | 'empty'
  | 'amount-format'
  | 'amount-negative'
  | 'amount-precision'
  | 'date-format'
  | 'date-invalid'
  | 'excel-serial'
  | 'scientific-notation'
  | 'integer-format';

const FULL_WIDTH = /[\u3000\uFF01-\uFF5E\uFFE0-\uFFE6]/;

/** Cell → trimmed text: full-width digits, letters and punctuation folded (NFKC), NBSP and U+3000 trimmed. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? value : String(value);
  // NFKC only where it changes something a reader of digits cares about (full-width forms, ideographic space).
  return (FULL_WIDTH.test(text) ? text.normalize('NFKC') : text).trim();
}

/**
 * True for text Excel made of a long number: `4.30725E+17`, `4.30725199001012E17`, `9E+17`. Excel
 * writes a decimal point in the mantissa or a sign in the exponent (usually both), and at most 15
 * significant digits. Digits, `E` and digits without either (`91430703537E190543`) are not Excel's
 * notation: such text is left to the identifier checks, where it may be a valid unified social credit
 * code (E is one of its letters).
 */
export function isScientificNotation(text: string): boolean {
  const m = /^[+-]?\d+(\.\d+)?[eE]([+-])?\d+$/.exec(text.normalize('NFKC').replace(/\s/g, ''));
  return m !== null && (m[1] !== undefined || m[2] !== undefined);
}

const MULTIPLIERS: Record<string, number> = { 万: 4, 亿: 8, 万元: 4, 亿元: 8 };

/**
 * An amount of money in yuan → integer fen. Accepts `1,234.00`, `1234`, `1.2万`, `3.14亿`, `￥1,234`,
 * `¥1234元`, `1234.5元`, `人民币1234元`, full-width digits. More than two decimal places of yuan
 * (after 万/亿) is an error, never rounded silently.
 */
export function parseAmountFen(value: CellValue): CellResult<number> {
  if (typeof value === 'number') value = String(value);
  let text = cellText(value).replace(/\s/g, '');
  if (!text) return { ok: false, problem: 'empty' };
  text = text.replace(/^(人民币|RMB|CNY)/i, '').replace(/^[¥￥]/, '');
  if (/^-/.test(text)) return { ok: false, problem: 'amount-negative' };
  let shift = 0;
  const unit = /(万元|亿元|万|亿|元)$/.exec(text);
  if (unit) {
    shift = MULTIPLIERS[unit[1] as string] ?? 0;
    text = text.slice(0, -unit[1]!.length);
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return { ok: false, problem: isScientificNotation(text) ? 'scientific-notation' : 'amount-format' };
  const integer = m[1] as string;
  const fraction = m[2] ?? '';
  // Fen = yuan × 100 × 10^shift: move the decimal point 2 + shift places.
  const places = 2 + shift;
  if (fraction.length > places && /[1-9]/.test(fraction.slice(places))) return { ok: false, problem: 'amount-precision' };
  const digits = `${integer}${fraction.slice(0, places).padEnd(places, '0')}`.replace(/^0+(?=\d)/, '');
  const fen = Number(digits);
  if (!Number.isSafeInteger(fen)) return { ok: false, problem: 'amount-format' };
  return { ok: true, value: fen };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Excel's day count (1900 date system) → YYYY-MM-DD. Serial 60 is Excel's phantom 1900-02-29. */
export function excelSerialToDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466 || Math.floor(serial) === 60) return undefined;
  const days = Math.floor(serial) < 60 ? Math.floor(serial) + 1 : Math.floor(serial);
  const ms = Date.UTC(1899, 11, 30) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * A calendar date → `YYYY-MM-DD`. Accepts `2024-03-02`, `2024-3-2`, `2024/3/2`, `2024.3.2`,
 * `2024年3月2日`, `20240302`, with an optional time after it (`2024/3/2 0:00:00`), an Excel serial
 * number (`45353`, 1900 date system, between 1950 and 2100) and a Date from an .xlsx cell.
 */
export function parseDate(value: CellValue): CellResult<string> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, problem: 'date-invalid' };
    // .xlsx dates are read as UTC midnight; a time part just before midnight is rounded to the day.
    const rounded = new Date(Math.round(value.getTime() / 60_000) * 60_000);
    return { ok: true, value: rounded.toISOString().slice(0, 10) };
  }
  const text = cellText(value).replace(/\s+/g, ' ');
  if (!text) return { ok: false, problem: 'empty' };
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(text);
  if (!m) {
    const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
    if (compact) m = compact;
  }
  if (m) {
    const date = `${m[1]}-${pad2(Number(m[2]))}-${pad2(Number(m[3]))}`;
    return isCalendarDate(date) ? { ok: true, value: date } : { ok: false, problem: 'date-invalid' };
  }
  if (/^\d{4,6}(\.\d+)?$/.test(text)) {
    const serial = Number(text);
    const date = excelSerialToDate(serial);
    // 18264 = 1950-01-01, 73051 = 2100-01-01: other numbers are not dates a court writes.
    if (date && serial >= 18264 && serial < 73051) return { ok: true, value: date };
    return { ok: false, problem: 'excel-serial' };
  }
  return { ok: false, problem: 'date-format' };
}

/** A whole number such as an age: `35`, `３５`, `35岁`, `35.0`. */
export function parseInteger(value: CellValue): CellResult<number> {
  const text = cellText(value).replace(/\s/g, '').replace(/[岁周]$/, '');
  if (!text) return { ok: false, problem: 'empty' };
  const m = /^(\d{1,3})(?:\.0+)?$/.exec(text);
  if (!m) return { ok: false, problem: 'integer-format' };
  return { ok: true, value: Number(m[1]) };
}

/** Column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
