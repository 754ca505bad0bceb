// A small, hand-written, deterministic data set for Taoyuan County People's Court: invented people and
// companies (none of the names in the court's reply), real court, real statistics (./seed).
// Filing dates are fixed in 2022–2023 like the seed period; publication dates are relative to `today`,
// so a demo never shows an expired list.
import { addDays, maskResidentId, todayInChina } from '@zhixing/sdk';
import type {
  ConsumptionRestriction,
  Court,
  DebtorRecord,
  DishonestDebtor,
  EnforcementCaseParty,
  EnforcementStats,
  ExposureItem,
  Period,
  RewardNotice,
  StatsIndex,
} from '@zhixing/sdk';
import { addYears, ageOn, civil, compactDate, dayNumber, formatDay } from './calendar.js';
import { CONDUCT } from './generator.js';
import { makeCreditCode, makeResidentId } from './identity.js';
import { taoyuanCourt, taoyuanStats, taoyuanStatsIndex } from './seed.js';

const COURT = taoyuanCourt.name;
const PROVINCE = '湖南';
const INTERMEDIATE = '常德市中级人民法院';

interface PersonSpec {
  kind: 'person';
  name: string;
  region: string;
  /** YYYYMMDD */
  birth: string;
  /** odd = male, even = female */
  sequence: number;
}

interface CompanySpec {
  kind: 'company';
  name: string;
  creditCode: string;
  legalRepresentative: string;
}

type PartySpec = PersonSpec | CompanySpec;

const person = (name: string, region: string, birth: string, sequence: number): PersonSpec => ({ kind: 'person', name, region, birth, sequence });
const company = (name: string, creditCode: string, legalRepresentative: string): CompanySpec => ({ kind: 'company', name, creditCode, legalRepresentative });

// The parties. Some appear in more than one record (a dishonest listing and a restriction order, or two cases).
const P = {
  liuJianjun: person('刘建军', '430725', '19900101', 123), // 430725199001011235 (domain.md's example)
  pengZhigang: person('彭志刚', '430725', '19850615', 101), // 43072519850615101X
  chenLijuan: person('陈丽娟', '430703', '19781122', 46),
  tangGuoping: person('唐国平', '430725', '19720308', 57),
  xiangChunmei: person('向春梅', '430725', '19880917', 82),
  tanHaibo: person('谭海波', '430726', '19930204', 31),
  huangXiaobing: person('黄小兵', '430725', '19660720', 15),
  wangWeiA: person('王伟', '430702', '19820511', 211),
  wangWeiB: person('王伟', '430725', '19790823', 137),
  gongXiuying: person('龚秀英', '430725', '19600412', 64),
  dengChao: person('邓超', '430721', '19960128', 19),
  liQiuju: person('李秋菊', '430725', '19750303', 28),
  qinYu: person('覃宇', '430723', '19910716', 93),
  zhangDefu: person('张德福', '430725', '19700610', 77),
  zhaoMin: person('赵敏', '430724', '19940329', 44),
  xinyuan: company('桃源县鑫源建材有限公司', '91430725MA4L00003Y', '周建国'),
  yuanjiang: company('湖南沅江建筑工程有限公司', makeCreditCode('430725', 'MA4PXK2G'), '曾德明'),
  jintao: company('桃源县金桃茶业有限公司', makeCreditCode('430725', 'MA4R7T1B'), '罗春生'),
  hengda: company('常德市恒达物流有限公司', makeCreditCode('430702', 'MA4Q3C8N'), '孙立新'),
  xingwang: company('桃源县兴旺农业开发有限公司', makeCreditCode('430725', 'MA4M5D9W'), '毛新华'),
  hongfa: company('桃源县宏发商贸有限公司', makeCreditCode('430725', 'MA4N2H6K'), '贺光明'),
} as const;

function fullId(spec: PersonSpec): string {
  return makeResidentId(spec.region, spec.birth, spec.sequence);
}

/** Well-known fixture entries, for tests and demos. */
export const fixtureNames = {
  /** A dishonest debtor (ground 1, no end date) who also has a consumption restriction order. */
  person: P.liuJianjun.name,
  /** A dishonest company that also has a restriction order. */
  company: P.xinyuan.name,
  /** Only a consumption restriction: must never appear among dishonest debtors. */
  restrictedOnly: P.liQiuju.name,
  /** Only an open enforcement case. */
  caseOnly: P.zhangDefu.name,
  /** Two different people of this name (one dishonest, one restricted): the identifier tells them apart. */
  commonName: P.wangWeiA.name,
} as const;

