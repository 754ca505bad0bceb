import { expect } from '@open-wc/testing';
import {
  Court,
  DebtorRecord,
  EnforcementStats,
  ExposureItem,
  RewardNotice,
  StatsIndex,
  actualExecutionRate,
  addDays,
  birthYearOf,
  closureRate,
  isUnmaskedResidentId,
  maskResidentId,
  parseCaseNumber,
  todayInChina,
  validateCreditCode,
  validateMaskedResidentId,
  validateResidentId,
} from '@zhixing/sdk';
import { createFixtures, edgeCaseIds, edgeCaseRecords, fixtureIds, fixtureNames, seedPeriod, taoyuanCourt, taoyuanStats, taoyuanStatsIndex } from '@zhixing/mocks';

const TODAY = '2025-06-15';

function issues(result: { success: boolean; error?: { issues: unknown[] } }): unknown[] {
  return result.success ? [] : (result.error?.issues ?? ['?']);
}

describe('seed: Taoyuan court reply 2023', () => {
  it('court, stats and index pass the contract', () => {
    expect(issues(Court.safeParse(taoyuanCourt))).to.deep.equal([]);
    expect(issues(EnforcementStats.safeParse(taoyuanStats))).to.deep.equal([]);
    expect(issues(StatsIndex.safeParse(taoyuanStatsIndex))).to.deep.equal([]);
    expect(taoyuanStatsIndex.periods).to.deep.equal([seedPeriod]);
  });

  it('carries the published figures, money in integer fen', () => {
    expect(taoyuanStats.cases.accepted).to.equal(3643);
    expect(taoyuanStats.cases.closed).to.equal(3387);
    expect(taoyuanStats.money.recovered).to.equal(31_400_000_000);
    expect(taoyuanStats.sanctions).to.deep.equal({ dishonestListed: 668, consumptionRestrictionOrders: 790, detentions: 95, refusalToExecuteReferrals: 4 });
    expect(taoyuanStats.judicialAid).to.deep.equal({ cases: 21, amount: 30_000_000, approximate: true });
    const livelihood = taoyuanStats.categories?.find((c) => c.category === 'livelihood');
    expect(livelihood).to.include({ cases: 1164, subjectAmount: 2_312_000_000, disbursed: 1_566_050_000 });
    expect(taoyuanStats.rankings?.map((r) => r.rank ?? r.note)).to.deep.equal([13, 10, '居中', '中游']);
  });

  it('the counts reproduce the reported rates under the stated rule', () => {
    const rule = taoyuanStats.rateRule!;
    expect(closureRate(taoyuanStats.cases.closed, taoyuanStats.cases.accepted, rule)?.percent).to.equal(taoyuanStats.reportedRates?.closureRate);
    expect(actualExecutionRate(taoyuanStats.cases.closedWithPerformance, taoyuanStats.cases.closed, rule)?.percent).to.equal(78.95);
  });
});

