// Every problem a clerk can meet, in zh-CN and en. docs/publishing.md lists the same texts.
import type { CellProblem } from './cells.js';

/** What is wrong with a row or cell. */
export type ProblemCode =
  | CellProblem
  | 'required'
  | 'id-length'
  | 'id-charset'
  | 'id-date'
  | 'id-checksum'
  | 'id-old-15'
  | 'credit-code'
  | 'case-number'
  | 'case-number-year'
  | 'type-unknown'
  | 'party-kind-unknown'
  | 'sex-unknown'
  | 'age-range'
  | 'age-mismatch'
  | 'performance-unknown'
  | 'case-state-unknown'
  | 'removal-reason-unknown'
  | 'url'
  | 'duplicate-id'
  | 'duplicate-row'
  | 'dates-order'
  | 'court-unknown'
  | 'contract';

/** The zh-CN and en message of each problem. */
export const PROBLEM_TEXT: Readonly<Record<ProblemCode, { zh: string; en: string }>> = {
  empty: { zh: '必填项为空', en: 'required cell is empty' },
  required: { zh: '必填项为空', en: 'required cell is empty' },
  'amount-format': { zh: '金额无法识别（应为 1234、1,234.00、1.2万 或 ￥1234 元）', en: 'amount not recognised (expected 1234, 1,234.00, 1.2万 or ￥1234元)' },
  'amount-negative': { zh: '金额不能为负数', en: 'amount cannot be negative' },
  'amount-precision': { zh: '金额精确到分以下（最多两位小数）', en: 'amount finer than one fen (at most two decimals of yuan)' },
  'date-format': { zh: '日期无法识别（应为 2024-03-02、2024/3/2、2024年3月2日 或 2024.3.2）', en: 'date not recognised (expected 2024-03-02, 2024/3/2, 2024年3月2日 or 2024.3.2)' },
  'date-invalid': { zh: '日期不存在（如 2月30日）', en: 'no such calendar date (e.g. 30 February)' },
  'excel-serial': { zh: '数字不是 1950—2099 年间的 Excel 日期', en: 'number is not an Excel date between 1950 and 2099' },
  'scientific-notation': {
    zh: '号码已被 Excel 改成科学计数法（如 4.30725E+17），后几位已丢失，无法恢复：请从业务系统重新导出，或把该列设为“文本”后重新填写',
    en: 'the number was turned into scientific notation by Excel (e.g. 4.30725E+17); its last digits are lost and cannot be recovered: export again from the case system, or format the column as Text and re-enter it',
  },
  'integer-format': { zh: '应为整数', en: 'expected a whole number' },
  'id-length': { zh: '身份证号码应为 18 位', en: 'a resident ID has 18 characters' },
  'id-charset': { zh: '身份证号码只能是 17 位数字加数字或 X', en: 'a resident ID is 17 digits and a digit or X' },
  'id-date': { zh: '身份证号码中的出生日期不存在或晚于今天', en: 'the birth date inside the ID is not a real date or is in the future' },
  'id-checksum': { zh: '身份证号码校验位错误（可能抄错了一位）', en: "the ID number's check character is wrong (a digit may be mistyped)" },
  'id-old-15': { zh: '15 位旧身份证号码已停用，请填写 18 位号码', en: 'old 15-digit IDs are no longer valid: give the 18-digit ID' },
  'credit-code': { zh: '统一社会信用代码格式或校验位错误', en: 'unified social credit code: wrong format or check character' },
  'case-number': { zh: '案号格式错误（应为 （2023）湘0725执123号）', en: 'case number not in the form （2023）湘0725执123号' },
  'case-number-year': {
    zh: '案号中的年份不可能（不能早于 1949 年，也不能晚于明年）：应为立案的年份，请核对是否录错',
    en: "the case number's year is impossible (not before 1949 and not after next year): it is the year the case was filed; check for a typing slip",
  },
  'type-unknown': { zh: '类型无法识别（应为 失信被执行人、限制消费人员 或 被执行人）', en: 'type not recognised (expected 失信被执行人, 限制消费人员 or 被执行人)' },
  'party-kind-unknown': { zh: '当事人类型无法识别（应为 自然人 或 法人/其他组织）', en: 'party kind not recognised (expected 自然人 or 法人/其他组织)' },
  'sex-unknown': { zh: '性别应为 男 或 女', en: 'sex must be 男 or 女' },
  'age-range': { zh: '年龄应在 0—150 之间', en: 'age must be between 0 and 150' },
  'age-mismatch': { zh: '年龄与身份证号码中的出生日期不符（按发布时间计算）', en: 'age does not match the birth date in the ID (at the publication date)' },
  'performance-unknown': { zh: '履行情况应为 全部未履行 或 部分未履行', en: 'performance status must be 全部未履行 or 部分未履行' },
  'case-state-unknown': { zh: '案件状态应为 未结 或 已结', en: 'case state must be 未结 (open) or 已结 (closed)' },
  'removal-reason-unknown': { zh: '删除原因无法识别（见使用说明中的原因表）', en: 'removal reason not recognised (see the table in the guide)' },
  url: { zh: '链接应以 http:// 或 https:// 开头', en: 'links must start with http:// or https://' },
  'duplicate-id': { zh: '记录编号重复', en: 'duplicate record id' },
  'duplicate-row': { zh: '同一条记录出现两次（类型、案号、姓名、证件号都相同）', en: 'the same record twice (same type, case number, name and identifier)' },
  'dates-order': { zh: '发布时间早于立案时间', en: 'publication date is before the filing date' },
  'court-unknown': {
    zh: '本行的法院（法院代码列，或案号中的法院代码）不在 --court 给出的法院之中：请核对案号，或把该法院加入 court.json 的 courts',
    en: "this row's court (the court code column, or the court code in the case number) is not among the courts given with --court: check the case number, or add the court to court.json's courts",
  },
  contract: { zh: '不符合数据规范', en: 'does not meet the data contract' },
};

