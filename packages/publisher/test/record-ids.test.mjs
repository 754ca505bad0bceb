// Record ids of rows without a 记录编号 (issue 19): real fnv1a32 collisions of the short id, found by a
// birthday search, are published under distinct ids — the same in any row order and from build to
// build, ids already published kept — while the same record twice is still refused.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DebtorRecord, containsResidentId, fnv1a32, residentIdCheckChar } from '@zhixing/sdk';
import { mulberry32, taoyuanCourt } from '@zhixing/mocks';
import { RecordIds, buildFeed, correctRecords, derivedRecordIds, identityKey, isWideRecordId, loadPublishedFeed, readPublishedRecords } from '@zhixing/publisher/node';

const NOW = new Date('2026-11-30T12:00:00+08:00');
const TYPE = 'dishonest-debtor';
const HEADER = ['记录编号', '被执行人姓名/名称', '身份证号码/组织机构代码', '执行案号', '执行法院', '立案时间', '发布时间', '失信情形', '未履行金额', '履行情况', '执行依据文号', '做出执行依据单位', '生效法律文书确定的义务', '删除日期', '删除原因'];

/**
 * Identities as an export has them (names from common surnames and given names, valid resident IDs,
 * case numbers of one year), searched until `wanted` pairs share a short id: a birthday search over
 * 2³² values finds a few among ~150,000.
 */
function findCollisions(wanted) {
  const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗';
  const GIVEN = '伟强军勇杰涛斌超明刚平辉鹏华飞芳娜敏静丽艳娟霞燕';
  const REGIONS = ['430725', '430721', '430722', '430723', '430724', '430726', '430781', '430702'];
  const rand = mulberry32(19);
  const pick = (text) => text.charAt(Math.floor(rand() * text.length));
  const pad = (n, w) => String(n).padStart(w, '0');
  const seen = new Map();
  const pairs = [];
  const others = [];
  for (let i = 0; i < 1_000_000 && pairs.length < wanted; i++) {
    const name = pick(SURNAMES) + pick(GIVEN) + (rand() < 0.5 ? pick(GIVEN) : '');
    const first17 = `${REGIONS[Math.floor(rand() * REGIONS.length)]}${1960 + Math.floor(rand() * 45)}${pad(1 + Math.floor(rand() * 12), 2)}${pad(1 + Math.floor(rand() * 28), 2)}${pad(1 + Math.floor(rand() * 998), 3)}`;
    const person = { name, idNumber: first17 + residentIdCheckChar(first17), caseNumber: `（2026）湘0725执${1 + Math.floor(rand() * 9000)}号` };
    const ids = derivedRecordIds({ type: TYPE, ...person });
    const other = seen.get(ids.short);
    if (other && other.key !== ids.key) pairs.push([other, { ...person, ...ids }]);
    else if (!other) seen.set(ids.short, { ...person, ...ids });
    if (i < 5) others.push({ ...person, ...ids });
  }
  return { pairs, others };
}

const { pairs, others } = findCollisions(3);

