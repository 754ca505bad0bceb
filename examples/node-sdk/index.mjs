#!/usr/bin/env node
// The SDK from Node: Taoyuan court's statistics read twice — from a static feed served over real
// HTTP on 127.0.0.1, and from the documented HTTP API (mocked with msw) — printed identically.
import { setupServer } from 'msw/node';
import { actualExecutionRate, closureRate, createClient, formatCount, formatMoney, formatPercent, httpSource, staticSource } from '@zhixing/sdk';
import { createFixtures, createMockApi } from '@zhixing/mocks';
import { demoFeed } from '../../scripts/lib/demo-data.mjs';
import { createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFeed } from '../../scripts/lib/demo-data.mjs';

const locale = process.argv.includes('--en') ? 'en' : 'zh-CN';

/** What we print: the same function for both sources. */
async function report(client) {
  const court = await client.getCourt();
  const stats = await client.getStats();
  const closure = closureRate(stats.cases.closed, stats.cases.accepted, stats.rateRule);
  const actual = actualExecutionRate(stats.cases.closedWithPerformance, stats.cases.closed, stats.rateRule);
  const en = locale === 'en';
  return [
    `${en ? (court.nameEn ?? court.name) : court.name} (${court.courtCode})`,
    `${en ? 'Period' : '期间'}: ${(en ? stats.period.labelEn : stats.period.label) ?? `${stats.period.start} – ${stats.period.end}`}`,
    `${en ? 'Closure rate' : '结案率'}: ${formatPercent(closure.percent, locale)} = ${formatCount(stats.cases.closed, locale)} / ${formatCount(stats.cases.accepted, locale)}` +
      (stats.reportedRates?.closureRate !== undefined ? ` (${en ? 'reported' : '法院公布'} ${formatPercent(stats.reportedRates.closureRate, locale)})` : ''),
    `${en ? 'Actual execution rate' : '实际执结率'}: ${formatPercent(actual.percent, locale)} = ${formatCount(stats.cases.closedWithPerformance, locale)} / ${formatCount(stats.cases.closed, locale)}`,
    `${en ? 'Money recovered' : '执行到位金额'}: ${formatMoney(stats.money.recovered, locale)}`,
  ].join('\n');
}

// 1. Static feed: plain files on a web server.
const dir = await mkdtemp(join(tmpdir(), 'zhixing-feed-'));
await writeFeed(demoFeed({ generated: 0 }), dir);
const server = createStaticServer({ root: dir });
const feedUrl = await listen(server);
const fromFeed = await report(createClient({ source: staticSource(feedUrl) }));
server.close();
await rm(dir, { recursive: true, force: true });

// 2. The HTTP API, mocked by msw (no backend to install).
const apiBase = 'https://api.taoyuan-court.test/zhixing/v1/';
const mock = setupServer(...createMockApi({ baseUrl: apiBase, dataset: createFixtures() }).handlers);
mock.listen({ onUnhandledRequest: 'error' });
const fromApi = await report(createClient({ source: httpSource(apiBase) }));
mock.close();

console.log(`== static feed ${feedUrl} ==\n${fromFeed}\n`);
console.log(`== HTTP API ${apiBase} (msw) ==\n${fromApi}\n`);
console.log(fromFeed === fromApi ? 'Both sources agree.' : 'MISMATCH between the sources!');
process.exitCode = fromFeed === fromApi ? 0 : 1;
