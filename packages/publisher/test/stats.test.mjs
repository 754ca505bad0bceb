// Statistics computed from case rows (`--stats-period`) when a court has no stats sheet: each case
// counted once however many parties it has, implementation cases only, the SDK's consistency checks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkStats, statsFromCases } from '@zhixing/publisher';
import { closureRate } from '@zhixing/sdk';

const period = { id: '2024', start: '2024-01-01', end: '2024-12-31' };
const kase = (caseNumber, typeCode, filingDate, closedOn, closingMethod, amountRecovered) => ({
  caseNumber,
  typeCode,
  filingDate,
  state: closedOn ? 'closed' : 'open',
  ...(closedOn ? { closedOn } : {}),
  ...(closingMethod ? { closingMethod } : {}),
  ...(amountRecovered ? { amountRecovered } : {}),
});

describe('statistics from case rows', () => {
  it('counts carried-over and new cases, closures, 执行完毕 and 终本, once per case', () => {
    const cases = [
      kase('（2023）湘0725执10号', '执', '2023-11-02', '2024-03-01', '执行完毕', 500_00),
      kase('(2023)湘0725执10号', '执', '2023-11-02', '2024-03-01', '执行完毕', 500_00), // a second party of the same case
      kase('（2024）湘0725执1号', '执', '2024-02-01', '2024-06-30', '终结本次执行程序'),
      kase('（2024）湘0725执2号', '执', '2024-05-01'),
      kase('（2024）湘0725执恢3号', '执恢', '2024-07-01', '2024-08-01', '和解协议履行完毕', 20_00),
      kase('（2024）湘0725执异4号', '执异', '2024-03-01', '2024-04-01', '驳回'), // review case: not counted
      kase('（2023）湘0725执9号', '执', '2023-01-01', '2023-12-01', '执行完毕'), // closed before the period
      kase('（2025）湘0725执1号', '执', '2025-01-02'), // filed after the period
    ];
    const stats = statsFromCases(cases, { courtId: 'hn-changde-taoyuan', period, asOf: '2025-01-05T09:00:00+08:00' });
    assert.deepEqual(stats.cases, { carriedOver: 1, newlyReceived: 3, accepted: 4, closed: 3, closedWithPerformance: 2, closedByTermination: 1 });
    assert.equal(stats.money.recovered, 520_00);
    assert.equal(closureRate(stats.cases.closed, stats.cases.accepted)?.percent, 75);
    assert.deepEqual(checkStats(stats), []);
  });
});
