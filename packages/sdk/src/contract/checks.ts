// The contract's custom refinements, as named functions. Both the zod schemas and the compiled
// validators (validate.generated.ts) call these very functions: a function's source cannot be
// carried into generated code, so scripts/generate-contract.mjs maps each one to its export name
// and refuses a refinement it does not find here.
import { containsResidentId } from '../domain/id-scan';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` that names a day that exists (2023-02-29 does not). */
export function isRealCalendarDate(value: string): boolean {
  const m = CALENDAR_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  // Days in the month without building a Date (this runs for every date of every record).
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31);
}

/** A record id is never masked, so one that carries a resident ID is refused. */
export function isIdWithoutResidentId(id: string): boolean {
  return !containsResidentId(id);
}

/** A shard path names its shard. */
export function hasShardPlaceholder(path: string): boolean {
  return path.includes('{shard}');
}

/** A hot name's page path names its page. */
export function hasPagePlaceholder(path: string): boolean {
  return path.includes('{page}');
}

/** A hot name's key path names its identifier key. */
export function hasKeyPlaceholder(path: string): boolean {
  return path.includes('{key}');
}

/** Relative to the manifest and on its origin: no scheme, no `//`, no `..`, no backslash. */
export function isSameOriginRelativePath(path: string): boolean {
  return /^[A-Za-z0-9._~{}\/-]+$/.test(path) && !path.startsWith('/') && !path.split('/').includes('..') && !path.includes('//');
}

/** A positive power of two (shard counts). */
export function isPowerOfTwo(n: number): boolean {
  return Number.isSafeInteger(n) && Math.log2(n) % 1 === 0;
}

/** Case counts as the refinements see them (after the counts themselves were checked). */
export interface CaseCounts {
  accepted: number;
  closed: number;
  closedWithPerformance: number;
  closedByTermination?: number | undefined;
}

export function closedWithinAccepted(c: CaseCounts): boolean {
  return c.closed <= c.accepted;
}

export function performedWithinClosed(c: CaseCounts): boolean {
  return c.closedWithPerformance <= c.closed;
}

export function terminatedWithinClosed(c: CaseCounts): boolean {
  return (c.closedByTermination ?? 0) <= c.closed;
}
