// A seeded generator of plausible debtor records for load tests, demos and feed builds. Same options,
// same output, on every machine: a 32-bit PRNG (mulberry32), no Date.now(), no Math.random().
import { maskResidentId, todayInChina } from '@zhixing/sdk';
import type { DebtorRecord } from '@zhixing/sdk';
import { addYears, ageOn, civil, compactDate, dayNumber, formatDay } from './calendar.js';
import { CHANGDE_REGION_CODES, CREDIT_BODY_CHARS, makeCreditCode, makeResidentId } from './identity.js';

export interface GenerateDebtorsOptions {
  /** How many records. */
  count: number;
  /** PRNG seed (any 32-bit integer); default 1. */
  seed?: number;
  /** Reference date `YYYY-MM-DD`; default today in China. Publication dates fall 30–400 days before it. */
  today?: string;
  /** 执行法院; default 桃源县人民法院. */
  courtName?: string;
  /** Court code in case numbers; default 湘0725. */
  courtCode?: string;
  /** 省份; default 湖南. */
  province?: string;
  /** Publish resident IDs in full (a misbehaving source: the SDK must mask them). Default false. */
  unmaskedIds?: boolean;
  /** Region codes for IDs and credit codes; default Changde's, the court's county (first) weighted ×6. */
  regionCodes?: readonly string[];
  /** Record ids are `${idPrefix}-${index}`; default `g${seed}`. */
  idPrefix?: string;
}

/** mulberry32: tiny, fast, good enough for test data; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Surnames with rough national frequencies (per mille), a little weighted toward Hunan (唐, 罗, 彭, 谭, 向, 龚…).
const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['王', 71], ['李', 70], ['张', 66], ['刘', 54], ['陈', 45], ['杨', 31], ['黄', 23], ['赵', 20], ['吴', 20], ['周', 19],
  ['徐', 15], ['孙', 15], ['马', 13], ['朱', 13], ['胡', 12], ['郭', 12], ['何', 12], ['林', 11], ['高', 11], ['罗', 14],
  ['郑', 8], ['梁', 8], ['谢', 9], ['宋', 7], ['唐', 12], ['许', 6], ['邓', 8], ['韩', 6], ['冯', 6], ['曹', 6],
  ['彭', 9], ['曾', 7], ['肖', 7], ['田', 6], ['董', 5], ['潘', 4], ['袁', 5], ['蔡', 4], ['蒋', 5], ['余', 4],
  ['于', 3], ['杜', 4], ['叶', 4], ['程', 3], ['魏', 3], ['苏', 3], ['吕', 3], ['丁', 3], ['任', 3], ['卢', 3],
  ['姚', 3], ['沈', 3], ['钟', 3], ['姜', 3], ['崔', 2], ['谭', 6], ['陆', 2], ['范', 2], ['汪', 2], ['廖', 3],
  ['石', 2], ['金', 2], ['贾', 2], ['夏', 2], ['付', 2], ['方', 2], ['邹', 3], ['熊', 3], ['白', 2], ['孟', 2],
  ['秦', 2], ['邱', 2], ['侯', 2], ['江', 2], ['尹', 2], ['薛', 2], ['段', 2], ['雷', 2], ['龙', 3], ['黎', 2],
  ['史', 2], ['陶', 2], ['贺', 3], ['毛', 2], ['龚', 3], ['邵', 2], ['万', 2], ['覃', 2], ['向', 4], ['戴', 2],
  ['严', 1], ['莫', 1], ['孔', 1], ['常', 1], ['游', 2], ['佘', 1], ['伍', 2], ['聂', 1], ['文', 2], ['欧阳', 1],
];

const MALE_CHARS = '伟强军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林洋亮建国志文成海兵峰磊东新春德生云清学光金荣福祥';
const FEMALE_CHARS = '芳娜敏静丽艳娟霞燕玲婷雪琳慧莉萍红梅兰英秀芬桂珍凤洁倩颖欣佳丹璐';
const TRADE_NAMES = [
  '鑫源', '恒达', '兴旺', '宏发', '盛世', '华信', '金桃', '武陵', '沅江', '龙腾', '天成', '众诚', '嘉禾', '富民', '顺达',
  '永丰', '万隆', '瑞丰', '德润', '泰和', '桃花', '新晟', '金叶', '湘源', '兴隆', '利民', '博远', '汇通', '远航', '庆丰',
];
const INDUSTRIES = [
  '建材', '建筑工程', '农业开发', '商贸', '物流', '茶业', '食品', '机械设备', '置业', '运输', '石材', '装饰工程', '生态农业', '水电安装', '竹木制品',
];

/** Obligations fixed by the effective document; `{amount}` is replaced by whole yuan. */
const OBLIGATIONS: ReadonlyArray<{ text: string; persons: boolean; companies: boolean }> = [
  { text: '支付货款{amount}元及逾期付款利息', persons: true, companies: true },
  { text: '偿还借款本金{amount}元及利息', persons: true, companies: true },
  { text: '支付工程款{amount}元及利息', persons: true, companies: true },
  { text: '支付劳动报酬{amount}元', persons: true, companies: true },
  { text: '赔偿经济损失{amount}元', persons: true, companies: true },
  { text: '支付租金{amount}元及违约金', persons: true, companies: true },
  { text: '偿还信用卡透支本金{amount}元及利息、滞纳金', persons: true, companies: false },
  { text: '返还借款{amount}元并负担案件受理费', persons: true, companies: false },
  { text: '支付运输费{amount}元及利息', persons: false, companies: true },
];