/** The full identifiers behind the well-known entries (what a visitor types; sources publish IDs masked). */
export const fixtureIds = {
  /** 430725199001011235, published as 4307251990****1235 */
  person: fullId(P.liuJianjun),
  company: P.xinyuan.creditCode,
  restrictedOnly: fullId(P.liQiuju),
  caseOnly: fullId(P.zhangDefu),
  /** The dishonest 王伟 (the restricted one has another ID). */
  commonName: fullId(P.wangWeiA),
  commonNameOther: fullId(P.wangWeiB),
} as const;

interface Common {
  id: string;
  party: PartySpec;
  caseNumber: string;
  filingDate: string;
  /** Days before `today`. */
  publishedDaysAgo: number;
}

interface DishonestSpec extends Common {
  type: 'dishonest-debtor';
  basisDocumentNumber: string;
  basisIssuer: string;
  obligation: string;
  /** Whole yuan still owed; `performedYuan` > 0 makes it a partial performance. */
  unperformedYuan: number;
  performedYuan?: number;
  conduct: string;
}

interface RestrictionSpec extends Common {
  type: 'consumption-restriction';
  subjectYuan: number;
}

interface CaseSpec extends Common {
  type: 'enforcement-case';
  subjectYuan: number;
}

type RecordSpec = DishonestSpec | RestrictionSpec | CaseSpec;

const own = (year: number, n: number) => `（${year}）湘0725民初${n}号`;

