// A high court publishing one feed for several courts (issue 19): `--court` takes an array of courts
// (or a court.json with `courts`); every row must belong to one of them (else a row problem in zh-CN
// and en) and its record names it (`courtCode`); the stats sheet gets a court column and the
// statistics are written court by court; statistics computed from case rows are per court too.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildFeed, feedCourt, main, readPublishedRecords } from '@zhixing/publisher/node';
import { createClient, recordCourtCode, residentIdCheckChar, staticSource, validators } from '@zhixing/sdk';
import { provinceCourts } from '@zhixing/mocks';
import { createStaticServer, listen } from '../../../scripts/lib/static-server.mjs';

const TODAY = '2026-11-30';
const now = new Date(`${TODAY}T12:00:00+08:00`);
const courts = [provinceCourts.high, provinceCourts.changde, provinceCourts.taoyuan, provinceCourts.wuling];
const HEADERS = ['类型', '被执行人姓名/名称', '身份证号码/组织机构代码', '执行案号', '执行法院', '立案时间', '发布时间', '履行情况', '失信情形', '生效法律文书确定的义务', '执行依据文号', '做出执行依据单位'];
const row = (name, id, caseNumber, court) => ['失信被执行人', name, id, caseNumber, court, '2025/3/2', '2026-03-10', '全部未履行', '有履行能力而拒不履行生效法律文书确定义务', '偿还借款本金10000元及利息', '（2024）湘0725民初1号', court].join(',');
const ROWS = [
  row('刘建军', '430725199001011235', '（2025）湘0725执11号', '湖南省桃源县人民法院'),
  row('陈红', '430702198506151015', '(2025)湘0702执12号', '常德市武陵区人民法院'),
  row('周强', '11010519491231002X', '（2025）湘07执13号', '常德市中级人民法院'),
  row('唐明', '430725197811032012', '（2025）湘执14号', '湖南省高级人民法院'),
];
const STATS = [
  '法院代码,期间编号,开始日期,结束日期,受理,已结,执行完毕,执行到位金额',
  '湘0725,2025,2025-01-01,2025-12-31,3643,3387,2674,3.14亿',
  '常德市武陵区人民法院,2025,2025-01-01,2025-12-31,5210,4790,3402,4.025亿',
  'hn-high-court,2025,2025-01-01,2025-12-31,412,371,236,4860万',
].join('\n');

const quiet = { log: () => {}, error: () => {} };
const json = async (path) => JSON.parse(await readFile(path, 'utf8'));

