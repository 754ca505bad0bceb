// Courts of a feed: a single court's feed, or a multi-court feed (a high court publishing for its
// province) whose court.json lists its `courts`. A record names its court by `courtCode`, else by the
// court code in its case number (（2023）湘0725执1507号 → 湘0725).
import type { Court, CourtEntry } from '../contract/index.js';
import { normalizeCourtCode } from '../contract/checks.js';
import { parseCaseNumber } from './case-number.js';

export { normalizeCourtCode };

/** The courts a feed covers: its `courts`, or for a single-court feed the court itself. */
export function courtsOf(court: Court): CourtEntry[] {
  return court.courts ?? [court];
}

/** A court's codes, normalised: the current one first, then former ones. */
export function courtCodes(court: CourtEntry): string[] {
  return [court.courtCode, ...(court.formerCourtCodes ?? [])].filter((code): code is string => code !== undefined).map(normalizeCourtCode);
}

/** The court code naming a record's court: its `courtCode`, else the code in its case number. */
export function recordCourtCode(record: { courtCode?: string | undefined; caseNumber: string }): string | undefined {
  const code = record.courtCode ?? parseCaseNumber(record.caseNumber)?.courtCode;
  return code === undefined ? undefined : normalizeCourtCode(code);
}

/** The court of `courts` whose current or former code is `code`; undefined when there is none. */
export function findCourt(courts: readonly CourtEntry[], code: string): CourtEntry | undefined {
  const key = normalizeCourtCode(code);
  return courts.find((court) => courtCodes(court).includes(key));
}

/**
 * The court a record is filed under in a feed, as that court's current code (normalised): the court of
 * the feed whose current or former code the record names; the record's own code when no court of the
 * feed has it. A paged feed's per-court lists are keyed by it, so a renamed court's old case numbers
 * land in its one list.
 */
export function filedCourtCode(feed: Court, record: { courtCode?: string | undefined; caseNumber: string }): string | undefined {
  const code = recordCourtCode(record);
  return code === undefined ? undefined : courtKey(feed, code);
}

/** A court code as a feed's courts know it: the current code of the court it names (any of its codes), else itself, normalised. */
export function courtKey(feed: Court, code: string): string {
  const current = findCourt(courtsOf(feed), code)?.courtCode;
  return normalizeCourtCode(current ?? code);
}
