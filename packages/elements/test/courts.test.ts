// The `court` attribute (issue 19): on a province feed (one feed for a high court's every court) each
// element shows one court only — the gauge its statistics, named; the board its entries under its name
// and tip-off phone; the lookup its records — and without it the board and the lookup show every
// court's, each entry naming its court. A court the feed does not have shows a notice naming the
// attribute and the feed's codes, never another court's data. Static feed and API alike.
import { expect, fixture, html } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { buildStaticFeed, createFixtures, createMockApi, createProvinceFixtures, createStaticFeedHandlers } from '@zhixing/mocks';
import { configure, resetSources } from '../src/internal/source';
import type { ZxErrorDetail } from '../src/internal';
import { motion, resetMotion } from '../src/internal/motion';
import '../src/zx-execution-gauge/zx-execution-gauge.define';
import '../src/zx-exposure-board/zx-exposure-board.define';
import '../src/zx-debtor-lookup/zx-debtor-lookup.define';
import type { ZxDebtorLookup } from '../src/zx-debtor-lookup/zx-debtor-lookup.component';
import type { ZxExposureBoard } from '../src/zx-exposure-board/zx-exposure-board.component';
import type { ZxExecutionGauge } from '../src/zx-execution-gauge/zx-execution-gauge.component';
import { formatEmbedLink, parseEmbedLink } from '../src/internal/embed-link';
import { until } from './helpers';
import { expectResult, searchFor, ui as lookupUi } from './zx-debtor-lookup.utils';
import { ui as gaugeUi } from './zx-execution-gauge.utils';
import { view } from './zx-exposure-board.utils';

const PROVINCE_FEED = 'https://feed.zhixing.test/hunan/';
const PAGED_FEED = 'https://feed.zhixing.test/hunan-paged/';
const PROVINCE_API = 'https://api.zhixing.test/hunan/v1/';
const SINGLE_FEED = 'https://feed.zhixing.test/taoyuan/';
const CODES = '湘、湘07、湘0725、湘0702、湘0703';

const province = createProvinceFixtures();
const single = createFixtures();
const feed = createStaticFeedHandlers({ baseUrl: PROVINCE_FEED, files: buildStaticFeed({ ...province }) });
const singleFeed = createStaticFeedHandlers({ baseUrl: SINGLE_FEED, files: buildStaticFeed({ ...single }) });
const api = createMockApi({ baseUrl: PROVINCE_API, dataset: province });
// A larger province (hundreds of entries a court): its board's pages and per-court lists are many, so a
// board reading the province-wide lists would show in which pages it fetched.
const large = createProvinceFixtures({ perCourt: 260 });
const largeFiles = buildStaticFeed({ ...large });
const pagedFeed = createStaticFeedHandlers({ baseUrl: PAGED_FEED, files: largeFiles });
const worker = setupWorker(...feed.handlers, ...singleFeed.handlers, ...api.handlers, ...pagedFeed.handlers);

async function mount<T extends HTMLElement>(tag: string, attributes: Record<string, string>): Promise<{ el: T; errors: ZxErrorDetail[] }> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries({ loading: 'eager', ...attributes })) el.setAttribute(name, value);
  const errors: ZxErrorDetail[] = [];
  el.addEventListener('zx-error', (event) => errors.push((event as CustomEvent<ZxErrorDetail>).detail));
  container.append(el);
  return { el, errors };
}