describe('multi-court feeds from the publisher', () => {
  let dir;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zhixing-courts-'));
    await writeFile(join(dir, 'rows.csv'), [HEADERS.join(','), ...ROWS].join('\n'));
    await writeFile(join(dir, 'stats.csv'), STATS);
    await writeFile(join(dir, 'courts.json'), JSON.stringify(courts));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('takes an array of courts (the first publishes) or a court.json with courts, and refuses a court without a code', () => {
    const court = feedCourt(courts);
    assert.equal(court.id, 'hn-high-court');
    assert.deepEqual(court.courts.map((c) => c.courtCode), ['湘', '湘07', '湘0725', '湘0702']);
    assert.deepEqual(feedCourt(court), court);
    assert.equal(feedCourt(provinceCourts.taoyuan).courts, undefined, 'one court: a single-court feed as before');
    assert.throws(() => feedCourt([...courts, { id: 'hn-x', name: '某法院', regionCode: '430000' }]), /法院信息无效 \/ invalid court: courts/);
    assert.throws(() => feedCourt([]), /invalid court/);
  });

  it('publishes each row under its court, the statistics court by court, and a feed the SDK reads per court', async () => {
    const out = join(dir, 'feed');
    const lines = [];
    const code = await main(['build', join(dir, 'rows.csv'), '--court', join(dir, 'courts.json'), '--stats', join(dir, 'stats.csv'), '--out', out, '--today', TODAY], { log: (l) => lines.push(l), error: (l) => lines.push(l) });
    assert.equal(code, 0, lines.join('\n'));
    assert.match(lines.join('\n'), /hn-changde-taoyuan 2025 \(3387\/3643\)/);
    const court = await json(join(out, 'court.json'));
    assert.equal(validators.Court.safeParse(court).success, true);
    assert.equal(court.courts.length, 4);
    const manifest = await json(join(out, 'debtors/manifest.json'));
    const records = [];
    for await (const record of readPublishedRecords(out, manifest)) records.push(record);
    assert.deepEqual(Object.fromEntries(records.map((r) => [r.name, r.courtCode])), { 刘建军: '湘0725', 陈红: '湘0702', 周强: '湘07', 唐明: '湘' });
    // Shown under the court it is filed under: the name court.json gives that court.
    assert.ok(records.every((r) => r.courtName === court.courts.find((c) => c.courtCode === r.courtCode).name));
    const exposure = await json(join(out, 'exposure.json'));
    assert.ok(exposure.items.every((item) => item.courtCode === recordCourtCode(item)));
    assert.equal(exposure.court.courts.length, 4);
    const index = await json(join(out, 'stats/index.json'));
    assert.deepEqual(index.periods, []);
    assert.deepEqual(index.courts.map((c) => [c.courtId, c.periods.map((p) => p.id)]), [['hn-high-court', ['2025']], ['hn-changde-taoyuan', ['2025']], ['hn-changde-wuling', ['2025']]]);
    assert.equal((await json(join(out, 'stats/hn-changde-wuling/2025.json'))).cases.accepted, 5210);

    const server = createStaticServer({ root: out });
    try {
      const client = createClient({ source: staticSource(await listen(server)), now: () => now });
      assert.equal((await client.getStats(undefined, { court: '湘0702' })).cases.closed, 4790);
      assert.equal((await client.getStats(undefined, { court: '湘' })).courtId, 'hn-high-court');
      await assert.rejects(client.getStats(undefined, { court: '湘07' }), /the source lists no periods/);
      const board = await client.getExposure({ court: '湘0702' });
      assert.deepEqual(board.items.map((i) => i.name), ['陈红']);
      assert.equal(board.court.name, '常德市武陵区人民法院');
      assert.deepEqual((await client.searchDebtors({ name: '刘建军', court: '湘0725' })).items.map((r) => r.courtCode), ['湘0725']);
      assert.equal((await client.searchDebtors({ name: '刘建军', court: '湘0702' })).total, 0);
    } finally {
      server.close();
    }
  });

  it('refuses a row whose court is not among the given courts, saying so in zh-CN and en', async () => {
    const rows = join(dir, 'unknown.csv');
    await writeFile(rows, [HEADERS.join(','), ROWS[0], row('李丽', '430725199001011235', '（2025）湘0703执15号', '常德市鼎城区人民法院')].join('\n'));
    const report = await buildFeed({ inputs: [rows], court: courts, out: join(dir, 'refused'), now });
    assert.equal(report.written, false);
    assert.equal(report.problemCount, 1);
    const [problem] = report.problems;
    assert.equal(problem.code, 'court-unknown');
    assert.equal(problem.row, 3);
    assert.equal(problem.value, '湘0703');
    assert.match(problem.zh, /不在 --court 给出的法院之中.*可用：湘、湘07、湘0725、湘0702/);
    assert.match(problem.en, /not among the courts given with --court.*known: 湘, 湘07, 湘0725, 湘0702/);
    // With --skip-invalid the other rows are published.
    const skipped = await buildFeed({ inputs: [rows], court: courts, out: join(dir, 'skipped'), now, skipInvalid: true });
    assert.equal(skipped.written, true);
    assert.equal(skipped.tally.published, 1);
    // A single court, as before: rows are not checked against a court list.
    const single = await buildFeed({ inputs: [rows], court: provinceCourts.taoyuan, out: join(dir, 'single'), now, dryRun: true });
    assert.equal(single.problemCount, 0);
  });

  it('needs the court column in a multi-court stats sheet, and a court the feed has in it', async () => {
    const noColumn = join(dir, 'stats-no-court.csv');
    await writeFile(noColumn, STATS.split('\n').map((line) => line.split(',').slice(1).join(',')).join('\n'));
    const missing = await buildFeed({ inputs: [join(dir, 'rows.csv')], court: courts, stats: [noColumn], out: join(dir, 'no-column'), now });
    assert.equal(missing.written, false);
    assert.match(missing.problems[0].zh, /统计表缺少“法院代码”列/);
    const unknown = join(dir, 'stats-unknown.csv');
    await writeFile(unknown, `${STATS}\n湘0703,2025,2025-01-01,2025-12-31,2980,2711,1980,1.873亿`);
    const refused = await buildFeed({ inputs: [join(dir, 'rows.csv')], court: courts, stats: [unknown], out: join(dir, 'unknown-stats'), now });
    assert.equal(refused.written, false);
    assert.deepEqual(refused.problems.map((p) => [p.row, p.column, p.value]), [[5, 'A', '湘0703']]);
    assert.match(refused.problems[0].en, /court not among the courts given with --court/);
    // A single court's sheet with the column: it must name that court.
    const wrong = await buildFeed({ inputs: [join(dir, 'rows.csv')], court: provinceCourts.taoyuan, stats: [join(dir, 'stats.csv')], out: join(dir, 'single-stats'), now, dryRun: true });
    assert.deepEqual(wrong.problems.map((p) => p.row), [3, 4]);
  });

  it('computes statistics from case rows court by court', async () => {
    const rows = join(dir, 'cases.csv');
    const caseRow = (caseNumber, court, closedOn) => ['被执行人', '赵六', '430725199001011235', caseNumber, court, '2025/3/2', '2025-03-05', '', '', '', '', '', closedOn ? '已结' : '未结', closedOn, closedOn ? '执行完毕' : ''].join(',');
    await writeFile(rows, [
      [...HEADERS, '案件状态', '结案日期', '结案方式'].join(','),
      caseRow('（2025）湘0725执21号', '桃源县人民法院', '2025-06-01'),
      caseRow('（2025）湘0725执22号', '桃源县人民法院', ''),
      caseRow('（2025）湘0702执23号', '常德市武陵区人民法院', '2025-07-01'),
    ].join('\n'));
    const report = await buildFeed({ inputs: [rows], court: courts, statsPeriod: { id: '2025', start: '2025-01-01', end: '2025-12-31' }, out: join(dir, 'computed'), now });
    assert.equal(report.written, true, JSON.stringify(report.problems));
    assert.deepEqual(report.stats.map((s) => [s.courtId, s.cases.accepted, s.cases.closed]), [['hn-changde-taoyuan', 2, 1], ['hn-changde-wuling', 1, 1]]);
  });

  it('keeps the newest board entries of each court, not of the province', async () => {
    const report = await buildFeed({ inputs: [join(dir, 'rows.csv')], court: courts, out: join(dir, 'limit'), now, exposure: { limit: 1 } });
    assert.equal(report.exposureItems, 4);
    const exposure = await json(join(dir, 'limit', 'exposure.json'));
    assert.deepEqual(exposure.items.map((i) => i.courtCode).sort(), ['湘', '湘07', '湘0702', '湘0725']);
  });

  it('refuses a reward notice of a court the feed does not have', async () => {
    const reward = (caseNumber, id) => ({ type: 'reward-notice', id, caseNumber, courtName: '某法院', debtor: { partyKind: 'organization', name: '某公司', creditCode: '91430725MA4L00003Y' }, rewardAmount: 100000, conditions: '提供财产线索', contact: { phone: '0736-1' }, publishedOn: '2026-11-01', validFrom: '2026-11-01', validUntil: '2027-01-01' });
    const report = await buildFeed({ inputs: [join(dir, 'rows.csv')], court: courts, out: join(dir, 'rewards'), now, exposure: { extra: [reward('（2026）湘0725执5号', 'xs-1'), reward('（2026）湘0799执5号', 'xs-2')] } });
    assert.equal(report.written, false);
    assert.deepEqual(report.problems.map((p) => [p.code, p.row, p.value]), [['court-unknown', 2, '湘0799']]);
  });
  it('writes the paged board with per-court lists keyed by the court a record is filed under, hot names court by court, and a delta on the next version', async () => {
    // Wuling was renamed: rows with its former code 湘0799 are filed under it (its current code 湘0702).
    const renamed = courts.map((c) => (c.courtCode === '湘0702' ? { ...c, formerCourtCodes: ['湘0799'] } : c));
    const id = (region, i) => {
      const first17 = `${region}198001${10 + i}${String(100 + i).slice(-3)}`;
      return first17 + residentIdCheckChar(first17);
    };
    // 王伟 in three courts, more often than a shard keeps with these options: a hot name.
    const wangWei = [
      ...[0, 1, 2].map((i) => row('王伟', id('430725', i), `（2025）湘0725执${200 + i}号`, '湖南省桃源县人民法院')),
      ...[3, 4].map((i) => row('王伟', id('430702', i), `（2025）湘0702执${200 + i}号`, '常德市武陵区人民法院')),
      row('王伟', id('430702', 5), '（2018）湘0799执205号', '常德县人民法院'),
      row('王伟', id('430700', 6), '（2025）湘07执206号', '常德市中级人民法院'),
    ];
    const rows = join(dir, 'paged-rows.csv');
    await writeFile(rows, [HEADERS.join(','), ...ROWS, row('李娜', id('430702', 7), '（2017）湘0799执9号', '常德县人民法院'), ...wangWei].join('\n'));
    await writeFile(join(dir, 'renamed.json'), JSON.stringify(renamed));
    const out = join(dir, 'paged');
    // One shard, a low hot threshold and no compaction for size: a small feed shows what a province's does.
    const build = async () => {
      const report = await buildFeed({ inputs: [rows], court: renamed, out, now, shardCount: 1, hot: { hotThreshold: 2, pageSize: 2 }, compaction: { ratio: 1 } });
      assert.equal(report.written, true, JSON.stringify(report.problems));
    };
    await build();

    const index = await json(join(out, 'exposure/index.json'));
    assert.equal(validators.ExposureIndex.safeParse(index).success, true);
    assert.equal(index.court.courts.length, 4);
    const lists = await json(join(out, 'exposure', index.courts));
    assert.deepEqual(lists.courts.map((c) => c.court), ['湘', '湘07', '湘0702', '湘0725']);
    const entriesOf = async (court) => {
      const ref = lists.courts.find((c) => c.court === court).lists.find((l) => l.section === 'dishonest' && l.sort === 'published');
      const list = await json(join(out, 'exposure', index.listPath.replace('{list}', ref.list)));
      assert.equal(list.court, court);
      const items = [];
      for (const page of list.pages) items.push(...(await json(join(out, 'exposure', index.pagePath.replace('{page}', page.id)))).items);
      return items;
    };
    const wuling = await entriesOf('湘0702');
    assert.deepEqual(wuling.map((i) => i.caseNumber).sort(), ['（2025）湘0702执12号', '（2017）湘0799执9号', '（2018）湘0799执205号', '（2025）湘0702执203号', '（2025）湘0702执204号'].sort());
    assert.ok(wuling.every((i) => i.courtCode === '湘0702' && i.courtName === '常德市武陵区人民法院'));
    assert.deepEqual(new Set((await entriesOf('湘0725')).map((i) => i.courtCode)), new Set(['湘0725']));

    // The streaming writer's hot name: key buckets and pages court by court.
    const manifest = await json(join(out, 'debtors/manifest.json'));
    assert.equal(manifest.format, 'zhixing-shards/2');
    const shard = await json(join(out, 'debtors', manifest.shardPath.replace('{shard}', '0')));
    const hot = shard.hot.find((h) => h.name === '王伟');
    assert.ok(hot.keyBuckets >= 1);
    assert.deepEqual(hot.courts, [{ courtCode: '湘07', total: 1 }, { courtCode: '湘0702', total: 3 }, { courtCode: '湘0725', total: 3 }]);

    // The next day one row changed: a delta over the published shards, still court-scoped for readers.
    await writeFile(rows, (await readFile(rows, 'utf8')).replace('（2025）湘0725执201号', '（2025）湘0725执299号'));
    await build();
    const next = await json(join(out, 'debtors/manifest.json'));
    assert.equal(next.shardPath, manifest.shardPath, 'the base is kept');
    assert.ok(next.delta && next.delta.records >= 1, 'the change is in the delta layer');
    const server = createStaticServer({ root: out });
    try {
      const client = createClient({ source: staticSource(await listen(server)), now: () => now });
      const taoyuan = await client.searchDebtors({ name: '王伟', court: '湘0725', pageSize: 10 });
      assert.deepEqual(taoyuan.items.map((r) => r.caseNumber).sort(), ['（2025）湘0725执200号', '（2025）湘0725执202号', '（2025）湘0725执299号']);
      const former = await client.searchDebtors({ name: '王伟', court: '湘0799', pageSize: 10 });
      assert.deepEqual(former.items.map((r) => r.courtCode), ['湘0702', '湘0702', '湘0702']);
      const board = await client.getExposure({ paged: true, court: '湘0799' });
      assert.equal(board.paged.court, '湘0702');
      const list = await client.getExposureList(board.paged, { section: 'dishonest', sort: 'published' });
      assert.equal(list.total, 5);
    } finally {
      server.close();
    }
  });
});
