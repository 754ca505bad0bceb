// Display formatting for the two supported locales. Money is integer fen and is split and rounded on
// BigInt; Intl only adds digit grouping. Dates are built from their parts (calendar dates) or from
// the instant shifted to UTC+8 (timestamps), so neither depends on the visitor's time zone.
import { CHINA_OFFSET_MS, parseCalendarDate, parseTimestamp } from './dates';
import type { CalendarDate } from './dates';
import { divideRounded, rescale, splitScaled, toScaledDecimal } from './decimal';
import { assertRateRule } from './rates';
import type { RateRule } from './rates';

/** The supported display languages: zh-CN (default) and en. */
export type Locale = 'zh-CN' | 'en';

const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** Maps a BCP 47 tag (from `lang`, `navigator.language`, …) to a supported locale; Chinese by default. */
export function resolveLocale(tag: string | null | undefined): Locale {
  if (!tag) return 'zh-CN';
  return /^zh\b/i.test(tag.trim()) ? 'zh-CN' : /^en\b/i.test(tag.trim()) ? 'en' : 'zh-CN';
}

function assertLocale(locale: Locale): void {
  if (!LOCALES.includes(locale)) throw new RangeError(`Unsupported locale: ${String(locale)} (use 'zh-CN' or 'en')`);
}

/**
 * Digits in groups of three with commas, as both zh-CN and en write them. By hand rather than
 * `Intl.NumberFormat`: building the first formatter loads locale data (~100 ms of a gauge's start-up
 * on a slow CPU), and old engines cannot format a BigInt with it.
 */
function groupInteger(n: bigint | number, _locale: Locale): string {
  const text = String(n);
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = digits.slice(Math.max(0, end - 3), end) + (out ? `,${out}` : '');
  return (negative ? '-' : '') + out;
}

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Money must be an integer number of fen, got ${String(fen)}`);
}

/** Yuan → fen, rounding half-up at the third decimal as written (1.005 → 101). */
export function yuanToFen(yuan: number): number {
  const fen = Number(rescale(toScaledDecimal(yuan), 2, 'half-up'));
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Amount out of range: ${String(yuan)}`);
  return fen;
}

/** Yuan from fen (分), exactly: 12345 → 123.45. */
export function fenToYuan(fen: number): number {
  assertFen(fen);
  return fen / 100;
}

const FEN_PER_WAN = 1_000_000n; // 1万元
const FEN_PER_YI = 10_000_000_000n; // 1亿元
const FEN_PER_MILLION = 100_000_000n;
const FEN_PER_BILLION = 100_000_000_000n;

/** Hundredths of a unit → '1,566.05' / '2,312' / '3.1' (up to 2 decimals, trailing zeros dropped). */
function upToTwoDecimals(hundredths: bigint, locale: Locale): string {
  const { integer, fraction } = splitScaled(hundredths, 2);
  const trimmed = fraction.replace(/0+$/, '');
  return groupInteger(integer, locale) + (trimmed ? `.${trimmed}` : '');
}

/** Exact yuan: whole yuan without decimals, otherwise two decimals. */
function exactYuan(fen: bigint, locale: Locale, alwaysDecimals: boolean): string {
  const { integer, fraction } = splitScaled(fen, 2);
  return groupInteger(integer, locale) + (alwaysDecimals || fraction !== '00' ? `.${fraction}` : '');
}

/** Rounded to hundredths of `unit`, moving to `bigUnit` when rounding reaches it (9,999.999万 → 1亿). */
function scaled(fen: bigint, unit: bigint, bigUnit: bigint): { hundredths: bigint; big: boolean } {
  const hundredths = divideRounded(fen, unit / 100n, 'half-up');
  if (fen >= bigUnit || hundredths * unit >= bigUnit * 100n) {
    return { hundredths: divideRounded(fen, bigUnit / 100n, 'half-up'), big: true };
  }
  return { hundredths, big: false };
}

/**
 * Money from integer fen. Compact (default): zh-CN '3.14亿元', '1,566.05万元', '5,600元'; en
 * '¥3.14 billion', '¥23.12 million', '¥5,600'. Full (`compact: false`): '314,000,000.00元' /
 * '¥314,000,000.00' (zero: '0元' / '¥0').
 */
