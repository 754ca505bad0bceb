// Identifiers on enforcement records: the resident ID of a natural person (GB 11643-1999), published
// only masked, and the unified social credit code of an organisation (GB 32100-2015), public in full.
// Error messages never echo the identifier: an unmasked ID must not leak through logs either.
import { compareCalendarDates, isCalendarDate, todayInChina } from './dates.js';
import type { CalendarDate } from './dates.js';
import { CREDIT_CODE, fail, normalizeIdentifier, sumWeighted, validateCreditCode, type IdentifierCheck, type IdentifierKind } from './credit-code.js';

export { CREDIT_CODE_CHARSET, creditCodeCheckChar, normalizeIdentifier, organizationCodeCheckChar, validateCreditCode } from './credit-code.js';
export type { IdentifierCheck, IdentifierKind, IdentifierProblem } from './credit-code.js';

const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const RESIDENT_CHECK_CHARS = '10X98765432';

const RESIDENT_ID = /^\d{17}[\dX]$/;
const MASKED_RESIDENT_ID = /^\d{10}\*{4}\d{3}[\dX]$/;
const OLD_RESIDENT_ID = /^\d{15}$/;
/** Nobody alive was born earlier; also rejects zero-filled placeholders. */
const EARLIEST_BIRTH: CalendarDate = '1900-01-01';

/** GB 11643 check character for the first 17 digits: "10X98765432"[Σ mod 11]. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('residentIdCheckChar expects 17 digits');
  return RESIDENT_CHECK_CHARS.charAt(sumWeighted(first17, RESIDENT_WEIGHTS, Number) % 11);
}

function referenceDate(today: CalendarDate | undefined): CalendarDate {
  const date = today ?? todayInChina();
  if (!isCalendarDate(date)) throw new RangeError('today must be a calendar date YYYY-MM-DD');
  return date;
}

/**
 * GB 11643-1999 resident ID: 18 characters, 17 digits and a digit or X (any case), a real birth date
 * not after `today` (default: today in China) and not before 1900, and a matching check character.
 */
export function validateResidentId(id: string, today?: CalendarDate): IdentifierCheck {
  const value = normalizeIdentifier(id);
  const kind = 'resident-id';
  if (!value) return fail(kind, 'empty', value);
  if (value.length !== 18) return fail(kind, 'length', value);
  if (!RESIDENT_ID.test(value)) return fail(kind, 'charset', value);
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isCalendarDate(birth) || birth < EARLIEST_BIRTH || compareCalendarDates(birth, referenceDate(today)) > 0) {
    return fail(kind, 'date', value);
  }
  if (residentIdCheckChar(value.slice(0, 17)) !== value.charAt(17)) return fail(kind, 'checksum', value);
  return { ok: true, kind, value };
}

/**
 * A published, masked resident ID `AAAAAAYYYY****SSSC`. Only its shape and birth year can be
 * checked: the check character covers the hidden digits.
 */
export function validateMaskedResidentId(id: string, today?: CalendarDate): IdentifierCheck {
  const value = normalizeIdentifier(id);
  const kind = 'masked-resident-id';
  if (!value) return fail(kind, 'empty', value);
  if (value.length !== 18) return fail(kind, 'length', value);
  if (!MASKED_RESIDENT_ID.test(value)) return fail(kind, 'charset', value);
  const year = Number(value.slice(6, 10));
  if (year < 1900 || year > Number(referenceDate(today).slice(0, 4))) return fail(kind, 'date', value);
  return { ok: true, kind, value };
}

/**
 * Normalises, then decides by shape: 17 digits + digit/X → resident ID (or a credit code, if it only
 * passes as one); `****` at positions 11–14 → masked resident ID; 18 credit-code characters → credit
 * code; otherwise 'charset' (foreign characters) or 'length'.
 */
