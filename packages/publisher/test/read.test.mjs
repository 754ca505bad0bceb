// Reading what courts have: cells in every form an export uses, GB18030 CSV as Chinese Excel writes
// it, .xlsx, and problems that name file, row, column and value in zh-CN and en.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import writeXlsxFile from 'write-excel-file/node';
import { buildFeed, detectEncoding, formatProblem, isScientificNotation, main, parseAmountFen, parseDate } from '@zhixing/publisher/node';
import { taoyuanCourt } from '@zhixing/mocks';

const TODAY = new Date('2026-11-30T12:00:00+08:00');
const FULL_ID = /(?<![0-9A-Z])\d{6}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dX](?![0-9A-Z])/;
const HEADER = ['被执行人姓名/名称', '身份证号码/组织机构代码', '执行案号', '执行法院', '立案时间', '发布时间', '失信情形', '未履行金额', '履行情况', '执行依据文号', '做出执行依据单位', '生效法律文书确定的义务'];
const CONDUCT = '有履行能力而拒不履行生效法律文书确定义务';
const row = (name, id, caseNo, filed, published, amount, extra = []) => [name, id, caseNo, '桃源县人民法院', filed, published, CONDUCT, amount, '全部未履行', '（2023）湘0725民初1号', '桃源县人民法院', '偿还借款', ...extra];

/** A CSV as Chinese Excel saves it: GB18030, no BOM, CRLF, a merged title row above the header. */
function excelCsv(rows, header = HEADER) {
  const lines = [`桃源县人民法院失信被执行人名单${','.repeat(header.length - 1)}`, header.join(','), ...rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))];
  return iconv.encode(`${lines.join('\r\n')}\r\n`, 'gb18030');
}

