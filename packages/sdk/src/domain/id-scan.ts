// Finding resident IDs in text the way people actually write them: with spaces, dashes, no-break or
// full-width spaces, zero-width characters, full-width digits, glued to letters, or run into the next
// number (an ID followed by a phone number). Used to mask every ID in every string a source sends,
// and to judge age from every ID in a record, masked or not.
//
// Only what is found is rewritten: the rest of a string stays exactly as published (no NFKC of the
// whole text), and codes that are public (credit codes, registration numbers, case numbers, phone
// numbers, amounts) are left alone. Where a string is genuinely ambiguous, privacy wins.
import { daysInMonth } from './dates.js';

/** A character that may stand between the digits of one written ID without ending it. */
const SEPARATOR = /^[\s\p{Cf}\p{Pd}_.·・\u3000/\\]$/u;

// Province-level region codes (GB/T 2260 first two digits), plus 81–83 (Hong Kong, Macao, Taiwan
// residence permits) and 9x (foreigners' permanent residence IDs, 2023 format).
const REGION_PREFIX = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3]|9\d)$/;
const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_CHECK_CHARS = '10X98765432';

/** Whether a found ID was written in full or already masked. */
export type FoundIdKind = 'full' | 'masked';

/** A resident ID found in free text: where it is and whether it is masked. */
export interface FoundId {
  kind: FoundIdKind;
  /** Canonical ASCII form: `430725199001011235`, or masked `4307251990****1235`. */
  value: string;
  /** Birth date for a full ID (YYYY-MM-DD); undefined for a masked one. */
  birthDate: string | undefined;
  birthYear: number;
  /** Span in the original string. */
  start: number;
  end: number;
}

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * The ASCII digit a non-ASCII character reads as, if any: full-width, mathematical, circled and
 * superscript digits (NFKC), and the decimal digits of other scripts (Arabic-Indic, Devanagari …),
 * whose value is their place in their block of ten.
 */
function otherDigit(code: number): number | undefined {
  const ch = String.fromCodePoint(code);
  const nfkc = ch.normalize('NFKC');
  if (nfkc.length === 1 && nfkc >= '0' && nfkc <= '9') return nfkc.charCodeAt(0);
  if (!DECIMAL_DIGIT.test(ch)) return undefined;
  let start = code;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return 0x30 + ((code - start) % 10);
}

// What a character is to the scan. ID characters are stored as their folded ASCII code ('0'–'9',
// 'X', '*'), which is above these two.
const SEP = 1;
const OTHER = 2;
const STAR = 0x2a;
const X = 0x58;

function classify(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code;
  if (code === 0x58 || code === 0x78 || code === 0xff38 || code === 0xff58) return X;
  if (code === 0x2a || code === 0xff0a || code === 0x2217 || code === 0x204e) return STAR;
  // ASCII separators: space, tab, newline, '-', '.', '/', '\\', '_'.
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x2d || code === 0x2e || code === 0x2f || code === 0x5c || code === 0x5f ? SEP : OTHER;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10 + 0x30;
  return otherDigit(code) ?? (SEPARATOR.test(String.fromCodePoint(code)) ? SEP : OTHER);
}

// Every string of every record is scanned: a character's class is worked out once (NFKC and
// Unicode property tests are slow), 0 meaning not yet. 64 KiB for the BMP; astral ones are rare.
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function classOf(code: number): number {
  if (code < 0x10000) return bmpClasses[code] || (bmpClasses[code] = classify(code));
  let c = astralClasses.get(code);
  if (c === undefined) {
    c = classify(code);
    if (astralClasses.size < 4096) astralClasses.set(code, c);
  }
  return c;
}

/** Fewer than 15 digits and stars in all: no ID, full or masked, can be written here (the common case, decided cheaply). */
function tooFewDigits(text: string): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate may start an astral digit: counted, to be safe.
    const c = code >= 0xd800 && code <= 0xdbff ? 0 : classOf(code);
    if ((c === 0 || (c > OTHER && c !== X)) && ++count >= 15) return false;
  }
  return true;
}

// The current run of ID characters (separators skipped), in typed arrays reused from scan to scan
// instead of an object per character: its folded characters, flags (1: a written group starts here,
// i.e. a separator or the start of the run comes right before it; 2: two UTF-16 units), where each
// starts in the text, and which are taken by an ID already found.
let chars = new Uint8Array(64);
let flags = new Uint8Array(64);
let starts = new Int32Array(64);
let taken = new Uint8Array(64);

