// The real figures from the court's own report (桃法建复〔2023〕1号, 2023-08-25, the reply to
// proposal No. 17 of the county people's congress): /work/shared/seed/taoyuan-court-enforcement-reply-2023.txt.
// Everything here is as published; derived values say so.
import { yuanToFen } from '@zhixing/sdk';
import type { Court, EnforcementStats, Period, StatsIndex } from '@zhixing/sdk';

export const taoyuanCourt: Court = {
  id: 'hn-changde-taoyuan',
  name: '桃源县人民法院',
  nameEn: "Taoyuan County People's Court",
  // Derived, not published: province abbreviation + digits 3–6 of the county code 430725 (domain.md §5).
  courtCode: '湘0725',
  regionCode: '430725',
  contact: {
    // The reply gives 联系电话 6681180 only; the area code 0736 (常德市 Changde) is derived.
    phone: '0736-6681180',
    tipOffPhone: '0736-6681180',
    address: '湖南省常德市桃源县',
  },
  // The national enforcement-information site: the authoritative place to check, used as the fallback
  // link. A real deployment sets the court's own page here.
  dataPageUrl: 'https://zxgk.court.gov.cn/',
};

export const seedPeriod: Period = {
  id: '2022-01-01_2023-06-30',
  start: '2022-01-01',
  end: '2023-06-30',
  label: '2022年1月1日至2023年6月30日',
  labelEn: '1 Jan 2022 – 30 Jun 2023',
};

export const taoyuanStats: EnforcementStats = {
  courtId: taoyuanCourt.id,
  period: seedPeriod,
  // The reply is dated 2023年8月25日.
  asOf: '2023-08-25T00:00:00+08:00',
  cases: {
    // 收案3643件 (涉民事执行案件): the closure-rate denominator.
    accepted: 3643,
    // 已结3387件: 3387 ÷ 3643 = 92.97 % (half-up), as reported.
    closed: 3387,
    // Not published as a count: derived from the reported 实际执结率 78.95 % of the 3387 closed cases
    // (3387 × 0.7895 = 2674.04 → 2674; 2674 ÷ 3387 = 78.949… % → 78.95 % half-up).
    closedWithPerformance: 2674,
  },
  money: {
    // 执行到位金额3.14亿元 = 314,000,000 yuan, given to two decimals of 亿.
    recovered: 31_400_000_000,
    recoveredApproximate: true,
  },
  reportedRates: { closureRate: 92.97, actualExecutionRate: 78.95 },
  rateRule: { decimals: 2, rounding: 'half-up' },
  rankings: [
    {
      scope: '全省二类基层法院整体质效考核',
      scopeEn: 'Overall enforcement quality and efficiency, class-II basic-level courts of Hunan Province',
      periodLabel: '2022年',
      rank: 13,
    },
    {
      scope: '全省二类基层法院整体质效考核',
      scopeEn: 'Overall enforcement quality and efficiency, class-II basic-level courts of Hunan Province',
      periodLabel: '2023年上半年',
      rank: 10,
    },
    {
      scope: '全市执行整体质效',
      scopeEn: 'Overall enforcement quality and efficiency, courts of Changde City',
      periodLabel: '2022年',
      note: '居中',
    },
    {
      scope: '全市执行整体质效',
      scopeEn: 'Overall enforcement quality and efficiency, courts of Changde City',
      periodLabel: '2023年上半年',
      note: '中游',
    },
  ],
  categories: [
    // 执行涉企业案件300余件，执行标的8100多万元，发放案款5600多万元
    {
      category: 'enterprise',
      cases: 300,
      subjectAmount: yuanToFen(81_000_000),
      disbursed: yuanToFen(56_000_000),
      approximate: true,
    },
    // 执行涉金融案件80件，执行5300多万元，发放案款3700多万元
    {
      category: 'finance',
      cases: 80,
      subjectAmount: yuanToFen(53_000_000),
      disbursed: yuanToFen(37_000_000),
      approximate: true,
    },
    // 执行涉民生案件1164件，执行标的2312万元，发放案款1566.05万元
    {
      category: 'livelihood',
      cases: 1164,
      subjectAmount: yuanToFen(23_120_000),
      disbursed: yuanToFen(15_660_500),
    },
  ],
  sanctions: {
    // 两年来，共将668名被执行人纳入失信人名单，对790名被执行人发布限制消费令
    dishonestListed: 668,
    consumptionRestrictionOrders: 790,
    // 2022年以来，依法拘留95人 … 已向公安机关移送4件拒不执行判决、裁定罪案件线索
    detentions: 95,
    refusalToExecuteReferrals: 4,
  },
  // 对21件涉民生案件共同实施司法救助，发放救助金30余万元
  judicialAid: { cases: 21, amount: yuanToFen(300_000), approximate: true },
};

export const taoyuanStatsIndex: StatsIndex = {
  courtId: taoyuanCourt.id,
  periods: [seedPeriod],
};
