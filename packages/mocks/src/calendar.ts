// Calendar arithmetic on day numbers (days since 1970-01-01), fast enough for a million records.
// Dates are plain calendar dates: no time zone is involved once `today` is known.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** `YYYY-MM-DD` → day number. Throws on anything else. */
export function dayNumber(date: string): number {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`expected a calendar date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Memoised: generated data sets use a few tens of thousands of distinct days.
const civilCache = new Map<number, CivilDate>();

/** Day number → year, month (1–12), day. */
export function civil(day: number): CivilDate {
  let parts = civilCache.get(day);
  if (parts === undefined) {
    const date = new Date(day * MS_PER_DAY);
    parts = Object.freeze({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
    civilCache.set(day, parts);
  }
  return parts;
}

const formatted = new Map<number, string>();

/** Day number → `YYYY-MM-DD` (memoised: a generated data set shares one string per day). */
export function formatDay(day: number): string {
  let text = formatted.get(day);
  if (text === undefined) {
    const { year, month, day: d } = civil(day);
    text = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(d)}`;
    formatted.set(day, text);
  }
  return text;
}

export function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** Whole years of age on `on` for someone born on `birth` (both day numbers). */
export function ageOn(birth: number, on: number): number {
  const b = civil(birth);
  const d = civil(on);
  let age = d.year - b.year;
  if (d.month < b.month || (d.month === b.month && d.day < b.day)) age -= 1;
  return age;
}

/** The same calendar day `years` later (29 Feb → 28 Feb in common years). */
export function addYears(day: number, years: number): number {
  const { year, month, day: d } = civil(day);
  const target = year + years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return Math.floor(Date.UTC(target, month - 1, Math.min(d, lastDay)) / MS_PER_DAY);
}

/** `YYYYMMDD` for a resident ID's birth-date field. */
export function compactDate(day: number): string {
  const { year, month, day: d } = civil(day);
  return `${String(year).padStart(4, '0')}${pad2(month)}${pad2(d)}`;
}
