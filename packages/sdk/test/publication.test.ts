// The publication rules the SDK enforces before anything reaches a caller.
import { expect } from '@open-wc/testing';
import { DebtorRecord, EnforcementStats, ExposureItem, ShardManifest, maskIdsInText, screenForPublication, validateRecords, withholdReason } from '../src/index';

const NOW = new Date('2026-11-27T04:00:00Z'); // 12:00 in China

function person(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'dishonest-debtor',
    id: 'r1',
    partyKind: 'natural-person',
    name: '李四',
    idNumber: '4307251990****1235',
    caseNumber: '（2023）湘0725执123号',
    courtName: '桃源县人民法院',
    filingDate: '2023-03-01',
    publishedOn: '2026-01-05',
    basisDocumentNumber: '（2022）湘0725民初88号',
    basisIssuer: '桃源县人民法院',
    obligation: '支付货款120000元及利息',
    performance: 'none',
    conduct: '有履行能力而拒不履行生效法律文书确定义务',
    ...overrides,
  };
}

function run(items: unknown[], now = NOW) {
  const validated = validateRecords(items, ExposureItem, 'items', now);
  const screened = screenForPublication(validated.records, now);
  return { records: screened.records, issues: [...validated.issues, ...screened.issues] };
}

describe('publication rules', () => {
  it('passes a valid, current record unchanged', () => {
    const { records, issues } = run([person()]);
    expect(records).to.have.length(1);
    expect(issues).to.deep.equal([]);
  });

  it('reports one invalid record with its path and keeps the rest', () => {
    const items = [person({ id: 'a' }), person({ id: 'b', filingDate: '2023-02-30' }), person({ id: 'c' })];
    const { records, issues } = run(items);
    expect(records.map((r) => r.id)).to.deep.equal(['a', 'c']);
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ code: 'invalid', path: 'items[1].filingDate', recordId: 'b' });
  });

  it('masks an unmasked resident ID in the ID field and anywhere in the text', () => {
    const { records, issues } = run([person({ idNumber: '430725199001011235', obligation: '被执行人43072519850615101x应支付' })]);
    const record = records[0] as DebtorRecord;
    expect(record.idNumber).to.equal('4307251990****1235');
    expect((record as { obligation: string }).obligation).to.equal('被执行人4307251985****101X应支付');
    expect(issues.map((i) => i.code)).to.deep.equal(['id-masked']);
  });

  it('masks full-width and 15-digit IDs in text too', () => {
    expect(maskIdsInText('４３０７２５１９９００１０１１２３５')).to.equal('4307251990****1235');
    expect(maskIdsInText('旧证号430725900101123')).to.equal('旧证号43072590****123');
    expect(maskIdsInText('（2023）湘0725执123号')).to.equal('（2023）湘0725执123号');
  });

  it('keeps an organisation’s valid credit code public', () => {
    const org = person({ partyKind: 'organization', name: '桃源县某建材有限公司', idNumber: undefined, creditCode: '91430725MA4L00003Y', legalRepresentative: '王五' });
    const { records } = run([org]);
    expect((records[0] as DebtorRecord).creditCode).to.equal('91430725MA4L00003Y');
  });

  it('withholds minors: by age, by an unmasked birth date, and when a masked ID leaves it in doubt', () => {
    const { records, issues } = run([
      person({ id: 'age', age: 16 }),
      person({ id: 'born', idNumber: '430725201001011233' }),
      person({ id: 'doubt', idNumber: '4307252008****1230' }),
      person({ id: 'adult', idNumber: '4307252008****1230', age: 18 }),
    ]);
    expect(records.map((r) => r.id)).to.deep.equal(['adult']);
    expect(issues.filter((i) => i.code === 'minor').map((i) => i.recordId).sort()).to.deep.equal(['age', 'born', 'doubt']);
  });

  it('withholds removed, not yet published and ended entries, judged in China time', () => {
    const items = [
      person({ id: 'removed', removal: { date: '2026-11-01', reason: 'performed' } }),
      person({ id: 'future', publishedOn: '2026-12-01' }),
      person({ id: 'ended', publicationEndsOn: '2026-11-26' }),
      person({ id: 'last-day', publicationEndsOn: '2026-11-27' }),
    ];
    const { records, issues } = run(items);
    expect(records.map((r) => r.id)).to.deep.equal(['last-day']);
    expect(Object.fromEntries(issues.map((i) => [i.recordId, i.code]))).to.deep.equal({ removed: 'removed', future: 'not-yet-published', ended: 'publication-ended' });
    // 16:30 UTC on the 27th is already the 28th in China: the last day is over.
    const late = run([person({ publicationEndsOn: '2026-11-27' })], new Date('2026-11-27T16:30:00Z'));
    expect(late.records).to.have.length(0);
  });

  it('withholds an expired reward notice', () => {
    const reward = {
      type: 'reward-notice',
      id: 'rw',
      caseNumber: '（2023）湘0725执9号',
      courtName: '桃源县人民法院',
      debtor: { partyKind: 'natural-person', name: '赵六', idNumber: '4307251980****2211' },
      rewardAmount: 500000,
      conditions: '提供可供执行财产线索并执行到位',
      contact: { phone: '0736-6681180' },
      publishedOn: '2026-01-01',
      validFrom: '2026-01-01',
      validUntil: '2026-06-30',
    };
    expect(withholdReason(reward as never, '2026-11-27')?.code).to.equal('publication-ended');
    expect(run([reward]).records).to.have.length(0);
  });

  it('rejects an ID with a future birth date as invalid instead of failing the whole response', () => {
    const { records, issues } = run([person({ id: 'future-born', idNumber: '430725203001011238' }), person({ id: 'ok' })]);
    expect(records.map((r) => r.id)).to.deep.equal(['ok']);
    expect(issues[0]).to.include({ code: 'invalid', recordId: 'future-born', path: 'items[0].idNumber' });
  });

  it('refuses a record whose case number has an impossible year on the day it is read (2999, after next year, before 1949)', () => {
    const { records, issues } = run([
      person({ id: 'y2999', caseNumber: '（2999）湘0725执1186号' }),
      person({ id: 'y2028', caseNumber: '(2028)湘0725执1号' }),
      person({ id: 'y1900', caseNumber: '（1900）湘0725执1号' }),
      person({ id: 'y2027', caseNumber: '（2027）湘0725执1号' }),
      person({ id: 'other-format', caseNumber: '（2023）桃执字第12号' }),
    ]);
    expect(records.map((r) => r.id)).to.deep.equal(['y2027', 'other-format']);
    expect(issues.map((i) => [i.recordId, i.code])).to.deep.equal([['y2999', 'invalid'], ['y2028', 'invalid'], ['y1900', 'invalid']]);
    expect(issues[0]!.message).to.equal('case number year 2999 is impossible');
    // The reader's day decides: in 2027, a 2028 case number is possible.
    expect(withholdReason(person({ caseNumber: '（2028）湘0725执1号' }) as never, '2027-01-02')).to.equal(undefined);
    expect(withholdReason(person({ caseNumber: '（2028）湘0725执1号' }) as never, '2026-12-31')?.code).to.equal('invalid');
  });

  it('withholdReason alone withholds a minor at the listing date by the record’s own ID, masked or full', () => {
    const today = '2026-11-27';
    const at = (overrides: Record<string, unknown>) => withholdReason(person(overrides) as never, today);
    // Masked: only the birth year is known. Listed 2026-01-05.
    expect(at({ idNumber: '4307252010****1234' })?.code).to.equal('minor'); // 16 in the listing year
    expect(at({ idNumber: '4307252008****1234' })?.code).to.equal('minor'); // 18 in the listing year: the birthday may not have come
    expect(at({ idNumber: '4307252008****1234', age: 18 })).to.equal(undefined); // … unless the published age settles it
    expect(at({ idNumber: '4307252007****1234' })).to.equal(undefined);
    // Listed at 17, shown years later: still withheld (the listing date decides, not today).
    expect(at({ idNumber: '4307252006****1234', publishedOn: '2023-06-01' })?.code).to.equal('minor');
    expect(at({ idNumber: '4307252006****1234', publishedOn: '2025-03-01' })).to.equal(undefined);
    expect(at({ idNumber: '4307252006****1234', publishedOn: '2025-03-01', decidedOn: '2023-12-20' })?.code).to.equal('minor'); // the decision date counts
    // Full IDs (a careless caller's own records): the exact birth date.
    expect(at({ idNumber: '430725200801060014' })?.code).to.equal('minor'); // 17 on 2026-01-05
    expect(at({ idNumber: '430725200801050019' })).to.equal(undefined); // 18 that day
    // Born after the listing date: not a real record.
    expect(at({ idNumber: '4307252027****1234' })?.code).to.equal('invalid');
    // A reward notice's debtor.
    const reward = { type: 'reward-notice', id: 'rw', caseNumber: '（2023）湘0725执9号', debtor: { partyKind: 'natural-person', name: '赵六', idNumber: '4307252012****2211' }, publishedOn: '2026-01-01', validFrom: '2026-01-01', validUntil: '2026-12-31' };
    expect(withholdReason(reward as never, today)?.code).to.equal('minor');
    // The same verdict as the screening stack, which every record from a source passes.
    for (const idNumber of ['4307252010****1234', '4307252008****1234', '4307252007****1234']) {
      const stack = run([person({ idNumber })]).issues.map((i) => i.code);
      expect(stack.includes('minor'), idNumber).to.equal(at({ idNumber })?.code === 'minor');
    }
    // A record the stack passed on the full ID (18 on the listing day) is not judged again by the masked ID it now carries.
    const validated = validateRecords([person({ idNumber: '430725200801050019' })], ExposureItem, 'items', NOW).records;
    expect(validated.map(({ record }) => (record as { idNumber: string }).idNumber)).to.deep.equal(['4307252008****0019']);
    expect(withholdReason(validated[0]!.record as never, today)).to.equal(undefined);
    expect(at({ idNumber: '4307252008****0019' })?.code).to.equal('minor'); // the same data arriving masked: in doubt, withheld
  });

  it('withholds the party to a closed enforcement case', () => {
    const party = person({ type: 'enforcement-case', caseState: 'closed', subjectAmount: 100 });
    for (const key of ['basisDocumentNumber', 'basisIssuer', 'obligation', 'performance', 'conduct']) delete party[key];
    const validated = validateRecords([party], DebtorRecord, 'items', NOW);
    expect(validated.issues).to.deep.equal([]);
    expect(screenForPublication(validated.records, NOW).issues[0]?.code).to.equal('case-closed');
  });

  it('rejects statistics whose counts contradict each other', async () => {
    const { taoyuanStats } = await import('@zhixing/mocks');
    expect(EnforcementStats.safeParse(taoyuanStats).success).to.equal(true);
    const bad = EnforcementStats.safeParse({ ...taoyuanStats, cases: { ...taoyuanStats.cases, closed: 4000 } });
    expect(bad.success).to.equal(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).to.include('cases.closed');
  });

  it('accepts only a power-of-two shard count in a manifest', () => {
    const manifest = { format: 'zhixing-shards/1', version: 'v1', generatedAt: '2026-11-27T08:00:00+08:00', recordCount: 10, hash: 'fnv1a32', shardPath: 'shards/{shard}.json' };
    expect(ShardManifest.safeParse({ ...manifest, shardCount: 1024 }).success).to.equal(true);
    expect(ShardManifest.safeParse({ ...manifest, shardCount: 1000 }).success).to.equal(false);
  });

  it('keeps a hostile name as plain data (escaping is the renderer’s job)', () => {
    const { records } = run([person({ name: '<img src=x onerror="alert(1)">' })]);
    expect((records[0] as DebtorRecord).name).to.equal('<img src=x onerror="alert(1)">');
  });
});
