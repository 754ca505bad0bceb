// The paged exposure feed (issue 19): the publisher cuts the board into lists — section × order,
// province-wide and per court — and content-addressed pages; the SDK reads only the index, the list
// and the pages shown; a republish rewrites only the pages whose entries changed, and the rest keep
// their names; exposure.json stays whole for older readers up to a limit, beyond which they fail
// visibly instead of showing an empty or outdated board.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ExposureCourtLists, ExposureFeed, ExposureIndex, ExposureList, ExposurePage, courtCodeOf, createClient, exposureOrder, partyKindOf, staticSource } from '@zhixing/sdk';
import { createFixtures } from '@zhixing/mocks';
import { FeedWriter, pruneShards, realFs } from '@zhixing/publisher/node';
import { createStaticServer, listen } from '../../../scripts/lib/static-server.mjs';
import { realisticRecords } from '../../../scripts/lib/realistic-names.mjs';

const TODAY = '2026-11-30';
const NOW = new Date(`${TODAY}T12:00:00+08:00`);
const N = 3_000;
const court = createFixtures({ today: TODAY }).court;

const readJson = async (dir, path) => JSON.parse(await readFile(join(dir, path), 'utf8'));

/** Publishes `items` (also as the lookup records) as version `version`. */
async function publish(dir, version, items, { removals = [], fs, legacyExposureLimit = 1_000 } = {}) {
  const writer = await FeedWriter.open({ dir, version, generatedAt: `${TODAY}T${version === 'v1' ? '08' : version === 'v2' ? '09' : '10'}:00:00+08:00`, legacyExposureLimit, ...(fs ? { fs } : {}) });
  for (const item of items) await writer.add(item);
  return writer.commit({ court, exposure: { items }, removals });
}

/** Every entry of a list, read from its pages on disk. */
async function listEntries(dir, index, id) {
  const list = await readJson(dir, `exposure/${index.listPath.replace('{list}', id)}`);
  const pages = [];
  for (const page of list.pages) pages.push({ ...page, body: await readJson(dir, `exposure/${index.pagePath.replace('{page}', page.id)}`) });
  return { list, pages, items: pages.flatMap((p) => p.body.items) };
}

