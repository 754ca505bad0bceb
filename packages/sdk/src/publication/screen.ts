// What may reach a caller. Every record is checked against the contract one by one (one bad record
// is reported, the rest come through), resident IDs are masked wherever they appear, and records
// the publication rules forbid (法释〔2017〕7号: minors, ended or removed entries) are withheld.
import type * as z from 'zod/mini';
import { ageOn, compareCalendarDates, todayInChina } from '../domain/dates';
import { birthDateOf, birthYearOf, validateCreditCode } from '../domain/identifiers';

export type IssueCode =
  | 'invalid'
  | 'minor'
  | 'publication-ended'
  | 'not-yet-published'
  | 'removed'
  /** An enforcement case that is closed: its party is no longer under enforcement. */
  | 'case-closed'
  /** An unmasked resident ID arrived from the source and was masked (the record is kept). */
  | 'id-masked';

export interface RecordIssue {
  code: IssueCode;
  /** Where in the response, e.g. `items[12].filingDate`. */
  path: string;
  recordId?: string;
  message: string;
}

export interface Located<T> {
  record: T;
  path: string;
}

// 18-character resident IDs (17 digits + digit/X) and 15-digit old IDs standing alone in any text.
const ID18 = /(?<![0-9A-Za-z])(\d{10})(\d{4})(\d{3}[\dXx])(?![0-9A-Za-z])/g;
const ID15 = /(?<![0-9A-Za-z])(\d{8})(\d{4})(\d{3})(?![0-9A-Za-z])/g;
const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/;

/** Masks every unmasked resident ID inside a string (birth month and day → `****`). */
export function maskIdsInText(text: string): string {
  const source = FULL_WIDTH_DIGIT.test(text) ? text.normalize('NFKC') : text;
  return source.replace(ID18, (_, head: string, _mmdd: string, tail: string) => `${head}****${tail.toUpperCase()}`)
    .replace(ID15, (_, head: string, _mmdd: string, tail: string) => `${head}****${tail}`);
}

/** Deep copy with every string scrubbed of unmasked IDs; valid organisation credit codes stay public. */
function scrub(value: unknown, key?: string): unknown {
  if (typeof value === 'string') {
    if (key === 'creditCode' && validateCreditCode(value).ok) return value;
    return maskIdsInText(value);
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = scrub(v, k);
    return out;
  }
  return value;
}

/** The fields the publication rules look at, common to debtor records and reward notices. */
export interface Publishable {
  id: string;
  partyKind?: string;
  age?: number | undefined;
  idNumber?: string | undefined;
  publishedOn: string;
  publicationEndsOn?: string | undefined;
  validFrom?: string;
  validUntil?: string;
  removal?: unknown;
  debtor?: { partyKind: string; idNumber?: string | undefined };
  caseState?: string;
}

/**
 * Validates each raw record against `schema`, masks IDs. Returns the valid records with their paths,
 * and an issue for each rejected one. A record that was a minor by its unmasked ID is withheld here,
 * because the precise birth date is gone once masked.
 */
export function validateRecords<S extends z.ZodMiniType>(
  items: readonly unknown[],
  schema: S,
  basePath: string,
  now: Date,
): { records: Located<z.output<S>>[]; issues: RecordIssue[] } {
  const records: Located<z.output<S>>[] = [];
  const issues: RecordIssue[] = [];
  const today = todayInChina(now);
  items.forEach((item, index) => {
    const path = `${basePath}[${index}]`;
    const parsed = schema.safeParse(item);
    const id = typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : undefined;
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first && first.path.length ? `${path}.${first.path.map(String).join('.')}` : path;
      issues.push({ code: 'invalid', path: where, ...(id ? { recordId: id } : {}), message: first?.message ?? 'invalid record' });
      return;
    }
    const record = parsed.data as z.output<S> & Publishable;
    const rawId = record.idNumber ?? record.debtor?.idNumber;
    const birthDate = rawId ? birthDateOf(rawId) : undefined;
    if (birthDate && compareCalendarDates(birthDate, today) > 0) {
      issues.push({ code: 'invalid', path: `${path}.idNumber`, recordId: record.id, message: 'the ID number has a birth date in the future' });
      return;
    }
    if (birthDate && ageOn(birthDate, today) < 18) {
      issues.push({ code: 'minor', path, recordId: record.id, message: 'minors may never be listed (Art 4); withheld' });
      return;
    }
    const scrubbed = scrub(record) as z.output<S>;
    if (JSON.stringify(scrubbed) !== JSON.stringify(record)) {
      issues.push({ code: 'id-masked', path, recordId: record.id, message: 'an unmasked resident ID was masked' });
    }
    records.push({ record: scrubbed, path });
  });
  return { records, issues };
}

/** Why a valid record must not be shown today, or undefined when it may be. */
export function withholdReason(record: Publishable, today: string): { code: IssueCode; message: string } | undefined {
  if (record.removal) return { code: 'removed', message: 'deleted, revoked or lifted by the court' };
  if (record.caseState === 'closed') return { code: 'case-closed', message: 'the enforcement case is closed' };
  if (compareCalendarDates(record.publishedOn, today) > 0) return { code: 'not-yet-published', message: `to be published on ${record.publishedOn}` };
  const end = record.publicationEndsOn ?? record.validUntil;
  if (end && compareCalendarDates(today, end) > 0) return { code: 'publication-ended', message: `publication ended on ${end}` };
  if (record.validFrom && compareCalendarDates(record.validFrom, today) > 0) return { code: 'not-yet-published', message: `valid from ${record.validFrom}` };
  const person = record.partyKind === 'natural-person' || record.debtor?.partyKind === 'natural-person';
  if (person) {
    if (record.age !== undefined && record.age > 0 && record.age < 18) return { code: 'minor', message: 'minors may never be listed (Art 4)' };
    const idNumber = record.idNumber ?? record.debtor?.idNumber;
    const birthYear = idNumber ? birthYearOf(idNumber) : undefined;
    if (birthYear !== undefined) {
      const maxAge = Number(today.slice(0, 4)) - birthYear;
      // With month and day masked, a person born 18 years ago this year may still be 17: withhold.
      if (maxAge < 18 || (maxAge === 18 && (record.age === undefined || record.age < 18))) {
        return { code: 'minor', message: 'may be under 18 (Art 4); withheld' };
      }
    }
  }
  return undefined;
}

/** Keeps what may be shown on `now` (China time); reports the rest. Cheap: run it on every read. */
export function screenForPublication<T>(located: readonly Located<T>[], now: Date): { records: T[]; issues: RecordIssue[] } {
  const today = todayInChina(now);
  const records: T[] = [];
  const issues: RecordIssue[] = [];
  for (const { record, path } of located) {
    const reason = withholdReason(record as Publishable, today);
    if (reason) issues.push({ ...reason, path, recordId: (record as Publishable).id });
    else records.push(record);
  }
  return { records, issues };
}
