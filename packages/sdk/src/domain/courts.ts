// Courts of a feed: a single court's feed, or a multi-court feed (a high court publishing for its
// province) whose court.json lists its `courts`. Which court a record belongs to: record-court.ts.
import type { Court, CourtEntry } from '../contract/index.js';
import { normalizeCourtCode } from '../contract/checks.js';

export { normalizeCourtCode };

/** The courts a feed covers: its `courts`, or for a single-court feed the court itself. */
export function courtsOf(court: Court): CourtEntry[] {
  return court.courts ?? [court];
}

/** A court's codes, normalised: the current one first, then former ones. */
export function courtCodes(court: CourtEntry): string[] {
  return [court.courtCode, ...(court.formerCourtCodes ?? [])].filter((code): code is string => code !== undefined).map(normalizeCourtCode);
}

/** The court of `courts` whose current or former code is `code`; undefined when there is none. */
export function findCourt(courts: readonly CourtEntry[], code: string): CourtEntry | undefined {
  const key = normalizeCourtCode(code);
  return courts.find((court) => courtCodes(court).includes(key));
}

/** A court code as a feed's courts know it: the current code of the court it names (any of its codes), else itself, normalised. */
export function courtKey(feed: Court, code: string): string {
  const current = findCourt(courtsOf(feed), code)?.courtCode;
  return normalizeCourtCode(current ?? code);
}
