// Finding resident IDs in text the way people actually write them: with spaces, dashes, no-break or
// full-width spaces, zero-width characters, full-width digits, glued to letters, or run into the next
// number (an ID followed by a phone number). Used to mask every ID in every string a source sends,
// and to judge age from every ID in a record, masked or not.
//
// Only what is found is rewritten: the rest of a string stays exactly as published (no NFKC of the
// whole text), and codes that are public (credit codes, registration numbers, case numbers, phone
// numbers, amounts) are left alone. Where a string is genuinely ambiguous, privacy wins.
import { isCalendarDate } from './dates.js';

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
  // CJK ideographs and Hangul syllables: no digit, star or separator among them (checked by a test),
  // and the Unicode look-ups below are slow the first time, on the first text a page scrubs.
  if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3)) return OTHER;
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
// starts in the text, and which are taken by an ID found. (A new typed array costs more than a scan.)
let chars = new Uint8Array(64);
let flags = new Uint8Array(64);
let starts = new Int32Array(64);
let taken = new Uint8Array(64);

function checkCharOf(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += RESIDENT_WEIGHTS[i]! * Number(first17.charAt(i));
  return RESIDENT_CHECK_CHARS.charAt(sum % 11);
}

function realDate(y: string, m: string, d: string): string | undefined {
  const date = `${y}-${m}-${d}`;
  return isCalendarDate(date) && date >= '1900-01-01' ? date : undefined;
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

// The windows of a run, as constants (a regex literal in a loop is a new object each time).
const FULL_18 = /^\d{17}[\dX]$/;
const MASKED_18 = /^\d{10}[\d*]{4}\d{3}[\dX]$/;
const FULL_15 = /^\d{15}$/;
const MASKED_15 = /^\d{8}[\d*]{4}\d{3}$/;

/**
 * @internal Whether the character counts towards the 15 digits and stars an ID needs (as the scan's
 * first check counts them; half of an astral character may be a digit, so it counts).
 */
export function countsTowardId(code: number): boolean {
  const c = code >= 0xd800 && code <= 0xdbff ? 0 : classOf(code);
  return c === 0 || (c > OTHER && c !== X);
}

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
      if (n === chars.length) {
        const grown = <A extends Uint8Array | Int32Array>(a: A, b: A): A => (b.set(a), b);
        chars = grown(chars, new Uint8Array(n * 2));
        flags = grown(flags, new Uint8Array(n * 2));
        starts = grown(starts, new Int32Array(n * 2));
        taken = new Uint8Array(n * 2);
      }
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
  // Sorting costs more than the scan of a short text: only when there is something to sort.
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

/** The IDs in the run of `n` ID characters now in the buffers. */
function scanRun(text: string, n: number, found: FoundId[]): void {
  taken.fill(0, 0, n);
  // A literal, not a spread of the fields: a spread made this the slowest line of the scan.
  const take = (from: number, length: number, kind: FoundIdKind, value: string, birthDate: string | undefined, birthYear: number) => {
    taken.fill(1, from, from + length);
    const last = from + length - 1;
    found.push({ kind, value, birthDate, birthYear, start: starts[from]!, end: starts[last]! + (flags[last]! & 2 ? 2 : 1) });
  };
  // The run as a string of its folded characters: usually the text itself, as written.
  let s = text.slice(starts[0], starts[0]! + n);
  let k = 0;
  while (k < n && s.charCodeAt(k) === chars[k]) k++;
  if (k < n) for (s = '', k = 0; k < n; k++) s += String.fromCharCode(chars[k]!);
  // Where a written group of digits starts or ends (separators, or the ends of the run).
  const startsGroup = (i: number) => (flags[i]! & 1) === 1;
  const endsGroup = (end: number) => end === n || startsGroup(end);
  // 18 characters: full (17 digits + digit/X) or masked (stars somewhere after the year).
  for (let i = 0; i + 18 <= n; i++) {
    if (chars[i]! < 0x30 || chars[i]! > 0x39) continue;
    const w = s.slice(i, i + 18);
    if (FULL_18.test(w)) {
      const birthDate = realDate(w.slice(6, 10), w.slice(10, 12), w.slice(12, 14));
      if (!birthDate) continue;
      const checksum = checkCharOf(w.slice(0, 17)) === w.charAt(17);
      // A valid check character anywhere; a plausible ID (region + date) that starts or ends a
      // written group (an ID glued to a phone number), even mistyped: a mistyped ID is still personal.
      if (checksum || ((startsGroup(i) || endsGroup(i + 18)) && REGION_PREFIX.test(w.slice(0, 2)))) {
        take(i, 18, 'full', w, birthDate, Number(w.slice(6, 10)));
        i += 17;
      }
    } else if (MASKED_18.test(w) && w.slice(10, 14).includes('*')) {
      const year = Number(w.slice(6, 10));
      if (year >= 1900) {
        take(i, 18, 'masked', `${w.slice(0, 10)}****${w.slice(14)}`, undefined, year);
        i += 17;
      }
    }
  }
  // 15-digit IDs (issued until 2013): no check character, so only whole written groups count
  // ("0736-6681180 430725550824355" holds one), with a plausible region and date. A registration
  // number with a valid check digit stays when the text names it as one (注册号, 营业执照 …);
  // otherwise the two are indistinguishable and privacy wins.
  for (let i = 0; i + 15 <= n; i++) {
    if (!startsGroup(i) || !endsGroup(i + 15) || taken.subarray(i, i + 15).includes(1)) continue;
    const w = s.slice(i, i + 15);
    if (FULL_15.test(w) && REGION_PREFIX.test(w.slice(0, 2))) {
      const namedRegistration = REGISTRATION_CONTEXT.test(text.slice(Math.max(0, starts[i]! - 12), starts[i]));
      const birthDate = realDate(`19${w.slice(6, 8)}`, w.slice(8, 10), w.slice(10, 12));
      if (birthDate && !(isRegistrationNumber(w) && namedRegistration)) take(i, 15, 'full', w, birthDate, Number(birthDate.slice(0, 4)));
    } else if (MASKED_15.test(w) && w.slice(8, 12).includes('*')) {
      take(i, 15, 'masked', `${w.slice(0, 8)}****${w.slice(12)}`, undefined, 1900 + Number(w.slice(6, 8)));
    }
  }
}

/** The published form of a found ID: birth month and day → `****`. */
function maskedForm(id: FoundId): string {
  if (id.kind === 'masked') return id.value;
  return id.value.length === 18 ? `${id.value.slice(0, 10)}****${id.value.slice(14)}` : `${id.value.slice(0, 8)}****${id.value.slice(12)}`;
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
  // encodeURI throws on a lone surrogate, which a hostile text may hold: it becomes U+FFFD first.
  return containsResidentId(decoded) ? encodeURI(maskPlain(decoded).replace(LONE_SURROGATE, '\uFFFD')) : masked;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

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
