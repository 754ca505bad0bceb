// What examples/node-sdk prints for one client: the court, the period and its figures, each rate
// beside its counts. A rate is undefined when its denominator is 0 (nothing accepted, nothing
// closed): printed as "—", as the README sample does, never read through.
import { actualExecutionRate, closureRate, formatCount, formatMoney, formatPercent } from '@zhixing/sdk';

/** The lines printed for one source; the same function for both sources. */
export async function report(client, locale = 'zh-CN') {
  const court = await client.getCourt();
  const stats = await client.getStats();
  const closure = closureRate(stats.cases.closed, stats.cases.accepted, stats.rateRule);
  const actual = actualExecutionRate(stats.cases.closedWithPerformance, stats.cases.closed, stats.rateRule);
  const en = locale === 'en';
  const percent = (rate) => (rate ? formatPercent(rate.percent, locale) : '—');
  return [
    `${en ? (court.nameEn ?? court.name) : court.name} (${court.courtCode})`,
    `${en ? 'Period' : '期间'}: ${(en ? stats.period.labelEn : stats.period.label) ?? `${stats.period.start} – ${stats.period.end}`}`,
    `${en ? 'Closure rate' : '结案率'}: ${percent(closure)} = ${formatCount(stats.cases.closed, locale)} / ${formatCount(stats.cases.accepted, locale)}` +
      (stats.reportedRates?.closureRate !== undefined ? ` (${en ? 'reported' : '法院公布'} ${formatPercent(stats.reportedRates.closureRate, locale)})` : ''),
    `${en ? 'Actual execution rate' : '实际执结率'}: ${percent(actual)} = ${formatCount(stats.cases.closedWithPerformance, locale)} / ${formatCount(stats.cases.closed, locale)}`,
    `${en ? 'Money recovered' : '执行到位金额'}: ${formatMoney(stats.money.recovered, locale)}`,
  ].join('\n');
}
