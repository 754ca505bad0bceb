// The `court` option of the client's methods: which court of the feed a request is limited to.
import type { Court, CourtEntry } from '../contract/index.js';
import { courtCodes, courtsOf, findCourt, normalizeCourtCode } from '../domain/courts.js';
import { UnknownCourtError } from './errors.js';

/** The `court` option of a request: a court code as written in case numbers, e.g. `湘0725`. */
export interface CourtOption {
  /**
   * Limits the answer to one court of the feed, named by its court code as written in case numbers
   * (`湘0725`; a former code of the court works too). In a multi-court feed only that court's records,
   * board entries and statistics are returned; in a single-court feed it must be the feed's own court.
   * A code that is not one of the feed's courts throws an {@link UnknownCourtError} listing the codes
   * it has. Empty or absent: no limit (statistics of a multi-court feed then need one).
   */
  court?: string | undefined;
}

/** @internal A request limited to one court: the court, and the codes its records carry (none to check in a single-court feed). */
export interface CourtScope {
  court: CourtEntry;
  codes: readonly string[] | undefined;
}

/** @internal The `court` option, trimmed; undefined when empty. */
export function courtAsked(court: string | undefined): string | undefined {
  const code = court === undefined ? '' : normalizeCourtCode(court);
  return code || undefined;
}

/** @internal The scope of `code` in the feed whose court.json is `feed`; throws when the feed has no such court. */
export function courtScope(feed: Court, code: string, url?: string): CourtScope {
  const courts = courtsOf(feed);
  const court = findCourt(courts, code);
  if (!court) throw new UnknownCourtError(code, courts.flatMap((c) => (c.courtCode ? [c.courtCode] : [])), url);
  return { court, codes: feed.courts ? courtCodes(court) : undefined };
}
