// Debtor rows shaped like reality (domain.md §8a): names as concentrated as China's — 王伟 ~6,000,
// 张伟 ~5,900, 王芳 ~5,500 … per million — full resident IDs with valid checksums, amounts and dates
// in the forms Chinese Excel exports use. Seeded: same options, same rows. Used by the publisher's
// size test (100k) and the bench (100k and 1M, written as GB18030 CSV).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import iconv from 'iconv-lite';
import { mulberry32 } from '@zhixing/mocks';
import { maskResidentId, residentIdCheckChar } from '@zhixing/sdk';

/** The most common full names, records per million (2019 national name report, approximate). */
export const TOP_NAMES = [
  ['王伟', 6000], ['张伟', 5900], ['王芳', 5500], ['李伟', 5400], ['李娜', 5100], ['张敏', 5000], ['李静', 4900], ['王静', 4800],
  ['刘伟', 4700], ['王秀英', 4600], ['张丽', 4400], ['李秀英', 4300], ['王丽', 4200], ['张静', 4100], ['张秀英', 4000], ['李强', 3900],
  ['王敏', 3800], ['李敏', 3700], ['王磊', 3600], ['刘洋', 3500], ['王艳', 3400], ['王勇', 3300], ['李军', 3200], ['张勇', 3100],
  ['李杰', 3000], ['张杰', 2900], ['张磊', 2800], ['王强', 2700], ['李娟', 2600], ['王军', 2500], ['张艳', 2400], ['张涛', 2300],
  ['王涛', 2200], ['李艳', 2100], ['王超', 2000], ['李明', 1950], ['李勇', 1900], ['王娟', 1850], ['刘芳', 1800], ['张军', 1750],
  ['李霞', 1700], ['陈静', 1650], ['王明', 1600], ['刘敏', 1550], ['陈伟', 1500], ['张燕', 1450], ['刘静', 1400], ['李超', 1350],
  ['王刚', 1300], ['李丹', 1250],
];
const TOP_TOTAL = TOP_NAMES.reduce((s, [, n]) => s + n, 0) / 1e6;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许邓韩冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏付方邹熊白孟秦邱侯江尹薛段雷龙黎史陶贺毛龚邵万覃向戴';
const GIVEN = '伟强军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林洋亮建国志文成海兵峰磊东新春德生云清学光金荣福祥芳娜敏静丽艳娟霞燕玲婷雪琳慧莉萍红梅兰英秀芬桂珍凤洁倩颖欣佳丹璐';
// Changde's counties, the court's own weighted heavily, plus the rest of Hunan for a province-wide list.
const REGIONS = ['430725', '430725', '430725', '430702', '430703', '430721', '430722', '430723', '430724', '430726', '430781', '430102', '430103', '430104', '430105', '430111', '430121', '430202', '430203', '430302', '430402', '430502', '430602', '430802', '430902', '431002', '431102', '431202', '431302', '433101'];

// Invented names for the basic courts of those regions (Taoyuan's is real).
const COURT_NAMES = { 430725: '桃源县人民法院', 430702: '武陵区人民法院', 430703: '鼎城区人民法院', 430721: '安乡县人民法院', 430722: '汉寿县人民法院', 430723: '澧县人民法院', 430724: '临澧县人民法院', 430726: '石门县人民法院', 430781: '津市市人民法院', 430102: '芙蓉区人民法院', 430103: '天心区人民法院', 430104: '岳麓区人民法院', 430105: '开福区人民法院' };

const CUMULATIVE = (() => {
  let sum = 0;
  return TOP_NAMES.map(([name, n]) => [name, (sum += n / 1e6)]);
})();

function pad(n, w = 2) {
  return String(n).padStart(w, '0');
}

/**
 * A seeded stream of row objects (Chinese headers → cell text), with full IDs as a case system exports them.
 * `courts` (`[{ code, name }]`, e.g. a province's): each row goes to one of them in turn at random
 * (case number, enforcing court and basis); without it every row is Taoyuan's (湘0725), as before.
 */
