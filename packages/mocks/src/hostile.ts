// A hostile / careless publisher's data set, built on the fixtures (issue 9): full resident IDs written
// the way people write them (spaces, dashes, full-width digits, no-break and ideographic spaces,
// zero-width characters, glued to letters, followed or preceded by other digits, lower-case x, old
// 15-digit IDs) in the ID field and in every free-text field and URL of every resource; minors,
// removed, expired, not-yet-published and closed records; look-alike names disguised with Unicode
// format characters; and values that must stay exactly as published (no over-masking).
//
// Nothing here decides what a client should do: `forbidden` lists what must never reach a page, `mustShow`
// what must, and `findLeaks` scans any string (a DOM text node, an attribute, a JSON payload) for it.
import { maskResidentId, todayInChina } from '@zhixing/sdk';
import type {
  ConsumptionRestriction,
  Court,
  DebtorRecord,
  DishonestDebtor,
  EnforcementCaseParty,
  EnforcementStats,
  ExposureFeed,
  ExposureItem,
  Period,
  RewardNotice,
  StatsIndex,
} from '@zhixing/sdk';
import { addYears, ageOn, compactDate, dayNumber, formatDay } from './calendar.js';
import { createFixtures, exposurePeriod } from './fixtures.js';
import { CONDUCT } from './generator.js';
import { CHANGDE_REGION_CODES, makeResidentId } from './identity.js';
import { taoyuanCourt, taoyuanStats } from './seed.js';
import { buildStaticFeed, type StaticFeedFiles } from './static-feed.js';

// ---- written forms of an ID ------------------------------------------------------------------------

const FULL_WIDTH = (text: string) => text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const split18 = (id: string) => [id.slice(0, 6), id.slice(6, 10), id.slice(10, 14), id.slice(14)];
const split15 = (id: string) => [id.slice(0, 6), id.slice(6, 12), id.slice(12)];
const parts = (id: string) => (id.length === 15 ? split15(id) : split18(id));

export interface IdForm {
  key: string;
  /** Which IDs this form needs: an 18-character ID ending in X, an old 15-digit ID, or any 18-digit ID. */
  needs: 'id18' | 'id18x' | 'id15';
  write(id: string): string;
}

/** How careless publishers write a full resident ID inside text (issue 9, class 1, and variants). */
export const TEXT_ID_FORMS: readonly IdForm[] = [
  { key: 'plain', needs: 'id18', write: (id) => id },
  { key: 'spaces-6-4-4-4', needs: 'id18', write: (id) => split18(id).join(' ') },
  { key: 'spaces-6-8-4', needs: 'id18', write: (id) => [id.slice(0, 6), id.slice(6, 14), id.slice(14)].join(' ') },
  { key: 'dashes', needs: 'id18', write: (id) => [id.slice(0, 6), id.slice(6, 14), id.slice(14)].join('-') },
  { key: 'full-width-digits', needs: 'id18', write: FULL_WIDTH },
  { key: 'full-width-ideographic-spaces', needs: 'id18', write: (id) => split18(FULL_WIDTH(id)).join('\u3000') },
  { key: 'no-break-spaces', needs: 'id18', write: (id) => split18(id).join('\u00a0') },
  { key: 'ideographic-spaces', needs: 'id18', write: (id) => split18(id).join('\u3000') },
  { key: 'zero-width-space-inside', needs: 'id18', write: (id) => `${id.slice(0, 10)}\u200b${id.slice(10)}` },
  { key: 'word-joiner-and-soft-hyphen', needs: 'id18', write: (id) => `${id.slice(0, 6)}\u2060${id.slice(6, 12)}\u00ad${id.slice(12)}` },
  { key: 'en-dashes', needs: 'id18', write: (id) => split18(id).join('\u2013') },
  { key: 'full-width-hyphen-minus', needs: 'id18', write: (id) => split18(id).join('\uff0d') },
  { key: 'glued-to-letters', needs: 'id18', write: (id) => `IDNo${id}` },
  { key: 'letters-both-sides', needs: 'id18', write: (id) => `sfz${id}hm` },
  { key: 'then-phone', needs: 'id18', write: (id) => `${id}13807361234` },
  { key: 'phone-then', needs: 'id18', write: (id) => `13807361234${id}` },
  { key: 'lower-case-x', needs: 'id18x', write: (id) => id.replace(/X$/, 'x') },
  { key: 'lower-case-x-spaced', needs: 'id18x', write: (id) => split18(id.replace(/X$/, 'x')).join(' ') },
  { key: 'full-width-x', needs: 'id18x', write: FULL_WIDTH },
  { key: 'dots', needs: 'id18', write: (id) => split18(id).join('.') },
  { key: 'old-15-plain', needs: 'id15', write: (id) => id },
  { key: 'old-15-spaced', needs: 'id15', write: (id) => split15(id).join(' ') },
  { key: 'old-15-full-width', needs: 'id15', write: FULL_WIDTH },
];

/** How an ID ends up in a URL (orderUrl, photo url, website, dataPageUrl): paths, queries, fragments. */
export const URL_ID_FORMS: readonly IdForm[] = [
  { key: 'url-path-glued', needs: 'id18', write: (id) => `https://files.court-hostile.test/orders/ID${id}.pdf` },
  { key: 'url-path-segment', needs: 'id18', write: (id) => `https://files.court-hostile.test/orders/${id}/order.pdf` },
  { key: 'url-query', needs: 'id18', write: (id) => `https://files.court-hostile.test/order.pdf?idcard=${id}` },
  { key: 'url-query-encoded-spaces', needs: 'id18', write: (id) => `https://files.court-hostile.test/order.pdf?sfz=${split18(id).join('%20')}` },
  { key: 'url-query-dashes', needs: 'id18', write: (id) => `https://files.court-hostile.test/order.pdf?sfz=${split18(id).join('-')}&v=2` },
  { key: 'url-fragment', needs: 'id18', write: (id) => `https://files.court-hostile.test/order.pdf#id=${id}` },
  { key: 'url-query-then-phone', needs: 'id18', write: (id) => `https://files.court-hostile.test/o?x=${id}13807361234` },
  { key: 'url-lower-x', needs: 'id18x', write: (id) => `https://files.court-hostile.test/orders/${id.replace(/X$/, 'x')}.pdf` },
  { key: 'url-old-15', needs: 'id15', write: (id) => `https://files.court-hostile.test/order.pdf?old=${id}` },
  { key: 'url-percent-encoded-full-width', needs: 'id18', write: (id) => `https://files.court-hostile.test/order.pdf?q=${encodeURIComponent(FULL_WIDTH(id))}` },
];