/** One problem of one cell (or row), located as a clerk finds it in the spreadsheet. */
export interface RowProblem {
  file: string;
  /** Sheet name (.xlsx); absent for CSV. */
  sheet?: string;
  /** 1-based row number as the spreadsheet shows it. */
  row: number;
  /** Column letter (A, B, …), when the problem is in one cell. */
  column?: string;
  /** The header text of that column as written in the file. */
  header?: string;
  /** The value as found; resident IDs are shown masked, never in full. */
  value?: string;
  code: ProblemCode;
  zh: string;
  en: string;
}

/** `文件 a.csv，工作表 …，第 12 行，C 列（身份证号码），值 “…”：…` and the same in English. */
export function formatProblem(p: RowProblem, locale: 'zh-CN' | 'en' | 'both' = 'both'): string {
  const zhWhere = [`文件 ${p.file}`, p.sheet ? `工作表 ${p.sheet}` : '', `第 ${p.row} 行`, p.column ? `${p.column} 列${p.header ? `（${p.header}）` : ''}` : '', p.value !== undefined ? `值 “${p.value}”` : '']
    .filter(Boolean)
    .join('，');
  const enWhere = [`file ${p.file}`, p.sheet ? `sheet ${p.sheet}` : '', `row ${p.row}`, p.column ? `column ${p.column}${p.header ? ` (${p.header})` : ''}` : '', p.value !== undefined ? `value "${p.value}"` : '']
    .filter(Boolean)
    .join(', ');
  const zh = `${zhWhere}：${p.zh}`;
  const en = `${enWhere}: ${p.en}`;
  return locale === 'zh-CN' ? zh : locale === 'en' ? en : `${zh}\n  ${en}`;
}

/** Why a valid row was not published. */
export const WITHHELD_TEXT: Readonly<Record<string, { zh: string; en: string }>> = {
  minor: { zh: '未成年人（按发布时的年龄），依法不得公布（法释〔2017〕7号第四条）', en: 'a minor at the listing date: may never be listed (Art 4)' },
  removed: { zh: '已删除、撤销或解除', en: 'deleted, revoked or lifted' },
  'publication-ended': { zh: '公布期限已届满', en: 'publication period has ended' },
  'not-yet-published': { zh: '发布时间在今天之后（到期后重新发布即可）', en: 'publication date is in the future (publish again on that day)' },
  'case-closed': { zh: '执行案件已结案', en: 'the enforcement case is closed' },
  invalid: { zh: '不符合数据规范', en: 'does not meet the data contract' },
};
