// Building blocks of the data contract. zod/mini keeps the SDK small and never probes `eval`
// (strict-CSP government pages report that as a violation).
import * as z from 'zod/mini';
import { isRealCalendarDate } from './checks.js';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` (filing, publication, end of publication). Never shifted by time zone. */
export const CalendarDate = z.string().check(
  z.regex(CALENDAR_DATE, 'expected a calendar date YYYY-MM-DD'),
  z.refine(isRealCalendarDate, 'not a real calendar date'),
);

/** A calendar date `YYYY-MM-DD` (China time), never a `Date`. */
export type CalendarDate = z.output<typeof CalendarDate>;

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

/** A reporting period: its id, first and last day and labels. */
export type Period = z.output<typeof Period>;
