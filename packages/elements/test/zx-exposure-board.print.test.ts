// The printed notice (issue 22): printing a page with the board gives the whole section as a table —
// every entry, masked IDs, the court and the data time, no controls — even for a board below the fold
// that nobody scrolled to, and on a paged feed (the print button reads every page first). The PDF a
// real print gives is read back in scripts/test/print-notice.test.mjs.
import { expect, fixture, html } from '@open-wc/testing';
import { createClient, ExposureItem as ExposureItemSchema, screenForPublication, staticSource, validateRecords, type ExposureItem } from '@zhixing/sdk';
import { buildStaticFeed, createFixtures, createStaticFeedHandlers, edgeCaseRecords, fixtureNames, generateDebtors } from '@zhixing/mocks';
import '../src/zx-exposure-board/zx-exposure-board.define';
import type { ZxExposureBoard } from '../src/zx-exposure-board/zx-exposure-board.component';
import { createMockEnvironment, until } from './helpers';
import { clientOn, FakeClock, poll, TIMEOUT_MS, TODAY, view } from './zx-exposure-board.utils';

const env = createMockEnvironment({ today: TODAY });
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function notice(el: ZxExposureBoard) {
  const root = el.shadowRoot!.querySelector<HTMLElement>('.print-notice');
  const entries = [...(root?.querySelectorAll('.print-entry') ?? [])];
  return {
    root,
    text: () => text(root),
    names: () => entries.map((e) => text(e.querySelector('.print-name'))),
    ids: () => entries.map((e) => text(e.querySelector('.id'))),
    incomplete: () => text(root?.querySelector('.print-incomplete')),
  };
}

async function printing(el: ZxExposureBoard): Promise<void> {
  dispatchEvent(new Event('beforeprint'));
  await el.updateComplete;
}

async function printed(el: ZxExposureBoard): Promise<void> {
  dispatchEvent(new Event('afterprint'));
  await el.updateComplete;
}

/** The number in the section select's option ("失信被执行人（14 条）"). */
function sectionCount(el: ZxExposureBoard): number {
  return Number(/（([\d,]+) 条）/.exec(view(el).select('section').selectedOptions[0]!.textContent!)![1]!.replace(/,/g, ''));
}

describe('<zx-exposure-board> printed notice', () => {
  before(() => env.start());
  afterEach(async () => {
    dispatchEvent(new Event('afterprint'));
    env.reset();
  });
  after(() => env.stop());

  it('prints every entry of the section (not the rows on screen), masked, with the court and data time, and no controls', async () => {
    const edge = edgeCaseRecords(TODAY);
    for (const record of Object.values(edge)) env.api.addRecord(record);
    const clock = new FakeClock();
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board .client=${clientOn(clock)}></zx-exposure-board>`);
    el.style.setProperty('--zx-board-list-height', '12em'); // a few rows on screen
    await poll(clock, el);
    const onScreen = view(el).entries().length;
    expect(notice(el).root).to.equal(null); // nothing of it in the DOM until the page prints

    await printing(el);
    const printedNames = notice(el).names();
    expect(printedNames.length).to.equal(sectionCount(el));
    expect(printedNames.length).to.be.greaterThan(onScreen);
    expect(printedNames).to.include.members([fixtureNames.person, fixtureNames.company, edge.hostileName.name]);
    // The same screening as on screen: no restricted-only person, expired, removed entry or minor.
    for (const absent of [fixtureNames.restrictedOnly, edge.expired.name, edge.removed.name, edge.minor.name]) expect(printedNames).not.to.include(absent);
    expect(el.shadowRoot!.querySelector('.print-notice img')).to.equal(null);
    // A source that leaked a full ID: printed masked, like every other.
    expect(notice(el).text()).not.to.include(edge.unmaskedId.idNumber!);
    expect(notice(el).ids()).to.include(`${edge.unmaskedId.idNumber!.slice(0, 10)}****${edge.unmaskedId.idNumber!.slice(14)}`);
    for (const id of notice(el).ids()) expect(id).not.to.match(/^\d{17}[\dX]$/);
    const all = notice(el).text();
    expect(all).to.include('桃源县人民法院');
    expect(all).to.include('失信被执行人名单');
    expect(all).to.match(/数据截至 \d{4}年\d+月\d+日 \d\d:\d\d/);
    expect(all).to.include('举报电话 0736-6681180');
    expect(notice(el).root!.querySelectorAll('button, select, input, a, [tabindex]')).to.have.length(0);
    expect(notice(el).incomplete()).to.equal('');
    // One table body per entry: the unit the print styles keep on one sheet.
    expect(notice(el).root!.querySelectorAll('tbody.print-entry')).to.have.length(printedNames.length);
    await expect(el).to.be.accessible();

    await printed(el);
    expect(notice(el).root).to.equal(null);
  });

  it('prints the filtered section in English, and rewards with their terms', async () => {
    const clock = new FakeClock();
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board lang="en" kind="organization" .client=${clientOn(clock)}></zx-exposure-board>`);
    await poll(clock, el);
    await printing(el);
    expect(notice(el).names()).to.include(fixtureNames.company);
    for (const entry of notice(el).root!.querySelectorAll('.print-entry')) expect(text(entry.querySelector('td:nth-child(2) .print-kind'))).to.equal('Organisation');
    expect(notice(el).text()).to.include('Dishonest debtors');
    expect(notice(el).text()).to.include('Printed');
    expect(notice(el).text()).not.to.include('打印');
    expect(notice(el).text()).to.include('Organisation');
    expect(notice(el).text()).not.to.include('Person ·');
    await printed(el);
    el.section = 'rewards';
    el.kind = 'all';
    await el.updateComplete;
    await printing(el);
    expect(notice(el).names().length).to.be.greaterThan(0);
    expect(notice(el).text()).to.include('Reward notices');
    expect(notice(el).text()).to.include('Conditions: ');
  });

  it('a board below the fold, never scrolled to, loads once the page is idle and prints whole', async () => {
    const clock = new FakeClock();
    const page = await fixture<HTMLDivElement>(html`<div><div class="spacer"></div><zx-exposure-board .client=${clientOn(clock)}></zx-exposure-board></div>`);
    page.querySelector<HTMLElement>('.spacer')!.style.setProperty('height', '6000px');
    const el = page.querySelector<ZxExposureBoard>('zx-exposure-board')!;
    await until(() => el.hasUpdated && clock.scheduled >= 1, 'the board to render and subscribe without being scrolled to');
    await poll(clock, el);
    expect(el.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
    await printing(el);
    expect(notice(el).names().length).to.equal(sectionCount(el));
    expect(notice(el).names()).to.include(fixtureNames.person);
  });
});

