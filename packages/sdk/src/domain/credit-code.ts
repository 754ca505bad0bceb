// The lowest layer of identifiers: normalising what was typed or pasted, and the unified social
// credit code of an organisation (GB 32100-2015), public in full. In a module of its own so code that
// only needs to tell a public organisation code (the text scrubber of court and statistics texts)
// does not load the resident-ID rules of identifiers.ts, which builds on this.

/** What an identifier is: a resident ID (full or masked), a credit code, or unknown. */
export type IdentifierKind = 'resident-id' | 'masked-resident-id' | 'credit-code' | 'unknown';
/** Why an identifier was rejected. */
export type IdentifierProblem = 'empty' | 'length' | 'charset' | 'date' | 'checksum';
/** The result of checking an identifier: its kind and normalised value, or the problem. */
export type IdentifierCheck =
  | { ok: true; kind: 'resident-id' | 'masked-resident-id' | 'credit-code'; value: string }
  | { ok: false; kind: IdentifierKind; problem: IdentifierProblem; value: string };

/** GB 32100 code characters; a character's value is its index. No I, O, S, V, Z. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
/** @internal 18 code characters (shape only). */
export const CREDIT_CODE = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;
const CREDIT_CODE_17 = /^[0-9A-HJ-NP-RTUW-Y]{17}$/;

// Whitespace (\s covers U+3000 and NBSP), zero-width and soft-hyphen characters, dashes and '_'.
const SEPARATORS = /[\s\u00AD\u200B-\u200D\u2060\u2010-\u2015\u2212\uFE58\uFE63\uFF0D_-]/g;

/**
 * The canonical form of a typed or pasted identifier: NFKC (full-width digits and letters → ASCII),
 * without whitespace, dashes or underscores, upper-case (so a trailing 'x' becomes 'X').
 */
export function normalizeIdentifier(input: string): string {
  if (typeof input !== 'string') return '';
  return input.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
}

/** @internal Σ weight × value of each character (the check characters of both standards). */
export function sumWeighted(text: string, weights: readonly number[], valueOf: (ch: string) => number): number {
  let sum = 0;
  weights.forEach((weight, i) => {
    sum += weight * valueOf(text.charAt(i));
  });
  return sum;
}

/** GB 32100 check character for the first 17 code characters (upper-case). */
export function creditCodeCheckChar(first17: string): string {
  if (!CREDIT_CODE_17.test(first17)) throw new RangeError('creditCodeCheckChar expects 17 characters of 0-9A-Z without I, O, S, V, Z');
  const sum = sumWeighted(first17, CREDIT_WEIGHTS, (ch) => CREDIT_CODE_CHARSET.indexOf(ch));
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** GB 11714 organisation-code check character for its first 8 characters (digits 0–9, letters A=10 … Z=35). */
export function organizationCodeCheckChar(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) throw new RangeError('organizationCodeCheckChar expects 8 characters of 0-9A-Z');
  const sum = sumWeighted(first8, ORG_CODE_WEIGHTS, (ch) => (ch <= '9' ? Number(ch) : ch.charCodeAt(0) - 55));
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** @internal */
export function fail(kind: IdentifierKind, problem: IdentifierProblem, value: string): IdentifierCheck {
  return { ok: false, kind, problem, value };
}

/**
 * GB 32100-2015 unified social credit code: 18 characters of the code charset, the GB 32100 check
 * character, and the GB 11714 check of the organisation code embedded at positions 9–17.
 */
export function validateCreditCode(code: string): IdentifierCheck {
  const value = normalizeIdentifier(code);
  const kind = 'credit-code';
  if (!value) return fail(kind, 'empty', value);
  if (value.length !== 18) return fail(kind, 'length', value);
  if (!CREDIT_CODE.test(value)) return fail(kind, 'charset', value);
  if (creditCodeCheckChar(value.slice(0, 17)) !== value.charAt(17)) return fail(kind, 'checksum', value);
  if (organizationCodeCheckChar(value.slice(8, 16)) !== value.charAt(16)) return fail(kind, 'checksum', value);
  return { ok: true, kind, value };
}