// ---- identities ------------------------------------------------------------------------------------

/** Deterministic adult IDs (born 1960–1995), some ending in X, and old 15-digit IDs. */
class IdPool {
  private n = 0;
  private nx = 0;
  private n15 = 0;
  id18(): string {
    const k = this.n++;
    const region = CHANGDE_REGION_CODES[k % CHANGDE_REGION_CODES.length]!;
    const birth = `${1960 + ((k * 7) % 35)}${String((k % 12) + 1).padStart(2, '0')}${String(((k * 3) % 28) + 1).padStart(2, '0')}`;
    for (let seq = 100 + ((k * 37) % 700); ; seq++) {
      const id = makeResidentId(region, birth, seq);
      if (!id.endsWith('X')) return id;
    }
  }
  id18x(): string {
    const k = this.nx++;
    const region = CHANGDE_REGION_CODES[(k + 3) % CHANGDE_REGION_CODES.length]!;
    const birth = `${1962 + ((k * 5) % 30)}${String(((k + 5) % 12) + 1).padStart(2, '0')}${String(((k * 7) % 27) + 1).padStart(2, '0')}`;
    for (let seq = 200 + k; ; seq++) {
      const id = makeResidentId(region, birth, seq);
      if (id.endsWith('X')) return id;
    }
  }
  id15(): string {
    const k = this.n15++;
    const region = CHANGDE_REGION_CODES[(k + 5) % CHANGDE_REGION_CODES.length]!;
    return `${region}${String(50 + ((k * 3) % 40))}${String((k % 12) + 1).padStart(2, '0')}${String(((k * 5) % 28) + 1).padStart(2, '0')}${String(300 + k).padStart(3, '0')}`;
  }
  take(needs: IdForm['needs']): string {
    return needs === 'id18x' ? this.id18x() : needs === 'id15' ? this.id15() : this.id18();
  }
}

/** A resident ID of someone born on `birth` (day number). */
function idBornOn(birth: number, sequence: number, region = '430725'): string {
  return makeResidentId(region, compactDate(birth), sequence);
}

// ---- GB/T 15-digit business registration number (ISO 7064 MOD 11,10) --------------------------------

