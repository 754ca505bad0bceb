// The board on a paged feed (issue 19): a province's board is never downloaded whole. The board reads
// the small index, the list of the section shown and only the pages under the rows on screen; a refresh
// reads the new index and only the pages that changed; removals and expiries hold at the next refresh.
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createClient, exposureOrder, ExposureItem as ExposureItemSchema, screenForPublication, staticSource, validateRecords, type ExposureItem, type ExposureSnapshot } from '@zhixing/sdk';
import { buildStaticFeed, createFixtures, createStaticFeedHandlers, generateDebtors } from '@zhixing/mocks';
import '../src/zx-exposure-board/zx-exposure-board.define';
import type { ZxExposureBoard } from '../src/zx-exposure-board/zx-exposure-board.component';
import { createMockEnvironment, until } from './helpers';
import { sizeViewport } from './layout.utils';
import { FakeClock, TIMEOUT_MS, TODAY, choose, nextEvent, view } from './zx-exposure-board.utils';

const env = createMockEnvironment({ today: TODAY });
const BASE = 'https://province.zhixing.test/feed/';
const fixtures = createFixtures({ today: TODAY });
const N = 2_000;

/** A province's board: N dishonest debtors and consumption restrictions, as generated, each publishable today. */
function boardItems(seed: number, count = N): ExposureItem[] {
  const generated = generateDebtors({ count: count * 2, seed, today: TODAY })
    .filter((r) => r.type !== 'enforcement-case')
    .map((r) => ({ ...r, id: `${r.id}-${seed}` }));
  const { records } = validateRecords(generated, ExposureItemSchema, 'items');
  return screenForPublication(records, new Date(`${TODAY}T12:00:00+08:00`)).records.slice(0, count) as ExposureItem[];
}

interface Published {
  version: string;
  items: ExposureItem[];
}

/** The feed's files, served as a web server would; publishing a version adds its files and replaces the index. */
function province() {
  const files = new Map<string, unknown>();
  const mock = createStaticFeedHandlers({ baseUrl: BASE, files });
  let previous: Published | undefined;
  const publish = (next: Published, hour: string, removals: Array<{ id: string; removedOn: string }> = []) => {
    const built = buildStaticFeed({ court: fixtures.court, statsIndex: fixtures.statsIndex, stats: fixtures.stats, exposure: { items: next.items, period: fixtures.exposure.period }, debtors: [], version: next.version, generatedAt: `${TODAY}T${hour}:00:00+08:00`, removals, ...(previous ? { previousExposure: previous } : {}) });
    for (const [path, body] of built) files.set(path, body);
    previous = next;
  };
  const paths = () => mock.requests.map((r) => new URL(r.url).pathname.replace('/feed/', '').replace(/[0-9a-f]{16}/, '<id>'));
  return { files, mock, publish, paths };
}

function clientOn(clock: FakeClock) {
  return createClient({ source: staticSource(BASE), timers: clock, now: clock.now, random: () => 0.5, timeoutMs: TIMEOUT_MS, retry: { retries: 0 } });
}

/** Runs the next poll and waits until the board shows version `version` (the index and its pages loaded). */
async function pollUntil(clock: FakeClock, el: ZxExposureBoard, shown: () => boolean, what: string): Promise<void> {
  if (!clock.fireNext()) throw new Error('no poll was scheduled');
  await until(() => shown() && clock.inFlight === 0, what);
  await el.updateComplete;
}

const versionShown = (el: ZxExposureBoard, version: string) => () => (el as unknown as { live: { snapshot?: ExposureSnapshot } }).live.snapshot?.version === version && view(el).entries().length > 0;