export function formatMoney(fen: number, locale: Locale, options?: { compact?: boolean }): string {
  assertFen(fen);
  assertLocale(locale);
  const sign = fen < 0 ? '-' : '';
  const abs = BigInt(Math.abs(fen));
  const zh = locale === 'zh-CN';
  if (options?.compact === false) {
    const body = exactYuan(abs, locale, abs !== 0n);
    return zh ? `${sign}${body}元` : `${sign}¥${body}`;
  }
  if (zh) {
    if (abs < FEN_PER_WAN) return `${sign}${exactYuan(abs, locale, false)}元`;
    const { hundredths, big } = scaled(abs, FEN_PER_WAN, FEN_PER_YI);
    return `${sign}${upToTwoDecimals(hundredths, locale)}${big ? '亿元' : '万元'}`;
  }
  if (abs < FEN_PER_MILLION) return `${sign}¥${exactYuan(abs, locale, false)}`;
  const { hundredths, big } = scaled(abs, FEN_PER_MILLION, FEN_PER_BILLION);
  return `${sign}¥${upToTwoDecimals(hundredths, locale)} ${big ? 'billion' : 'million'}`;
}

/** '92.97%' in both locales; rounds half-up to `decimals` (default 2) and keeps trailing zeros (12.50%). */
export function formatPercent(percent: number, locale: Locale, decimals = 2): string {
  assertLocale(locale);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) throw new RangeError(`decimals must be an integer 0–10, got ${String(decimals)}`);
  const units = rescale(toScaledDecimal(percent), decimals, 'half-up');
  const { integer, fraction } = splitScaled(units < 0n ? -units : units, decimals);
  return `${units < 0n ? '-' : ''}${groupInteger(integer, locale)}${fraction ? `.${fraction}` : ''}%`;
}

/** A whole count with digit grouping: 3,643. */
export function formatCount(n: number, locale: Locale): string {
  assertLocale(locale);
  if (!Number.isSafeInteger(n)) throw new RangeError(`A count must be an integer, got ${String(n)}`);
  return groupInteger(n, locale);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

function monthName(month: number, short: boolean): string {
  const name = MONTHS[month - 1] ?? '';
  return short ? name.slice(0, 3) : name;
}

/** zh-CN '2023年6月30日', en '30 June 2023'. Built from the string: no time zone can shift it. */
export function formatCalendarDate(date: CalendarDate, locale: Locale): string {
  assertLocale(locale);
  const parts = parseCalendarDate(date);
  if (!parts) throw new RangeError(`Not a calendar date YYYY-MM-DD: ${String(date).slice(0, 40)}`);
  const { year, month, day } = parts;
  return locale === 'zh-CN' ? `${year}年${month}月${day}日` : `${day} ${monthName(month, false)} ${year}`;
}

/** An ISO 8601 timestamp in China time: zh-CN '2023年8月25日 15:02', en '25 Aug 2023, 15:02 (UTC+8)'. */
export function formatTimestamp(iso: string, locale: Locale): string {
  assertLocale(locale);
  const instant = parseTimestamp(iso);
  if (!instant) throw new RangeError(`Not an ISO 8601 timestamp with offset: ${String(iso).slice(0, 40)}`);
  const china = new Date(instant.getTime() + CHINA_OFFSET_MS);
  const year = china.getUTCFullYear();
  const month = china.getUTCMonth() + 1;
  const day = china.getUTCDate();
  const time = `${String(china.getUTCHours()).padStart(2, '0')}:${String(china.getUTCMinutes()).padStart(2, '0')}`;
  return locale === 'zh-CN' ? `${year}年${month}月${day}日 ${time}` : `${day} ${monthName(month, true)} ${year}, ${time} (UTC+8)`;
}

/** States a rounding rule beside a rate: zh-CN '保留2位小数，四舍五入', en 'rounded half-up to 2 decimal places'. */
export function describeRateRule(rule: RateRule, locale: Locale): string {
  assertLocale(locale);
  assertRateRule(rule);
  const { decimals, rounding } = rule;
  if (locale === 'zh-CN') {
    const precision = decimals === 0 ? '取整' : `保留${decimals}位小数`;
    return `${precision}，${rounding === 'half-up' ? '四舍五入' : '直接舍去'}`;
  }
  const precision = decimals === 0 ? 'a whole number' : `${decimals} decimal place${decimals === 1 ? '' : 's'}`;
  return `${rounding === 'half-up' ? 'rounded half-up' : 'truncated'} to ${precision}`;
}
