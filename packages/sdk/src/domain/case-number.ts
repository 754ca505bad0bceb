// 案号: （year）court code + type code + sequence + 号, e.g. （2023）湘0725执123号.

/** A parsed case number (案号), e.g. （2023）湘0725执123号. */
export interface CaseNumber {
  year: number;
  /** Province abbreviation + digits (湘0725 basic, 湘07 intermediate, 湘 high court) or 最高法. */
  courtCode: string;
  /** One of ENFORCEMENT_TYPE_CODES. */
  typeCode: string;
  sequence: number;
  /** Canonical form with full-width brackets: （2023）湘0725执123号 */
  normalized: string;
}

/**
 * Enforcement case type codes: 执 first enforcement, 执恢 resumed, 执保 preservation, 执异 objection,
 * 执复 reconsideration, 执监 supervision, 执协 coordination, 执他 other, 执请 request, 执配 distribution.
 */
export const ENFORCEMENT_TYPE_CODES: readonly string[] = Object.freeze(['执', '执恢', '执保', '执异', '执复', '执监', '执协', '执他', '执请', '执配']);

const IMPLEMENTATION_TYPE_CODES: readonly string[] = ['执', '执恢', '执保'];
const REVIEW_TYPE_CODES: readonly string[] = ['执异', '执复', '执监'];

// Two-character codes before 执 (longest match first). The court is 最高法 or one Han character
// other than 执 followed by 0–6 digits (high courts carry no digits: （2020）湘执复45号).
const TYPE_ALTERNATION = [...ENFORCEMENT_TYPE_CODES].sort((a, b) => b.length - a.length).join('|');
const CASE_NUMBER = new RegExp(`^\\((\\d{4})\\)(最高法|(?!执)\\p{Script=Han}\\d{0,6})(${TYPE_ALTERNATION})(\\d{1,9})号$`, 'u');

// Whitespace anywhere (incl. U+3000, zero-width) is dropped; NFKC turns （）and full-width digits into ASCII.
const SPACES = /[\s\u200B-\u200D\u2060]/g;

/** Parses a case number; undefined when it is not an enforcement case number in the current format. */
export function parseCaseNumber(input: string): CaseNumber | undefined {
  if (typeof input !== 'string' || input.length > 100) return undefined;
  const text = input.normalize('NFKC').replace(SPACES, '');
  const m = CASE_NUMBER.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const courtCode = m[2] ?? '';
  const typeCode = m[3] ?? '';
  const sequence = Number(m[4]);
  if (year < 1949 || sequence < 1) return undefined;
  return { year, courtCode, typeCode, sequence, normalized: `（${year}）${courtCode}${typeCode}${sequence}号` };
}

/** 执, 执恢, 执保: implementation cases, the ones counted in closure and execution-rate denominators. */
export function isImplementationCase(typeCode: string): boolean {
  return IMPLEMENTATION_TYPE_CODES.includes(typeCode);
}

/** 执异, 执复, 执监: review cases, outside implementation denominators. */
export function isReviewCase(typeCode: string): boolean {
  return REVIEW_TYPE_CODES.includes(typeCode);
}
