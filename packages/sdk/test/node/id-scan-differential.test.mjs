// The fast resident-ID scan (packages/sdk/src/domain/id-scan.ts: char codes, typed arrays, a
// class table) against the scan it replaced (`reference` below, kept verbatim: a token object per
// character, windows matched with regexes; slow and plainly correct). Same IDs, spans, values and
// birth dates, same masked text, on a seeded corpus of IDs written every way the scan knows (full-
// width, Arabic-Indic, Devanagari and mathematical digits, separators of every kind, percent-
// encoding, lone surrogates, inside long texts and runs, at either end), and with every BMP
// character standing inside an ID. Needs `npm run build`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { containsResidentId, findResidentIds, isCalendarDate, maskIdsInText, residentIdCheckChar } from '@zhixing/sdk';
import { mulberry32 } from '@zhixing/mocks';

const withCheck = (first17) => first17 + residentIdCheckChar(first17);
const IDS_18 = [withCheck('43072519880808222'), withCheck('11010520101231002'), withCheck('91010119000101001'), '43072519880808222' + '0', '4307251988****2224', '43072519880808****', '430725201008****23', '110105180001011234'];
const IDS_15 = ['430725880808222', '43072588****222', '110105000229123', '430725550230355', '310104791231001'];
const SEPARATORS = [' ', '-', '.', '/', '\\', '_', '\t', '\n', '\u00a0', '\u3000', '\u200b', '\u00ad', '\u2060', '\u2013', '—', '·', '・', '\ufeff', '\u{E0020}'];
const OTHER = ['号', '身份证', '注册号', '营业执照', 'registration ', ':', '（', '）', 'a', 'IDNo', '电话0736-6681180', '😀', '\ud800', '\udc00', '①', '²', 'x', 'X', '*', '＊', '∗', '⁎', '%', '%2', '%E4%B8%AD', '%zz'];
const digitForms = {
  ascii: (d) => d,
  fullWidth: (d) => String.fromCharCode(0xff10 + d),
  arabicIndic: (d) => String.fromCharCode(0x0660 + d),
  devanagari: (d) => String.fromCharCode(0x0966 + d),
  mathematical: (d) => String.fromCodePoint(0x1d7ce + d),
};

function corpus(count, seed) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const piece = () => {
    const r = random();
    if (r < 0.3) {
      const id = pick(r < 0.2 ? IDS_18 : IDS_15);
      const form = pick(Object.values(digitForms));
      const sep = pick(SEPARATORS);
      let text = [...id].map((ch, i) => (i && random() < 0.15 ? sep : '') + (ch >= '0' && ch <= '9' && random() < 0.8 ? form(Number(ch)) : ch)).join('');
      if (random() < 0.1) text = encodeURIComponent(text);
      return text;
    }
    if (r < 0.55) return Array.from({ length: 1 + Math.floor(random() * 24) }, () => '0123456789*Xx'[Math.floor(random() * (random() < 0.9 ? 10 : 13))]).join('');
    if (r < 0.7) return pick(SEPARATORS);
    if (r < 0.8) return String.fromCodePoint(Math.floor(random() * 0x30000));
    // Long Han text: thousands of distinct characters around the IDs.
    if (r < 0.85) return Array.from({ length: 40 + Math.floor(random() * 400) }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 0x5000))).join('');
    return pick(OTHER);
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(random() * 8) }, piece).join(''));
}

/** What a scan says about `text`; a throw is an answer too (it must match). */
function answer(scan, text) {
  const safe = (f) => {
    try {
      return f();
    } catch (error) {
      return `throws ${error.name}`;
    }
  };
  return { found: scan.findResidentIds(text), masked: safe(() => scan.maskIdsInText(text)), contains: safe(() => scan.containsResidentId(text)) };
}

const fast = { findResidentIds, maskIdsInText, containsResidentId };