const SPECS: readonly RecordSpec[] = [
  // 失信被执行人: natural persons
  {
    type: 'dishonest-debtor', id: 'sx-2022-1186', party: P.liuJianjun, caseNumber: '（2022）湘0725执1186号', filingDate: '2022-05-16', publishedDaysAgo: 120,
    basisDocumentNumber: own(2021, 2874), basisIssuer: COURT,
    obligation: '支付货款86500元及利息（以86500元为基数，自2021年3月1日起按同期全国银行间同业拆借中心公布的一年期贷款市场报价利率计算至付清之日止），并负担案件受理费1963元',
    unperformedYuan: 88463, conduct: CONDUCT.refuses,
  },
  {
    type: 'dishonest-debtor', id: 'sx-2022-0432', party: P.pengZhigang, caseNumber: '（2022）湘0725执432号', filingDate: '2022-03-02', publishedDaysAgo: 300,
    basisDocumentNumber: own(2021, 3310), basisIssuer: COURT,
    obligation: '偿还借款本金150000元及利息', unperformedYuan: 150000, conduct: CONDUCT.assetReport,
  },
  {
    type: 'dishonest-debtor', id: 'sx-2022-2051', party: P.chenLijuan, caseNumber: '（2022）湘0725执2051号', filingDate: '2022-09-21', publishedDaysAgo: 75,
    basisDocumentNumber: '（2022）湘07民终1127号', basisIssuer: INTERMEDIATE,
    obligation: '支付工程款236000元及逾期付款利息', performedYuan: 80000, unperformedYuan: 156000, conduct: CONDUCT.refuses,
  },
  {
    type: 'dishonest-debtor', id: 'sx-2023-0315', party: P.tangGuoping, caseNumber: '（2023）湘0725执315号', filingDate: '2023-02-20', publishedDaysAgo: 210,
    basisDocumentNumber: own(2022, 1754), basisIssuer: COURT,
    obligation: '赔偿经济损失412000元', unperformedYuan: 412000, conduct: CONDUCT.restrictionOrder,
  },
  {
    type: 'dishonest-debtor', id: 'sx-2023-0788', party: P.xiangChunmei, caseNumber: '（2023）湘0725执788号', filingDate: '2023-04-11', publishedDaysAgo: 45,
    basisDocumentNumber: own(2022, 4021), basisIssuer: COURT,
    obligation: '偿还借款本金50000元及利息', unperformedYuan: 50000, conduct: CONDUCT.refuses,
  },
  {
    type: 'dishonest-debtor', id: 'sx-2023-1342', party: P.tanHaibo, caseNumber: '（2023）湘0725执1342号', filingDate: '2023-07-03', publishedDaysAgo: 160,
    basisDocumentNumber: own(2023, 987), basisIssuer: COURT,
    obligation: '支付租金64800元及违约金6480元', performedYuan: 20000, unperformedYuan: 51280, conduct: CONDUCT.refuses,
  },
  {
    type: 'dishonest-debtor', id: 'sx-2022-0967', party: P.huangXiaobing, caseNumber: '（2022）湘0725执967号', filingDate: '2022-04-18', publishedDaysAgo: 380,
    basisDocumentNumber: own(2021, 3562), basisIssuer: COURT,
    obligation: '支付劳务费93700元', unperformedYuan: 93700, conduct: CONDUCT.refuses,
  },
  {
    type: 'dishonest-debtor', id: 'sx-2023-0096', party: P.wangWeiA, caseNumber: '（2023）湘0725执恢96号', filingDate: '2023-03-08', publishedDaysAgo: 95,
    basisDocumentNumber: own(2020, 2299), basisIssuer: COURT,
    obligation: '偿还借款本金120000元及利息', performedYuan: 30000, unperformedYuan: 90000, conduct: CONDUCT.refuses,
  },
  {
    type: 'dishonest-debtor', id: 'sx-2022-1620', party: P.gongXiuying, caseNumber: '（2022）湘0725执1620号', filingDate: '2022-07-25', publishedDaysAgo: 250,
    basisDocumentNumber: own(2022, 1088), basisIssuer: COURT,
    obligation: '支付货款27600元', unperformedYuan: 27600, conduct: CONDUCT.assetReport,
  },
  {
    type: 'dishonest-debtor', id: 'sx-2023-1507', party: P.dengChao, caseNumber: '（2023）湘0725执1507号', filingDate: '2023-08-14', publishedDaysAgo: 30,
    basisDocumentNumber: own(2023, 1766), basisIssuer: COURT,
    obligation: '偿还信用卡透支本金38214元及利息、滞纳金', unperformedYuan: 38214, conduct: CONDUCT.refuses,
  },
  // 失信被执行人: organisations
  {
    type: 'dishonest-debtor', id: 'sx-2022-0210', party: P.xinyuan, caseNumber: '（2022）湘0725执210号', filingDate: '2022-01-24', publishedDaysAgo: 180,
    basisDocumentNumber: own(2021, 2650), basisIssuer: COURT,
    obligation: '支付货款1268000元及逾期付款利息', unperformedYuan: 1268000, conduct: CONDUCT.refuses,
  },
  {
    type: 'dishonest-debtor', id: 'sx-2022-1873', party: P.yuanjiang, caseNumber: '（2022）湘0725执1873号', filingDate: '2022-08-30', publishedDaysAgo: 140,
    basisDocumentNumber: '（2022）湘07民终846号', basisIssuer: INTERMEDIATE,
    obligation: '支付工程款3450000元及利息', performedYuan: 1200000, unperformedYuan: 2250000, conduct: CONDUCT.refuses,
  },
  {
    type: 'dishonest-debtor', id: 'sx-2023-0521', party: P.jintao, caseNumber: '（2023）湘0725执521号', filingDate: '2023-03-15', publishedDaysAgo: 60,
    basisDocumentNumber: own(2022, 3917), basisIssuer: COURT,
    obligation: '支付劳动报酬186400元', unperformedYuan: 186400, conduct: CONDUCT.assetReport,
  },
  {
    type: 'dishonest-debtor', id: 'sx-2023-1125', party: P.hengda, caseNumber: '（2023）湘0725执1125号', filingDate: '2023-06-06', publishedDaysAgo: 220,
    basisDocumentNumber: own(2023, 602), basisIssuer: COURT,
    obligation: '支付运输费318000元及利息', unperformedYuan: 318000, conduct: CONDUCT.restrictionOrder,
  },
  // 限制消费人员
  { type: 'consumption-restriction', id: 'xf-2022-1186', party: P.liuJianjun, caseNumber: '（2022）湘0725执1186号', filingDate: '2022-05-16', publishedDaysAgo: 150, subjectYuan: 88463 },
  { type: 'consumption-restriction', id: 'xf-2023-0644', party: P.wangWeiB, caseNumber: '（2023）湘0725执644号', filingDate: '2023-03-29', publishedDaysAgo: 110, subjectYuan: 67000 },
  { type: 'consumption-restriction', id: 'xf-2022-0210', party: P.xinyuan, caseNumber: '（2022）湘0725执210号', filingDate: '2022-01-24', publishedDaysAgo: 200, subjectYuan: 1268000 },
  { type: 'consumption-restriction', id: 'xf-2023-0903', party: P.liQiuju, caseNumber: '（2023）湘0725执903号', filingDate: '2023-04-27', publishedDaysAgo: 85, subjectYuan: 45500 },
  { type: 'consumption-restriction', id: 'xf-2023-1261', party: P.qinYu, caseNumber: '（2023）湘0725执1261号', filingDate: '2023-06-19', publishedDaysAgo: 40, subjectYuan: 132000 },
  { type: 'consumption-restriction', id: 'xf-2022-2210', party: P.xingwang, caseNumber: '（2022）湘0725执2210号', filingDate: '2022-10-17', publishedDaysAgo: 330, subjectYuan: 574000 },
  // 被执行人 (open enforcement cases)
  { type: 'enforcement-case', id: 'zx-2023-1688', party: P.zhangDefu, caseNumber: '（2023）湘0725执1688号', filingDate: '2023-09-05', publishedDaysAgo: 35, subjectYuan: 72000 },
  { type: 'enforcement-case', id: 'zx-2023-1702', party: P.zhaoMin, caseNumber: '（2023）湘0725执1702号', filingDate: '2023-09-12', publishedDaysAgo: 33, subjectYuan: 18500 },
  { type: 'enforcement-case', id: 'zx-2023-1455', party: P.hongfa, caseNumber: '（2023）湘0725执1455号', filingDate: '2023-07-24', publishedDaysAgo: 90, subjectYuan: 263000 },
  { type: 'enforcement-case', id: 'zx-2023-1790', party: P.chenLijuan, caseNumber: '（2023）湘0725执1790号', filingDate: '2023-10-09', publishedDaysAgo: 50, subjectYuan: 41000 },
];

