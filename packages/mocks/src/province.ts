// A multi-court data set: a high court publishing one feed for several courts of its province (Hunan:
// the high court 湘, the Changde Intermediate Court 湘07 and three of its basic courts). Taoyuan's
// court, records and statistics are the real seed and the fixtures; every other court's figures,
// phone numbers and people are invented (demo and test data only). Each record and board entry names
// its court with `courtCode`, as the publisher writes it for a multi-court feed.
import type { Court, CourtEntry, DebtorRecord, EnforcementStats, ExposureItem, Period, StatsIndex } from '@zhixing/sdk';
import { createFixtures } from './fixtures.js';
import type { FixtureOptions } from './fixtures.js';
import { generateDebtors } from './generator.js';
import { seedPeriod, taoyuanCourt, taoyuanStats } from './seed.js';

/** The courts of the province fixture, by court code. Only Taoyuan's details are real (seed.ts). */
export const provinceCourts = {
  high: { id: 'hn-high-court', name: '湖南省高级人民法院', nameEn: 'Hunan High People’s Court', courtCode: '湘', regionCode: '430000', contact: { phone: '0731-8000 0000', tipOffPhone: '0731-8000 0001' } },
  changde: { id: 'hn-changde-intermediate', name: '常德市中级人民法院', nameEn: 'Changde Intermediate People’s Court', courtCode: '湘07', regionCode: '430700', contact: { phone: '0736-7000 0000', tipOffPhone: '0736-7000 0001' } },
  taoyuan: taoyuanCourt,
  wuling: { id: 'hn-changde-wuling', name: '常德市武陵区人民法院', nameEn: 'Wuling District People’s Court, Changde', courtCode: '湘0702', regionCode: '430702', contact: { phone: '0736-7100 0000', tipOffPhone: '0736-7100 0001' } },
  dingcheng: { id: 'hn-changde-dingcheng', name: '常德市鼎城区人民法院', nameEn: 'Dingcheng District People’s Court, Changde', courtCode: '湘0703', regionCode: '430703', contact: { phone: '0736-7200 0000', tipOffPhone: '0736-7200 0001' } },
} as const satisfies Record<string, CourtEntry>;

/** The previous half-year, for `compare="previous"` on the invented courts. */
export const provincePreviousPeriod: Period = { id: '2021-07-01_2021-12-31', start: '2021-07-01', end: '2021-12-31', label: '2021年7月1日至2021年12月31日', labelEn: '1 Jul 2021 – 31 Dec 2021' };

/** Invented figures (demo only): accepted, closed, closed with performance, money recovered in yuan. */
const INVENTED: Array<[CourtEntry, number, number, number, number]> = [
  [provinceCourts.high, 412, 371, 236, 48_600_000],
  [provinceCourts.changde, 1890, 1702, 1151, 213_000_000],
  [provinceCourts.wuling, 5210, 4790, 3402, 402_500_000],
  [provinceCourts.dingcheng, 2980, 2711, 1980, 187_300_000],
];

function inventedStats(court: CourtEntry, period: Period, accepted: number, closed: number, performed: number, recoveredYuan: number): EnforcementStats {
  return {
    courtId: court.id,
    period,
    asOf: `${period.end}T00:00:00+08:00`,
    cases: { accepted, closed, closedWithPerformance: performed },
    money: { recovered: recoveredYuan * 100 },
    rateRule: { decimals: 2, rounding: 'half-up' },
  };
}

/** What {@link createProvinceFixtures} returns: a `MockDataset` for the API mock and the static feed builder. */
export interface ProvinceFixtures {
  today: string;
  asOf: string;
  /** court.json: the high court, with `courts`. */
  court: Court;
  statsIndex: StatsIndex;
  stats: EnforcementStats[];
  debtors: DebtorRecord[];
  exposure: { items: ExposureItem[]; period: Period };
  fullIdNumbers: Record<string, string>;
}

/**
 * The province data set: Taoyuan's fixtures (createFixtures) plus `perCourt` generated records for each
 * other court (seeded: same `today`, same data). 刘建军 is listed by Taoyuan (the fixture) and, with
 * another ID, by Wuling (`wl-liu-jianjun`), so a lookup limited to one court can be told from one of
 * the whole province.
 */
export function createProvinceFixtures(options: FixtureOptions & { perCourt?: number } = {}): ProvinceFixtures {
  const taoyuan = createFixtures(options);
  const perCourt = options.perCourt ?? 24;
  const name = (court: CourtEntry) => (record: DebtorRecord): DebtorRecord => ({ ...record, courtCode: court.courtCode! });
  const others: DebtorRecord[] = [];
  INVENTED.forEach(([court], i) => {
    others.push(...generateDebtors({ count: perCourt, seed: 7100 + i, today: taoyuan.today, courtName: court.name, courtCode: court.courtCode!, idPrefix: court.id.replace(/^hn-(changde-)?/, '') }).map(name(court)));
  });
  const liuWuling: DebtorRecord = {
    ...(taoyuan.debtors.find((d) => d.id === 'sx-2022-1186') as DebtorRecord),
    id: 'wl-liu-jianjun',
    idNumber: '4307021985****3216',
    caseNumber: '（2023）湘0702执2211号',
    courtName: provinceCourts.wuling.name,
    courtCode: provinceCourts.wuling.courtCode,
    filingDate: '2023-02-14',
  };
  const debtors = [...taoyuan.debtors.map(name(taoyuanCourt)), ...others, liuWuling];
  const exposed = (record: DebtorRecord): record is Extract<DebtorRecord, ExposureItem> => record.type !== 'enforcement-case';
  const items: ExposureItem[] = [...debtors.filter(exposed), ...taoyuan.rewards.map((reward) => ({ ...reward, courtCode: taoyuanCourt.courtCode }))];
  const stats = [{ ...taoyuanStats }, ...INVENTED.map(([court, ...figures]) => inventedStats(court, seedPeriod, ...figures))];
  stats.push(inventedStats(provinceCourts.wuling, provincePreviousPeriod, 4980, 4402, 3010, 351_000_000));
  const courts = Object.values(provinceCourts);
  return {
    today: taoyuan.today,
    asOf: taoyuan.asOf,
    court: { ...provinceCourts.high, courts },
    statsIndex: {
      courtId: provinceCourts.high.id,
      periods: [],
      courts: courts.map((court) => ({ courtId: court.id, periods: court.id === provinceCourts.wuling.id ? [seedPeriod, provincePreviousPeriod] : [seedPeriod] })),
    },
    stats,
    debtors,
    exposure: { items, period: taoyuan.exposure.period },
    fullIdNumbers: taoyuan.fullIdNumbers,
  };
}
