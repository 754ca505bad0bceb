// Which column of a court's export is which contract field. The default mapping covers the headers a
// typical case-management export uses (the national list's own column names and their common
// variants); a court adds its local variants with a mapping file (`--mapping mapping.json`).

/** The fields a row can fill. Most are contract fields; a few steer how the row is read. */
export type ColumnField =
  | 'id'
  | 'type'
  | 'partyKind'
  | 'name'
  | 'identifier'
  | 'caseNumber'
  | 'courtName'
  | 'courtCode'
  | 'province'
  | 'filingDate'
  | 'publishedOn'
  | 'publicationEndsOn'
  | 'sex'
  | 'age'
  | 'legalRepresentative'
  | 'basisDocumentNumber'
  | 'basisIssuer'
  | 'obligation'
  | 'performance'
  | 'performedPart'
  | 'unperformedPart'
  | 'amountUnperformed'
  | 'conduct'
  | 'subjectAmount'
  | 'caseState'
  | 'orderUrl'
  | 'removalDate'
  | 'removalReason'
  | 'exposure'
  // Case rows for statistics (computed when no stats sheet is given).
  | 'closingMethod'
  | 'closedOn'
  | 'amountRecovered';

/** Default header → field. Headers are compared after `normalizeHeader` (no spaces, brackets, units, `*`). */
export const DEFAULT_HEADERS: Readonly<Record<ColumnField, readonly string[]>> = {
  id: ['记录编号', '记录ID', '编号', '唯一标识', '公布编号'],
  type: ['类型', '名单类型', '记录类型', '信息类型'],
  partyKind: ['当事人类型', '主体类型', '被执行人类型'],
  name: ['被执行人姓名/名称', '被执行人姓名或名称', '被执行人名称', '被执行人姓名', '被执行人', '姓名/名称', '姓名或名称', '当事人名称', '当事人', '姓名', '名称'],
  identifier: [
    '身份证号码/组织机构代码', '身份证号码/统一社会信用代码', '身份证号/组织机构代码', '身份证号码或组织机构代码', '证件号码', '证照号码', '身份证号码',
    '身份证号', '公民身份号码', '统一社会信用代码', '组织机构代码', '证件号',
  ],
  caseNumber: ['执行案号', '案号'],
  courtName: ['执行法院', '法院名称', '承办法院'],
  courtCode: ['法院代码', '执行法院代码', '法院代字'],
  province: ['省份', '省份名称', '所在省份'],
  filingDate: ['立案时间', '立案日期'],
  publishedOn: ['发布时间', '发布日期', '公布时间', '公布日期', '纳入时间'],
  publicationEndsOn: ['公布截止日期', '发布截止日期', '发布截止时间', '公布期限截止', '失信期限截止日期'],
  sex: ['性别'],
  age: ['年龄'],
  legalRepresentative: ['法定代表人', '法定代表人或者负责人姓名', '法定代表人或负责人', '法定代表人/负责人', '负责人'],
  basisDocumentNumber: ['执行依据文号', '执行依据文书号'],
  basisIssuer: ['做出执行依据单位', '作出执行依据单位', '执行依据制作单位'],
  obligation: ['生效法律文书确定的义务', '法律文书确定的义务', '确定的义务'],
  performance: ['履行情况', '被执行人的履行情况', '被执行人履行情况'],
  performedPart: ['已履行部分'],
  unperformedPart: ['未履行部分'],
  amountUnperformed: ['未履行金额', '未履行标的', '未履行标的金额'],
  conduct: ['失信情形', '失信被执行人行为具体情形', '失信行为具体情形', '失信行为情形', '具体情形'],
  subjectAmount: ['执行标的', '执行标的金额', '标的金额', '申请执行标的'],
  caseState: ['案件状态', '结案状态'],
  orderUrl: ['限制消费令链接', '限制消费令', '限消令链接'],
  removalDate: ['删除日期', '撤销日期', '屏蔽日期', '解除日期'],
  removalReason: ['删除原因', '撤销原因', '屏蔽原因', '解除原因'],
  exposure: ['曝光', '曝光台', '是否曝光'],
  closingMethod: ['结案方式'],
  closedOn: ['结案日期', '结案时间'],
  amountRecovered: ['执行到位金额', '到位金额', '实际到位金额'],
};