describe('<zx-exposure-board> on a paged feed', () => {
  before(() => env.start());
  afterEach(() => env.reset());
  after(() => env.stop());

  it('first render: the index, one list and the pages on screen — never the whole board', async () => {
    const feed = province();
    env.worker.use(...feed.mock.handlers);
    const v1 = boardItems(1);
    feed.publish({ version: 'v1', items: v1 }, '08');
    const clock = new FakeClock();
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board .client=${clientOn(clock)}></zx-exposure-board>`);
    await pollUntil(clock, el, versionShown(el, 'v1'), 'the first page');
    const dishonest = v1.filter((i) => i.type === 'dishonest-debtor').sort(exposureOrder('published'));
    expect(view(el).names().slice(0, 3)).to.deep.equal(dishonest.slice(0, 3).map((i) => i.name));
    expect(view(el).select('section').options[0]!.textContent).to.contain(dishonest.length.toLocaleString('zh-CN'));
    expect(feed.paths()).to.deep.equal(['exposure/index.json', 'exposure/lists/<id>.json', 'exposure/pages/<id>.json']);
    await expect(el).to.be.accessible();
  });

  it('scrolling, another order and another kind read only the pages they show', async () => {
    const feed = province();
    env.worker.use(...feed.mock.handlers);
    const v1 = boardItems(2);
    feed.publish({ version: 'v1', items: v1 }, '08');
    const clock = new FakeClock();
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board .client=${clientOn(clock)}></zx-exposure-board>`);
    await pollUntil(clock, el, versionShown(el, 'v1'), 'the first page');
    const dishonest = v1.filter((i) => i.type === 'dishonest-debtor');
    const byPublished = [...dishonest].sort(exposureOrder('published'));

    // Far down the list: the page there is fetched, and its rows shown in order.
    feed.mock.resetLog();
    const viewport = view(el).viewport()!;
    viewport.scrollTop = viewport.scrollHeight / 2;
    viewport.dispatchEvent(new Event('scroll'));
    await until(() => view(el).entries().some((row) => Number(row.getAttribute('aria-posinset')) > dishonest.length / 3), 'rows far down the list');
    await until(() => !el.shadowRoot!.querySelector('.pending'), 'the page there to arrive');
    const rows = view(el).entries();
    const at = Number(rows[0]!.getAttribute('aria-posinset')) - 1;
    expect(view(el).names()).to.deep.equal(byPublished.slice(at, at + rows.length).map((i) => i.name));
    expect(feed.paths().every((p) => p === 'exposure/pages/<id>.json')).to.equal(true);
    expect(feed.paths().length).to.be.within(1, 2);

    // Highest amount first: the amount list and its first page.
    feed.mock.resetLog();
    choose(view(el).select('sort'), 'amount');
    await until(() => view(el).entries().length > 0 && !el.shadowRoot!.querySelector('.pending') && view(el).entries()[0]!.getAttribute('aria-posinset') === '1', 'the amount order');
    const byAmount = [...dishonest].sort(exposureOrder('amount'));
    expect(view(el).names().slice(0, 3)).to.deep.equal(byAmount.slice(0, 3).map((i) => i.name));
    expect(feed.paths()).to.deep.equal(['exposure/lists/<id>.json', 'exposure/pages/<id>.json']);

    // Organisations only: rows of the pages read, filtered; the count from the list's per-page counts.
    choose(view(el).select('kind'), 'organization');
    await until(() => view(el).entries().length > 0 && !el.shadowRoot!.querySelector('.pending'), 'organisations');
    const organizations = byAmount.filter((i) => i.partyKind === 'organization');
    expect(view(el).names().slice(0, 2)).to.deep.equal(organizations.slice(0, 2).map((i) => i.name));
    expect(view(el).text()).to.contain(`共 ${organizations.length} 条`);
    expect(feed.mock.requests.length).to.be.lessThan(12);
  });

  it('a refresh (+10 −10) reads the new index and only the pages that changed; removals hold at once; 304 otherwise', async () => {
    const feed = province();
    env.worker.use(...feed.mock.handlers);
    const v1 = boardItems(3);
    feed.publish({ version: 'v1', items: v1 }, '08');
    const clock = new FakeClock();
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board .client=${clientOn(clock)}></zx-exposure-board>`);
    await pollUntil(clock, el, versionShown(el, 'v1'), 'the first page');
    const onScreen = view(el).names();

    // Unchanged: one request of the index (answered with the same ETag; a browser's own cache would
    // make it a 304), nothing else.
    feed.mock.resetLog();
    clock.fireNext();
    await until(() => feed.mock.requests.length === 1 && clock.inFlight === 0, 'the unchanged poll');
    expect(feed.paths()).to.deep.equal(['exposure/index.json']);
    expect(view(el).names().slice(0, 5)).to.deep.equal(onScreen.slice(0, 5));

    // v2: the newest entry on screen is removed (paid), 10 others too, and 10 new ones listed today.
    const shownFirst = [...v1].filter((i) => i.type === 'dishonest-debtor').sort(exposureOrder('published'))[0]!;
    const gone = new Set([shownFirst.id, ...v1.filter((i) => i.type === 'dishonest-debtor').slice(100, 109).map((i) => i.id)]);
    const added = boardItems(4, 40).filter((i) => i.type === 'dishonest-debtor').slice(0, 10).map((i) => ({ ...i, publishedOn: TODAY }));
    const v2 = [...added, ...v1.filter((i) => !gone.has(i.id))];
    feed.publish({ version: 'v2', items: v2 as ExposureItem[] }, '09', [...gone].map((id) => ({ id, removedOn: TODAY })));
    feed.mock.resetLog();
    const update = nextEvent<{ added: number; removed: number }>(el, 'zx-update');
    await pollUntil(clock, el, versionShown(el, 'v2'), 'the new version');
    expect(await update).to.include({ added: 10, removed: 10 });
    expect(view(el).entries().map((e) => e.textContent)).to.not.satisfy((texts: string[]) => texts.some((t) => t?.includes(shownFirst.caseNumber)));
    // The index, the list, and the first page (new entries lead the newest-first order): not every page.
    const paths = feed.paths();
    expect(paths.slice(0, 2)).to.deep.equal(['exposure/index.json', 'exposure/lists/<id>.json']);
    expect(paths.filter((p) => p === 'exposure/pages/<id>.json').length).to.be.within(1, 2);
    expect(view(el).announcer()).to.contain('10');
  });

  it('an entry removed in v2 does not come back when a stale edge serves the v1 index again', async () => {
    const feed = province();
    env.worker.use(...feed.mock.handlers);
    const v1 = boardItems(7);
    feed.publish({ version: 'v1', items: v1 }, '08');
    const staleIndex = feed.files.get('exposure/index.json');
    const clock = new FakeClock();
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board .client=${clientOn(clock)}></zx-exposure-board>`);
    await pollUntil(clock, el, versionShown(el, 'v1'), 'v1');
    const newest = v1.filter((i) => i.type === 'dishonest-debtor').sort(exposureOrder('published'))[0]!;
    const shows = () => view(el).entries().some((e) => e.textContent?.includes(newest.caseNumber));
    expect(shows()).to.equal(true);
    feed.publish({ version: 'v2', items: v1.filter((i) => i.id !== newest.id) }, '09', [{ id: newest.id, removedOn: TODAY }]);
    await pollUntil(clock, el, versionShown(el, 'v2'), 'v2');
    expect(shows(), 'v2 removed it').to.equal(false);
    feed.files.set('exposure/index.json', staleIndex); // a CDN edge still serving the older version
    for (let i = 0; i < 2; i++) {
      clock.fireNext();
      await until(() => clock.inFlight === 0 && clock.scheduled >= 1, 'a poll');
      await el.updateComplete;
      expect(shows(), 'it came back from the stale index').to.equal(false);
      expect(versionShown(el, 'v2')()).to.equal(true);
    }
  });

  it('an entry whose publication ends today is gone after midnight on the board’s clock, even if the index does not change', async () => {
    const feed = province();
    env.worker.use(...feed.mock.handlers);
    const v1 = boardItems(5);
    const newest = v1.filter((i) => i.type === 'dishonest-debtor').sort(exposureOrder('published'))[0]!;
    const ending = v1.map((i) => (i.id === newest.id ? { ...i, publicationEndsOn: TODAY } : i)) as ExposureItem[];
    feed.publish({ version: 'v1', items: ending }, '08');
    const clock = new FakeClock();
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board .client=${clientOn(clock)}></zx-exposure-board>`);
    await pollUntil(clock, el, versionShown(el, 'v1'), 'the first page');
    expect(view(el).entries()[0]!.textContent).to.contain(newest.caseNumber);
    clock.set(`${TODAY}T23:59:30+08:00`);
    clock.fireNext();
    await until(() => clock.inFlight === 0 && clock.scheduled >= 1, 'a poll before midnight');
    clock.set('2024-05-16T00:00:30+08:00');
    clock.fireNext();
    await until(() => !view(el).entries().some((e) => e.textContent?.includes(newest.caseNumber)), 'the ended entry to go');
    expect(view(el).entries().length).to.be.greaterThan(0);
  });

  it('offline-cache: after a reboot without network, the kept index and pages, stale, screened on the box clock', async () => {
    localStorage.clear();
    const feed = province();
    env.worker.use(...feed.mock.handlers);
    const v1 = boardItems(8);
    const newest = v1.filter((i) => i.type === 'dishonest-debtor').sort(exposureOrder('published'));
    const ending = newest[0]!;
    feed.publish({ version: 'v1', items: v1.map((i) => (i.id === ending.id ? { ...i, publicationEndsOn: TODAY } : i)) as ExposureItem[] }, '08');
    const clock = new FakeClock();
    const first = await fixture<ZxExposureBoard>(html`<zx-exposure-board offline-cache .client=${clientOn(clock)}></zx-exposure-board>`);
    await pollUntil(clock, first, versionShown(first, 'v1'), 'the first page');
    const kept = () => Object.keys(localStorage).find((k) => k.startsWith('zhixing:exposure-paged:v1:') && !k.endsWith(':meta'));
    await until(() => kept() !== undefined && (JSON.parse(localStorage.getItem(kept()!)!) as { files: object }).files && Object.keys((JSON.parse(localStorage.getItem(kept()!)!) as { files: object }).files).length >= 2, 'the index, list and page to be kept');
    const before = view(first).names();
    expect(view(first).entries()[0]!.textContent).to.contain(ending.caseNumber);
    first.remove();

    // Two days later the box starts again; the court's server cannot be reached.
    env.worker.resetHandlers();
    env.worker.use(http.all(`${BASE}*`, () => HttpResponse.error()));
    const later = new FakeClock('2024-05-17T09:00:00+08:00');
    const board = await fixture<ZxExposureBoard>(html`<zx-exposure-board offline-cache .client=${clientOn(later)}></zx-exposure-board>`);
    later.fireNext();
    await until(() => view(board).stale() !== null && view(board).entries().length > 0, 'the kept board, stale');
    await board.updateComplete;
    expect(view(board).entries().some((e) => e.textContent?.includes(ending.caseNumber)), 'the entry that ended is gone').to.equal(false);
    expect(view(board).names()).to.include.members(before.slice(1, 4));
    expect(view(board).stale()!.textContent).to.contain('2024年5月15日 12:00');
    localStorage.clear();
  });

  it('signage rotates through the province list by fetching pages as it goes', async () => {
    const feed = province();
    env.worker.use(...feed.mock.handlers);
    const v1 = boardItems(6);
    feed.publish({ version: 'v1', items: v1 }, '08');
    const clock = new FakeClock();
    const pages = new FakeClock();
    // A media centre's screen, where eight cards fit (a smaller box shows fewer per page).
    await sizeViewport(1920, 1080);
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board mode="signage" page-size="8" .client=${clientOn(clock)} .timers=${pages}></zx-exposure-board>`);
    el.style.setProperty('--zx-board-signage-height', '1000px');
    await pollUntil(clock, el, versionShown(el, 'v1'), 'the first page');
    const byPublished = v1.filter((i) => i.type === 'dishonest-debtor').sort(exposureOrder('published'));
    const first = view(el).names();
    expect(first, JSON.stringify([first, byPublished.slice(0, 8).map((i) => i.name)])).to.deep.equal(byPublished.slice(0, 8).map((i) => i.name));
    // The lists of both sections (the page count covers them), and one page of rows.
    const start = feed.paths();
    expect(start.filter((p) => p.startsWith('exposure/lists/')).length).to.equal(2);
    expect(start.filter((p) => p.startsWith('exposure/pages/')).length).to.equal(1);
    const seen = new Set(first);
    for (let turn = 1; turn <= 20; turn++) {
      expect(pages.fireNext(), 'a page turn is scheduled').to.equal(true);
      await el.updateComplete;
      await until(() => !el.shadowRoot!.querySelector('.pending') && view(el).entries().length > 0, `page ${turn + 1}`);
      await el.updateComplete;
      expect(view(el).names(), `turn ${turn}`).to.deep.equal(byPublished.slice(turn * 8, turn * 8 + 8).map((i) => i.name));
      for (const name of view(el).names()) seen.add(name);
    }
    const fetched = feed.paths().filter((p) => p.startsWith('exposure/pages/')).length;
    // 21 screens of 8 = 168 rows: a few pages of about 64, not the hundreds of the whole board.
    expect(fetched).to.be.within(2, 6);
    expect(view(el).pageIndicator()).to.match(/第 21 \/ \d+ 页/);
  });
});