export function validateIdentifier(input: string, today?: CalendarDate): IdentifierCheck {
  const value = normalizeIdentifier(input);
  if (!value) return fail('unknown', 'empty', value);
  if (RESIDENT_ID.test(value)) {
    const asResidentId = validateResidentId(value, today);
    if (asResidentId.ok) return asResidentId;
    // Some organisations' codes are all digits.
    const asCreditCode = validateCreditCode(value);
    return asCreditCode.ok ? asCreditCode : asResidentId;
  }
  if (value.slice(10, 14) === '****') return validateMaskedResidentId(value, today);
  if (CREDIT_CODE.test(value)) return validateCreditCode(value);
  // Old 15-digit IDs were replaced by 2013; say what it looks like.
  if (OLD_RESIDENT_ID.test(value)) return fail('resident-id', 'length', value);
  if (!/^[0-9A-Z*]*$/.test(value) || value.length === 18) return fail('unknown', 'charset', value);
  return fail('unknown', 'length', value);
}

/** The kind `validateIdentifier` settles on (valid or not); 'unknown' when nothing fits. */
export function classifyIdentifier(input: string): IdentifierKind {
  return validateIdentifier(input).kind;
}

/**
 * The published form of a resident ID: characters 11–14 (birth month and day) → `****`; for 15-digit
 * old IDs characters 9–12. Already masked: unchanged. Returns the normalised value; other lengths
 * are returned normalised and unmasked (use `maskIdentifier` for arbitrary values).
 */
export function maskResidentId(id: string): string {
  const value = normalizeIdentifier(id);
  if (value.length === 18) return `${value.slice(0, 10)}****${value.slice(14)}`;
  if (value.length === 15) return `${value.slice(0, 8)}****${value.slice(12)}`;
  return value;
}

/**
 * Whether a value may be an unmasked resident ID: after normalisation 15 or 18 characters with any
 * digit left in the birth month/day positions. Deliberately broad (a mistyped ID is still personal
 * data); the one exception is an 18-character value that is a valid credit code and not shaped like
 * a resident ID, since organisations' codes are public.
 */
export function isUnmaskedResidentId(value: string): boolean {
  const v = normalizeIdentifier(value);
  if (v.length === 15) return /\d/.test(v.slice(8, 12));
  if (v.length !== 18) return false;
  if (!RESIDENT_ID.test(v) && validateCreditCode(v).ok) return false;
  return /\d/.test(v.slice(10, 14));
}

/** Masks anything that may be an unmasked resident ID; everything else (credit codes, masked IDs) unchanged. */
export function maskIdentifier(value: string): string {
  return isUnmaskedResidentId(value) ? maskResidentId(value) : value;
}

/** Birth year of an 18-character resident ID, masked or not (or a 15-digit old ID); undefined otherwise. */
export function birthYearOf(id: string): number | undefined {
  const v = normalizeIdentifier(id);
  let year: number;
  if (RESIDENT_ID.test(v) || MASKED_RESIDENT_ID.test(v)) year = Number(v.slice(6, 10));
  else if (OLD_RESIDENT_ID.test(v) || /^\d{8}\*{4}\d{3}$/.test(v)) year = 1900 + Number(v.slice(6, 8));
  else return undefined;
  return year >= 1900 ? year : undefined;
}

/** Birth date (YYYY-MM-DD) of an unmasked resident ID (18 or 15 characters); undefined otherwise. */
export function birthDateOf(id: string): CalendarDate | undefined {
  const v = normalizeIdentifier(id);
  let date: string;
  if (RESIDENT_ID.test(v)) date = `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`;
  else if (OLD_RESIDENT_ID.test(v)) date = `19${v.slice(6, 8)}-${v.slice(8, 10)}-${v.slice(10, 12)}`;
  else return undefined;
  return isCalendarDate(date) && date >= EARLIEST_BIRTH ? date : undefined;
}

/** Sex from the sequence number (odd male, even female); works on masked IDs too. */
export function sexOfResidentId(id: string): 'male' | 'female' | undefined {
  const v = normalizeIdentifier(id);
  let digit: string;
  if (RESIDENT_ID.test(v) || MASKED_RESIDENT_ID.test(v)) digit = v.charAt(16);
  else if (OLD_RESIDENT_ID.test(v) || /^\d{8}\*{4}\d{3}$/.test(v)) digit = v.charAt(14);
  else return undefined;
  return Number(digit) % 2 === 1 ? 'male' : 'female';
}