function grow(): void {
  const size = chars.length * 2;
  const bigger = <A extends Uint8Array | Int32Array>(a: A, b: A): A => (b.set(a), b);
  chars = bigger(chars, new Uint8Array(size));
  flags = bigger(flags, new Uint8Array(size));
  starts = bigger(starts, new Int32Array(size));
  taken = new Uint8Array(size);
}

const isDigitAt = (k: number) => chars[k]! >= 0x30 && chars[k]! <= 0x39;
const digitAt = (k: number) => chars[k]! - 0x30;

/** The number written by the `length` digits of the run from `k`. */
function numberAt(k: number, length: number): number {
  let n = 0;
  for (let end = k + length; k < end; k++) n = n * 10 + digitAt(k);
  return n;
}

/** How many digits the run has from `k` on, counting up to `max`. */
function digitsFrom(k: number, max: number): number {
  let count = 0;
  while (count < max && isDigitAt(k + count)) count++;
  return count;
}

/** Digits or stars from `k` to `k + 4`, at least one star: a masked birth month and day. */
function maskedAt(k: number): boolean {
  let stars = 0;
  for (let end = k + 4; k < end; k++) {
    if (chars[k] === STAR) stars++;
    else if (!isDigitAt(k)) return false;
  }
  return stars > 0;
}

const regionAt = (k: number) => REGION_PREFIX.test(String.fromCharCode(chars[k]!, chars[k + 1]!));

const realDate = (year: number, month: number, day: number) => year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** The canonical ASCII form of `length` run characters from `k` (usually just the text as written). */
function canonical(text: string, k: number, length: number): string {
  const from = starts[k]!;
  let same = starts[k + length - 1] === from + length - 1;
  for (let i = 0; same && i < length; i++) same = text.charCodeAt(from + i) === chars[k + i];
  if (same) return text.slice(from, from + length);
  let out = '';
  for (let i = k; i < k + length; i++) out += String.fromCharCode(chars[i]!);
  return out;
}

/**
 * GB/T 17710 (ISO 7064 MOD 11,10) check of a 15-digit business registration number (工商注册号):
 * public, like a credit code, so it stays.
 */