/** Fields a row of the given record type must fill (after defaults). */
export const REQUIRED_FIELDS: readonly ColumnField[] = ['name', 'caseNumber', 'courtName', 'filingDate', 'publishedOn'];
/** Columns a dishonest-debtor row must have besides the common ones. */
export const REQUIRED_DISHONEST: readonly ColumnField[] = ['conduct', 'performance'];

/** Chinese (and English) field names, for messages and the guide. */
export const FIELD_LABELS: Readonly<Record<ColumnField, { zh: string; en: string }>> = {
  id: { zh: '记录编号', en: 'record id' },
  type: { zh: '类型', en: 'type' },
  partyKind: { zh: '当事人类型', en: 'party kind' },
  name: { zh: '被执行人姓名/名称', en: 'name' },
  identifier: { zh: '身份证号码/组织机构代码', en: 'ID number / credit code' },
  caseNumber: { zh: '执行案号', en: 'case number' },
  courtName: { zh: '执行法院', en: 'enforcing court' },
  courtCode: { zh: '法院代码', en: 'court code' },
  province: { zh: '省份', en: 'province' },
  filingDate: { zh: '立案时间', en: 'filing date' },
  publishedOn: { zh: '发布时间', en: 'publication date' },
  publicationEndsOn: { zh: '公布截止日期', en: 'publication end date' },
  sex: { zh: '性别', en: 'sex' },
  age: { zh: '年龄', en: 'age' },
  legalRepresentative: { zh: '法定代表人', en: 'legal representative' },
  basisDocumentNumber: { zh: '执行依据文号', en: 'enforcement basis number' },
  basisIssuer: { zh: '做出执行依据单位', en: 'issuer of the enforcement basis' },
  obligation: { zh: '生效法律文书确定的义务', en: 'obligation' },
  performance: { zh: '履行情况', en: 'performance status' },
  performedPart: { zh: '已履行部分', en: 'performed part' },
  unperformedPart: { zh: '未履行部分', en: 'unperformed part' },
  amountUnperformed: { zh: '未履行金额', en: 'unperformed amount' },
  conduct: { zh: '失信情形', en: 'dishonest conduct' },
  subjectAmount: { zh: '执行标的', en: 'amount subject to enforcement' },
  caseState: { zh: '案件状态', en: 'case state' },
  orderUrl: { zh: '限制消费令链接', en: 'restriction order link' },
  removalDate: { zh: '删除日期', en: 'removal date' },
  removalReason: { zh: '删除原因', en: 'removal reason' },
  exposure: { zh: '曝光', en: 'exposure' },
  closingMethod: { zh: '结案方式', en: 'closing method' },
  closedOn: { zh: '结案日期', en: 'closing date' },
  amountRecovered: { zh: '执行到位金额', en: 'amount recovered' },
};

/** Values of the 类型 column → record type. */
export const TYPE_VALUES: Readonly<Record<string, 'dishonest-debtor' | 'consumption-restriction' | 'enforcement-case'>> = {
  失信被执行人: 'dishonest-debtor',
  失信: 'dishonest-debtor',
  失信名单: 'dishonest-debtor',
  'dishonest-debtor': 'dishonest-debtor',
  限制消费: 'consumption-restriction',
  限制消费人员: 'consumption-restriction',
  限制高消费: 'consumption-restriction',
  限消: 'consumption-restriction',
  'consumption-restriction': 'consumption-restriction',
  被执行人: 'enforcement-case',
  执行案件: 'enforcement-case',
  'enforcement-case': 'enforcement-case',
};

/** Values of the 删除原因 column → RemovalReason. */
export const REMOVAL_REASON_VALUES: Readonly<Record<string, string>> = {
  已履行: 'performed',
  履行完毕: 'performed',
  全部履行: 'performed',
  和解履行完毕: 'settlement-performed',
  执行和解履行完毕: 'settlement-performed',
  申请执行人申请: 'creditor-applied',
  申请人申请删除: 'creditor-applied',
  终本后无财产: 'no-property-after-termination',
  终结本次执行后无财产: 'no-property-after-termination',
  中止执行: 'suspended',
  不予执行: 'non-enforcement-or-termination',
  终结执行: 'non-enforcement-or-termination',
  期限届满: 'term-ended',
  纳入期限届满: 'term-ended',
  错误纳入: 'wrongly-listed',
  撤销: 'wrongly-listed',
  解除限制消费: 'lifted',
  解除: 'lifted',
  其他: 'other',
};