describe('createFixtures', () => {
  const fx = createFixtures({ today: TODAY });

  it('every record, notice and exposure item passes the contract', () => {
    expect(fx.debtors.length).to.be.within(20, 30);
    for (const record of fx.debtors) expect(issues(DebtorRecord.safeParse(record)), record.id).to.deep.equal([]);
    for (const notice of fx.rewards) expect(issues(RewardNotice.safeParse(notice)), notice.id).to.deep.equal([]);
    for (const item of fx.exposure.items) expect(issues(ExposureItem.safeParse(item)), item.id).to.deep.equal([]);
    expect(fx.rewards).to.have.length(2);
    expect(new Set(fx.debtors.map((d) => d.id)).size).to.equal(fx.debtors.length);
  });

  it('exposes dishonest debtors, restrictions and reward notices, not enforcement-case parties', () => {
    const types = new Set(fx.exposure.items.map((i) => i.type));
    expect([...types].sort()).to.deep.equal(['consumption-restriction', 'dishonest-debtor', 'reward-notice']);
    expect(fx.exposure.items.filter((i) => i.type === 'dishonest-debtor')).to.have.length(fx.debtors.filter((d) => d.type === 'dishonest-debtor').length);
    expect(fx.exposure.period.start <= TODAY && TODAY <= fx.exposure.period.end).to.equal(true);
  });

  it('is deterministic for a given day', () => {
    expect(createFixtures({ today: TODAY })).to.deep.equal(fx);
    expect(JSON.stringify(createFixtures({ today: '2025-06-16' }))).not.to.equal(JSON.stringify(fx));
  });

  it('is consistent with the seed court: case numbers, court, province, filing dates', () => {
    for (const record of fx.debtors) {
      const parsed = parseCaseNumber(record.caseNumber);
      expect(parsed, record.caseNumber).to.not.equal(undefined);
      expect(parsed!.courtCode).to.equal('湘0725');
      expect(['执', '执恢']).to.include(parsed!.typeCode);
      expect([2022, 2023]).to.include(parsed!.year);
      expect(record.filingDate.slice(0, 4)).to.equal(String(parsed!.year));
      expect(record.courtName).to.equal('桃源县人民法院');
      expect(record.province).to.equal('湖南');
    }
  });

  it('publication dates are relative to today: 30–400 days ago, none expired, ground 1 open-ended', () => {
    for (const record of fx.debtors) {
      expect(record.publishedOn >= addDays(TODAY, -400) && record.publishedOn <= addDays(TODAY, -30), record.id).to.equal(true);
      expect(record.removal).to.equal(undefined);
      if (record.publicationEndsOn) expect(record.publicationEndsOn > TODAY).to.equal(true);
      if (record.type === 'dishonest-debtor') {
        const groundOne = record.conduct === '有履行能力而拒不履行生效法律文书确定义务';
        expect(record.publicationEndsOn === undefined, record.id).to.equal(groundOne);
        expect(record.amountUnperformed! > 0).to.equal(true);
      }
    }
    // The default (today in China) never goes stale either.
    const live = createFixtures();
    const today = todayInChina();
    expect(live.debtors.every((d) => d.publishedOn < today && (d.publicationEndsOn ?? '9999') >= today)).to.equal(true);
  });

  it('publishes resident IDs masked, with valid checksums behind them; adults only', () => {
    const people = fx.debtors.filter((d) => d.partyKind === 'natural-person');
    expect(people.length).to.be.greaterThan(10);
    for (const record of people) {
      expect(record.idNumber, record.id).to.match(/^4307\d{6}\*{4}\d{3}[\dX]$/);
      expect(validateMaskedResidentId(record.idNumber!, TODAY).ok).to.equal(true);
      const full = fx.fullIdNumbers[record.id]!;
      expect(validateResidentId(full, TODAY).ok, full).to.equal(true);
      expect(maskResidentId(full)).to.equal(record.idNumber);
      expect(record.age!).to.be.at.least(18);
      expect(record.sex).to.equal(Number(full.charAt(16)) % 2 === 1 ? 'male' : 'female');
    }
  });

  it('organisations carry valid credit codes in full', () => {
    const companies = fx.debtors.filter((d) => d.partyKind === 'organization');
    expect(new Set(companies.map((c) => c.name)).size).to.be.within(3, 6);
    for (const record of companies) {
      expect(validateCreditCode(record.creditCode!).ok, record.creditCode).to.equal(true);
      expect(record.idNumber).to.equal(undefined);
      expect(record.legalRepresentative).to.be.a('string');
    }
  });

  it('well-known entries match their records', () => {
    const named = (name: string) => fx.debtors.filter((d) => d.name === name);
    expect(fixtureIds.person).to.equal('430725199001011235');
    expect(named(fixtureNames.person).map((d) => d.type).sort()).to.deep.equal(['consumption-restriction', 'dishonest-debtor']);
    expect(named(fixtureNames.person).every((d) => d.idNumber === '4307251990****1235')).to.equal(true);
    expect(named(fixtureNames.company).every((d) => d.creditCode === fixtureIds.company)).to.equal(true);
    expect(named(fixtureNames.company).map((d) => d.type).sort()).to.deep.equal(['consumption-restriction', 'dishonest-debtor']);
    expect(named(fixtureNames.restrictedOnly).map((d) => d.type)).to.deep.equal(['consumption-restriction']);
    expect(named(fixtureNames.restrictedOnly)[0]!.idNumber).to.equal(maskResidentId(fixtureIds.restrictedOnly));
    expect(named(fixtureNames.caseOnly).map((d) => d.type)).to.deep.equal(['enforcement-case']);
    expect(named(fixtureNames.caseOnly)[0]!.idNumber).to.equal(maskResidentId(fixtureIds.caseOnly));
    const common = named(fixtureNames.commonName);
    expect(common).to.have.length(2);
    expect(common.find((d) => d.idNumber === maskResidentId(fixtureIds.commonName))!.type).to.equal('dishonest-debtor');
    expect(common.find((d) => d.idNumber === maskResidentId(fixtureIds.commonNameOther))!.type).to.equal('consumption-restriction');
    for (const id of Object.values(fixtureIds)) {
      expect(id.startsWith('91') ? validateCreditCode(id).ok : validateResidentId(id, TODAY).ok, id).to.equal(true);
    }
  });
});

describe('edgeCaseRecords', () => {
  const edge = edgeCaseRecords(TODAY);
  const ids = edgeCaseIds(TODAY);

  it('are well-formed records (the SDK, not the schema, must reject them)', () => {
    for (const record of Object.values(edge)) expect(issues(DebtorRecord.safeParse(record)), record.id).to.deep.equal([]);
  });

  it('stay out of the default data set', () => {
    const fxIds = new Set(createFixtures({ today: TODAY }).debtors.map((d) => d.id));
    for (const record of Object.values(edge)) expect(fxIds.has(record.id)).to.equal(false);
  });

  it('minor: 16 years old by age and by birth year', () => {
    expect(edge.minor.age).to.equal(16);
    const year = birthYearOf(edge.minor.idNumber!)!;
    expect(Number(TODAY.slice(0, 4)) - year).to.be.within(16, 17);
    expect(validateResidentId(ids.minor, TODAY).ok).to.equal(true);
    expect(edgeCaseRecords('2031-01-31').minor.age).to.equal(16);
  });

  it('expired yesterday; removed has a removal', () => {
    expect(edge.expired.publicationEndsOn).to.equal(addDays(TODAY, -1));
    expect(edge.removed.removal).to.deep.equal({ date: addDays(TODAY, -5), reason: 'performed' });
  });

  it('hostile name is otherwise valid and masked', () => {
    expect(edge.hostileName.name).to.equal('<img src=x onerror="alert(1)">');
    expect(edge.hostileName.idNumber).to.equal(maskResidentId(ids.hostileName));
    expect(edge.hostileName.publicationEndsOn).to.equal(undefined);
    expect(edge.hostileName.removal).to.equal(undefined);
  });

  it('unmasked ID is a full, valid 18-digit ID', () => {
    expect(edge.unmaskedId.idNumber).to.equal(ids.unmaskedId);
    expect(validateResidentId(edge.unmaskedId.idNumber!, TODAY).ok).to.equal(true);
    expect(isUnmaskedResidentId(edge.unmaskedId.idNumber!)).to.equal(true);
  });
});