const shadow = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const notice = (el: Element) => el.shadowRoot?.querySelector('[part~=error]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('the court attribute on a province feed', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  beforeEach(() => {
    configure({ clientOptions: { retry: { retries: 0 } } });
    motion.prefersReducedMotion = () => true;
  });
  afterEach(() => {
    feed.reset();
    pagedFeed.reset();
    api.reset();
    resetSources();
    resetMotion();
  });

  for (const [kind, src] of [
    ['static', PROVINCE_FEED],
    ['api', PROVINCE_API],
  ] as const) {
    describe(`from the ${kind} source`, () => {
      it('<zx-execution-gauge court> shows that court’s statistics, named', async () => {
        const taoyuan = await mount<ZxExecutionGauge>('zx-execution-gauge', { src, 'source-kind': kind, court: '湘0725' });
        await until(() => gaugeUi(taoyuan.el).hasMeter(), 'Taoyuan’s figure');
        expect(gaugeUi(taoyuan.el).figure()).to.equal('92.97%');
        expect(gaugeUi(taoyuan.el).counts()).to.equal('3,387 / 3,643 件');
        expect(taoyuan.el.shadowRoot!.querySelector('[part~=court]')?.textContent).to.equal('桃源县人民法院');
        await expect(taoyuan.el).to.be.accessible();
        const wuling = await mount<ZxExecutionGauge>('zx-execution-gauge', { src, 'source-kind': kind, court: '湘0702', compare: 'previous', lang: 'en' });
        await until(() => gaugeUi(wuling.el).hasMeter(), 'Wuling’s figure');
        expect(gaugeUi(wuling.el).counts()).to.equal('4,790 of 5,210 cases');
        expect(wuling.el.shadowRoot!.querySelector('[part~=court]')?.textContent).to.equal('Wuling District People’s Court, Changde');
        expect(gaugeUi(wuling.el).comparison()).to.contain('on the previous period');
        await expect(wuling.el).to.be.accessible();
      });

      it('<zx-execution-gauge> asks for a court on a multi-court feed, and refuses one the feed does not have', async () => {
        const none = await mount<ZxExecutionGauge>('zx-execution-gauge', { src, 'source-kind': kind });
        await until(() => notice(none.el) !== '', 'the notice');
        expect(notice(none.el)).to.equal(`此数据源包含多个法院：请为 <zx-execution-gauge> 设置 court 属性，可用的值：${CODES}。为免显示错误内容，暂不显示数据。`);
        expect(gaugeUi(none.el).hasMeter()).to.equal(false);
        expect(none.errors.map((e) => e.code)).to.deep.equal(['unknown-court']);
        await expect(none.el).to.be.accessible();
        const wrong = await mount<ZxExecutionGauge>('zx-execution-gauge', { src, 'source-kind': kind, court: '湘0799' });
        await until(() => notice(wrong.el) !== '', 'the notice');
        expect(notice(wrong.el)).to.equal(`<zx-execution-gauge> 的属性 court 的值“湘0799”无效，可用的值：${CODES}。为免显示错误内容，暂不显示数据。`);
        expect(shadow(wrong.el)).not.to.contain('%');
        expect(wrong.el.shadowRoot!.querySelector('[part~=retry-button]')).to.equal(null);
        await expect(wrong.el).to.be.accessible();
      });

      it('<zx-exposure-board court> shows that court’s entries under its name and tip-off phone; without it, every court’s', async () => {
        const taoyuan = await mount<ZxExposureBoard>('zx-exposure-board', { src, 'source-kind': kind, court: '湘0725' });
        taoyuan.el.style.setProperty('--zx-board-list-height', '400rem');
        await until(() => view(taoyuan.el).entries().length > 0, 'Taoyuan’s entries');
        const header = taoyuan.el.shadowRoot!.querySelector('[part~=header]')!.textContent!.replace(/\s+/g, ' ');
        expect(header).to.contain('桃源县人民法院');
        expect(header).to.contain('举报电话 0736-6681180');
        const courts = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~=entry] .field')].filter((f) => f.querySelector('dt')?.textContent === '执行法院').map((f) => f.querySelector('dd')!.textContent);
        expect(new Set(courts(taoyuan.el))).to.deep.equal(new Set(['桃源县人民法院']));
        await expect(taoyuan.el).to.be.accessible();

        const all = await mount<ZxExposureBoard>('zx-exposure-board', { src, 'source-kind': kind });
        all.el.style.setProperty('--zx-board-list-height', '800rem');
        await until(() => view(all.el).entries().length > view(taoyuan.el).entries().length, 'every court’s entries');
        expect(all.el.shadowRoot!.querySelector('[part~=court]')!.textContent).to.equal('湖南省高级人民法院');
        expect(new Set(courts(all.el)).size).to.be.greaterThan(2);
        await expect(all.el).to.be.accessible();

        // Another court: nothing of the first stays.
        taoyuan.el.setAttribute('court', '湘0702');
        await until(() => taoyuan.el.shadowRoot!.querySelector('[part~=court]')?.textContent === '常德市武陵区人民法院', 'Wuling’s header');
        await until(() => view(taoyuan.el).entries().length > 0, 'Wuling’s entries');
        expect(new Set(courts(taoyuan.el))).to.deep.equal(new Set(['常德市武陵区人民法院']));
        expect(shadow(taoyuan.el)).to.contain('0736-7100 0001');
      });

      it('<zx-exposure-board> with a court the feed does not have shows the notice, no entries', async () => {
        const { el, errors } = await mount<ZxExposureBoard>('zx-exposure-board', { src, 'source-kind': kind, court: '苏0101' });
        await until(() => notice(el) !== '', 'the notice');
        expect(notice(el)).to.equal(`<zx-exposure-board> 的属性 court 的值“苏0101”无效，可用的值：${CODES}。为免显示错误内容，暂不显示数据。`);
        expect(view(el).entries()).to.have.length(0);
        expect(errors[0]?.code).to.equal('unknown-court');
        await expect(el).to.be.accessible();
      });

      it('<zx-debtor-lookup court> searches that court’s records only; without it, every court’s', async () => {
        const taoyuan = await mount<ZxDebtorLookup>('zx-debtor-lookup', { src, 'source-kind': kind, court: '湘0725' });
        await until(() => shadow(taoyuan.el).includes('本查询仅涵盖桃源县人民法院公布的记录'), 'the coverage notice');
        const mine = await expectResult(searchFor(taoyuan.el, '刘建军'));
        expect(mine.items.length).to.be.greaterThan(0);
        expect(mine.items.every((r) => r.courtName === '桃源县人民法院')).to.equal(true);
        expect(shadow(taoyuan.el)).not.to.contain('常德市武陵区人民法院');
        await expect(taoyuan.el).to.be.accessible();

        const all = await mount<ZxDebtorLookup>('zx-debtor-lookup', { src, 'source-kind': kind });
        await until(() => shadow(all.el).includes('湖南省高级人民法院'), 'the coverage notice');
        const everyone = await expectResult(searchFor(all.el, '刘建军'));
        expect(new Set(everyone.items.map((r) => r.courtName))).to.deep.equal(new Set(['桃源县人民法院', '常德市武陵区人民法院']));
        expect(everyone.total).to.equal(mine.total + 1);
      });

      it('<zx-debtor-lookup> with a court the feed does not have says so at once, and never searches another court', async () => {
        const { el } = await mount<ZxDebtorLookup>('zx-debtor-lookup', { src, 'source-kind': kind, court: '湘0799' });
        await until(() => notice(el) !== '', 'the notice');
        expect(notice(el)).to.equal(`<zx-debtor-lookup> 的属性 court 的值“湘0799”无效，可用的值：${CODES}。为免显示错误内容，暂不显示数据。`);
        const outcome = await searchFor(el, '刘建军');
        expect(outcome.kind).to.equal('error');
        expect(lookupUi(el).names()).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    });
  }

  for (const order of ['gauge first', 'lookup first'] as const) {
    it(`a county page's gauge, lookup and board of one feed read court.json once (${order})`, async () => {
      const attributes = { src: PROVINCE_FEED, court: '湘0725' };
      const first = order === 'gauge first' ? 'zx-execution-gauge' : 'zx-debtor-lookup';
      const second = order === 'gauge first' ? 'zx-debtor-lookup' : 'zx-execution-gauge';
      const a = await mount<HTMLElement>(first, attributes);
      const b = await mount<HTMLElement>(second, attributes);
      const board = await mount<ZxExposureBoard>('zx-exposure-board', attributes);
      const [gauge, lookup] = (order === 'gauge first' ? [a, b] : [b, a]) as unknown as [{ el: ZxExecutionGauge }, { el: ZxDebtorLookup }];
      await until(() => gaugeUi(gauge.el).hasMeter() && view(board.el).entries().length > 0, 'the figure and the board');
      await until(() => shadow(lookup.el).includes('桃源县人民法院'), 'the coverage notice');
      await expectResult(searchFor(lookup.el, '刘建军'));
      const paths = feed.requests.map((r) => new URL(r.url).pathname);
      expect(paths.filter((p) => p.endsWith('/court.json')), paths.join(' ')).to.have.length(1);
    });
  }

  it('a widget link carries court, written and read back (percent-encoded as an editor saves it)', () => {
    for (const tag of ['zx-execution-gauge', 'zx-debtor-lookup', 'zx-exposure-board'] as const) {
      const href = formatEmbedLink({ tag, src: 'https://court.example/feed/', attributes: [['court', '湘0725']] });
      const link = parseEmbedLink(href, 'https://county.example/article.html');
      expect(link && 'attributes' in link ? link.attributes : link).to.deep.equal([['court', '湘0725']]);
      const typed = parseEmbedLink('https://court.example/feed/#zhixing=board&court=%E6%B9%98%EF%BC%90%EF%BC%97%EF%BC%92%EF%BC%95', 'https://county.example/');
      expect(typed && 'attributes' in typed ? typed.attributes : typed).to.deep.equal([['court', '湘0725']]);
    }
  });

  it('<zx-exposure-board court> on a paged province feed reads that court’s list and pages only; without it, the province’s', async () => {
    const path = (request: { url: string }) => new URL(request.url).pathname.replace('/hunan-paged/', '');
    const body = (file: string) => largeFiles.get(file) as { court?: string; items?: Array<{ courtCode?: string }> };
    const wuling = await mount<ZxExposureBoard>('zx-exposure-board', { src: PAGED_FEED, court: '湘0702' });
    await until(() => view(wuling.el).entries().length > 0, 'Wuling’s entries');
    const read = pagedFeed.requests.map(path);
    expect(read).to.not.include('exposure.json');
    const lists = read.filter((file) => file.startsWith('exposure/lists/'));
    const pages = read.filter((file) => file.startsWith('exposure/pages/'));
    expect(lists.length).to.be.greaterThan(0);
    expect(pages.length).to.be.greaterThan(0);
    for (const file of lists) expect(body(file).court, file).to.equal('湘0702');
    for (const file of pages) expect([...new Set(body(file).items!.map((item) => item.courtCode))], file).to.deep.equal(['湘0702']);
    // The section counts are the court's, not the province's.
    type Ref = { section: string; sort: string; total: number };
    const index = largeFiles.get('exposure/index.json') as { lists: Ref[]; courts: string };
    const own = (largeFiles.get(`exposure/${index.courts}`) as { courts: Array<{ court: string; lists: Ref[] }> }).courts.find((c) => c.court === '湘0702')!;
    const total = (lists: Ref[]) => lists.find((l) => l.section === 'dishonest' && l.sort === 'published')!.total;
    expect(total(own.lists)).to.be.lessThan(total(index.lists));
    expect(view(wuling.el).select('section').options[0]!.textContent).to.contain(total(own.lists).toLocaleString('zh-CN'));
    expect(shadow(wuling.el)).to.contain('常德市武陵区人民法院');

    pagedFeed.resetLog();
    const all = await mount<ZxExposureBoard>('zx-exposure-board', { src: PAGED_FEED });
    await until(() => view(all.el).entries().length > 0, 'every court’s entries');
    const provinceLists = pagedFeed.requests.map(path).filter((file) => file.startsWith('exposure/lists/'));
    for (const file of provinceLists) expect(body(file).court, file).to.equal(undefined);
    expect(all.el.shadowRoot!.querySelector('[part~=court]')!.textContent).to.equal('湖南省高级人民法院');
  });

  it('a single court’s feed: its own code shows everything, another code the notice with its code', async () => {
    const own = await mount<ZxExecutionGauge>('zx-execution-gauge', { src: SINGLE_FEED, court: '湘0725' });
    await until(() => gaugeUi(own.el).hasMeter(), 'the figure');
    expect(gaugeUi(own.el).figure()).to.equal('92.97%');
    const other = await mount<ZxExposureBoard>('zx-exposure-board', { src: SINGLE_FEED, court: '湘0702' });
    await until(() => notice(other.el) !== '', 'the notice');
    expect(notice(other.el)).to.contain('可用的值：湘0725。');
  });
});
