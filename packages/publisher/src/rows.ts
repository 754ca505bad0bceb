// One spreadsheet row → one contract record (still with the full ID, masked later), or the problems
// that keep it out, each naming file, sheet, row, column and value in zh-CN and en.
import {
  birthDateOf,
  checkCaseNumber,
  isCalendarDate,
  maskResidentId,
  normalizeIdentifier,
  organizationCodeCheckChar,
  sexOfResidentId,
  validateCreditCode,
  validateMaskedResidentId,
  validateResidentId,
} from '@zhixing/sdk';
import type { DebtorRecord } from '@zhixing/sdk';
import { cellText, columnLetter, isScientificNotation, parseAmountFen, parseDate, parseInteger } from './cells.js';
import type { CellProblem, CellValue } from './cells.js';
import { identityKey, shortRecordId } from './ids.js';
import { REMOVAL_REASON_VALUES, TYPE_VALUES } from './mapping.js';
import type { ColumnField, ColumnMapping, HeaderMatch } from './mapping.js';
import { PROBLEM_TEXT } from './messages.js';
import type { ProblemCode, RowProblem } from './messages.js';

/** The kind of record a row holds. */
export type RecordType = DebtorRecord['type'];

/** Where a row came from: file, sheet and row number. */
export interface RowSource {
  /** File name as shown in messages. */
  file: string;
  sheet?: string;
  /** Today in China (YYYY-MM-DD): birth dates after it are errors. */
  today: string;
  /** Record type when the sheet has no 类型 column and the mapping gives no default. */
  defaultType?: RecordType;
}

/** Facts of a case row that only the statistics use. */
export interface CaseFacts {
  caseNumber: string;
  /** The court's id (multi-court feeds: set once the row's court is known). */
  courtId?: string;
  typeCode: string;
  filingDate: string;
  closedOn?: string;
  closingMethod?: string;
  amountRecovered?: number;
  subjectAmount?: number;
  state: 'open' | 'closed';
}

/** A row converted to a record, or its problems. */
export type ConvertedRow =
  | { kind: 'blank' }
  | { kind: 'note'; text: string }
  | {
      kind: 'record';
      row: number;
      /** The record; without a 记录编号 its id is the derived short id, settled later (ids.ts). */
      record: DebtorRecord;
      /** The record's identity (`identityKey`): duplicates and shared ids are judged by it. */
      identity: string;
      /** Whether the id came from the 记录编号 column rather than being derived. */
      idGiven: boolean;
      birthDate?: string;
      exposure?: boolean;
      caseFacts?: CaseFacts;
    }
  | { kind: 'invalid'; row: number; problems: RowProblem[]; recordId?: string };

const NOTE = /^(制表|备注|注[:：]|合计|说明|审核|填表|数据截至|统计时间|打印)/;
const ORGANIZATION_NAME = /(公司|厂|店|中心|合作社|集团|商行|经营部|门市部|事务所|学校|医院|协会|委员会|工作室|农场|基地|银行|支行|分行|车队)$/;

const SEX: Record<string, 'male' | 'female'> = { 男: 'male', 女: 'female', male: 'male', female: 'female', m: 'male', f: 'female', 男性: 'male', 女性: 'female' };
const PERFORMANCE: Record<string, 'none' | 'partial'> = { 全部未履行: 'none', 未履行: 'none', 部分未履行: 'partial', 部分履行: 'partial', none: 'none', partial: 'partial' };
const CASE_STATE: Record<string, 'open' | 'closed'> = { 未结: 'open', 在执: 'open', 执行中: 'open', 未结案: 'open', open: 'open', 已结: 'closed', 已结案: 'closed', 结案: 'closed', 执结: 'closed', closed: 'closed' };
const PARTY_KIND: Record<string, 'natural-person' | 'organization'> = {
  自然人: 'natural-person', 个人: 'natural-person', 'natural-person': 'natural-person',
  法人: 'organization', 单位: 'organization', 企业: 'organization', 其他组织: 'organization', '法人/其他组织': 'organization', 非自然人: 'organization', organization: 'organization',
};
const YES = new Set(['是', 'y', 'yes', '1', 'true', '√', '✓']);