/** A mapping file: local header variants, and defaults for columns the export lacks. */
export interface ColumnMapping {
  /** Header text → field, added to (and taking precedence over) the defaults. */
  columns?: Record<string, ColumnField>;
  /** Values for fields no column gives, e.g. `{ "courtName": "桃源县人民法院", "type": "失信被执行人" }`. */
  defaults?: Partial<Record<ColumnField, string>>;
}

/** Header text as compared: NFKC, no whitespace, no `*` (required markers), no trailing unit like `(元)`. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000*＊:：]/g, '')
    .replace(/[(（\[【](元|人民币元|万元|yyyy-mm-dd|必填|选填)[)）\]】]$/i, '')
    .replace(/^[(（\[【]必填[)）\]】]/, '');
}

const FIELDS = new Set(Object.keys(DEFAULT_HEADERS));

/** Whether `name` is a column field of the mapping. */
export function isColumnField(value: string): value is ColumnField {
  return FIELDS.has(value);
}

/** Header → field lookup of the default mapping merged with a mapping file's columns. */
export function headerLookup(mapping?: ColumnMapping): Map<string, ColumnField> {
  const lookup = new Map<string, ColumnField>();
  for (const [field, headers] of Object.entries(DEFAULT_HEADERS) as Array<[ColumnField, readonly string[]]>) {
    for (const header of headers) lookup.set(normalizeHeader(header), field);
  }
  for (const [header, field] of Object.entries(mapping?.columns ?? {})) {
    if (!isColumnField(field)) throw new TypeError(`mapping: unknown field "${field}" for column "${header}" (映射文件中的字段名无效)`);
    lookup.set(normalizeHeader(header), field);
  }
  return lookup;
}

/** Checks a parsed mapping file; throws a bilingual TypeError when it is malformed. */
export function parseMapping(json: unknown): ColumnMapping {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new TypeError('映射文件必须是 JSON 对象 / the mapping file must be a JSON object');
  const { columns, defaults } = json as { columns?: unknown; defaults?: unknown };
  const out: ColumnMapping = {};
  if (columns !== undefined) {
    if (!columns || typeof columns !== 'object') throw new TypeError('映射文件 "columns" 必须是对象 / "columns" must be an object');
    out.columns = {};
    for (const [header, field] of Object.entries(columns)) {
      if (typeof field !== 'string' || !isColumnField(field)) throw new TypeError(`映射文件: 列 "${header}" 的字段 "${String(field)}" 无效 / mapping: unknown field "${String(field)}" for column "${header}"`);
      out.columns[header] = field;
    }
  }
  if (defaults !== undefined) {
    if (!defaults || typeof defaults !== 'object') throw new TypeError('映射文件 "defaults" 必须是对象 / "defaults" must be an object');
    out.defaults = {};
    for (const [field, value] of Object.entries(defaults)) {
      if (!isColumnField(field)) throw new TypeError(`映射文件: 默认值字段 "${field}" 无效 / mapping: unknown default field "${field}"`);
      out.defaults[field] = String(value);
    }
  }
  return out;
}

/** The header row found in a sheet and the column of each field. */
export interface HeaderMatch {
  /** 0-based index of the header row among the rows given. */
  rowIndex: number;
  /** Column index → field. */
  columns: Map<number, ColumnField>;
  /** Column index → header text as written. */
  headers: string[];
}

/**
 * Finds the header row: the first of the first `scan` rows in which at least three cells are known
 * headers, one of them the name. Title rows above it (a merged `XX法院失信被执行人名单` row, a date line)
 * are skipped.
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[], lookup: Map<string, ColumnField>, scan = 30): HeaderMatch | undefined {
  for (let r = 0; r < Math.min(rows.length, scan); r++) {
    const row = rows[r] ?? [];
    const columns = new Map<number, ColumnField>();
    const seen = new Set<ColumnField>();
    row.forEach((cell, c) => {
      if (cell === null || cell === undefined) return;
      const field = lookup.get(normalizeHeader(String(cell)));
      if (field && !seen.has(field)) {
        columns.set(c, field);
        seen.add(field);
      }
    });
    if (columns.size >= 3 && seen.has('name')) return { rowIndex: r, columns, headers: row.map((cell) => (cell === null || cell === undefined ? '' : String(cell).trim())) };
  }
  return undefined;
}