// GB 32100-2015 (docs: /work/shared/domain.md §6), computed here independently of the SDK.
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(first8) {
  const sum = [...first8].reduce((s, ch, i) => s + ORG_WEIGHTS[i] * (ch <= '9' ? Number(ch) : ch.charCodeAt(0) - 55), 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function creditCheck(first17) {
  const sum = [...first17].reduce((s, ch, i) => s + CREDIT_WEIGHTS[i] * CODE_CHARS.indexOf(ch), 0);
  return CODE_CHARS[(31 - (sum % 31)) % 31];
}
/** Valid credit codes of Taoyuan (430725) made only of digits and one E: the shape Excel's notation has. */
function creditCodesWithE(count) {
  const found = [];
  for (let n = 0; found.length < count; n++) {
    const digits = String(n).padStart(7, '0');
    const org8 = `${digits.slice(0, 1 + (n % 5))}E${digits.slice(1 + (n % 5))}`;
    const first17 = `91430725${org8}${orgCheck(org8)}`;
    const code = `${first17}${creditCheck(first17)}`;
    if (/^\d+E\d+$/.test(code)) found.push(code);
  }
  return found;
}

async function readAll(dir) {
  const out = new Map();
  async function walk(rel) {
    for (const entry of await readdir(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path);
      else out.set(path, await readFile(join(dir, path), 'utf8'));
    }
  }
  await walk('');
  return out;
}

describe('cells', () => {
  it('reads amounts in every form an export uses (to integer fen)', () => {
    const cases = { '1,234.00': 123400, '1234': 123400, '1.2万': 1200000, '3.14亿': 31400000000, '￥1,234.5': 123450, '¥88463元': 8846300, '８８４６３': 8846300, '1234.56元': 123456, '人民币500元': 50000, '0.5万元': 500000 };
    for (const [text, fen] of Object.entries(cases)) assert.deepEqual(parseAmountFen(text), { ok: true, value: fen }, text);
    assert.equal(parseAmountFen('12元5角').ok, false);
    assert.deepEqual(parseAmountFen('1.234'), { ok: false, problem: 'amount-precision' });
    assert.deepEqual(parseAmountFen('-5'), { ok: false, problem: 'amount-negative' });
    assert.deepEqual(parseAmountFen('1.2E+5'), { ok: false, problem: 'scientific-notation' });
  });

  it('reads dates in every form an export uses', () => {
    const cases = { '2024-03-02': '2024-03-02', '2024/3/2': '2024-03-02', '2024年3月2日': '2024-03-02', '2024.3.2': '2024-03-02', '20240302': '2024-03-02', '２０２４年３月２日': '2024-03-02', '2024/3/2 0:00:00': '2024-03-02', '45353': '2024-03-02', '45353.0': '2024-03-02' };
    for (const [text, date] of Object.entries(cases)) assert.deepEqual(parseDate(text), { ok: true, value: date }, text);
    assert.deepEqual(parseDate(new Date(Date.UTC(2024, 2, 2))), { ok: true, value: '2024-03-02' });
    assert.deepEqual(parseDate('2023/2/30'), { ok: false, problem: 'date-invalid' });
    assert.deepEqual(parseDate('3/2/2024'), { ok: false, problem: 'date-format' });
    assert.deepEqual(parseDate('123'), { ok: false, problem: 'date-format' });
    assert.deepEqual(parseDate('99999'), { ok: false, problem: 'excel-serial' });
  });

  it('tells Excel’s scientific notation (a decimal point or an exponent sign) from credit codes made of digits, E and digits', () => {
    for (const text of ['4.30725E+17', '9.14307E+17', '4.30725199001012E17', '9E+17', '4.30725e+17', '1.2E-5', '４.３０７２５Ｅ＋１７', ' 9.14307E+17 ']) {
      assert.equal(isScientificNotation(text), true, text);
    }
    for (const text of ['91430703537E190543', ...creditCodesWithE(5), '91430703537E19054', '430725199001011235', '1234']) {
      assert.equal(isScientificNotation(text), false, text);
    }
  });

  it('detects the encoding: UTF-8 with and without BOM, else GB18030', () => {
    assert.equal(detectEncoding(Buffer.from('\uFEFF姓名', 'utf8')), 'utf8');
    assert.equal(detectEncoding(Buffer.from('姓名', 'utf8')), 'utf8');
    assert.equal(detectEncoding(iconv.encode('被执行人姓名', 'gb18030')), 'gb18030');
  });
});

describe('building from court exports', () => {
  let dir;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zhixing-publisher-'));
    await writeFile(join(dir, 'court.json'), JSON.stringify(taoyuanCourt));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('a GB18030 CSV as Chinese Excel writes it: title row, no BOM, CRLF; unmasked IDs masked in the output', async () => {
    const csv = join(dir, 'export.csv');
    await writeFile(csv, excelCsv([
      row('刘建军', '430725199001011235', '（2022）湘0725执1186号', '2022/5/16', '2024年3月2日', '1,234.00'),
      row('彭志刚', '430725 19850615 101x', '(2022)湘0725执432号', '2022.3.2', '45353', '1.2万'),
      row('桃源县鑫源建材有限公司', '91430725MA4L00003Y', '（2022）湘0725执210号', '2022-01-24', '2024-03-02', '￥1268000元'),
    ]));
    const out = join(dir, 'feed-csv');
    const report = await buildFeed({ inputs: [csv], out, court: taoyuanCourt, now: TODAY });
    assert.equal(report.problemCount, 0, report.problems.map((p) => formatProblem(p)).join('\n'));
    assert.equal(report.written, true);
    assert.equal(report.tally.published, 3);
    assert.equal(report.tally.masked, 2);
    const files = await readAll(out);
    const all = [...files.values()].join('\n');
    assert.doesNotMatch(all, FULL_ID, 'no unmasked resident ID in any published file');
    const records = [...files].filter(([p]) => /^debtors\/shards\/[0-9a-f]{16}\/[0-9a-f]+\.json$/.test(p)).flatMap(([, text]) => JSON.parse(text).records);
    const liu = records.find((r) => r.name === '刘建军');
    assert.equal(liu.idNumber, '4307251990****1235');
    assert.equal(liu.publishedOn, '2024-03-02');
    assert.equal(liu.amountUnperformed, 123400);
    assert.equal(liu.age, 34, 'age at the listing date, from the full ID');
    const peng = records.find((r) => r.name === '彭志刚');
    assert.equal(peng.idNumber, '4307251985****101X');
    assert.equal(peng.caseNumber, '（2022）湘0725执432号');
    assert.equal(peng.amountUnperformed, 1200000);
    assert.equal(peng.publishedOn, '2024-03-02');
    const company = records.find((r) => r.partyKind === 'organization');
    assert.equal(company.creditCode, '91430725MA4L00003Y');
    assert.equal(company.amountUnperformed, 126800000);
    const manifest = JSON.parse(files.get('debtors/manifest.json'));
    assert.match(manifest.shardPath, /^shards\/[0-9a-f]{16}\/\{shard\}\.json$/);
  });

  it('an .xlsx with a title row, date cells and numbers kept as text', async () => {
    const xlsx = join(dir, 'export.xlsx');
    const data = [
      [{ value: '桃源县人民法院失信被执行人名单', span: HEADER.length }, ...HEADER.slice(1).map(() => null)],
      HEADER.map((h) => ({ value: h })),
      row('刘建军', '430725199001011235', '（2022）湘0725执1186号', null, null, null).map((v, i) =>
        i === 4 ? { value: new Date(Date.UTC(2022, 4, 16)), type: Date, format: 'yyyy/mm/dd' } : i === 5 ? { value: 45353, type: Number } : i === 7 ? { value: 1234.5, type: Number } : v === null ? null : { value: v },
      ),
    ];
    await writeXlsxFile(data, { sheet: '失信名单' }).toFile(xlsx);
    const out = join(dir, 'feed-xlsx');
    const report = await buildFeed({ inputs: [xlsx], out, court: taoyuanCourt, now: TODAY });
    assert.equal(report.problemCount, 0, report.problems.map((p) => formatProblem(p)).join('\n'));
    assert.equal(report.tally.published, 1);
    const files = await readAll(out);
    const shard = [...files].find(([p]) => /\/[0-9a-f]+\.json$/.test(p) && p.includes('/shards/'));
    const [record] = JSON.parse(shard[1]).records;
    assert.equal(record.filingDate, '2022-05-16');
    assert.equal(record.publishedOn, '2024-03-02');
    assert.equal(record.amountUnperformed, 123450);
    assert.equal(record.idNumber, '4307251990****1235');
  });

  it('bad checksums, bad dates, scientific notation and empty required cells: each names file, row, column and value (zh and en); nothing is written', async () => {
    const csv = join(dir, 'bad.csv');
    await writeFile(csv, excelCsv([
      row('刘建军', '430725199001011234', '（2022）湘0725执1186号', '2022/5/16', '2024/3/2', '100'), // row 3: check character
      row('彭志刚', '4.30725E+17', '（2022）湘0725执432号', '2022/5/16', '2024/3/2', '100'), // row 4: Excel mangled
      row('陈丽娟', '430703197811220461', '（2022）湘0725执2051号', '2023/2/30', '2024/3/2', '100'), // row 5: no such date
      row('唐国平', '430725197203080571', '', '2022/5/16', '2024/3/2', '100'), // row 6: case number empty
      row('桃源县鑫源建材有限公司', '91430725MA4L00003X', '（2022）湘0725执210号', '2022/5/16', '2024/3/2', '100'), // row 7: credit code
    ]));
    const out = join(dir, 'feed-bad');
    const lines = [];
    const code = await main(['build', csv, '--out', out, '--court', join(dir, 'court.json'), '--today', '2026-11-30'], { log: (l) => lines.push(l), error: (l) => lines.push(l) });
    assert.equal(code, 1);
    await assert.rejects(readdir(out), 'nothing written: the feed directory was not even created');
    const text = lines.join('\n');
    assert.match(text, /文件 bad\.csv，第 3 行，B 列（身份证号码\/组织机构代码），值 “4307251990\*\*\*\*1234”：身份证号码校验位错误/);
    assert.match(text, /file bad\.csv, row 3, column B \(身份证号码\/组织机构代码\), value "4307251990\*\*\*\*1234": the ID number's check character is wrong/);
    assert.doesNotMatch(text, /430725199001011234/, 'an unmasked ID never appears in a message');
    assert.match(text, /第 4 行，B 列.*4\.30725E\+17.*科学计数法/);
    assert.match(text, /row 4, column B .*scientific notation/);
    assert.match(text, /第 5 行，E 列（立案时间），值 “2023\/2\/30”：日期不存在/);
    assert.match(text, /row 5, column E \(立案时间\), value "2023\/2\/30": no such calendar date/);
    assert.match(text, /第 6 行，C 列（执行案号）：必填项为空/);
    assert.match(text, /row 6, column C \(执行案号\): required cell is empty/);
    assert.match(text, /第 7 行，B 列.*统一社会信用代码格式或校验位错误/);
    assert.match(text, /未写入任何文件/);
  });

  it('publishes companies whose valid credit code holds E and digits (91430703537E190543); refuses real scientific-notation cells', async () => {
    const codes = ['91430703537E190543', ...creditCodesWithE(4)];
    const csv = join(dir, 'credit-e.csv');
    await writeFile(csv, excelCsv([
      ...codes.map((code, i) => row(`桃源县第${i + 1}建材有限公司`, code, `（2024）湘0725执${700 + i}号`, '2024/1/5', '2024/3/2', '100')),
      row('桃源县鑫源建材有限公司', '9.14307E+17', '（2024）湘0725执710号', '2024/1/5', '2024/3/2', '100'), // row 8: Excel mangled a code
      row('彭志刚', '4.30725E+17', '（2024）湘0725执711号', '2024/1/5', '2024/3/2', '100'), // row 9: Excel mangled an ID
    ]));
    const out = join(dir, 'feed-credit-e');
    const report = await buildFeed({ inputs: [csv], out, court: taoyuanCourt, now: TODAY, skipInvalid: true });
    const problems = report.problems.map((p) => [p.row, p.code]);
    assert.deepEqual(problems, [[8, 'scientific-notation'], [9, 'scientific-notation']], report.problems.map((p) => formatProblem(p)).join('\n'));
    assert.equal(report.tally.published, codes.length);
    const files = await readAll(out);
    const records = [...files].filter(([p]) => /^debtors\/shards\/[0-9a-f]{16}\/[0-9a-f]+\.json$/.test(p)).flatMap(([, text]) => JSON.parse(text).records);
    assert.deepEqual(records.map((r) => r.creditCode).sort(), [...codes].sort());
    assert.ok(records.every((r) => r.partyKind === 'organization'));
  });

  it('a case number with year 2999 (or after next year, or before 1949) is a row error in zh-CN and en, judged on --today; next year passes', async () => {
    const csv = join(dir, 'case-years.csv');
    await writeFile(csv, excelCsv([
      row('刘建军', '430725199001011235', '（2999）湘0725执1186号', '2022/5/16', '2024/3/2', '100'), // row 3
      row('彭志刚', '43072519850615101X', '(2028)湘0725执432号', '2022/5/16', '2024/3/2', '100'), // row 4: after next year
      row('陈丽娟', '430703197811220461', '（1900）湘0725执2051号', '2022/5/16', '2024/3/2', '100'), // row 5
      row('唐国平', '430725197203080571', '（2027）湘0725执15号', '2022/5/16', '2024/3/2', '100'), // row 6: next year: a clock a little off
    ]));
    const out = join(dir, 'feed-case-years');
    const lines = [];
    const code = await main(['build', csv, '--out', out, '--court', join(dir, 'court.json'), '--today', '2026-11-30', '--skip-invalid'], { log: (l) => lines.push(l), error: (l) => lines.push(l) });
    assert.equal(code, 0, lines.join('\n'));
    const text = lines.join('\n');
    // Cells are read NFKC-folded: the value shows half-width brackets.
    assert.match(text, /第 3 行，C 列（执行案号），值 “\(2999\)湘0725执1186号”：案号中的年份不可能（不能早于 1949 年，也不能晚于明年）/);
    assert.match(text, /row 3, column C \(执行案号\), value "\(2999\)湘0725执1186号": the case number's year is impossible \(not before 1949 and not after next year\)/);
    assert.match(text, /第 4 行，C 列（执行案号），值 “\(2028\)湘0725执432号”：案号中的年份不可能/);
    assert.match(text, /第 5 行，C 列（执行案号），值 “\(1900\)湘0725执2051号”：案号中的年份不可能/);
    assert.doesNotMatch(text, /第 6 行/);
    const manifest = JSON.parse(await readFile(join(out, 'debtors/manifest.json'), 'utf8'));
    assert.equal(manifest.recordCount, 1, 'only the 2027 row is published');
    // A year later, 2028 is next year: the same row passes.
    const report = await buildFeed({ inputs: [csv], court: taoyuanCourt, now: new Date('2027-01-02T12:00:00+08:00'), skipInvalid: true, out: join(dir, 'feed-case-years-2027') });
    assert.deepEqual(report.problems.map((p) => [p.row, p.code]), [[3, 'case-number-year'], [5, 'case-number-year']]);
  });

  it('--skip-invalid publishes the valid rows and lists the skipped ones', async () => {
    const csv = join(dir, 'mixed.csv');
    await writeFile(csv, excelCsv([
      row('刘建军', '430725199001011235', '（2022）湘0725执1186号', '2022/5/16', '2024/3/2', '100'),
      row('彭志刚', '430725199001011234', '（2022）湘0725执432号', '2022/5/16', '2024/3/2', '100'),
    ]));
    const out = join(dir, 'feed-skip');
    const lines = [];
    const code = await main(['build', csv, '--out', out, '--court', join(dir, 'court.json'), '--today', '2026-11-30', '--skip-invalid'], { log: (l) => lines.push(l), error: (l) => lines.push(l) });
    assert.equal(code, 0);
    assert.match(lines.join('\n'), /第 4 行/);
    const manifest = JSON.parse(await readFile(join(out, 'debtors/manifest.json'), 'utf8'));
    assert.equal(manifest.recordCount, 1);
  });

  it('withholds minors (age at listing), removed and expired rows, and says how many and why', async () => {
    const header = [...HEADER, '公布截止日期', '删除日期', '删除原因'];
    const csv = join(dir, 'withheld.csv');
    await writeFile(csv, excelCsv([
      // 17 on the listing date, 19 today: listed unlawfully, withheld for good.
      row('孙小宇', '430725200711300037', '（2025）湘0725执1931号', '2025/1/5', '2025/3/1', '100', ['', '', '']),
      row('韩冬梅', '430725198304050624', '（2023）湘0725执1932号', '2023/1/5', '2023/3/1', '100', ['2025/3/1', '', '']),
      row('钱永福', '430725197508080919', '（2023）湘0725执1933号', '2023/1/5', '2023/3/1', '100', ['', '2026/11/25', '履行完毕']),
      row('刘建军', '430725199001011235', '（2022）湘0725执1186号', '2022/5/16', '2024/3/2', '100', ['', '', '']),
    ], header));
    const out = join(dir, 'feed-withheld');
    const report = await buildFeed({ inputs: [csv], out, court: taoyuanCourt, now: TODAY });
    assert.equal(report.problemCount, 0, report.problems.map((p) => formatProblem(p)).join('\n'));
    assert.deepEqual(report.tally.withheld, { minor: 1, 'publication-ended': 1, removed: 1 });
    assert.equal(report.tally.published, 1);
    const all = [...(await readAll(out)).values()].join('\n');
    for (const name of ['孙小宇', '韩冬梅', '钱永福']) assert.doesNotMatch(all, new RegExp(name));
    const manifest = JSON.parse(await readFile(join(out, 'debtors/manifest.json'), 'utf8'));
    assert.equal(manifest.recordCount, 1);
    // Listed for 90 days where readers of the previous contract look (exposure.json); the manifest and
    // the board's index list only the last 3 days' (their readers need none: the files hold no removed record).
    const exposure = JSON.parse(await readFile(join(out, 'exposure.json'), 'utf8'));
    assert.ok(exposure.removals.some((r) => r.reason === 'performed' && r.removedOn === '2026-11-25'), 'a deleted row is listed as a removal');
    assert.deepEqual(manifest.removals, []);
  });
});
