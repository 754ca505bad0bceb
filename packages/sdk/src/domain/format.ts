// Display formatting for the two supported locales. Money is integer fen and is split and rounded on
// BigInt; Intl only adds digit grouping. Dates are built from their parts (calendar dates) or from
// the instant shifted to UTC+8 (timestamps), so neither depends on the visitor's time zone.
import { CHINA_OFFSET_MS, parseCalendarDate, parseTimestamp } from './dates.js';
import type { CalendarDate } from './dates.js';
import { divideRounded, rescale, splitScaled, toScaledDecimal } from './decimal.js';
import { assertRateRule } from './rates.js';
import type { RateRule } from './rates.js';

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

// Units of the compact form, smallest first: zh-CN counts in 万 / 亿 / 万亿, en in million / billion / trillion.
const ZH_UNITS: readonly { fen: bigint; suffix: string }[] = [
  { fen: 1_000_000n, suffix: '万元' }, // 1万元
  { fen: 10_000_000_000n, suffix: '亿元' }, // 1亿元
  { fen: 100_000_000_000_000n, suffix: '万亿元' }, // 1万亿元
];
const EN_UNITS: readonly { fen: bigint; suffix: string }[] = [
  { fen: 100_000_000n, suffix: ' million' },
  { fen: 100_000_000_000n, suffix: ' billion' },
  { fen: 100_000_000_000_000n, suffix: ' trillion' },
];

/** Hundredths of a unit → '1,566.05' / '2,312' / '3.1' (up to 2 decimals, trailing zeros dropped). */
function upToTwoDecimals(hundredths: bigint, locale: Locale): string {
  const { integer, fraction } = splitScaled(hundredths, 2);
  const trimmed = fraction.replace(/0+$/, '');
  return groupInteger(integer, locale) + (trimmed ? `.${trimmed}` : '');
}

/** Exact yuan: whole yuan without decimals, otherwise two decimals (the fen matter: 1,234.50). */
function exactYuan(fen: bigint, locale: Locale): string {
  const { integer, fraction } = splitScaled(fen, 2);
  return groupInteger(integer, locale) + (fraction !== '00' ? `.${fraction}` : '');
}

/**
 * The largest unit the amount reaches, rounded to its hundredths; moves up a unit when rounding
 * reaches it (9,999.999万 → 1亿). Undefined below the smallest unit (shown exactly).
 */
function inUnits(fen: bigint, units: readonly { fen: bigint; suffix: string }[]): { hundredths: bigint; suffix: string } | undefined {
  let i = units.length - 1;
  while (i >= 0 && fen < units[i]!.fen) i--;
  if (i < 0) return undefined;
  const unit = units[i]!;
  const hundredths = divideRounded(fen, unit.fen / 100n, 'half-up');
  const next = units[i + 1];
  if (next && hundredths * unit.fen >= next.fen * 100n) return { hundredths: divideRounded(fen, next.fen / 100n, 'half-up'), suffix: next.suffix };
  return { hundredths, suffix: unit.suffix };
}

/** Options of {@link formatMoney}: compact (万/亿/万亿) or exact, and whether the figure is a rounded one. */
export interface MoneyFormat {
  /**
   * `compact` (default): in 万 / 亿 / 万亿 (en: million / billion / trillion), up to two decimals, for
   * totals. `exact`: every fen, for one debtor's amount: '90,000元', '1,234,567.89元'.
   */
  style?: 'compact' | 'exact';
  /** The source published a rounded figure: '约3.14亿元' / 'approx. ¥3.14 billion'. */
  approximate?: boolean;
  /** @deprecated `compact: false` is `style: 'exact'`. */
  compact?: boolean;
}

/**
 * Money from integer fen — the one formatter every widget uses. Compact (default): zh-CN '3.14亿元',
 * '1,566.05万元', '1万亿元', '5,600元'; en '¥3.14 billion', '¥23.12 million', '¥5,600'. Exact
 * (`style: 'exact'`): '314,000,000元', '1,234.50元' / '¥314,000,000', '¥1,234.50'.
 */
export function formatMoney(fen: number, locale: Locale, options?: MoneyFormat): string {
  assertFen(fen);
  assertLocale(locale);
  const sign = fen < 0 ? '-' : '';
  const abs = BigInt(Math.abs(fen));
  const zh = locale === 'zh-CN';
  const exact = options?.style === 'exact' || options?.compact === false;
  const scaledAmount = exact ? undefined : inUnits(abs, zh ? ZH_UNITS : EN_UNITS);
  const body = scaledAmount ? upToTwoDecimals(scaledAmount.hundredths, locale) : exactYuan(abs, locale);
  const suffix = scaledAmount?.suffix ?? '';
  const text = zh ? `${sign}${body}${suffix || '元'}` : `${sign}¥${body}${suffix}`;
  if (!options?.approximate) return text;
  return zh ? `约${text}` : `approx. ${text}`;
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