function rowOf(person, extra = {}) {
  const cells = {
    记录编号: '',
    '被执行人姓名/名称': person.name,
    '身份证号码/组织机构代码': person.idNumber,
    执行案号: person.caseNumber,
    执行法院: '桃源县人民法院',
    立案时间: '2026/3/2',
    发布时间: '2026-04-01',
    失信情形: '有履行能力而拒不履行生效法律文书确定义务',
    未履行金额: '12,000.00',
    履行情况: '全部未履行',
    执行依据文号: '（2025）湘0725民初12号',
    做出执行依据单位: '桃源县人民法院',
    生效法律文书确定的义务: '偿还借款本金12000元',
    删除日期: '',
    删除原因: '',
    ...extra,
  };
  return HEADER.map((h) => (/[",]/.test(cells[h]) ? `"${cells[h].replace(/"/g, '""')}"` : cells[h])).join(',');
}

describe('record ids without a 记录编号', () => {
  let root;
  let n = 0;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'zhixing-ids-'));
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const csv = async (lines) => {
    const path = join(root, `rows-${++n}.csv`);
    await writeFile(path, `${HEADER.join(',')}\n${lines.join('\n')}\n`);
    return path;
  };
  const build = async (lines, out = join(root, `feed-${++n}`), extra = {}) => {
    const report = await buildFeed({ inputs: [await csv(lines)], out, court: taoyuanCourt, now: NOW, ...extra });
    return { report, out };
  };
  /** identity key → published id. */
  const publishedIds = async (out) => {
    const feed = await loadPublishedFeed(out);
    const ids = new Map();
    for await (const record of readPublishedRecords(out, feed.manifest)) {
      assert.ok(!ids.has(identityKey(record)), 'one record per identity');
      ids.set(identityKey(record), record.id);
    }
    return { ids, feed };
  };

  it('the birthday search finds real fnv1a32 collisions of different identities', () => {
    assert.equal(pairs.length, 3);
    for (const [a, b] of pairs) {
      assert.notEqual(a.key, b.key);
      assert.equal(fnv1a32(a.key), fnv1a32(b.key));
      assert.equal(a.short, b.short);
      assert.notEqual(a.wide, b.wide);
    }
  });

  it('both records of a collision are published, under distinct ids that are the same in any row order', async () => {
    const lines = [...pairs.flat(), ...others].map((p) => rowOf(p));
    const forward = await build(lines);
    const backward = await build([...lines].reverse());
    const shuffled = await build([...lines.slice(3), ...lines.slice(0, 3)].reverse());
    for (const { report } of [forward, backward, shuffled]) {
      assert.equal(report.problemCount, 0, JSON.stringify(report.problems.slice(0, 3)));
      assert.equal(report.written, true);
      assert.equal(report.tally.published, lines.length);
      assert.equal(report.idCollisions, pairs.length);
    }
    const a = await publishedIds(forward.out);
    const b = await publishedIds(backward.out);
    const c = await publishedIds(shuffled.out);
    assert.equal(a.ids.size, lines.length);
    assert.deepEqual([...b.ids].sort(), [...a.ids].sort(), 'same ids in reverse order');
    assert.deepEqual([...c.ids].sort(), [...a.ids].sort(), 'same ids in another order');
    assert.equal(new Set(a.ids.values()).size, lines.length, 'all distinct');
    for (const other of others) assert.equal(a.ids.get(other.key), other.short, 'no collision: the id feeds have always had');
    for (const [x, y] of pairs) {
      // Without a published feed the record with the smaller wide id keeps the short form.
      const [keeps, moves] = x.wide < y.wide ? [x, y] : [y, x];
      assert.equal(a.ids.get(keeps.key), keeps.short);
      assert.equal(a.ids.get(moves.key), moves.wide);
      assert.ok(isWideRecordId(moves.wide));
      assert.ok(!containsResidentId(moves.wide), 'an id never holds a resident ID');
      assert.ok(DebtorRecord.safeParse({ ...(await firstRecord(forward.out)), id: moves.wide }).success, 'the contract takes the wide id');
    }
    // The board lists the same ids as the lookup.
    const ids = new Set(a.ids.values());
    for (const item of a.feed.exposure.items) assert.ok(ids.has(item.id), item.id);
  });

  it('the same record twice is still refused (and so is one 记录编号 for two records)', async () => {
    const [x, y] = pairs[0];
    const { report } = await build([rowOf(x), rowOf(y), rowOf(x, { 未履行金额: '13,000.00' })]);
    assert.equal(report.written, false);
    assert.deepEqual(report.problems.map((p) => [p.row, p.code]), [[4, 'duplicate-row']]);
    const given = await build([rowOf(x, { 记录编号: 'r-1' }), rowOf(y, { 记录编号: 'r-1' })]);
    assert.deepEqual(given.report.problems.map((p) => [p.row, p.code]), [[3, 'duplicate-id']]);
    const skipped = await build([rowOf(x), rowOf(y), rowOf(x)], undefined, { skipInvalid: true });
    assert.equal(skipped.report.tally.published, 2);
  });

  it('ids already published stay with their records: a newcomer that shares the short id takes the longer one', async () => {
    const [x, y] = pairs[1];
    // The newcomer would keep the short id in a first build (smaller wide id); the record published first keeps it.
    const [newcomer, first] = x.wide < y.wide ? [x, y] : [y, x];
    const out = join(root, 'history');
    await build([rowOf(first), rowOf(others[0])], out);
    assert.equal((await publishedIds(out)).ids.get(first.key), first.short);

    await build([rowOf(newcomer), rowOf(first), rowOf(others[0])], out);
    let { ids } = await publishedIds(out);
    assert.equal(ids.get(first.key), first.short, 'kept');
    assert.equal(ids.get(newcomer.key), newcomer.wide);

    // The correction of the newcomer's row (no 记录编号) reaches the newcomer, not the holder of the short id.
    const correction = await correctRecords({ inputs: [await csv([rowOf(newcomer, { 未履行金额: '9,000.00' })])], out, now: NOW });
    assert.equal(correction.written, true, JSON.stringify(correction.problems));
    assert.deepEqual(correction.diff, [`~ ${newcomer.wide} amountUnperformed: 1200000 → 900000`]);

    // The first is deleted: listed under the id it was published with; the newcomer keeps its longer id.
    const { report } = await build([rowOf(first, { 删除日期: '2026-11-29', 删除原因: '已履行' }), rowOf(newcomer), rowOf(others[0])], out);
    assert.equal(report.written, true, JSON.stringify(report.problems));
    ({ ids } = await publishedIds(out));
    const { feed } = await publishedIds(out);
    assert.ok(!ids.has(first.key));
    assert.equal(ids.get(newcomer.key), newcomer.wide, 'still the longer id, though nothing shares the short one now');
    assert.ok(feed.manifest.removals.some((r) => r.id === first.short), 'removal under the published id');
    assert.ok(!feed.manifest.removals.some((r) => r.id === newcomer.wide));

    // And the next export no longer has the deleted row at all.
    await build([rowOf(newcomer), rowOf(others[0])], out);
    ({ ids } = await publishedIds(out));
    assert.equal(ids.get(newcomer.key), newcomer.wide);
    assert.equal(ids.get(others[0].key), others[0].short);
  });

  it('a 记录编号 equal to a derived short id keeps it; the derived row takes the longer id', async () => {
    const [x, y] = pairs[2];
    const { report, out } = await build([rowOf(x), rowOf(y, { 记录编号: x.short })]);
    assert.equal(report.problemCount, 0, JSON.stringify(report.problems));
    const { ids } = await publishedIds(out);
    assert.equal(ids.get(y.key), x.short);
    assert.equal(ids.get(x.key), x.wide);
  });

  it('settles in memory too (RecordIds): both orders give the same ids', async () => {
    const [x, y] = pairs[0];
    const records = [x, y].map((p) => ({ type: TYPE, name: p.name, idNumber: p.idNumber, caseNumber: p.caseNumber }));
    const idsIn = async (order) => {
      const registry = new RecordIds();
      const out = new Map();
      for (const r of order) {
        const claim = registry.claim(derivedRecordIds(r).short, identityKey(r), false);
        assert.ok(claim.ok);
        out.set(identityKey(r), { ...r, id: claim.id });
      }
      const settlement = await registry.settle();
      return new Map([...out].map(([k, r]) => [k, settlement.rename(r).id]));
    };
    const one = await idsIn(records);
    const two = await idsIn([...records].reverse());
    assert.deepEqual([...two].sort(), [...one].sort());
  });
});

async function firstRecord(out) {
  const feed = await loadPublishedFeed(out);
  for await (const record of readPublishedRecords(out, feed.manifest)) return record;
  return undefined;
}