export function isRegistrationNumber(digits: string): boolean {
  if (!/^\d{15}$/.test(digits)) return false;
  let p = 10;
  for (let i = 0; i < 14; i++) {
    let s = (p + Number(digits.charAt(i))) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  return (p + Number(digits.charAt(14))) % 10 === 1;
}

/** Words that introduce a business registration number (工商注册号, 营业执照号 …). */
const REGISTRATION_CONTEXT = /(注册号|注册码|工商|营业执照|执照号|registration)[^\d]{0,6}$/i;

/** Every resident ID (full or masked, 18 or 15 characters) written anywhere in `text`. */
export function findResidentIds(text: string): FoundId[] {
  if (typeof text !== 'string' || text.length < 15 || tooFewDigits(text)) return [];
  const found: FoundId[] = [];
  let n = 0;
  let group = 1;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const wide = code > 0xffff ? 2 : 0;
    const c = classOf(code);
    if (c > OTHER) {
      if (n === chars.length) grow();
      chars[n] = c;
      flags[n] = group | wide;
      starts[n++] = i;
      group = 0;
    } else if (n && c === SEP) group = 1;
    else if (n) {
      if (n >= 15) scanRun(text, n, found);
      n = 0;
      group = 1;
    }
    i += wide ? 2 : 1;
  }
  if (n >= 15) scanRun(text, n, found);
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

// Where a written group of digits starts or ends in a run of `n` (separators, or the ends of the run).
const startsGroup = (k: number) => (flags[k]! & 1) === 1;
const endsGroup = (end: number, n: number) => end === n || startsGroup(end);

function take(found: FoundId[], k: number, length: number, kind: FoundIdKind, value: string, birthDate: string | undefined, birthYear: number): void {
  taken.fill(1, k, k + length);
  const last = k + length - 1;
  found.push({ kind, value, birthDate, birthYear, start: starts[k]!, end: starts[last]! + (flags[last]! & 2 ? 2 : 1) });
}

/** The masked form of `w` (`length` 18 or 15): its birth month and day → `****`. */
function masked(w: string, length: number): string {
  const at = length === 18 ? 10 : 8;
  return w.slice(at, at + 4) === '****' ? w : `${w.slice(0, at)}****${w.slice(at + 4)}`;
}

/** The IDs in one run of `n` ID characters. */
function scanRun(text: string, n: number, found: FoundId[]): void {
  taken.fill(0, 0, n);
  // 18 characters: full (17 digits + digit/X) or masked (stars somewhere after the year).
  for (let i = 0; i + 18 <= n; i++) {
    if (!isDigitAt(i)) continue;
    const digits = digitsFrom(i, 17);
    const last = chars[i + 17]!;
    const year = numberAt(i + 6, 4);
    if (digits === 17 && (isDigitAt(i + 17) || last === X)) {
      if (!realDate(year, numberAt(i + 10, 2), numberAt(i + 12, 2))) continue;
      let sum = 0;
      for (let k = 0; k < 17; k++) sum += RESIDENT_WEIGHTS[k]! * digitAt(i + k);
      // A valid check character anywhere; a plausible ID (region + date) that starts or ends a
      // written group (an ID glued to a phone number), even mistyped: a mistyped ID is still personal.
      if (RESIDENT_CHECK_CHARS.charCodeAt(sum % 11) === last || ((startsGroup(i) || endsGroup(i + 18, n)) && regionAt(i))) {
        const w = canonical(text, i, 18);
        take(found, i, 18, 'full', w, `${w.slice(6, 10)}-${w.slice(10, 12)}-${w.slice(12, 14)}`, year);
        i += 17;
      }
    } else if (digits >= 10 && maskedAt(i + 10) && digitsFrom(i + 14, 3) === 3 && (isDigitAt(i + 17) || last === X) && year >= 1900) {
      take(found, i, 18, 'masked', masked(canonical(text, i, 18), 18), undefined, year);
      i += 17;
    }
  }
  // 15-digit IDs (issued until 2013): no check character, so only whole written groups count
  // ("0736-6681180 430725550824355" holds one), with a plausible region and date. A registration
  // number with a valid check digit stays when the text names it as one (注册号, 营业执照 …);
  // otherwise the two are indistinguishable and privacy wins.
  for (let i = 0; i + 15 <= n; i++) {
    if (!startsGroup(i) || !endsGroup(i + 15, n) || taken.subarray(i, i + 15).includes(1)) continue;
    const digits = digitsFrom(i, 15);
    if (digits === 15 && regionAt(i)) {
      const year = 1900 + numberAt(i + 6, 2);
      if (!realDate(year, numberAt(i + 8, 2), numberAt(i + 10, 2))) continue;
      const w = canonical(text, i, 15);
      const start = starts[i]!;
      if (isRegistrationNumber(w) && REGISTRATION_CONTEXT.test(text.slice(Math.max(0, start - 12), start))) continue;
      take(found, i, 15, 'full', w, `${year}-${w.slice(8, 10)}-${w.slice(10, 12)}`, year);
    } else if (digits >= 8 && maskedAt(i + 8) && digitsFrom(i + 12, 3) === 3) {
      take(found, i, 15, 'masked', masked(canonical(text, i, 15), 15), undefined, 1900 + numberAt(i + 6, 2));
    }
  }
}

/** The published form of a found ID: birth month and day → `****`. */
function maskedForm(id: FoundId): string {
  if (id.kind === 'masked') return id.value;
  return masked(id.value, id.value.length);
}

const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;

/** Decodes percent-escapes where they form valid UTF-8, leaving the rest as it is. */
function percentDecoded(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (seq) => {
    try {
      return decodeURIComponent(seq);
    } catch {
      return seq;
    }
  });
}

/**
 * Masks every unmasked resident ID in `text`; everything else stays exactly as it was. In a URL or
 * any text with percent-escapes (`430725%201988…`), an ID hidden by the escapes is found too: the
 * text is then returned decoded, masked and re-encoded.
 */
export function maskIdsInText(text: string): string {
  if (typeof text !== 'string') return text;
  const masked = maskPlain(text);
  if (!PERCENT_ESCAPE.test(masked)) return masked;
  const decoded = percentDecoded(masked);
  return containsResidentId(decoded) ? encodeURI(maskPlain(decoded)) : masked;
}

function maskPlain(text: string): string {
  const full = findResidentIds(text).filter((id) => id.kind === 'full');
  if (!full.length) return text;
  let out = '';
  let at = 0;
  for (const id of full) {
    out += text.slice(at, id.start) + maskedForm(id);
    at = id.end;
  }
  return out + text.slice(at);
}

/** Whether any unmasked resident ID is written in `text` (in any of the ways above). */
export function containsResidentId(text: string): boolean {
  if (typeof text !== 'string') return false;
  if (findResidentIds(text).some((id) => id.kind === 'full')) return true;
  // Every record id comes here (the contract refuses one holding an ID): no regex without a '%'.
  return text.includes('%') && PERCENT_ESCAPE.test(text) && findResidentIds(percentDecoded(text)).some((id) => id.kind === 'full');
}