function partyFields(spec: PartySpec, publishedOn: number, masked = true) {
  if (spec.kind === 'company') {
    return { partyKind: 'organization' as const, name: spec.name, creditCode: spec.creditCode, legalRepresentative: spec.legalRepresentative };
  }
  const id = fullId(spec);
  return {
    partyKind: 'natural-person' as const,
    name: spec.name,
    idNumber: masked ? maskResidentId(id) : id,
    sex: spec.sequence % 2 === 1 ? ('male' as const) : ('female' as const),
    age: ageOn(dayNumber(`${spec.birth.slice(0, 4)}-${spec.birth.slice(4, 6)}-${spec.birth.slice(6, 8)}`), publishedOn),
  };
}

function buildRecord(spec: RecordSpec, today: number): DebtorRecord {
  const published = today - spec.publishedDaysAgo;
  const { partyKind, name, ...details } = partyFields(spec.party, published);
  const { idNumber, creditCode, ...personDetails } = details as { idNumber?: string; creditCode?: string; sex?: 'male' | 'female'; age?: number; legalRepresentative?: string };
  const common = {
    id: spec.id,
    partyKind,
    name,
    ...(idNumber !== undefined ? { idNumber } : {}),
    ...(creditCode !== undefined ? { creditCode } : {}),
    caseNumber: spec.caseNumber,
    courtName: COURT,
    province: PROVINCE,
    filingDate: spec.filingDate,
    publishedOn: formatDay(published),
  };
  switch (spec.type) {
    case 'dishonest-debtor': {
      const partial = (spec.performedYuan ?? 0) > 0;
      const record: DishonestDebtor = {
        type: 'dishonest-debtor',
        ...common,
        // Ground 1 lasts until performance; the other grounds 2 years (法释〔2017〕7号 Art 2).
        ...(spec.conduct === CONDUCT.refuses ? {} : { publicationEndsOn: formatDay(addYears(published, 2)) }),
        ...personDetails,
        basisDocumentNumber: spec.basisDocumentNumber,
        basisIssuer: spec.basisIssuer,
        obligation: spec.obligation,
        performance: partial ? 'partial' : 'none',
        performedPart: partial ? `已履行${spec.performedYuan}元` : '暂无',
        unperformedPart: partial ? `${spec.unperformedYuan}元及相应利息` : '全部',
        amountUnperformed: spec.unperformedYuan * 100,
        conduct: spec.conduct,
      };
      return record;
    }
    case 'consumption-restriction': {
      const record: ConsumptionRestriction = { type: 'consumption-restriction', ...common, ...personDetails, subjectAmount: spec.subjectYuan * 100 };
      return record;
    }
    case 'enforcement-case': {
      const record: EnforcementCaseParty = { type: 'enforcement-case', ...common, ...personDetails, subjectAmount: spec.subjectYuan * 100, caseState: 'open' };
      return record;
    }
  }
}