describe('the fast ID scan gives the reference scan’s answer', () => {
  it('on 40,000 seeded texts (IDs in every written form, runs, long Han texts, percent-encoding)', () => {
    let withIds = 0;
    for (const [i, text] of corpus(40_000, 0x1d5).entries()) {
      const expected = answer(reference, text);
      assert.deepStrictEqual(answer(fast, text), expected, `text ${i}: ${JSON.stringify(text).slice(0, 300)}`);
      if (expected.found.length) withIds++;
    }
    assert.ok(withIds > 10_000, `only ${withIds} texts with IDs`);
  });

  it('with every BMP character inside, before and after an ID, and in runs longer than the scan’s first buffer', () => {
    const id = withCheck('43072519880808222');
    const long = `${'1'.repeat(50)}${id}${'2'.repeat(50)} ${'3'.repeat(100)}`;
    assert.deepStrictEqual(findResidentIds(long), reference.findResidentIds(long));
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      for (const text of [`${id.slice(0, 14)}${ch}${id.slice(14)}`, `${ch}${id}${ch}`, `430725880808${ch}222`]) {
        assert.deepStrictEqual(findResidentIds(text), reference.findResidentIds(text), `U+${code.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
  });
});

// ---- The reference: id-scan.ts as of 0.3.0, types stripped. ----
const reference = (() => {
const SEPARATOR = /^[\s\p{Cf}\p{Pd}_.·・\u3000/\\]$/u;
const REGION_PREFIX = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3]|9\d)$/;
const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_CHECK_CHARS = "10X98765432";
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const otherDigits = new Map();
function otherDigit(code) {
  if (otherDigits.has(code)) return otherDigits.get(code);
  const ch = String.fromCodePoint(code);
  let digit;
  const nfkc = ch.normalize("NFKC");
  if (nfkc.length === 1 && nfkc >= "0" && nfkc <= "9") digit = nfkc;
  else if (DECIMAL_DIGIT.test(ch)) {
    let start = code;
    while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
    digit = String((code - start) % 10);
  }
  if (otherDigits.size < 4096) otherDigits.set(code, digit);
  return digit;
}
function foldCode(code) {
  if (code >= 48 && code <= 57) return String.fromCharCode(code);
  if (code === 88 || code === 120 || code === 65336 || code === 65368) return "X";
  if (code === 42 || code === 65290 || code === 8727 || code === 8270) return "*";
  if (code < 128) return void 0;
  if (code >= 65296 && code <= 65305) return String.fromCharCode(code - 65296 + 48);
  return otherDigit(code);
}
function isSeparator(code, ch) {
  if (code < 128) return code === 32 || code >= 9 && code <= 13 || code === 45 || code === 46 || code === 47 || code === 92 || code === 95;
  return SEPARATOR.test(ch);
}
function tooFewDigits(text) {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const counts = code < 128 ? code >= 48 && code <= 57 || code === 42 : code >= 55296 && code <= 56319 ? true : foldCode(code) !== void 0 && foldCode(code) !== "X";
    if (counts && ++count >= 15) return false;
  }
  return true;
}
function runsOf(text) {
  const runs = [];
  let run = [];
  let group = true;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i);
    const width = code > 65535 ? 2 : 1;
    const folded = foldCode(code);
    if (folded !== void 0) {
      run.push({ ch: folded, group, start: i, end: i + width });
      group = false;
    } else if (run.length && isSeparator(code, String.fromCodePoint(code))) {
      group = true;
    } else if (run.length) {
      if (run.length >= 15) runs.push(run);
      run = [];
      group = true;
    }
    i += width;
  }
  if (run.length >= 15) runs.push(run);
  return runs;
}
function checkCharOf(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += RESIDENT_WEIGHTS[i] * Number(first17.charAt(i));
  return RESIDENT_CHECK_CHARS.charAt(sum % 11);
}
function realDate(y, m, d) {
  const date = `${y}-${m}-${d}`;
  return isCalendarDate(date) && date >= "1900-01-01" ? date : void 0;
}
function isRegistrationNumber(digits) {
  if (!/^\d{15}$/.test(digits)) return false;
  let p = 10;
  for (let i = 0; i < 14; i++) {
    let s = (p + Number(digits.charAt(i))) % 10;
    if (s === 0) s = 10;
    p = s * 2 % 11;
  }
  return (p + Number(digits.charAt(14))) % 10 === 1;
}
const REGISTRATION_CONTEXT = /(注册号|注册码|工商|营业执照|执照号|registration)[^\d]{0,6}$/i;
const isDigit = (t) => t !== void 0 && t.ch >= "0" && t.ch <= "9";
function findResidentIds(text) {
  if (typeof text !== "string" || text.length < 15 || tooFewDigits(text)) return [];
  const found = [];
  for (const run of runsOf(text)) {
    if (run.length < 15) continue;
    const taken = new Array(run.length).fill(false);
    const take = (from, length, id) => {
      for (let k = from; k < from + length; k++) taken[k] = true;
      found.push({ ...id, start: run[from].start, end: run[from + length - 1].end });
    };
    const s = run.map((t) => t.ch).join("");
    const startsGroup = (i) => run[i].group;
    const endsGroup = (end) => end === run.length || run[end].group;
    for (let i = 0; i + 18 <= run.length; i++) {
      if (taken[i] || !isDigit(run[i])) continue;
      const w = s.slice(i, i + 18);
      if (/^\d{17}[\dX]$/.test(w)) {
        const birthDate = realDate(w.slice(6, 10), w.slice(10, 12), w.slice(12, 14));
        if (!birthDate) continue;
        const checksum = checkCharOf(w.slice(0, 17)) === w.charAt(17);
        if (checksum || (startsGroup(i) || endsGroup(i + 18)) && REGION_PREFIX.test(w.slice(0, 2))) {
          take(i, 18, { kind: "full", value: w, birthDate, birthYear: Number(w.slice(6, 10)) });
          i += 17;
        }
      } else if (/^\d{10}[\d*]{4}\d{3}[\dX]$/.test(w) && w.slice(10, 14).includes("*")) {
        const year = Number(w.slice(6, 10));
        if (year >= 1900) {
          take(i, 18, { kind: "masked", value: `${w.slice(0, 10)}****${w.slice(14)}`, birthDate: void 0, birthYear: year });
          i += 17;
        }
      }
    }
    for (let i = 0; i + 15 <= run.length; i++) {
      if (!startsGroup(i) || !endsGroup(i + 15) || taken.slice(i, i + 15).some(Boolean)) continue;
      const w = s.slice(i, i + 15);
      if (/^\d{15}$/.test(w) && REGION_PREFIX.test(w.slice(0, 2))) {
        const namedRegistration = REGISTRATION_CONTEXT.test(text.slice(Math.max(0, run[i].start - 12), run[i].start));
        const birthDate = realDate(`19${w.slice(6, 8)}`, w.slice(8, 10), w.slice(10, 12));
        if (birthDate && !(isRegistrationNumber(w) && namedRegistration)) take(i, 15, { kind: "full", value: w, birthDate, birthYear: Number(birthDate.slice(0, 4)) });
      } else if (/^\d{8}[\d*]{4}\d{3}$/.test(w) && w.slice(8, 12).includes("*")) {
        take(i, 15, { kind: "masked", value: `${w.slice(0, 8)}****${w.slice(12)}`, birthDate: void 0, birthYear: 1900 + Number(w.slice(6, 8)) });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
function maskedForm(id) {
  if (id.kind === "masked") return id.value;
  return id.value.length === 18 ? `${id.value.slice(0, 10)}****${id.value.slice(14)}` : `${id.value.slice(0, 8)}****${id.value.slice(12)}`;
}
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;
function percentDecoded(text) {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (seq) => {
    try {
      return decodeURIComponent(seq);
    } catch {
      return seq;
    }
  });
}
function maskIdsInText(text) {
  if (typeof text !== "string") return text;
  const masked = maskPlain(text);
  if (!PERCENT_ESCAPE.test(masked)) return masked;
  const decoded = percentDecoded(masked);
  // The one change since 0.3.0, on purpose: a lone surrogate no longer makes encodeURI throw.
  return containsResidentId(decoded) ? encodeURI(maskPlain(decoded).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')) : masked;
}
function maskPlain(text) {
  const full = findResidentIds(text).filter((id) => id.kind === "full");
  if (!full.length) return text;
  let out = "";
  let at = 0;
  for (const id of full) {
    out += text.slice(at, id.start) + maskedForm(id);
    at = id.end;
  }
  return out + text.slice(at);
}
function containsResidentId(text) {
  if (typeof text !== "string") return false;
  if (findResidentIds(text).some((id) => id.kind === "full")) return true;
  return PERCENT_ESCAPE.test(text) && findResidentIds(percentDecoded(text)).some((id) => id.kind === "full");
}
  return { findResidentIds, maskIdsInText, containsResidentId };
})();
