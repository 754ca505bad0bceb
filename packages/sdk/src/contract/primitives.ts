// Building blocks of the data contract. zod/mini keeps the SDK small and never probes `eval`
// (strict-CSP government pages report that as a violation).
import * as z from 'zod/mini';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(value: string): boolean {
  const m = CALENDAR_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  // Days in the month without building a Date (this runs for every date of every record).
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31);
}

/** A calendar date `YYYY-MM-DD` (filing, publication, end of publication). Never shifted by time zone. */
export const CalendarDate = z.string().check(
  z.regex(CALENDAR_DATE, 'expected a calendar date YYYY-MM-DD'),
  z.refine(isRealDate, 'not a real calendar date'),
);

/** An instant with an explicit offset, e.g. `2023-08-25T15:02:00+08:00`. */
export const Timestamp = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 timestamp with offset' });

/** Money in integer fen (分): never floats. */
export const Fen = z.int().check(z.nonnegative('money must be a non-negative integer number of fen'));

/** A non-negative whole count (cases, persons). */
export const Count = z.int().check(z.nonnegative('counts are non-negative integers'));

export const NonEmptyText = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

export const HttpUrl = z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' });

/** A reporting period, inclusive at both ends. */
export const Period = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/, 'period ids are URL-safe: letters, digits, . _ -')),
  start: CalendarDate,
  end: CalendarDate,
  label: z.optional(z.string()),
  labelEn: z.optional(z.string()),
});