describe('<zx-exposure-board> printed notice on a paged feed', () => {
  const BASE = 'https://print.zhixing.test/feed/';
  const fixtures = createFixtures({ today: TODAY });

  before(() => env.start());
  afterEach(() => {
    dispatchEvent(new Event('afterprint'));
    env.reset();
  });
  after(() => env.stop());

  /** A feed of `count` dishonest debtors and restrictions, paged as the publisher pages it. */
  function feed(count: number) {
    const generated = generateDebtors({ count: count * 2, seed: count, today: TODAY }).filter((r) => r.type !== 'enforcement-case');
    const { records } = validateRecords(generated, ExposureItemSchema, 'items');
    const items = screenForPublication(records, new Date(`${TODAY}T12:00:00+08:00`)).records.slice(0, count) as ExposureItem[];
    const files = buildStaticFeed({ court: fixtures.court, statsIndex: fixtures.statsIndex, stats: fixtures.stats, exposure: { items, period: fixtures.exposure.period }, debtors: [], version: 'v1', generatedAt: `${TODAY}T08:00:00+08:00` });
    const mock = createStaticFeedHandlers({ baseUrl: BASE, files });
    env.worker.use(...mock.handlers);
    const dishonest = items.filter((i) => i.type === 'dishonest-debtor');
    const pages = () => mock.requests.filter((r) => r.url.includes('/exposure/pages/')).length;
    return { dishonest, pages };
  }

  async function board(clock: FakeClock): Promise<ZxExposureBoard> {
    const client = createClient({ source: staticSource(BASE), timers: clock, now: clock.now, random: () => 0.5, timeoutMs: TIMEOUT_MS, retry: { retries: 0 } });
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board .client=${client}></zx-exposure-board>`);
    el.style.setProperty('--zx-board-list-height', '12em');
    if (!clock.fireNext()) throw new Error('no poll was scheduled');
    await until(() => view(el).entries().length > 0 && clock.inFlight === 0, 'the first page');
    return el;
  }

  it('a county-sized section is read whole once the page is idle: Ctrl+P prints every entry', async () => {
    const data = feed(300);
    const clock = new FakeClock();
    const el = await board(clock);
    const readAhead = (el as unknown as { paged: { wholeRows(...args: unknown[]): unknown } }).paged;
    await until(() => readAhead.wholeRows('dishonest', 'all', 'published', undefined) !== undefined, 'the section read ahead for printing');
    await printing(el);
    expect(notice(el).names().length).to.equal(data.dishonest.length);
    expect(new Set(notice(el).names())).to.deep.equal(new Set(data.dishonest.map((i) => i.name)));
    expect(notice(el).incomplete()).to.equal('');
  });

  it('a province-sized section: Ctrl+P says what it left out; the print button reads every page, then opens the print dialog', async () => {
    const data = feed(2_000);
    const clock = new FakeClock();
    const el = await board(clock);
    const before = data.pages();
    await printing(el);
    const partial = notice(el).names().length;
    expect(partial).to.be.lessThan(data.dishonest.length);
    expect(notice(el).incomplete()).to.include(`共 ${data.dishonest.length.toLocaleString('zh-CN')} 条`);
    expect(data.pages()).to.equal(before); // printing asks for nothing: the sheets are laid out now
    await printed(el);

    let dialogs = 0;
    const print = window.print;
    window.print = () => void dialogs++;
    try {
      view(el).button('print-button')!.click();
      await until(() => dialogs === 1, 'the print dialog after every page was read');
    } finally {
      window.print = print;
    }
    await printing(el);
    expect(notice(el).names().length).to.equal(data.dishonest.length);
    expect(notice(el).incomplete()).to.equal('');
  });
});