function rewards(today: number): RewardNotice[] {
  const tang = P.tangGuoping;
  return [
    {
      type: 'reward-notice',
      id: 'xs-2023-0315',
      caseNumber: '（2023）湘0725执315号',
      courtName: COURT,
      debtor: { partyKind: 'natural-person', name: tang.name, idNumber: maskResidentId(fullId(tang)) },
      rewardAmount: 2_000_000,
      rewardFormula: '按实际执行到位金额的10%计算，最高不超过50000元',
      conditions: '提供被执行人下落或可供执行的财产线索（银行存款、不动产、车辆、股权等），经本院查证属实并执行到位的',
      contact: { phone: '0736-6681180', name: '桃源县人民法院执行局' },
      publishedOn: formatDay(today - 20),
      validFrom: formatDay(today - 20),
      validUntil: formatDay(today + 70),
    },
    {
      type: 'reward-notice',
      id: 'xs-2022-1873',
      caseNumber: '（2022）湘0725执1873号',
      courtName: COURT,
      debtor: { partyKind: 'organization', name: P.yuanjiang.name, creditCode: P.yuanjiang.creditCode },
      rewardAmount: 5_000_000,
      conditions: '提供被执行人可供执行的财产线索，经本院查证属实并执行到位的，按举报时间先后确定悬赏对象',
      contact: { phone: '0736-6681180', name: '桃源县人民法院执行局' },
      publishedOn: formatDay(today - 45),
      validFrom: formatDay(today - 45),
      validUntil: formatDay(today + 45),
    },
  ];
}

const QUARTERS = ['一', '二', '三', '四'] as const;