/** The check digit of a 15-digit business registration number (工商注册号) for its first 14 digits. */
export function registrationCheckDigit(first14: string): string {
  let p = 10;
  for (const ch of first14) {
    let s = (p + Number(ch)) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  return String((11 - p) % 10);
}

/** Bodies chosen so that positions 7–12 are no birth date (month 00): not ambiguous with an old ID. */
export const REGISTRATION_NUMBERS: readonly string[] = ['43072500001234', '43070300009876'].map((b) => b + registrationCheckDigit(b));

// ---- the data set ----------------------------------------------------------------------------------

export type WithheldClass = 'minor' | 'removed' | 'expired' | 'not-yet-published' | 'closed' | 'id-in-record-id';

export interface Leak {
  /** Canonical full ID (ASCII, upper-case X) that was planted. */
  id: string;
  /** Where: `<record id>.<field>` or `court.<field>`, `stats.<field>`, … */
  where: string;
  form: string;
}

export interface WithheldRecord {
  recordId: string;
  name: string;
  caseNumber: string;
  kind: WithheldClass;
  variant: string;
  /** Full IDs of this person known to the test (to search with); may be empty. */
  ids: string[];
  /** A debtor record (searchable) rather than only a reward notice. */
  searchable: boolean;
}

export interface LookalikeRecord {
  recordId: string;
  name: string;
  /** The name without format characters. */
  cleaned: string;
  /** What the name looks like on screen, if different from `cleaned` (a reversed run). */
  looksLike: string;
}

export interface HostileDataset {
  today: string;
  asOf: string;
  court: Court;
  statsIndex: StatsIndex;
  stats: EnforcementStats[];
  /** Searchable records (debtors), including withheld ones as a careless source would keep them. */
  debtors: DebtorRecord[];
  rewards: RewardNotice[];
  exposure: { items: ExposureItem[]; period: Period; version: string; generatedAt: string; removals: NonNullable<ExposureFeed['removals']> };
  /** Every full ID planted anywhere, with where and how. */
  leaks: Leak[];
  withheld: WithheldRecord[];
  lookalikes: LookalikeRecord[];
  /** Names of publishable records (each must be findable / shown somewhere). */
  publishableNames: string[];
  /** Names that must be shown although a naive rule would hide them (adult at listing, full ID sent). */
  mustShowNames: string[];
  /** Exact strings that must stay as published wherever their field is shown (no over-masking). */
  mustStay: { text: string; why: string; recordId: string; field: string }[];
  /** Names to search with and, for persons, the full ID to search with too. */
  searches: { name: string; identifier?: string; why: string }[];
  forbidden: ForbiddenSet;
  fullIdNumbers: Record<string, string>;
}

export interface ForbiddenSet {
  /** Canonical full IDs (18 with upper-case X, or 15 digits). */
  ids: string[];
  /** Names of withheld records (as published, and without format characters). */
  names: string[];
  /** Case numbers of withheld records. */
  caseNumbers: string[];
}

const COURT = taoyuanCourt.name;
const PROVINCE = '湖南';
let caseSeq = 9100;
const nextCase = (year = 2023) => `（${year}）湘0725执${caseSeq++}号`;

function dishonestBase(id: string, name: string, today: number, extra: Partial<DishonestDebtor> = {}): DishonestDebtor {
  return {
    type: 'dishonest-debtor',
    id,
    partyKind: 'natural-person',
    name,
    caseNumber: nextCase(),
    courtName: COURT,
    province: PROVINCE,
    filingDate: '2023-05-10',
    publishedOn: formatDay(today - 40),
    sex: 'male',
    basisDocumentNumber: '（2022）湘0725民初3001号',
    basisIssuer: COURT,
    obligation: '偿还借款本金30000元及利息',
    performance: 'none',
    performedPart: '暂无',
    unperformedPart: '全部',
    amountUnperformed: 3_000_000,
    conduct: CONDUCT.refuses,
    ...extra,
  };
}

function restrictionBase(id: string, name: string, today: number, extra: Partial<ConsumptionRestriction> = {}): ConsumptionRestriction {
  return {
    type: 'consumption-restriction',
    id,
    partyKind: 'natural-person',
    name,
    caseNumber: nextCase(),
    courtName: COURT,
    province: PROVINCE,
    filingDate: '2023-06-01',
    publishedOn: formatDay(today - 50),
    subjectAmount: 4_550_000,
    ...extra,
  };
}

function caseBase(id: string, name: string, today: number, extra: Partial<EnforcementCaseParty> = {}): EnforcementCaseParty {
  return {
    type: 'enforcement-case',
    id,
    partyKind: 'natural-person',
    name,
    caseNumber: nextCase(),
    courtName: COURT,
    province: PROVINCE,
    filingDate: '2023-09-05',
    publishedOn: formatDay(today - 35),
    subjectAmount: 7_200_000,
    caseState: 'open',
    ...extra,
  };
}

function rewardBase(id: string, name: string, today: number, extra: Partial<RewardNotice> = {}): RewardNotice {
  return {
    type: 'reward-notice',
    id,
    caseNumber: nextCase(),
    courtName: COURT,
    debtor: { partyKind: 'natural-person', name },
    rewardAmount: 1_000_000,
    rewardFormula: '按实际执行到位金额的10%计算',
    conditions: '提供被执行人可供执行的财产线索，经本院查证属实并执行到位的',
    contact: { phone: '0736-6681180', name: '桃源县人民法院执行局' },
    publishedOn: formatDay(today - 20),
    validFrom: formatDay(today - 20),
    validUntil: formatDay(today + 70),
    ...extra,
  };
}

/** Common names for the leaky records, several records each (lookup paging). */
const LEAKY_NAMES = ['王建华', '李秀兰', '张国强', '刘桂英'];

export interface HostileOptions {
  /** `YYYY-MM-DD`; default today in China. */
  today?: string;
  /** Feed version; default 'hostile-1'. */
  version?: string;
}

/** The hostile data set for `today`. Deterministic: same `today`, same data. */
export function createHostileDataset(options: HostileOptions = {}): HostileDataset {
  caseSeq = 9100;
  const todayText = options.today ?? todayInChina();
  const today = dayNumber(todayText);
  const base = createFixtures({ today: todayText });
  const pool = new IdPool();
  const leaks: Leak[] = [];
  const withheld: WithheldRecord[] = [];
  const fullIdNumbers: Record<string, string> = { ...base.fullIdNumbers };
  const debtors: DebtorRecord[] = [];
  const rewards: RewardNotice[] = [];

  /** Writes a fresh adult's ID in `form` and records the leak. */
  const plant = (form: IdForm, where: string, wrap = (s: string) => s): string => {
    const id = pool.take(form.needs);
    leaks.push({ id, where, form: form.key });
    return wrap(form.write(id));
  };
  const textForm = (i: number) => TEXT_ID_FORMS[i % TEXT_ID_FORMS.length]!;
  const urlForm = (i: number) => URL_ID_FORMS[i % URL_ID_FORMS.length]!;
  // Forms an ID field may plausibly hold (no surrounding letters or phone numbers).
  const ID_FIELD_FORMS = TEXT_ID_FORMS.filter((f) => !/letters|phone|dots/.test(f.key));
  const idFieldForm = (i: number) => ID_FIELD_FORMS[i % ID_FIELD_FORMS.length]!;

  // ---- 1. publishable records that leak full IDs in every field, every form ----------------------
  const F = TEXT_ID_FORMS.length;
  const dishonestFields = ['obligation', 'conduct', 'basisIssuer', 'legalRepresentative', 'performedPart', 'unperformedPart', 'basisDocumentNumber', 'province', 'photo.alt'] as const;
  for (let r = 0; r < F; r++) {
    const recordId = `hx-sx-${String(r).padStart(2, '0')}`;
    const own = idFieldForm(r);
    const ownId = pool.take(own.needs === 'id15' ? 'id18' : own.needs);
    leaks.push({ id: ownId, where: `${recordId}.idNumber`, form: own.key });
    fullIdNumbers[recordId] = ownId;
    const t = (f: number, field: string, wrap: (s: string) => string) => plant(textForm(r + f), `${recordId}.${field}`, wrap);
    const record = dishonestBase(recordId, LEAKY_NAMES[r % LEAKY_NAMES.length]!, today, {
      idNumber: own.write(ownId),
      publishedOn: formatDay(today - 30 - r),
      obligation: t(0, 'obligation', (s) => `偿还借款本金30000元（借款人身份证号${s}）及利息`),
      conduct: t(1, 'conduct', (s) => `有履行能力而拒不履行，经查其身份证${s}名下有车辆`),
      basisIssuer: t(2, 'basisIssuer', (s) => `${COURT}（承办人${s}）`),
      legalRepresentative: t(3, 'legalRepresentative', (s) => `担保人${s}`),
      performedPart: t(4, 'performedPart', (s) => `已由${s}代为履行2000元`),
      unperformedPart: t(5, 'unperformedPart', (s) => `28000元，联系人${s}`),
      basisDocumentNumber: t(6, 'basisDocumentNumber', (s) => `（2022）湘0725民初3001号/${s}`),
      province: t(7, 'province', (s) => `湖南 ${s}`),
      photo: { url: plant(urlForm(r), `${recordId}.photo.url`), alt: t(8, 'photo.alt', (s) => `证件照 ${s}`) },
    });
    debtors.push(record);
  }
  // Organisations: the legal representative's ID leaks; the credit code must stay.
  for (let r = 0; r < 4; r++) {
    const recordId = `hx-sx-org-${r}`;
    debtors.push(
      dishonestBase(recordId, `桃源县泄露${'甲乙丙丁'[r]}商贸有限公司`, today, {
        partyKind: 'organization',
        creditCode: r % 2 ? '91430725MA4L00003Y' : '91350100M000100Y43',
        legalRepresentative: plant(textForm(r * 5 + 2), `${recordId}.legalRepresentative`, (s) => `法定代表人周某（${s}）`),
        conduct: plant(textForm(r * 5 + 3), `${recordId}.conduct`, (s) => `隐匿财产，实际控制人${s}`),
        sex: undefined,
        publishedOn: formatDay(today - 60 - r),
      }),
    );
  }
  const restrictionFields = ['legalRepresentative', 'province', 'courtName', 'photo.alt'] as const;
  for (let r = 0; r < F; r++) {
    const recordId = `hx-xf-${String(r).padStart(2, '0')}`;
    const own = idFieldForm(r + 3);
    const ownId = pool.take(own.needs === 'id15' ? 'id18' : own.needs);
    leaks.push({ id: ownId, where: `${recordId}.idNumber`, form: own.key });
    fullIdNumbers[recordId] = ownId;
    debtors.push(
      restrictionBase(recordId, LEAKY_NAMES[(r + 1) % LEAKY_NAMES.length]!, today, {
        idNumber: own.write(ownId),
        publishedOn: formatDay(today - 45 - r),
        legalRepresentative: plant(textForm(r), `${recordId}.legalRepresentative`, (s) => `监护人${s}`),
        province: plant(textForm(r + 1), `${recordId}.province`, (s) => `湖南省${s}`),
        courtName: plant(textForm(r + 2), `${recordId}.courtName`, (s) => `${COURT}${s}`),
        orderUrl: plant(urlForm(r), `${recordId}.orderUrl`),
        photo: { url: plant(urlForm(r + 4), `${recordId}.photo.url`), alt: plant(textForm(r + 3), `${recordId}.photo.alt`, (s) => `照片${s}`) },
      }),
    );
  }
  for (let r = 0; r < F; r++) {
    const recordId = `hx-zx-${String(r).padStart(2, '0')}`;
    const own = idFieldForm(r + 5);
    const ownId = pool.take(own.needs === 'id15' ? 'id18' : own.needs);
    leaks.push({ id: ownId, where: `${recordId}.idNumber`, form: own.key });
    fullIdNumbers[recordId] = ownId;
    debtors.push(
      caseBase(recordId, LEAKY_NAMES[(r + 2) % LEAKY_NAMES.length]!, today, {
        idNumber: own.write(ownId),
        publishedOn: formatDay(today - 33 - r),
        legalRepresentative: plant(textForm(r), `${recordId}.legalRepresentative`, (s) => `代理人${s}`),
        province: plant(textForm(r + 1), `${recordId}.province`, (s) => `湖南${s}`),
        courtName: plant(textForm(r + 2), `${recordId}.courtName`, (s) => `${COURT}（${s}）`),
      }),
    );
  }
  for (let r = 0; r < F; r++) {
    const recordId = `hx-xs-${String(r).padStart(2, '0')}`;
    const own = idFieldForm(r + 7);
    const ownId = pool.take(own.needs === 'id15' ? 'id18' : own.needs);
    leaks.push({ id: ownId, where: `${recordId}.debtor.idNumber`, form: own.key });
    fullIdNumbers[recordId] = ownId;
    rewards.push(
      rewardBase(recordId, `悬赏对象${String(r).padStart(2, '0')}号`, today, {
        debtor: { partyKind: 'natural-person', name: LEAKY_NAMES[(r + 3) % LEAKY_NAMES.length]!, idNumber: own.write(ownId) },
        publishedOn: formatDay(today - 15 - r),
        validFrom: formatDay(today - 15 - r),
        rewardFormula: plant(textForm(r), `${recordId}.rewardFormula`, (s) => `按到位金额10%计算（申请人${s}）`),
        conditions: plant(textForm(r + 1), `${recordId}.conditions`, (s) => `提供被执行人${s}的财产线索`),
        contact: {
          name: plant(textForm(r + 2), `${recordId}.contact.name`, (s) => `执行局张法官 ${s}`),
          phone: plant(textForm(r + 3), `${recordId}.contact.phone`, (s) => `0736-6681180 ${s}`),
        },
        courtName: plant(textForm(r + 4), `${recordId}.courtName`, (s) => `${COURT}${s}`),
      }),
    );
  }

  // ---- 2. court, statistics and period labels ----------------------------------------------------
  const court: Court = {
    ...taoyuanCourt,
    name: plant(textForm(1), 'court.name', (s) => `桃源县人民法院（执行局长${s}）`),
    nameEn: plant(textForm(4), 'court.nameEn', (s) => `Taoyuan County People's Court (ID ${s})`),
    contact: {
      phone: plant(textForm(14), 'court.contact.phone', (s) => `0736-6681180 ${s}`),
      tipOffPhone: plant(textForm(15), 'court.contact.tipOffPhone', (s) => `0736-6681180 转 ${s}`),
      address: plant(textForm(6), 'court.contact.address', (s) => `湖南省常德市桃源县漳江镇 ${s}`),
      website: plant(urlForm(2), 'court.contact.website'),
    },
    dataPageUrl: plant(urlForm(0), 'court.dataPageUrl'),
  };
  const period1: Period = {
    ...taoyuanStats.period,
    label: plant(textForm(2), 'stats.period.label', (s) => `2023年上半年（填报人${s}）`),
    labelEn: plant(textForm(8), 'stats.period.labelEn', (s) => `H1 2023 (reported by ${s})`),
  };
  const period2: Period = {
    id: '2023-07-01_2023-12-31',
    start: '2023-07-01',
    end: '2023-12-31',
    label: plant(textForm(12), 'stats2.period.label', (s) => `2023年下半年 ${s}`),
    labelEn: plant(textForm(16), 'stats2.period.labelEn', (s) => `H2 2023 ${s}`),
  };
  const statsIndex: StatsIndex = {
    courtId: taoyuanStats.courtId,
    periods: [
      { ...period2, label: plant(textForm(9), 'statsIndex.periods[0].label', (s) => `2023年下半年（${s}）`) },
      { ...period1, label: plant(textForm(20), 'statsIndex.periods[1].label', (s) => `2023年上半年 ${s}`) },
    ],
  };
  const stats: EnforcementStats[] = [
    {
      ...taoyuanStats,
      period: period1,
      rankings: [
        { scope: plant(textForm(3), 'stats.rankings.scope', (s) => `常德市 ${s}`), periodLabel: plant(textForm(10), 'stats.rankings.periodLabel', (s) => `2023 ${s}`), note: plant(textForm(13), 'stats.rankings.note', (s) => `居中 ${s}`) },
      ],
    },
    {
      courtId: taoyuanStats.courtId,
      period: period2,
      asOf: '2024-01-15T10:30:00+08:00',
      cases: { accepted: 1200, closed: 1150, closedWithPerformance: 920 },
      money: { recovered: 12_000_000_000 },
      rateRule: { decimals: 2, rounding: 'half-up' },
    },
  ];
  const exposureBasePeriod = exposurePeriod(todayText);
  const period: Period = {
    ...exposureBasePeriod,
    label: plant(textForm(5), 'exposure.period.label', (s) => `${exposureBasePeriod.label}（审核人${s}）`),
    labelEn: plant(textForm(11), 'exposure.period.labelEn', (s) => `${exposureBasePeriod.labelEn} (${s})`),
  };

  // ---- 3. minors (Art 4): never listed, whatever the field the ID is in ---------------------------
  const minor = (recordId: string, variant: string, name: string, record: DebtorRecord | RewardNotice, ids: string[]) => {
    withheld.push({ recordId, name, caseNumber: record.caseNumber, kind: 'minor', variant, ids, searchable: record.type !== 'reward-notice' });
    for (const id of ids) leaks.push({ id, where: `${recordId} (minor)`, form: variant });
    if (record.type === 'reward-notice') rewards.push(record);
    else debtors.push(record);
  };
  const sixteen = addYears(today, -16) - 100;
  {
    const id = idBornOn(sixteen, 35);
    minor('hx-minor-conduct', '16, ID only inside conduct', '龙小雨', dishonestBase('hx-minor-conduct', '龙小雨', today, { conduct: `有履行能力而拒不履行（身份证号${id}）` }), [id]);
  }
  {
    // Listed at 17, 18th birthday now past; the full ID was sent.
    const birth = addYears(today, -19) - 10;
    const id = idBornOn(birth, 41);
    const listed = addYears(birth, 17) + 100;
    minor('hx-minor-listed-17-full', 'listed at 17 (full ID in idNumber, spaces), 19 today', '龙小雪', dishonestBase('hx-minor-listed-17-full', '龙小雪', today, { idNumber: split18(id).join(' '), publishedOn: formatDay(listed) }), [id]);
  }
  {
    // Listed at 17 (by birth year alone, the ID masked); 19 or 20 today.
    const birth = addYears(today, -20) + 40;
    const id = idBornOn(birth, 43);
    const listed = addYears(birth, 17) + 30;
    minor('hx-minor-listed-17-masked', 'listed at 17 (masked ID, no age), adult today', '龙小霜', dishonestBase('hx-minor-listed-17-masked', '龙小霜', today, { idNumber: maskResidentId(id), publishedOn: formatDay(listed) }), []);
  }
  {
    const birth = addYears(today, -19) - 10;
    const listed = addYears(birth, 17) + 100;
    minor('hx-minor-age-field-17', 'age 17 as published at listing, adult today', '龙小霏', dishonestBase('hx-minor-age-field-17', '龙小霏', today, { age: 17, publishedOn: formatDay(listed) }), []);
  }
  minor('hx-minor-age-field', 'age field 15, no ID', '龙小雷', restrictionBase('hx-minor-age-field', '龙小雷', today, { age: 15 }), []);
  {
    const id = idBornOn(sixteen - 200, 52);
    minor('hx-minor-legal-rep', 'ID only in legalRepresentative (dashes)', '龙小电', dishonestBase('hx-minor-legal-rep', '龙小电', today, { legalRepresentative: `监护人龙某（被执行人身份证${[id.slice(0, 6), id.slice(6, 14), id.slice(14)].join('-')}）` }), [id]);
  }
  {
    const id = idBornOn(sixteen + 30, 61);
    minor('hx-minor-restriction-full', 'ID in idNumber, plain', '龙小风', restrictionBase('hx-minor-restriction-full', '龙小风', today, { idNumber: id }), [id]);
  }
  {
    const id = idBornOn(sixteen + 60, 72);
    minor('hx-minor-reward-id', 'reward: debtor.idNumber full-width, spaced', '龙小云', rewardBase('hx-minor-reward-id', '龙小云', today, { debtor: { partyKind: 'natural-person', name: '龙小云', idNumber: split18(FULL_WIDTH(id)).join('\u3000') } }), [id]);
  }
  {
    const id = idBornOn(sixteen + 90, 84);
    minor('hx-minor-reward-conditions', 'reward: ID only in conditions', '龙小月', rewardBase('hx-minor-reward-conditions', '龙小月', today, { conditions: `提供被执行人龙小月（身份证${id}）的财产线索` }), [id]);
  }
  {
    const id = idBornOn(sixteen + 120, 95);
    minor('hx-minor-case-zero-width', 'case: ID in legalRepresentative with a zero-width space', '龙小虹', caseBase('hx-minor-case-zero-width', '龙小虹', today, { legalRepresentative: `法定代理人龙某 ${id.slice(0, 10)}\u200b${id.slice(10)}` }), [id]);
  }
  {
    const id = idBornOn(sixteen + 150, 106);
    minor('hx-minor-order-url', 'restriction: ID only in orderUrl', '龙小露', restrictionBase('hx-minor-order-url', '龙小露', today, { orderUrl: `https://files.court-hostile.test/orders/ID${id}.pdf` }), [id]);
  }
  {
    const id = idBornOn(sixteen + 180, 118);
    minor('hx-minor-obligation-fw', 'ID only in obligation, full-width digits', '龙小霞', dishonestBase('hx-minor-obligation-fw', '龙小霞', today, { obligation: `偿还借款（借款人${FULL_WIDTH(id)}）` }), [id]);
  }
  minor('hx-minor-masked-recent', 'masked ID, born 10 years ago', '龙小冰', dishonestBase('hx-minor-masked-recent', '龙小冰', today, { idNumber: maskResidentId(idBornOn(addYears(today, -10), 126)) }), []);
  {
    const id = idBornOn(sixteen + 240, 131);
    minor('hx-minor-photo-alt', 'ID only in photo alt, glued to letters', '龙小晴', dishonestBase('hx-minor-photo-alt', '龙小晴', today, { photo: { url: 'https://photos.court-hostile.test/p1.png', alt: `IDNo${id}` } }), [id]);
  }
  {
    const id = idBornOn(sixteen + 270, 139);
    minor('hx-minor-then-phone', 'ID followed by a phone number in conduct', '龙小雾', dishonestBase('hx-minor-then-phone', '龙小雾', today, { conduct: `拒不履行，联系${id}13807361234` }), [id]);
  }

  // An adult at listing whose full ID was sent: shown (not withheld for a calendar year by the masked-ID rule).
  const adultBirthFixed = addYears(today - 12, -18); // turned 18 twelve days ago
  const adultId = idBornOn(adultBirthFixed, 57);
  const adultListed = today - 5;
  const adultAtListing = ageOn(adultBirthFixed, adultListed) >= 18;
  const mustShowNames: string[] = [];
  if (adultAtListing) {
    debtors.push(dishonestBase('hx-adult-just-18', '成年刚满', today, { idNumber: adultId, publishedOn: formatDay(adultListed) }));
    leaks.push({ id: adultId, where: 'hx-adult-just-18.idNumber', form: 'plain' });
    fullIdNumbers['hx-adult-just-18'] = adultId;
    mustShowNames.push('成年刚满');
  }

  // ---- 4. removed ------------------------------------------------------------------------------------
  const removals: NonNullable<ExposureFeed['removals']> = [];
  const removed = (record: DebtorRecord | RewardNotice, name: string, variant: string, listed: boolean, kind: WithheldClass = 'removed', ids: string[] = []) => {
    withheld.push({ recordId: record.id, name, caseNumber: record.caseNumber, kind, variant, ids, searchable: record.type !== 'reward-notice' });
    if (listed) removals.push({ id: record.id, removedOn: formatDay(today - 3), reason: 'performed' });
    if (record.type === 'reward-notice') rewards.push(record);
    else debtors.push(record);
  };
  removed(dishonestBase('hx-removed-field', '钱永福', today, { removal: { date: formatDay(today - 5), reason: 'performed' } }), '钱永福', 'removal field set', false);
  removed(dishonestBase('hx-removed-listed', '钱多多', today), '钱多多', 'listed in removals only, still in items and shards', true);
  removed(dishonestBase('hx-removed-both', '钱满贯', today, { removal: { date: formatDay(today - 4), reason: 'creditor-applied' } }), '钱满贯', 'removal field and listed', true);
  {
    const looksLikeId = pool.id18();
    leaks.push({ id: looksLikeId, where: 'record id hx (removed)', form: 'record-id' });
    removed(dishonestBase(looksLikeId, '钱袋子', today), '钱袋子', 'record id is a resident ID; listed in removals', true, 'removed', [looksLikeId]);
  }
  {
    const looksLikeId = pool.id18x();
    leaks.push({ id: looksLikeId, where: 'record id (removed, lower x)', form: 'record-id' });
    removed(restrictionBase(looksLikeId.toLowerCase(), '钱包包', today), '钱包包', 'record id is a resident ID with lower-case x; listed', true);
  }
  {
    const inId = pool.id18();
    leaks.push({ id: inId, where: 'record id contains an ID', form: 'record-id' });
    removed(dishonestBase(`sx-${inId}`, '钱串子', today), '钱串子', 'record id contains a resident ID (contract must reject)', false, 'id-in-record-id');
  }
  removed(restrictionBase('hx-removed-restriction', '钱小样', today), '钱小样', 'restriction lifted, listed only', true);
  removed(caseBase('hx-removed-case', '钱不够', today, { removal: { date: formatDay(today - 2), reason: 'performed' } }), '钱不够', 'case with removal field (shards only)', false);
  removed(rewardBase('hx-removed-reward-field', '钱来也', today, { removal: { date: formatDay(today - 2), reason: 'other' } }), '钱来也', 'reward with removal field', false);
  removed(rewardBase('hx-removed-reward-listed', '钱满仓', today), '钱满仓', 'reward listed in removals only', true);
  // A removal of a fixture record, and the fixture record still in items.
  removals.push({ id: 'sx-2023-1507', removedOn: formatDay(today - 1), reason: 'performed' });
  withheld.push({ recordId: 'sx-2023-1507', name: '邓超', caseNumber: '（2023）湘0725执1507号', kind: 'removed', variant: 'fixture record listed in removals', ids: [base.fullIdNumbers['sx-2023-1507']!], searchable: true });

  // ---- 5. expired / not yet published / closed ---------------------------------------------------
  const notShown = (record: DebtorRecord | RewardNotice, kind: WithheldClass, variant: string) => {
    const name = record.type === 'reward-notice' ? record.debtor.name : record.name;
    withheld.push({ recordId: record.id, name, caseNumber: record.caseNumber, kind, variant, ids: [], searchable: record.type !== 'reward-notice' });
    if (record.type === 'reward-notice') rewards.push(record);
    else debtors.push(record);
  };
  notShown(dishonestBase('hx-expired-yesterday', '韩冬雪', today, { conduct: CONDUCT.assetReport, publishedOn: formatDay(addYears(today - 1, -2)), publicationEndsOn: formatDay(today - 1) }), 'expired', 'publicationEndsOn yesterday');
  notShown(dishonestBase('hx-expired-long', '韩过期', today, { conduct: CONDUCT.assetReport, publishedOn: formatDay(today - 1200), publicationEndsOn: formatDay(today - 400) }), 'expired', 'publicationEndsOn 400 days ago');
  notShown(restrictionBase('hx-expired-restriction', '韩截止', today, { publicationEndsOn: formatDay(today - 1) }), 'expired', 'restriction publicationEndsOn yesterday');
  notShown(rewardBase('hx-expired-reward', '韩悬赏', today, { validUntil: formatDay(today - 1), validFrom: formatDay(today - 90), publishedOn: formatDay(today - 90) }), 'expired', 'reward validUntil yesterday');
  notShown(rewardBase('hx-future-reward', '韩未到', today, { validFrom: formatDay(today + 1), publishedOn: formatDay(today - 1) }), 'not-yet-published', 'reward validFrom tomorrow');
  notShown(dishonestBase('hx-future-dishonest', '韩明天', today, { publishedOn: formatDay(today + 1) }), 'not-yet-published', 'publishedOn tomorrow');
  notShown(restrictionBase('hx-future-restriction', '韩将来', today, { publishedOn: formatDay(today + 30) }), 'not-yet-published', 'restriction publishedOn in 30 days');
  notShown(caseBase('hx-closed-person', '结案甲', today, { caseState: 'closed' }), 'closed', 'closed case, person');
  notShown(caseBase('hx-closed-org', '桃源县已结案建材有限公司', today, { caseState: 'closed', partyKind: 'organization', creditCode: '91430725MA4L00003Y' }), 'closed', 'closed case, organisation');

  // ---- 6. look-alike names (format characters) -----------------------------------------------------
  const lookalikes: LookalikeRecord[] = [];
  const LOOKALIKES: Array<[string, string]> = [
    ['张\u202e三', '张三'],
    ['李\u200b四', '李四'],
    ['\u202e三张', '张三'],
    ['王\u2066芳\u2069', '王芳'],
    ['刘\u200d娜', '刘娜'],
    ['陈\ufeff静', '陈静'],
    ['赵\u00ad敏', '赵敏'],
    ['孙\u2060伟', '孙伟'],
    ['周\u200c杰', '周杰'],
    ['吴\u061c刚', '吴刚'],
    ['\u200f郑\u200e强', '郑强'],
  ];
  LOOKALIKES.forEach(([name, looksLike], i) => {
    const recordId = `hx-lookalike-${i}`;
    const cleaned = stripFormatChars(name);
    lookalikes.push({ recordId, name, cleaned, looksLike });
    debtors.push(i % 2 ? restrictionBase(recordId, name, today) : dishonestBase(recordId, name, today));
  });
  // The genuine people the look-alikes imitate.
  debtors.push(dishonestBase('hx-genuine-zhangsan', '张三', today), dishonestBase('hx-genuine-lisi', '李四', today));

  // ---- 7. must stay as published ------------------------------------------------------------------
  const mustStay: HostileDataset['mustStay'] = [];
  const keep = (recordId: string, field: string, text: string, why: string) => {
    mustStay.push({ recordId, field, text, why });
    return text;
  };
  debtors.push(
    dishonestBase('hx-keep-org', '桃源县诚信建材有限公司', today, {
      partyKind: 'organization',
      creditCode: keep('hx-keep-org', 'creditCode', '91350100M000100Y43', 'valid unified social credit code'),
      sex: undefined,
      legalRepresentative: keep('hx-keep-org', 'legalRepresentative', '周建国', 'legal representative'),
      caseNumber: keep('hx-keep-org', 'caseNumber', '（2023）湘0725执恢96号', 'case number'),
      basisDocumentNumber: keep('hx-keep-org', 'basisDocumentNumber', '（2022）湘07民终1127号', 'case number of the basis'),
      obligation: keep('hx-keep-org', 'obligation', `支付货款1268000元；关联企业统一社会信用代码91430725MA4L00003Y，注册号${REGISTRATION_NUMBERS[0]}`, 'credit code and 15-digit registration number in text'),
      performedPart: keep('hx-keep-org', 'performedPart', '已履行88,463.00元（转账至0736-6681180账户）', 'amount and phone'),
      unperformedPart: keep('hx-keep-org', 'unperformedPart', '尚欠货款５万元（大写：伍万元整）', 'one full-width digit: no NFKC of the whole text'),
      conduct: keep('hx-keep-org', 'conduct', `拒不履行；举报电话13807361234，注册号${REGISTRATION_NUMBERS[1]}，金额1268000元`, 'phone, registration number, amount'),
      basisIssuer: keep('hx-keep-org', 'basisIssuer', '常德市中级人民法院（２０２２）', 'full-width digits and brackets'),
      publishedOn: formatDay(today - 25),
    }),
  );

  // ---- assemble --------------------------------------------------------------------------------------
  const allDebtors = [...base.debtors, ...debtors];
  const exposed: ExposureItem[] = [
    ...base.exposure.items,
    ...debtors.filter((d): d is DishonestDebtor | ConsumptionRestriction => d.type === 'dishonest-debtor' || d.type === 'consumption-restriction'),
    ...rewards,
  ];
  const withheldIds = new Set(withheld.map((w) => w.recordId));
  const publishableNames = [...new Set([...allDebtors, ...rewards].filter((r) => !withheldIds.has(r.id) && !r.id.startsWith('hx-lookalike')).map((r) => (r.type === 'reward-notice' ? r.debtor.name : r.name)))];

  const searches: HostileDataset['searches'] = [];
  for (const w of withheld) {
    if (!w.searchable) continue;
    searches.push({ name: w.name, why: `${w.kind}: ${w.variant}` });
    for (const id of w.ids) if (id.length === 18) searches.push({ name: w.name, identifier: id, why: `${w.kind}: ${w.variant}, with ID` });
  }
  for (const name of LEAKY_NAMES) searches.push({ name, why: 'leaky records (several, paged)' });
  for (const r of debtors) {
    if (!r.id.startsWith('hx-sx-') && !r.id.startsWith('hx-xf-') && !r.id.startsWith('hx-zx-')) continue;
    const full = fullIdNumbers[r.id];
    if (full && full.length === 18 && parseInt(r.id.slice(-2), 10) % 4 === 0) searches.push({ name: r.name, identifier: full, why: `leaky ${r.id} with its ID` });
  }
  for (const l of lookalikes) searches.push({ name: l.name, why: 'look-alike as written' }, { name: l.cleaned, why: 'look-alike, cleaned' });
  searches.push({ name: '桃源县诚信建材有限公司', why: 'must stay as published' }, { name: '桃源县诚信建材有限公司', identifier: '91350100M000100Y43', why: 'must stay, with credit code' });
  for (const n of mustShowNames) searches.push({ name: n, why: 'adult at listing (full ID sent)' });
  for (const name of ['桃源县泄露甲商贸有限公司', '桃源县泄露乙商贸有限公司']) searches.push({ name, why: 'organisation leaking its representative ID' });

  const forbidden: ForbiddenSet = {
    ids: [...new Set(leaks.map((l) => canonicalId(l.id)))],
    names: [...new Set(withheld.flatMap((w) => [w.name, stripFormatChars(w.name)]))],
    caseNumbers: [...new Set(withheld.map((w) => w.caseNumber))],
  };
  // Every fixture ID too: sources must never publish them in full.
  for (const id of Object.values(base.fullIdNumbers)) if (!forbidden.ids.includes(id)) forbidden.ids.push(id);
  for (const id of Object.values(fullIdNumbers)) if (!forbidden.ids.includes(canonicalId(id))) forbidden.ids.push(canonicalId(id));

  return {
    today: todayText,
    asOf: base.asOf,
    court,
    statsIndex,
    stats,
    debtors: allDebtors,
    rewards,
    exposure: { items: exposed, period, version: options.version ?? 'hostile-1', generatedAt: base.asOf, removals },
    leaks,
    withheld,
    lookalikes,
    publishableNames,
    mustShowNames,
    mustStay,
    searches,
    forbidden,
    fullIdNumbers,
  };
}

/**
 * The static feed of the data set as a careless publisher writes it: withheld records stay in
 * `exposure.json` items and in the shards; `removals` are listed in exposure.json and the manifest.
 */
export function buildHostileStaticFeed(dataset: HostileDataset): StaticFeedFiles {
  const files = buildStaticFeed({
    court: dataset.court,
    statsIndex: dataset.statsIndex,
    stats: dataset.stats,
    exposure: { items: dataset.exposure.items, period: dataset.exposure.period, generatedAt: dataset.exposure.generatedAt },
    debtors: dataset.debtors,
    version: dataset.exposure.version,
    generatedAt: dataset.exposure.generatedAt,
  });
  const exposure = files.get('exposure.json') as ExposureFeed;
  files.set('exposure.json', { ...exposure, removals: dataset.exposure.removals, removalsSince: 'hostile-0' });
  // The paged board likewise: removals listed in its index while stale copies are still in its pages.
  const index = files.get('exposure/index.json') as Record<string, unknown>;
  files.set('exposure/index.json', { ...index, removals: dataset.exposure.removals, removalsSince: 'hostile-0' });
  const manifestPath = 'debtors/manifest.json';
  const manifest = files.get(manifestPath) as Record<string, unknown>;
  files.set(manifestPath, { ...manifest, removals: dataset.exposure.removals });
  return files;
}

/** The exposure feed body the API serves for the data set (removals listed, stale copies still in items). */
export function hostileExposureFeed(dataset: HostileDataset): ExposureFeed {
  return {
    version: dataset.exposure.version,
    generatedAt: dataset.exposure.generatedAt,
    court: dataset.court,
    period: dataset.exposure.period,
    items: dataset.exposure.items,
    removals: dataset.exposure.removals,
    removalsSince: 'hostile-0',
  };
}

// ---- scanning ----------------------------------------------------------------------------------------

/** Unicode format characters (bidi controls, zero-width, BOM, soft hyphen, word joiner…) and similar invisibles. */
export const FORMAT_CHARS = /[\p{Cf}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0]/gu;

export function stripFormatChars(text: string): string {
  return text.replace(FORMAT_CHARS, '');
}

export function hasFormatChars(text: string): boolean {
  return new RegExp(FORMAT_CHARS.source, 'u').test(text);
}

/** Canonical form of an ID: NFKC, ASCII, upper-case X. */
export function canonicalId(id: string): string {
  return id.normalize('NFKC').replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

/** Every written form of a full ID (text and URL forms), for `includes` checks on raw strings. */
export function writtenForms(id: string): string[] {
  const forms = id.length === 15 ? TEXT_ID_FORMS.filter((f) => f.needs === 'id15') : TEXT_ID_FORMS.filter((f) => f.needs !== 'id15');
  return [...new Set(forms.map((f) => f.write(id)).concat([id, parts(id).join(' ')]))];
}

const SEPARATORS = /[\s\p{Cf}\u034f\u2010-\u2015\u2212\ufe58\ufe63\uff0d_-]/gu;

/** NFKC, without whitespace, format characters and dashes: what a reader or a copy-paste sees. */
export function normalizeForScan(text: string): string {
  return text.normalize('NFKC').replace(SEPARATORS, '');
}

function realDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Shaped like a full resident ID: 17 digits + digit/X with a real birth date, or 15 digits with a real yymmdd. */
export function looksLikeFullId(run: string): boolean {
  if (/^\d{17}[\dX]$/i.test(run)) {
    const y = Number(run.slice(6, 10));
    return y >= 1900 && y <= 2100 && realDate(y, Number(run.slice(10, 12)), Number(run.slice(12, 14)));
  }
  if (/^\d{15}$/.test(run)) return realDate(1900 + Number(run.slice(6, 8)), Number(run.slice(8, 10)), Number(run.slice(10, 12)));
  return false;
}

export interface Finding {
  kind: 'known-id' | 'id-shaped' | 'withheld-name' | 'withheld-case-number';
  value: string;
  /** The offending text, shortened. */
  context: string;
}

function safeDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/%20/g, ' ');
  }
}