describe('the paged exposure feed', () => {
  let dir;
  let server;
  let base;
  const requests = [];
  const v1 = [...realisticRecords({ count: N, seed: 31, today: TODAY })];
  // 1 % of the board changes: 10 entries go (paid), 10 come (listed today), 10 pay in part.
  const gone = new Set([5, 300, 777, 1200, 1500, 1888, 2100, 2400, 2750, 2999].map((i) => v1[i].id));
  const added = [...realisticRecords({ count: 10, seed: 32, today: TODAY })].map((r, i) => ({ ...r, id: `new-${i}`, publishedOn: TODAY }));
  const paidInPart = new Set([10, 400, 900, 1300, 1700, 2000, 2200, 2500, 2800, 2900].map((i) => v1[i].id));
  const v2 = [...added, ...v1.filter((r) => !gone.has(r.id)).map((r) => (paidInPart.has(r.id) ? { ...r, performance: 'partial', amountUnperformed: Math.floor(r.amountUnperformed / 2) } : r))];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zhixing-paged-'));
    server = createStaticServer({ root: dir, onRequest: (r) => requests.push(r) });
    base = await listen(server);
    await publish(dir, 'v1', v1);
  });
  after(async () => {
    server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('index, lists and pages follow the contract; each list in the board order, cut where its entries say', async () => {
    const index = await readJson(dir, 'exposure/index.json');
    assert.ok(ExposureIndex.safeParse(index).success, JSON.stringify(ExposureIndex.safeParse(index).error?.issues?.[0]));
    assert.deepEqual(index.lists.map((l) => `${l.section}/${l.sort}`), ['dishonest/published', 'dishonest/amount']);
    assert.ok(Buffer.byteLength(JSON.stringify(index)) < 3_000, 'the index is small');
    for (const ref of index.lists) {
      const { list, pages, items } = await listEntries(dir, index, ref.list);
      assert.ok(ExposureList.safeParse(list).success);
      for (const page of pages) assert.ok(ExposurePage.safeParse(page.body).success);
      assert.equal(items.length, N);
      assert.equal(ref.total, N);
      assert.equal(ref.organizations, items.filter((i) => partyKindOf(i) === 'organization').length);
      assert.deepEqual(items.map((i) => i.id), [...v1].sort(exposureOrder(ref.sort)).map((i) => i.id), `${ref.sort}: the board's order`);
      for (const [i, page] of pages.entries()) {
        assert.equal(page.count, page.body.items.length);
        assert.ok(page.count <= 256 && (page.count >= 16 || i === pages.length - 1), `page ${i}: ${page.count} entries`);
      }
      assert.ok(pages.length >= N / 128 && pages.length <= N / 32, `${pages.length} pages of about 64`);
    }
    // Court lists: each court's own entries, in the same orders.
    const courts = await readJson(dir, `exposure/${index.courts}`);
    assert.ok(ExposureCourtLists.safeParse(courts).success);
    assert.ok(courts.courts.length >= 10, `${courts.courts.length} courts`);
    let sum = 0;
    for (const { court: code, lists } of courts.courts) {
      const published = lists.find((l) => l.sort === 'published');
      const { list, items } = await listEntries(dir, index, published.list);
      assert.equal(list.court, code);
      assert.ok(items.every((i) => courtCodeOf(i) === code));
      sum += items.length;
    }
    assert.equal(sum, N);
  });

  it('a reader downloads the index, then only the list and the page it shows', async () => {
    requests.length = 0;
    const client = createClient({ source: staticSource(base), now: () => NOW });
    const snapshot = await client.getExposure({ paged: true });
    assert.equal(snapshot.items.length, 0);
    assert.equal(snapshot.paged.version, 'v1');
    const list = await client.getExposureList(snapshot.paged, { section: 'dishonest', sort: 'amount' });
    assert.equal(list.total, N);
    const page = await client.getExposurePage(list, 3);
    assert.equal(page.items.length, list.pages[3].count);
    const court = await client.getExposureList(snapshot.paged, { section: 'dishonest', sort: 'published', court: '湘0725' });
    assert.ok(court.total > N / 20);
    assert.equal(await client.getExposureList(snapshot.paged, { section: 'rewards', sort: 'published' }), undefined);
    const paths = requests.map((r) => r.path.replace(/[0-9a-f]{16}/, '<id>'));
    assert.deepEqual(paths, ['/exposure/index.json', '/exposure/lists/<id>.json', '/exposure/pages/<id>.json', '/exposure/courts/<id>.json', '/exposure/lists/<id>.json']);
    const bytes = requests.reduce((n, r) => n + r.bytes, 0);
    assert.ok(bytes < 40_000, `${bytes} bytes (gzip) for a page of a 3,000-entry board`);
  });

  it('exposure.json: a pointer that the previous contract refuses; read whole, the SDK assembles the pages', async () => {
    const legacy = await readJson(dir, 'exposure.json');
    assert.equal(legacy.format, 'zhixing-exposure/moved');
    assert.equal(ExposureFeed.safeParse(legacy).success, false, 'readers of the previous version fail visibly');
    const whole = await createClient({ source: staticSource(base), now: () => NOW }).getExposure();
    assert.equal(whole.paged, undefined);
    assert.deepEqual(whole.items.map((i) => i.id).sort(), v1.map((i) => i.id).sort());
  });

  it('a republish with 1 % changed writes only the pages those entries are on; the index counts the changes', async () => {
    const index1 = await readJson(dir, 'exposure/index.json');
    const pagesBefore = new Set(await readdir(join(dir, 'exposure/pages')));
    const reader = createClient({ source: staticSource(base), now: () => NOW });
    const shown1 = await reader.getExposure({ paged: true });
    const removals = [...gone].map((id) => ({ id, removedOn: TODAY, reason: 'performed' }));
    const result = await publish(dir, 'v2', v2, { removals });
    const index2 = await readJson(dir, 'exposure/index.json');
    assert.deepEqual(index2.changes, { since: 'v1', added: 10, removed: 10, changed: 10 });
    assert.deepEqual(index2.removals.map((r) => r.id).sort(), [...gone].sort());
    const pagesAfter = await readdir(join(dir, 'exposure/pages'));
    const written = pagesAfter.filter((p) => !pagesBefore.has(p));
    const { files, reused } = result.exposure;
    console.log(`# 3,000-entry board, 30 entries changed: ${files - reused} of ${files} board files written (${written.length} pages), ${reused} kept`);
    // At this size 1 % is 30 changes over ~200 pages of ~64 entries: about half the pages keep their names.
    const pages = pagesAfter.filter((p) => pagesBefore.has(p) || written.includes(p)).length;
    assert.ok(written.length / pages < 0.6, `${written.length} of ${pages} pages written`);
    // A written page holds an added or changed entry, or lost a removed one: at most two pages per
    // change and list (its own, and the next when it ended a page), in 4 lists (province and court, 2 orders).
    const changedIds = new Set([...added.map((r) => r.id), ...paidInPart]);
    let withoutChange = 0;
    for (const name of written) if (!(await readJson(dir, `exposure/pages/${name}`)).items.some((i) => changedIds.has(i.id))) withoutChange++;
    assert.ok(withoutChange <= gone.size * 4 * 2, `${withoutChange} pages written for removals alone`);
    assert.ok(written.length <= (gone.size + changedIds.size * 2) * 4 * 2, `${written.length} pages written`);
    // The client that showed v1 polls: a new index, the same object for unchanged lists' pages.
    const shown2 = await reader.getExposure({ paged: true, revalidate: true });
    assert.notEqual(shown2.paged, shown1.paged);
    assert.equal(shown2.paged.version, 'v2');
    const list = await reader.getExposureList(shown2.paged, { section: 'dishonest', sort: 'published' });
    const ids = [];
    for (let i = 0; i < list.pages.length; i++) ids.push(...(await reader.getExposurePage(list, i)).items.map((item) => item.id));
    assert.equal(ids.length, v2.length);
    assert.ok(!ids.some((id) => gone.has(id)), 'removed entries are gone from every page');
    assert.deepEqual(ids.slice(0, 10).sort(), added.map((r) => r.id).sort(), 'new listings lead the newest-first list');
    assert.ok(index1.lists[0].list !== index2.lists[0].list);
  });

  it('an interrupted publish leaves the published board served intact and no half-written page', async () => {
    const index = await readFile(join(dir, 'exposure/index.json'), 'utf8');
    let writes = 0;
    const crashing = {
      ...realFs,
      async writeFile(path, data) {
        if (path.includes('/exposure/pages/') && ++writes === 3) throw new Error('simulated crash: disk full');
        return realFs.writeFile(path, data);
      },
    };
    const v3 = v2.map((r, i) => (i % 50 === 0 ? { ...r, amountUnperformed: r.amountUnperformed + 100 } : r));
    await assert.rejects(publish(dir, 'v3', v3, { fs: crashing }), /simulated crash/);
    assert.equal(await readFile(join(dir, 'exposure/index.json'), 'utf8'), index);
    for (const name of await readdir(join(dir, 'exposure/pages'))) {
      assert.ok(!name.includes('.tmp-'), 'no temporary file left');
      assert.ok(ExposurePage.safeParse(await readJson(dir, `exposure/pages/${name}`)).success, `${name} is whole`);
    }
    // Published again: the pages written before the crash are kept as they are.
    const result = await publish(dir, 'v3', v3);
    assert.ok(result.exposure.reused > 0);
  });

  it('prune keeps the board files of the versions kept, and removes the others', async () => {
    const index = ExposureIndex.parse(await readJson(dir, 'exposure/index.json'));
    const before = (await readdir(join(dir, 'exposure/pages'))).length;
    const { removed } = await pruneShards(dir, 1);
    const after = await readdir(join(dir, 'exposure/pages'));
    assert.ok(removed.some((p) => p.startsWith('exposure/pages/')));
    assert.ok(after.length < before);
    // Everything the current index references is still there.
    const client = createClient({ source: staticSource(base), now: () => NOW });
    const snapshot = await client.getExposure({ paged: true });
    assert.equal(snapshot.paged.version, index.version);
    for (const ref of snapshot.paged.lists) {
      const list = await client.getExposureList(snapshot.paged, ref);
      for (let i = 0; i < list.pages.length; i++) await client.getExposurePage(list, i);
    }
    await stat(join(dir, 'exposure', index.courts));
  });
});

describe('exposure.json for older readers', () => {
  it('stays whole up to the limit (readers of the previous contract version keep working)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zhixing-legacy-'));
    try {
      const items = [...realisticRecords({ count: 50, seed: 33, today: TODAY })];
      await publish(dir, 'v1', items);
      const legacy = await readJson(dir, 'exposure.json');
      assert.ok(ExposureFeed.safeParse(legacy).success);
      assert.equal(legacy.items.length, 50);
      assert.equal((await readJson(dir, 'exposure/index.json')).version, legacy.version);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
