// Calendar dates are plain 'YYYY-MM-DD' strings, never Date objects: a Date carries an instant, and
// rendering it in the visitor's time zone can move a filing or publication date by a day.
// China has used a single offset, UTC+8, with no daylight saving since 1991, so "today in China" is
// computed by shifting the instant by eight hours rather than by asking the machine's time zone.

/** A calendar date `YYYY-MM-DD` (proleptic Gregorian, years 0001–9999). */
export type CalendarDate = string;

/** Year, month and day of a calendar date. */
export interface CalendarDateParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** UTC+8 in milliseconds. */
export const CHINA_OFFSET_MS = 8 * 3_600_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The parts of a real calendar date, or undefined for anything else (wrong shape, 2023-02-30, …). */
export function parseCalendarDate(value: string): CalendarDateParts | undefined {
  if (typeof value !== 'string') return undefined;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Whether `value` is a real `YYYY-MM-DD` date. */
export function isCalendarDate(value: string): boolean {
  return parseCalendarDate(value) !== undefined;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Builds `YYYY-MM-DD` from parts; throws RangeError when the parts are not a real date. */
export function toCalendarDate(parts: CalendarDateParts): CalendarDate {
  const text = `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
  if (!isCalendarDate(text)) throw new RangeError(`Not a calendar date: ${parts.year}-${parts.month}-${parts.day}`);
  return text;
}

function requireDate(value: CalendarDate, name: string): CalendarDateParts {
  const parts = parseCalendarDate(value);
  if (!parts) throw new RangeError(`${name} is not a calendar date YYYY-MM-DD: ${String(value).slice(0, 40)}`);
  return parts;
}

/** Milliseconds since the epoch at 00:00 UTC of the date (setUTCFullYear: Date.UTC maps years 0–99 to 19xx). */
function utcMidnight(parts: CalendarDateParts): number {
  const d = new Date(0);
  d.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  return d.getTime();
}

/** The UTC calendar date of an instant; RangeError outside years 0001–9999. */
function utcDateOf(ms: number): CalendarDate {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) throw new RangeError('Date out of range');
  const year = d.getUTCFullYear();
  if (year < 1 || year > 9999) throw new RangeError(`Year out of range: ${year}`);
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** The calendar date in China (UTC+8) at `now`, whatever the machine's time zone. */
export function todayInChina(now: Date = new Date()): CalendarDate {
  // Duck-typed: a Date from another realm (iframe) fails instanceof.
  const ms = typeof now?.getTime === 'function' ? now.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError('todayInChina: invalid Date');
  return utcDateOf(ms + CHINA_OFFSET_MS);
}

/** Negative when a is earlier, 0 when equal, positive when later. Throws RangeError on non-dates. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  requireDate(a, 'a');
  requireDate(b, 'b');
  // Same fixed-width shape, so string order is date order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The calendar date `days` days after (or before, if negative) `date`. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const parts = requireDate(date, 'date');
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be an integer: ${days}`);
  return utcDateOf(utcMidnight(parts) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((utcMidnight(requireDate(to, 'to')) - utcMidnight(requireDate(from, 'from'))) / DAY_MS);
}

/**
 * Whether a publication period has ended. The end date is the last day shown (inclusive), so it is
 * over once today in China is later. No end date: not over. An unreadable end date counts as over:
 * showing a debtor past the legal term is worse than hiding one.
 */
export function isPublicationOver(publicationEnd: CalendarDate | undefined, now: Date = new Date()): boolean {
  if (publicationEnd === undefined) return false;
  if (!isCalendarDate(publicationEnd)) return true;
  return todayInChina(now) > publicationEnd;
}

/**
 * Completed years of age on a date. A 29 February birthday is reached on 1 March in common years.
 * Throws RangeError on non-dates or when `on` precedes the birth date.
 */
export function ageOn(birthDate: CalendarDate, on: CalendarDate): number {
  const birth = requireDate(birthDate, 'birthDate');
  const day = requireDate(on, 'on');
  if (on < birthDate) throw new RangeError('ageOn: date precedes the birth date');
  const beforeBirthday = day.month < birth.month || (day.month === birth.month && day.day < birth.day);
  return day.year - birth.year - (beforeBirthday ? 1 : 0);
}

// RFC 3339 profile of ISO 8601: date, 'T', time with optional fraction, and an explicit offset.
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** An instant from an ISO 8601 timestamp with an offset (Z or ±hh:mm); undefined otherwise. */
export function parseTimestamp(value: string): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const m = TIMESTAMP.exec(value);
  if (!m) return undefined;
  const date = parseCalendarDate(`${m[1]}-${m[2]}-${m[3]}`);
  if (!date) return undefined;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (m[8] === undefined) {
    const offsetHours = Number(m[10]);
    const offsetMins = Number(m[11]);
    if (offsetHours > 23 || offsetMins > 59) return undefined;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const ms = utcMidnight(date) + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
  return new Date(ms);
}
