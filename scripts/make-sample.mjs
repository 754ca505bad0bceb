#!/usr/bin/env node
// Writes the sample spreadsheets under examples/data/ that the demo feed is built from and that a
// clerk can practise on (docs/publishing.md). Run after `npm run build`; the files are committed, so
// this only needs re-running when the sample should change:
//   node scripts/make-sample.mjs
// - taoyuan-sample.csv: GB18030, CRLF, no BOM, a merged title row and a date line above the header,
//   as Chinese Excel saves a case-system export. The fixture people the examples expect (刘建军,
//   王伟 …), invented people (some common names), full IDs as exported (the publisher masks them),
//   IDs with spaces and dashes, amounts like 1.2万 and dates like 2024/3/2; one minor, one expired
//   and one deleted row that the publication rules withhold.
// - taoyuan-stats.csv: the seed's real Taoyuan figures (2022-01-01 – 2023-06-30) as a stats sheet, and
//   invented earlier periods (2018–2021, one half-year), labelled as such, for the trend view.
// - taoyuan-errors.csv: a few broken rows to practise reading error messages.
// - court.json, rewards.json (reward notices for the exposure board), mapping.example.json.
import { mkdir, writeFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { createFixtures, edgeCaseIds, edgeCaseRecords, generateDebtors, taoyuanCourt, taoyuanStats } from '@zhixing/mocks';

const TODAY = '2026-11-30';
const DIR = 'examples/data';
const fixtures = createFixtures({ today: TODAY });

const HEADERS = [
  '记录编号', '类型', '被执行人姓名/名称', '身份证号码/组织机构代码', '性别', '年龄', '法定代表人', '执行案号', '执行法院', '省份',
  '执行依据文号', '做出执行依据单位', '生效法律文书确定的义务', '履行情况', '已履行部分', '未履行部分', '未履行金额', '执行标的',
  '失信情形', '立案时间', '发布时间', '公布截止日期', '案件状态', '删除日期', '删除原因',
];
const TYPE = { 'dishonest-debtor': '失信被执行人', 'consumption-restriction': '限制消费人员', 'enforcement-case': '被执行人' };

let variant = 0;
/** Dates in the forms exports use, in turn. */
function dateCell(date) {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  const forms = [`${y}/${Number(m)}/${Number(d)}`, `${y}年${Number(m)}月${Number(d)}日`, date, `${y}.${Number(m)}.${Number(d)}`];
  return forms[variant++ % forms.length];
}
/** Amounts (fen) in the forms exports use, in turn. */
function amountCell(fen) {
  if (fen === undefined) return '';
  const yuan = fen / 100;
  const forms = [
    yuan.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    String(yuan),
    yuan % 1000 === 0 && yuan >= 10000 ? `${yuan / 10000}万` : `${yuan}元`,
    `￥${yuan}`,
  ];
  return forms[variant % forms.length];
}
/** Some IDs are typed with spaces or dashes. */
function idCell(id, i) {
  if (!id) return '';
  if (i % 11 === 3) return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
  if (i % 13 === 5) return `${id.slice(0, 6)}-${id.slice(6, 14)}-${id.slice(14)}`;
  return id;
}

function row(record, fullId, i, extra = {}) {
  const person = record.partyKind === 'natural-person';
  return {
    记录编号: record.id,
    类型: TYPE[record.type],
    '被执行人姓名/名称': record.name,
    '身份证号码/组织机构代码': person ? idCell(fullId ?? '', i) : record.creditCode ?? '',
    性别: person ? (record.sex === 'male' ? '男' : record.sex === 'female' ? '女' : '') : '',
    年龄: person && i % 3 !== 0 ? String(record.age ?? '') : '', // sometimes left for the ID to tell
    法定代表人: record.legalRepresentative ?? '',
    执行案号: i % 7 === 2 ? record.caseNumber.replace('（', '(').replace('）', ')') : record.caseNumber,
    执行法院: record.courtName,
    省份: record.province ?? '',
    执行依据文号: record.basisDocumentNumber ?? '',
    做出执行依据单位: record.basisIssuer ?? '',
    生效法律文书确定的义务: record.obligation ?? '',
    履行情况: record.performance ? (record.performance === 'partial' ? '部分未履行' : '全部未履行') : '',
    已履行部分: record.performedPart ?? '',
    未履行部分: record.unperformedPart ?? '',
    未履行金额: amountCell(record.amountUnperformed),
    执行标的: amountCell(record.subjectAmount),
    失信情形: record.conduct ?? '',
    立案时间: dateCell(record.filingDate),
    发布时间: dateCell(record.publishedOn),
    公布截止日期: dateCell(record.publicationEndsOn),
    案件状态: record.type === 'enforcement-case' ? '未结' : '',
    删除日期: '',
    删除原因: '',
    ...extra,
  };
}

function csvLine(cells) {
  return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

function gbCsv(title, subtitle, headers, rows, notes = []) {
  const blank = headers.map(() => '');
  const lines = [csvLine([title, ...blank.slice(1)]), csvLine([subtitle, ...blank.slice(1)]), ...notes.map((note) => csvLine([note, ...blank.slice(1)])), csvLine(headers), ...rows.map((r) => csvLine(headers.map((h) => r[h] ?? '')))];
  return iconv.encode(`${lines.join('\r\n')}\r\n`, 'gb18030');
}

// Invented people: the generator's, full IDs as a case system exports them, plus common names.
const generated = generateDebtors({ count: 320, seed: 20230825, today: TODAY, unmaskedIds: true, courtName: taoyuanCourt.name, courtCode: '湘0725', idPrefix: 'gen' });
const COMMON = ['王伟', '张伟', '王芳', '李伟', '李娜', '张敏', '李静', '王静', '刘伟', '王秀英'];
generated.forEach((r, i) => {
  if (r.partyKind === 'natural-person' && i % 6 === 0) r.name = COMMON[(i / 6) % COMMON.length];
});

const rows = [];
let i = 0;
for (const record of fixtures.debtors) rows.push(row(record, fixtures.fullIdNumbers[record.id], i++));
for (const record of generated) rows.push(row(record, record.idNumber, i++));
// Rows the publication rules withhold: a minor, an expired listing, a deleted one.
const edge = edgeCaseRecords(TODAY);
const edgeIds = edgeCaseIds(TODAY);
rows.push(row(edge.minor, edgeIds.minor, i++, { 年龄: '' }));
rows.push(row(edge.expired, edgeIds.expired, i++));
rows.push(row(edge.removed, edgeIds.removed, i++, { 删除日期: dateCell(edge.removed.removal.date), 删除原因: '履行完毕' }));

await mkdir(DIR, { recursive: true });
await writeFile(`${DIR}/taoyuan-sample.csv`, gbCsv('桃源县人民法院失信被执行人、限制消费人员及被执行人名单', `导出时间：${TODAY.replace(/-/g, '/')}    （样例数据：人员均为虚构）`, HEADERS, rows));

const STATS_HEADERS = ['期间编号', '期间名称', '期间名称(英文)', '开始日期', '结束日期', '数据截至', '受理', '已结', '执行完毕', '执行到位金额', '执行到位金额为约数', '报告结案率', '报告实际执结率', '小数位数', '舍入方式', '纳入失信名单', '限制消费令', '司法拘留', '拒执罪移送'];
const s = taoyuanStats;
const statsRow = {
  期间编号: s.period.id,
  期间名称: s.period.label,
  '期间名称(英文)': s.period.labelEn,
  开始日期: s.period.start.replace(/-/g, '/'),
  结束日期: s.period.end.replace(/-/g, '/'),
  数据截至: '2023年8月25日',
  受理: String(s.cases.accepted),
  已结: String(s.cases.closed),
  执行完毕: String(s.cases.closedWithPerformance),
  执行到位金额: '3.14亿',
  执行到位金额为约数: '是',
  报告结案率: '92.97%',
  报告实际执结率: '78.95%',
  小数位数: '2',
  舍入方式: '四舍五入',
  纳入失信名单: String(s.sanctions.dishonestListed),
  限制消费令: String(s.sanctions.consumptionRestrictionOrders),
  司法拘留: String(s.sanctions.detentions),
  拒执罪移送: String(s.sanctions.refusalToExecuteReferrals),
};
// Earlier periods for the gauge's trend view (view="trend"): INVENTED figures, labelled 【虚构示例】 /
// "(invented example)" in every period name and in the sheet's note line; a half-year among the
// years shows that periods of different lengths are kept apart.
const invented = [
  ['2021-01-01', '2021-12-31', '2021年', '2021', '2022年1月21日', 2634, 2417, 1867, '2.06亿'],
  ['2021-01-01', '2021-06-30', '2021年上半年', 'First half of 2021', '2021年7月16日', 1706, 1318, 989, '0.93亿'],
  ['2020-01-01', '2020-12-31', '2020年', '2020', '2021年1月22日', 2518, 2249, 1702, '1.79亿'],
  ['2019-01-01', '2019-12-31', '2019年', '2019', '2020年1月17日', 2452, 2213, 1660, '1.85亿'],
  ['2018-01-01', '2018-12-31', '2018年', '2018', '2019年1月18日', 2310, 2051, 1497, '1.62亿'],
].map(([start, end, label, labelEn, asOf, accepted, closed, performed, money]) => ({
  期间编号: `${start}_${end}`,
  期间名称: `${label}【虚构示例】`,
  '期间名称(英文)': `${labelEn} (invented example)`,
  开始日期: start.replace(/-/g, '/'),
  结束日期: end.replace(/-/g, '/'),
  数据截至: asOf,
  受理: String(accepted),
  已结: String(closed),
  执行完毕: String(performed),
  执行到位金额: money,
  小数位数: '2',
  舍入方式: '四舍五入',
}));
await writeFile(
  `${DIR}/taoyuan-stats.csv`,
  gbCsv('桃源县人民法院执行工作质效统计', '来源：桃法建复〔2023〕1号（仅2022年1月1日至2023年6月30日一行）', STATS_HEADERS, [statsRow, ...invented], [
    '说明：2018年至2021年各行（含2021年上半年）是虚构的演示数字，不是法院公布的数据；期间名称中标有【虚构示例】',
  ]),
);

// Practice: every kind of mistake once.
const good = rows[0];
const errors = [
  { ...good, 记录编号: 'err-1', '身份证号码/组织机构代码': '430725199001011234' }, // check character wrong
  { ...good, 记录编号: 'err-2', '身份证号码/组织机构代码': '4.30725E+17' }, // Excel scientific notation
  { ...good, 记录编号: 'err-3', 立案时间: '2023/2/30' }, // no such date
  { ...good, 记录编号: 'err-4', 执行案号: '' }, // required cell empty
  { ...good, 记录编号: 'err-5', 未履行金额: '12元5角' }, // amount not recognised
  { ...good, 记录编号: 'err-6', 执行案号: '2022湘0725执1186' }, // case number form
];
await writeFile(`${DIR}/taoyuan-errors.csv`, gbCsv('练习用：有错误的名单', '', HEADERS, errors));

await writeFile(`${DIR}/court.json`, `${JSON.stringify(taoyuanCourt, null, 2)}\n`);
const rewards = fixtures.rewards.map((r) => ({ ...r, validUntil: '2027-12-31' }));
await writeFile(`${DIR}/rewards.json`, `${JSON.stringify(rewards, null, 2)}\n`);
await writeFile(
  `${DIR}/mapping.example.json`,
  `${JSON.stringify({ columns: { 当事人姓名: 'name', 证件号: 'identifier', 案件编号: 'caseNumber' }, defaults: { courtName: taoyuanCourt.name, province: '湖南' } }, null, 2)}\n`,
);
console.log(`Wrote ${rows.length} rows to ${DIR}/taoyuan-sample.csv (GB18030), the stats sheet, the error sample, court.json, rewards.json`);