/** The quarter containing `today`: the court exposes dishonest debtors quarterly (每季度曝光). */
export function exposurePeriod(today: string): Period {
  const { year, month } = civil(dayNumber(today));
  const q = Math.floor((month - 1) / 3);
  const start = `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  const end = addDays(`${q === 3 ? year + 1 : year}-${String(q === 3 ? 1 : q * 3 + 4).padStart(2, '0')}-01`, -1);
  return { id: `${year}-Q${q + 1}`, start, end, label: `${year}年第${QUARTERS[q]}季度曝光`, labelEn: `Q${q + 1} ${year} exposure` };
}

export interface FixtureOptions {
  /** `YYYY-MM-DD`; default today in China. */
  today?: string;
}

export interface Fixtures {
  today: string;
  /** When the data set was "produced": `today` at 00:00 in China. */
  asOf: string;
  court: Court;
  statsIndex: StatsIndex;
  stats: EnforcementStats[];
  debtors: DebtorRecord[];
  rewards: RewardNotice[];
  exposure: { items: ExposureItem[]; period: Period };
  /**
   * Record id → full resident ID: the source's private data, never published. The mock API uses it for
   * its `unmasked-ids` fault (a source leaking IDs) and tests use it to check checksums.
   */
  fullIdNumbers: Record<string, string>;
}

/** The deterministic demo/test data set: same `today`, same data. */
export function createFixtures(options: FixtureOptions = {}): Fixtures {
  const todayText = options.today ?? todayInChina();
  const today = dayNumber(todayText);
  const debtors = SPECS.map((spec) => buildRecord(spec, today));
  const notices = rewards(today);
  const fullIdNumbers: Record<string, string> = {};
  for (const spec of SPECS) if (spec.party.kind === 'person') fullIdNumbers[spec.id] = fullId(spec.party);
  fullIdNumbers['xs-2023-0315'] = fullId(P.tangGuoping);
  const items: ExposureItem[] = [
    ...debtors.filter((d): d is DishonestDebtor => d.type === 'dishonest-debtor'),
    ...debtors.filter((d): d is ConsumptionRestriction => d.type === 'consumption-restriction'),
    ...notices,
  ];
  return {
    today: todayText,
    asOf: `${todayText}T00:00:00+08:00`,
    court: taoyuanCourt,
    statsIndex: taoyuanStatsIndex,
    stats: [taoyuanStats],
    debtors,
    rewards: notices,
    exposure: { items, period: exposurePeriod(todayText) },
    fullIdNumbers,
  };
}

export interface EdgeCaseRecords {
  /** 16 years old: minors may never be listed (Art 4). */
  minor: DishonestDebtor;
  /** publicationEndsOn is yesterday. */
  expired: DishonestDebtor;
  /** Deleted after performance. */
  removed: DishonestDebtor;
  /** Valid and publishable; its name must be shown as text, never parsed as HTML. */
  hostileName: DishonestDebtor;
  /** idNumber is a full, valid 18-digit ID: a source must never send it; the SDK must mask it. */
  unmaskedId: DishonestDebtor;
}


interface EdgePerson {
  id: string;
  name: string;
  caseNumber: string;
  region: string;
  /** day number */
  birth: number;
  sequence: number;
  /** day number */
  published: number;
  /** Publish the ID in full (a leaking source). */
  unmasked?: boolean;
}

function edgeRecord(p: EdgePerson): DishonestDebtor {
  const full = makeResidentId(p.region, compactDate(p.birth), p.sequence);
  return {
    type: 'dishonest-debtor',
    id: p.id,
    partyKind: 'natural-person',
    name: p.name,
    idNumber: p.unmasked ? full : maskResidentId(full),
    caseNumber: p.caseNumber,
    courtName: COURT,
    province: PROVINCE,
    filingDate: '2023-05-10',
    publishedOn: formatDay(p.published),
    sex: p.sequence % 2 === 1 ? 'male' : 'female',
    age: ageOn(p.birth, p.published),
    basisDocumentNumber: own(2022, 3001),
    basisIssuer: COURT,
    obligation: '偿还借款本金30000元及利息',
    performance: 'none',
    performedPart: '暂无',
    unperformedPart: '全部',
    amountUnperformed: 3_000_000,
    conduct: CONDUCT.refuses,
  };
}

/** The people behind the edge cases, relative to `today` (the minor must stay 16). */
function edgePeople(today: number): Record<keyof EdgeCaseRecords, EdgePerson> {
  const yesterday = today - 1;
  return {
    // Born 16 years and 100 days ago, published 60 days ago: 16 on publication and today.
    minor: { id: 'edge-minor', name: '孙小宇', caseNumber: '（2023）湘0725执1931号', region: '430725', birth: addYears(today, -16) - 100, sequence: 35, published: today - 60 },
    // Ground 2 (违反财产报告制度): two years, ended yesterday.
    expired: { id: 'edge-expired', name: '韩冬梅', caseNumber: '（2023）湘0725执1932号', region: '430725', birth: dayNumber('1983-04-05'), sequence: 62, published: addYears(yesterday, -2) },
    removed: { id: 'edge-removed', name: '钱永福', caseNumber: '（2023）湘0725执1933号', region: '430725', birth: dayNumber('1975-08-08'), sequence: 91, published: today - 200 },
    hostileName: { id: 'edge-hostile', name: '<img src=x onerror="alert(1)">', caseNumber: '（2023）湘0725执1934号', region: '430725', birth: dayNumber('1987-02-14'), sequence: 53, published: today - 40 },
    unmaskedId: { id: 'edge-unmasked', name: '肖红霞', caseNumber: '（2023）湘0725执1935号', region: '430722', birth: dayNumber('1981-09-30'), sequence: 76, published: today - 70, unmasked: true },
  };
}

/** Full resident IDs behind the edge-case records, by the same keys. */
export function edgeCaseIds(today: string = todayInChina()): Record<keyof EdgeCaseRecords, string> {
  const people = edgePeople(dayNumber(today));
  const ids = {} as Record<keyof EdgeCaseRecords, string>;
  for (const [key, p] of Object.entries(people) as Array<[keyof EdgeCaseRecords, EdgePerson]>) {
    ids[key] = makeResidentId(p.region, compactDate(p.birth), p.sequence);
  }
  return ids;
}

/**
 * Records a correct client must never show (or, for `hostileName`, must show as inert text). Kept out
 * of `createFixtures()`: add them to a data set explicitly.
 */
export function edgeCaseRecords(todayText: string = todayInChina()): EdgeCaseRecords {
  const today = dayNumber(todayText);
  const people = edgePeople(today);
  return {
    minor: edgeRecord(people.minor),
    expired: { ...edgeRecord(people.expired), conduct: CONDUCT.assetReport, publicationEndsOn: formatDay(today - 1) },
    removed: { ...edgeRecord(people.removed), removal: { date: formatDay(today - 5), reason: 'performed' } },
    hostileName: edgeRecord(people.hostileName),
    unmaskedId: edgeRecord(people.unmaskedId),
  };
}