/**
 * Everything forbidden that `text` contains: a known full ID in any written form (compared on the
 * alphanumerics only, so separators of any kind do not hide it), anything shaped like a full ID
 * (a run of 18 or 15 digits with a real birth date, once whitespace, dashes and format characters are
 * gone), a withheld record's name or case number.
 */
export function findLeaks(raw: string, forbidden: ForbiddenSet): Finding[] {
  const findings: Finding[] = [];
  for (const text of new Set([raw, safeDecode(raw)])) {
    const normal = normalizeForScan(text);
    const alnum = normal.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
    const context = text.length > 160 ? `${text.slice(0, 160)}…` : text;
    for (const id of forbidden.ids) if (alnum.includes(id)) findings.push({ kind: 'known-id', value: id, context });
    for (const run of normal.match(/\d+[Xx]?/g) ?? []) if (looksLikeFullId(run)) findings.push({ kind: 'id-shaped', value: run, context });
    const visible = stripFormatChars(text.normalize('NFKC')).replace(/\s+/g, '');
    for (const name of forbidden.names) {
      const n = stripFormatChars(name.normalize('NFKC')).replace(/\s+/g, '');
      if (n && visible.includes(n)) findings.push({ kind: 'withheld-name', value: name, context });
    }
    for (const c of forbidden.caseNumbers) if (visible.includes(c.normalize('NFKC').replace(/\s+/g, ''))) findings.push({ kind: 'withheld-case-number', value: c, context });
  }
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.kind}|${f.value}|${f.context}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
