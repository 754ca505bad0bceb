// The contract's custom refinements, as named functions. Both the zod schemas and the compiled
// validators (validate.generated.ts) call these very functions: a function's source cannot be
// carried into generated code, so scripts/generate-contract.mjs maps each one to its export name
// and refuses a refinement it does not find here.
import { containsResidentId } from '../domain/id-scan.js';

/** The ASCII digits of `text` from `start` to `end` as a number, or -1 if any is not a digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** `YYYY-MM-DD` that names a day that exists (2023-02-29 does not). */
export function isRealCalendarDate(value: string): boolean {
  // Read in place, without a regex match or substrings: this runs for every date of every record.
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digits(value, 0, 4);
  const mo = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  if (y < 0 || mo < 1 || mo > 12 || d < 1) return false;
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

/** A delta path of the lookup index names its delta file. */
export function hasDeltaPlaceholder(path: string): boolean {
  return path.includes('{delta}');
}

/** A list path of the paged exposure feed names its list. */
export function hasListPlaceholder(path: string): boolean {
  return path.includes('{list}');
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

/** No more cases closed than accepted (结案数 ≤ 收案数). */
export function closedWithinAccepted(c: CaseCounts): boolean {
  return c.closed <= c.accepted;
}

/** No more cases closed with performance than closed (执行完毕 ≤ 结案数). */
export function performedWithinClosed(c: CaseCounts): boolean {
  return c.closedWithPerformance <= c.closed;
}

/** No more cases closed by termination than closed (终结本次执行 ≤ 结案数). */
export function terminatedWithinClosed(c: CaseCounts): boolean {
  return (c.closedByTermination ?? 0) <= c.closed;
}

/** The parts of a court the multi-court refinement reads. */
export interface CourtCodes {
  courts?: ReadonlyArray<{ id: string; courtCode?: string | undefined; formerCourtCodes?: readonly string[] | undefined }> | undefined;
}

/**
 * Every court of a multi-court feed has a court code, and no court id or code (current or former)
 * appears twice: a record's court must be found without doubt. Codes compare as `normalizeCourtCode`.
 */
export function courtsAreDistinct(court: CourtCodes): boolean {
  if (!court.courts) return true;
  const ids = new Set<string>();
  const codes = new Set<string>();
  for (const c of court.courts) {
    if (ids.has(c.id) || c.courtCode === undefined) return false;
    ids.add(c.id);
    for (const code of [c.courtCode, ...(c.formerCourtCodes ?? [])]) {
      const key = normalizeCourtCode(code);
      if (!key || codes.has(key)) return false;
      codes.add(key);
    }
  }
  return true;
}

/**
 * A court code as compared everywhere (`湘0725`): NFKC (full-width digits and letters to ASCII), and
 * no spaces of any kind. Exported from the SDK as `normalizeCourtCode`.
 */
export function normalizeCourtCode(code: string): string {
  return code.normalize('NFKC').replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '');
}