export const CONDUCT = {
  /** Ground 1: listed until performance (no end date). */
  refuses: '有履行能力而拒不履行生效法律文书确定义务',
  assetReport: '违反财产报告制度',
  restrictionOrder: '违反限制消费令',
  evasion: '以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行',
} as const;

interface Context {
  rand: () => number;
  today: number;
  courtName: string;
  courtCode: string;
  province: string;
  place: string;
  unmasked: boolean;
  regions: readonly string[];
  prefix: string;
  intermediate: { name: string; code: string } | undefined;
}

const SURNAME_TOTAL = SURNAMES.reduce((sum, [, w]) => sum + w, 0);
const SURNAME_TABLE: readonly string[] = (() => {
  // Cumulative weights expanded into a lookup table: one random draw, one array index.
  const table: string[] = [];
  for (const [surname, weight] of SURNAMES) for (let i = 0; i < weight; i++) table.push(surname);
  return table;
})();

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function pickChar(rand: () => number, chars: string): string {
  return chars.charAt(Math.floor(rand() * chars.length));
}

function int(rand: () => number, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

function personName(rand: () => number, male: boolean): string {
  const surname = SURNAME_TABLE[Math.floor(rand() * SURNAME_TOTAL)] as string;
  const chars = male ? MALE_CHARS : FEMALE_CHARS;
  const first = pickChar(rand, chars);
  return rand() < 0.7 ? surname + first + pickChar(rand, chars) : surname + first;
}

/** Log-uniform amount in whole yuan between min and max, rounded to 100 yuan above 10,000. */
function amountYuan(rand: () => number, min: number, max: number): number {
  const yuan = Math.exp(Math.log(min) + rand() * (Math.log(max) - Math.log(min)));
  return yuan >= 10_000 ? Math.round(yuan / 100) * 100 : Math.round(yuan);
}

function caseNumber(ctx: Context, year: number): string {
  const type = ctx.rand() < 0.88 ? '执' : '执恢';
  const sequence = type === '执' ? int(ctx.rand, 1, 2600) : int(ctx.rand, 1, 320);
  return `（${year}）${ctx.courtCode}${type}${sequence}号`;
}

/** 执行依据文号 and 做出执行依据单位. */
function basis(ctx: Context, filingYear: number, target: Record<string, unknown>): void {
  const r = ctx.rand();
  const year = filingYear - int(ctx.rand, 0, 1);
  if (ctx.intermediate && r < 0.15) {
    target.basisDocumentNumber = `（${year}）${ctx.intermediate.code}民终${int(ctx.rand, 1, 3200)}号`;
    target.basisIssuer = ctx.intermediate.name;
  } else if (ctx.intermediate && r < 0.22) {
    target.basisDocumentNumber = `（${year}）${ctx.courtCode}民特${int(ctx.rand, 1, 260)}号`;
    target.basisIssuer = ctx.courtName;
  } else {
    target.basisDocumentNumber = `（${year}）${ctx.courtCode}民初${int(ctx.rand, 1, 5200)}号`;
    target.basisIssuer = ctx.courtName;
  }
}

/** The party fields of a record, assigned onto it directly (no intermediate objects: a million records). */
function assignParty(ctx: Context, target: Record<string, unknown>, publishedDay: number): boolean {
  const { rand } = ctx;
  if (rand() < 0.12) {
    const form = rand() < 0.85 ? '有限公司' : '有限责任公司';
    target.partyKind = 'organization';
    target.name = `${ctx.place}${pick(rand, TRADE_NAMES)}${pick(rand, INDUSTRIES)}${form}`;
    let body = 'MA4';
    for (let i = 0; i < 5; i++) body += pickChar(rand, CREDIT_BODY_CHARS);
    const region = rand() < 0.75 ? (ctx.regions[0] as string) : pick(rand, ctx.regions);
    target.creditCode = makeCreditCode(region, body);
    target.legalRepresentative = personName(rand, rand() < 0.8);
    return true;
  }
  const male = rand() < 0.72;
  target.partyKind = 'natural-person';
  target.name = personName(rand, male);
  // Adults only (法释〔2017〕7号 Art 4): 22–72 years old when published.
  const birthDay = publishedDay - int(rand, 22 * 366, 72 * 365);
  const region = rand() < 0.6 ? (ctx.regions[0] as string) : pick(rand, ctx.regions);
  const sequence = int(rand, 0, 498) * 2 + (male ? 1 : 2);
  const id = makeResidentId(region, compactDate(birthDay), sequence);
  target.idNumber = ctx.unmasked ? id : maskResidentId(id);
  target.sex = male ? 'male' : 'female';
  target.age = ageOn(birthDay, publishedDay);
  return false;
}

const PERSON_OBLIGATIONS = OBLIGATIONS.filter((o) => o.persons);
const COMPANY_OBLIGATIONS = OBLIGATIONS.filter((o) => o.companies);

function pickConduct(rand: () => number): string {
  const r = rand();
  return r < 0.62 ? CONDUCT.refuses : r < 0.85 ? CONDUCT.assetReport : r < 0.95 ? CONDUCT.restrictionOrder : CONDUCT.evasion;
}

function record(ctx: Context, index: number): DebtorRecord {
  const { rand } = ctx;
  const kind = rand();
  const type = kind < 0.55 ? 'dishonest-debtor' : kind < 0.85 ? 'consumption-restriction' : 'enforcement-case';
  let publishedDay: number;
  let filingDay: number;
  if (type === 'enforcement-case') {
    // 被执行人 entries appear within days of filing; open cases filed up to about two years ago.
    filingDay = ctx.today - int(rand, 31, 700);
    publishedDay = Math.min(ctx.today - 1, filingDay + int(rand, 1, 30));
  } else {
    publishedDay = ctx.today - int(rand, 30, 400);
    filingDay = publishedDay - int(rand, 20, 600);
  }
  const filingYear = civil(filingDay).year;
  // Built as one object with fields assigned in place (cheap for a million records); the shape is
  // checked against the contract schema by the tests rather than by literal types here.
  const r: Record<string, unknown> = { type, id: `${ctx.prefix}-${index}` };
  const organization = assignParty(ctx, r, publishedDay);
  r.caseNumber = caseNumber(ctx, filingYear);
  r.courtName = ctx.courtName;
  r.province = ctx.province;
  r.filingDate = formatDay(filingDay);
  const principal = organization ? amountYuan(rand, 20_000, 5_000_000) : amountYuan(rand, 3_000, 1_500_000);

  r.publishedOn = formatDay(publishedDay);
  if (type === 'dishonest-debtor') {
    const obligation = pick(rand, organization ? COMPANY_OBLIGATIONS : PERSON_OBLIGATIONS).text.replace('{amount}', String(principal));
    const partial = rand() < 0.35;
    const performed = partial ? Math.max(100, Math.round((principal * (0.05 + rand() * 0.6)) / 100) * 100) : 0;
    const unperformed = Math.max(1, principal - performed);
    const conduct = pickConduct(rand);
    // Ground 1 lasts until performance; the other grounds 2 years (法释〔2017〕7号 Art 2).
    if (conduct !== CONDUCT.refuses) r.publicationEndsOn = formatDay(addYears(publishedDay, 2));
    basis(ctx, filingYear, r);
    r.obligation = obligation;
    r.performance = partial ? 'partial' : 'none';
    r.performedPart = partial ? `已履行${performed}元` : '暂无';
    r.unperformedPart = partial ? `${unperformed}元及相应利息` : '全部';
    r.amountUnperformed = unperformed * 100;
    r.conduct = conduct;
  } else if (type === 'consumption-restriction') {
    r.subjectAmount = principal * 100;
  } else {
    r.subjectAmount = principal * 100;
    r.caseState = 'open';
  }
  return r as DebtorRecord;
}

function context(options: GenerateDebtorsOptions): Context {
  const seed = options.seed ?? 1;
  const courtName = options.courtName ?? '桃源县人民法院';
  const courtCode = options.courtCode ?? '湘0725';
  const regions = options.regionCodes && options.regionCodes.length > 0 ? options.regionCodes : ['430725', ...CHANGDE_REGION_CODES];
  // 湘07xx basic courts sit under the Changde Intermediate People's Court (湘07).
  const intermediate = /^湘07\d\d$/.test(courtCode) ? { name: '常德市中级人民法院', code: '湘07' } : undefined;
  return {
    rand: mulberry32(seed),
    today: dayNumber(options.today ?? todayInChina()),
    courtName,
    courtCode,
    province: options.province ?? '湖南',
    place: courtName.replace(/人民法院$/, '') || '桃源县',
    unmasked: options.unmaskedIds ?? false,
    regions,
    prefix: options.idPrefix ?? `g${seed}`,
    intermediate,
  };
}

/**
 * Streams `count` records: a feed builder can shard a million records without holding a second copy.
 * The same options always yield the same records; `unmaskedIds` changes only the `idNumber` strings.
 */
export function* iterateDebtors(options: GenerateDebtorsOptions): Generator<DebtorRecord, void, undefined> {
  if (!Number.isSafeInteger(options.count) || options.count < 0) throw new RangeError(`count must be a non-negative integer, got ${options.count}`);
  const ctx = context(options);
  for (let i = 0; i < options.count; i++) yield record(ctx, i);
}

/** `count` deterministic, valid, publishable records (adults only, none expired or removed). */
export function generateDebtors(options: GenerateDebtorsOptions): DebtorRecord[] {
  if (!Number.isSafeInteger(options.count) || options.count < 0) throw new RangeError(`count must be a non-negative integer, got ${options.count}`);
  const ctx = context(options);
  const records = new Array<DebtorRecord>(options.count);
  for (let i = 0; i < options.count; i++) records[i] = record(ctx, i);
  return records;
}