export function* realisticRows({ count, seed = 1, today = '2026-11-30', courts }) {
  const rand = mulberry32(seed);
  const todayYear = Number(today.slice(0, 4));
  for (let i = 0; i < count; i++) {
    const r = rand();
    let name;
    if (r < TOP_TOTAL) name = CUMULATIVE.find(([, c]) => r < c)[0];
    else {
      const s = SURNAMES.charAt(Math.floor(rand() * SURNAMES.length));
      name = s + GIVEN.charAt(Math.floor(rand() * GIVEN.length)) + (rand() < 0.7 ? GIVEN.charAt(Math.floor(rand() * GIVEN.length)) : '');
    }
    const year = todayYear - 22 - Math.floor(rand() * 50);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const region = REGIONS[Math.floor(rand() * REGIONS.length)];
    const male = rand() < 0.7;
    const seq = pad(Math.floor(rand() * 499) * 2 + (male ? 1 : 2), 3);
    const first17 = `${region}${year}${pad(month)}${pad(day)}${seq}`;
    const id = first17 + residentIdCheckChar(first17);
    const pubDays = 30 + Math.floor(rand() * 700);
    const pub = new Date(Date.parse(`${today}T00:00:00Z`) - pubDays * 86_400_000);
    const fil = new Date(pub.getTime() - (20 + Math.floor(rand() * 500)) * 86_400_000);
    const py = pub.getUTCFullYear();
    const fy = fil.getUTCFullYear();
    const amount = Math.round(3000 + rand() * rand() * 800000);
    const form = i % 4;
    // Without `courts`, a province's list: the case is heard where the debtor lives (the court code is
    // the province abbreviation + digits 3–6 of the county code), so a third of it is Taoyuan's own;
    // the basis is Taoyuan's, as before.
    const TAOYUAN = { code: '湘0725', name: '桃源县人民法院' };
    const court = courts ? courts[Math.floor(rand() * courts.length)] : { code: `湘${region.slice(2)}`, name: COURT_NAMES[region] ?? `湖南省${region}地区人民法院` };
    const basis = courts ? court : TAOYUAN;
    yield {
      记录编号: `r${seed}-${i}`,
      类型: '失信被执行人',
      '被执行人姓名/名称': name,
      '身份证号码/组织机构代码': i % 17 === 0 ? `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}` : id,
      性别: male ? '男' : '女',
      执行案号: `（${fy}）${court.code}执${1 + Math.floor(rand() * 9000)}号`,
      执行法院: court.name,
      省份: '湖南',
      执行依据文号: `（${fy - 1}）${basis.code}民初${1 + Math.floor(rand() * 5000)}号`,
      做出执行依据单位: basis.name,
      生效法律文书确定的义务: `偿还借款本金${amount}元及利息`,
      履行情况: '全部未履行',
      未履行金额: form === 0 ? amount.toLocaleString('en-US') + '.00' : form === 1 ? `${(amount / 10000).toFixed(2)}万` : form === 2 ? `￥${amount}` : `${amount}元`,
      失信情形: '有履行能力而拒不履行生效法律文书确定义务',
      立案时间: `${fy}/${fil.getUTCMonth() + 1}/${fil.getUTCDate()}`,
      发布时间: form === 1 ? `${py}年${pub.getUTCMonth() + 1}月${pub.getUTCDate()}日` : `${py}-${pad(pub.getUTCMonth() + 1)}-${pad(pub.getUTCDate())}`,
    };
  }
}

export const REALISTIC_HEADERS = ['记录编号', '类型', '被执行人姓名/名称', '身份证号码/组织机构代码', '性别', '执行案号', '执行法院', '省份', '执行依据文号', '做出执行依据单位', '生效法律文书确定的义务', '履行情况', '未履行金额', '失信情形', '立案时间', '发布时间'];

