// The court of a record: its `courtCode`, else the court code in its case number
// (（2023）湘0725执1507号 → 湘0725). Apart from courts.ts, so reading a feed's courts (all a page of
// statistics needs) does not load the case-number parser.
import type { Court } from '../contract/index.js';
import { parseCaseNumber } from './case-number.js';
import { courtKey, normalizeCourtCode } from './courts.js';

/** The court code naming a record's court: its `courtCode`, else the code in its case number. */
export function recordCourtCode(record: { courtCode?: string | undefined; caseNumber: string }): string | undefined {
  const code = record.courtCode ?? parseCaseNumber(record.caseNumber)?.courtCode;
  return code === undefined ? undefined : normalizeCourtCode(code);
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

/** @internal Whether a record belongs to a request's scope: always in a single-court feed or without a scope (`codes` undefined). */
export function inScope(record: { courtCode?: string | undefined; caseNumber: string }, codes: readonly string[] | undefined): boolean {
  return !codes || codes.includes(recordCourtCode(record) ?? '');
}