function key(text: string): string {
  return text.replace(/\s/g, '').toLowerCase();
}

/**
 * Makes a converter for the rows under `header`. Rows are numbered as the spreadsheet shows them,
 * so the caller passes each row's 1-based number.
 */
export function createRowConverter(header: HeaderMatch, mapping: ColumnMapping, source: RowSource): (cells: readonly CellValue[], rowNumber: number) => ConvertedRow {
  const columnOf = new Map<ColumnField, number>();
  for (const [index, field] of header.columns) columnOf.set(field, index);
  const defaults = mapping.defaults ?? {};

  return (cells, rowNumber) => {
    const nonEmpty = cells.filter((c) => cellText(c) !== '');
    if (nonEmpty.length === 0) return { kind: 'blank' };
    if (nonEmpty.length === 1 && NOTE.test(cellText(nonEmpty[0]))) return { kind: 'note', text: cellText(nonEmpty[0]) };

    const problems: RowProblem[] = [];
    const raw = (field: ColumnField): CellValue => {
      const index = columnOf.get(field);
      const value = index === undefined ? undefined : cells[index];
      if (cellText(value) === '' && defaults[field] !== undefined) return defaults[field];
      return value;
    };
    const text = (field: ColumnField) => cellText(raw(field));
    const problem = (field: ColumnField | undefined, code: ProblemCode, value?: string) => {
      const index = field === undefined ? undefined : columnOf.get(field);
      problems.push({
        file: source.file,
        ...(source.sheet ? { sheet: source.sheet } : {}),
        row: rowNumber,
        ...(index !== undefined ? { column: columnLetter(index), header: header.headers[index] ?? '' } : {}),
        ...(value !== undefined && value !== '' ? { value: value.length > 60 ? `${value.slice(0, 60)}…` : value } : {}),
        code,
        ...PROBLEM_TEXT[code],
      });
    };
    const required = (field: ColumnField): string | undefined => {
      const value = text(field);
      if (!value) {
        problem(field, 'required');
        return undefined;
      }
      return value;
    };
    const date = (field: ColumnField, isRequired: boolean): string | undefined => {
      const value = raw(field);
      const result = parseDate(value);
      if (result.ok) return result.value;
      if (result.problem === 'empty') {
        if (isRequired) problem(field, 'required');
        return undefined;
      }
      problem(field, result.problem as CellProblem, cellText(value));
      return undefined;
    };
    const amount = (field: ColumnField): number | undefined => {
      const value = raw(field);
      const result = parseAmountFen(value);
      if (result.ok) return result.value;
      if (result.problem !== 'empty') problem(field, result.problem as CellProblem, cellText(value));
      return undefined;
    };

    // Type.
    let type: RecordType | undefined = source.defaultType ?? 'dishonest-debtor';
    const typeText = text('type');
    if (typeText) {
      type = TYPE_VALUES[key(typeText)];
      if (!type) problem('type', 'type-unknown', typeText);
    }
    type ??= 'dishonest-debtor';

    const name = required('name')?.replace(/\s+/g, ' ');

    // Identifier and party kind.
    const idRaw = text('identifier');
    const id = normalizeIdentifier(idRaw);
    let partyKind: 'natural-person' | 'organization' | undefined;
    const kindText = text('partyKind');
    if (kindText) {
      partyKind = PARTY_KIND[key(kindText)];
      if (!partyKind) problem('partyKind', 'party-kind-unknown', kindText);
    }
    if (!partyKind) {
      const creditLike = id.length === 18 && !/^\d{17}[\dX]$/.test(id) && !id.includes('*');
      partyKind = creditLike || /^[0-9A-Z]{8}[0-9X]$/.test(id) || (name !== undefined && ORGANIZATION_NAME.test(name)) ? 'organization' : 'natural-person';
    }
    let idNumber: string | undefined;
    let creditCode: string | undefined;
    let birthDate: string | undefined;
    if (idRaw) {
      // The value is shown masked in every message: an unmasked ID must not leak through logs.
      const shown = maskResidentId(idRaw);
      // A valid credit code may hold E and digits (91430703537E190543): it is a code, not Excel's notation.
      if (isScientificNotation(idRaw) && !validateCreditCode(id).ok) problem('identifier', 'scientific-notation', idRaw);
      else if (partyKind === 'organization') {
        if (validateCreditCode(id).ok) creditCode = id;
        else if (/^[0-9A-Z]{8}[0-9X]$/.test(id) && organizationCodeCheckChar(id.slice(0, 8)) === id.charAt(8)) creditCode = id;
        else problem('identifier', 'credit-code', idRaw);
      } else if (id.includes('*')) {
        const check = validateMaskedResidentId(id, source.today);
        if (check.ok) idNumber = check.value;
        else problem('identifier', check.problem === 'date' ? 'id-date' : check.problem === 'length' ? 'id-length' : 'id-charset', idRaw);
      } else {
        const check = validateResidentId(id, source.today);
        if (check.ok) {
          idNumber = check.value;
          birthDate = birthDateOf(check.value);
        } else if (/^\d{15}$/.test(id)) problem('identifier', 'id-old-15', shown);
        else problem('identifier', check.problem === 'checksum' ? 'id-checksum' : check.problem === 'date' ? 'id-date' : check.problem === 'length' ? 'id-length' : 'id-charset', shown);
      }
    }

    const caseText = required('caseNumber');
    // The year is judged on the day this build publishes for (--today, else the publisher's clock).
    const checkedCase = caseText ? checkCaseNumber(caseText, source.today) : undefined;
    const parsedCase = checkedCase?.ok ? checkedCase.value : undefined;
    if (caseText && checkedCase && !checkedCase.ok) problem('caseNumber', checkedCase.problem === 'format' ? 'case-number' : 'case-number-year', caseText);
    const courtName = required('courtName');
    const filingDate = date('filingDate', true);
    const publishedOn = date('publishedOn', true);
    const publicationEndsOn = date('publicationEndsOn', false);
    if (filingDate && publishedOn && publishedOn < filingDate) problem('publishedOn', 'dates-order', text('publishedOn'));

    // Person details.
    let sex: 'male' | 'female' | undefined;
    let age: number | undefined;
    if (partyKind === 'natural-person') {
      const sexText = text('sex');
      if (sexText) {
        sex = SEX[key(sexText)];
        if (!sex) problem('sex', 'sex-unknown', sexText);
      } else if (idNumber) sex = sexOfResidentId(idNumber);
      const ageText = text('age');
      if (ageText) {
        const parsed = parseInteger(ageText);
        if (!parsed.ok) problem('age', 'integer-format', ageText);
        else if (parsed.value > 150) problem('age', 'age-range', ageText);
        else age = parsed.value;
      }
      if (birthDate && publishedOn && isCalendarDate(publishedOn) && publishedOn >= birthDate) {
        const atListing = ageAt(birthDate, publishedOn);
        if (age === undefined || age === 0) age = atListing;
        else if (Math.abs(age - atListing) > 1) problem('age', 'age-mismatch', ageText);
      }
    }
    const legalRepresentative = text('legalRepresentative');

    // Removal (deleted, revoked or lifted rows are read, then withheld).
    let removal: { date: string; reason: string } | undefined;
    const removalReasonText = text('removalReason');
    const removalDate = date('removalDate', false);
    if (removalDate || removalReasonText) {
      const reason = REMOVAL_REASON_VALUES[key(removalReasonText)] ?? (removalReasonText && /^[a-z-]+$/.test(removalReasonText) ? removalReasonText : undefined);
      if (!reason) problem('removalReason', 'removal-reason-unknown', removalReasonText);
      else removal = { date: removalDate ?? source.today, reason };
    }

    const record: Record<string, unknown> = { type };
    const extra: Record<string, unknown> = {};
    let caseFacts: CaseFacts | undefined;
    if (type === 'dishonest-debtor') {
      extra.basisDocumentNumber = text('basisDocumentNumber');
      extra.basisIssuer = text('basisIssuer');
      extra.obligation = text('obligation');
      const performanceText = required('performance');
      if (performanceText) {
        const performance = PERFORMANCE[key(performanceText)];
        if (!performance) problem('performance', 'performance-unknown', performanceText);
        extra.performance = performance;
      }
      const performedPart = text('performedPart');
      const unperformedPart = text('unperformedPart');
      if (performedPart) extra.performedPart = performedPart;
      if (unperformedPart) extra.unperformedPart = unperformedPart;
      const owed = amount('amountUnperformed');
      if (owed !== undefined) extra.amountUnperformed = owed;
      extra.conduct = required('conduct');
    } else if (type === 'consumption-restriction') {
      const subject = amount('subjectAmount');
      if (subject !== undefined) extra.subjectAmount = subject;
      const url = text('orderUrl');
      if (url) {
        if (/^https?:\/\/\S+$/i.test(url)) extra.orderUrl = url;
        else problem('orderUrl', 'url', url);
      }
    } else {
      const subject = amount('subjectAmount');
      if (subject !== undefined) extra.subjectAmount = subject;
      const stateText = text('caseState');
      let state: 'open' | 'closed' = 'open';
      if (stateText) {
        const parsed = CASE_STATE[key(stateText)];
        if (!parsed) problem('caseState', 'case-state-unknown', stateText);
        else state = parsed;
      }
      extra.caseState = state;
      const closedOn = date('closedOn', false);
      const recovered = amount('amountRecovered');
      if (parsedCase && filingDate) {
        caseFacts = {
          caseNumber: parsedCase.normalized,
          typeCode: parsedCase.typeCode,
          filingDate,
          state: closedOn ? 'closed' : state,
          ...(closedOn ? { closedOn } : {}),
          ...(text('closingMethod') ? { closingMethod: text('closingMethod') } : {}),
          ...(recovered !== undefined ? { amountRecovered: recovered } : {}),
          ...(typeof extra.subjectAmount === 'number' ? { subjectAmount: extra.subjectAmount } : {}),
        };
      }
    }

    const explicitId = text('id');
    const identity = parsedCase && name ? identityKey({ type, caseNumber: parsedCase.normalized, name, idNumber, creditCode }) : undefined;
    const recordId = explicitId || (parsedCase && identity !== undefined ? shortRecordId(type, parsedCase.year, identity) : undefined);
    if (problems.length > 0) return { kind: 'invalid', row: rowNumber, problems, ...(recordId ? { recordId } : {}) };

    Object.assign(record, {
      id: recordId,
      partyKind,
      name,
      ...(idNumber ? { idNumber } : {}),
      ...(creditCode ? { creditCode } : {}),
      caseNumber: parsedCase!.normalized,
      courtName,
      ...(text('courtCode') ? { courtCode: text('courtCode') } : {}),
      ...(text('province') ? { province: text('province') } : {}),
      filingDate,
      publishedOn,
      ...(publicationEndsOn ? { publicationEndsOn } : {}),
      ...(removal ? { removal } : {}),
      ...(sex ? { sex } : {}),
      ...(age !== undefined ? { age } : {}),
      ...(partyKind === 'organization' && legalRepresentative ? { legalRepresentative } : {}),
      ...extra,
    });
    const exposureText = text('exposure');
    return {
      kind: 'record',
      row: rowNumber,
      record: record as DebtorRecord,
      identity: identity!,
      idGiven: explicitId !== '',
      ...(birthDate ? { birthDate } : {}),
      ...(exposureText ? { exposure: YES.has(key(exposureText)) } : {}),
      ...(caseFacts ? { caseFacts } : {}),
    };
  };
}

/** Completed years at `on` (both YYYY-MM-DD). */
export function ageAt(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