/**
 * The export `days` days after `today` (the day of the first export), with `fraction` of it changed each day, spread over the whole list: a
 * third paid in part (履行情况 部分未履行, half the amount left), a third gone (performed: the row
 * leaves the export), a third new listings published that day (appended, ids of their own). Day 0 is
 * `realisticRows` itself. Which rows change is a hash of the row and the day: the same every run.
 */
export function* changedRows({ count, seed = 1, today = '2026-11-30', days = 1, fraction = 0.01, courts }) {
  const pick = (i, day) => (Math.imul((i + 1) ^ Math.imul(day, 0x9e3779b1), 0x85ebca6b) >>> 0) / 2 ** 32;
  const share = fraction / 3;
  for (const row of realisticRows({ count, seed, today, courts })) {
    const i = Number(row.记录编号.split('-').pop());
    let out = row;
    let gone = false;
    for (let day = 1; day <= days; day++) {
      const r = pick(i, day);
      if (r < share) gone = true;
      else if (r < 2 * share) out = { ...out, 履行情况: '部分未履行', 未履行金额: `${Math.max(1, Math.floor(Number(String(out.未履行金额).replace(/[^\d.]/g, '')) * (String(out.未履行金额).includes('万') ? 5000 : 0.5)))}元` };
    }
    if (!gone) yield out;
  }
  for (let day = 1; day <= days; day++) {
    let k = 0;
    for (const row of realisticRows({ count: Math.round(count * share), seed: seed * 1000 + day, today, courts })) {
      yield { ...row, 记录编号: `r${seed}-d${day}-${k++}`, 发布时间: new Date(Date.parse(`${today}T00:00:00Z`) + day * 86_400_000).toISOString().slice(0, 10) };
    }
  }
}

/** Writes `count` rows as Chinese Excel saves a CSV: GB18030, CRLF, no BOM, a title row above the header. */
export async function writeRealisticCsv(path, { count, seed = 1, today = '2026-11-30', encoding = 'gb18030', days = 0, fraction = 0.01, courts }) {
  const out = createWriteStream(path);
  const write = async (text) => {
    if (!out.write(iconv.encode(text, encoding))) await once(out, 'drain');
  };
  await write(`某省法院失信被执行人名单（${count} 条，虚构）${','.repeat(REALISTIC_HEADERS.length - 1)}\r\n${REALISTIC_HEADERS.join(',')}\r\n`);
  let chunk = '';
  for (const row of days ? changedRows({ count, seed, today, days, fraction, courts }) : realisticRows({ count, seed, today, courts })) {
    chunk += `${REALISTIC_HEADERS.map((h) => (/[",]/.test(row[h]) ? `"${row[h].replace(/"/g, '""')}"` : row[h])).join(',')}\r\n`;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  out.end();
  await once(out, 'finish');
}

/** The same rows as published records (masked), for building a feed in memory without parsing. */
export function* realisticRecords(options) {
  for (const row of realisticRows(options)) {
    const id = row['身份证号码/组织机构代码'].replace(/\s/g, '');
    const [py, pm, pd] = row.发布时间.match(/\d+/g).map(Number);
    const [fy, fm, fd] = row.立案时间.match(/\d+/g).map(Number);
    yield {
      type: 'dishonest-debtor',
      id: row.记录编号,
      partyKind: 'natural-person',
      name: row['被执行人姓名/名称'],
      idNumber: maskResidentId(id),
      caseNumber: row.执行案号,
      courtName: row.执行法院,
      province: row.省份,
      filingDate: `${fy}-${pad(fm)}-${pad(fd)}`,
      publishedOn: `${py}-${pad(pm)}-${pad(pd)}`,
      sex: row.性别 === '男' ? 'male' : 'female',
      age: py - Number(id.slice(6, 10)),
      basisDocumentNumber: row.执行依据文号,
      basisIssuer: row.做出执行依据单位,
      obligation: row.生效法律文书确定的义务,
      performance: 'none',
      performedPart: '暂无',
      unperformedPart: '全部',
      amountUnperformed: Number(row.生效法律文书确定的义务.match(/\d+/)[0]) * 100,
      conduct: row.失信情形,
    };
  }
}
