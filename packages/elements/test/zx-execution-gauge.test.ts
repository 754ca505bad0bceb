// <zx-execution-gauge>: the seed's figures from both source kinds, language, comparisons, targets,
// attribute changes and shared requests. States and motion: zx-execution-gauge.states.test.ts.
import { expect } from '@open-wc/testing';
import { configure } from '../src/internal/source';
import { resetMotion, motion } from '../src/internal/motion';
import { API_BASE, FEED_BASE, createMockEnvironment, until } from './helpers';
import { laterStats, mount, seedPeriod, serve, statsFor, ui } from './zx-execution-gauge.utils';

const env = createMockEnvironment();

describe('zx-execution-gauge', () => {
  before(() => env.start());
  after(() => env.stop());
  beforeEach(() => {
    configure({ clientOptions: { retry: { retries: 0 } } });
    motion.prefersReducedMotion = () => true; // figures are checked at their final state
  });
  afterEach(() => {
    env.reset();
    resetMotion();
  });

  for (const source of [
    { kind: 'static', base: FEED_BASE },
    { kind: 'api', base: API_BASE },
  ]) {
    describe(`with the seed data from the ${source.kind} source`, () => {
      it('shows the closure rate with its counts, rule, period and as-of time as a meter', async () => {
        const { el, loads } = await mount({ src: source.base, 'source-kind': source.kind });
        await until(() => loads.length > 0, 'zx-load');
        await el.updateComplete;
        const view = ui(el);
        expect(view.caption()).to.equal('结案率');
        expect(view.figure()).to.equal('92.97%');
        expect(view.counts()).to.equal('3,387 / 3,643 件');
        expect(view.rule()).to.equal('结案率 = 已结件数 ÷ 受理件数，保留2位小数，四舍五入');
        expect(view.period()).to.equal('统计期间：2022年1月1日至2023年6月30日');
        expect(view.asOf()).to.equal('数据截至 2023年8月25日 00:00');
        const meter = view.meter()!;
        expect(meter.getAttribute('aria-valuenow')).to.equal('92.97');
        expect(meter.getAttribute('aria-valuemin')).to.equal('0');
        expect(meter.getAttribute('aria-valuemax')).to.equal('100');
        expect(meter.getAttribute('aria-valuetext')).to.equal('结案率 92.97%（3,387 / 3,643 件）');
        expect(meter.getAttribute('aria-labelledby')).to.equal('caption');
        expect(view.note()).to.equal('');
        expect(loads[0]!.rate!.percent).to.equal(92.97);
        expect(loads[0]!.check!.consistent).to.equal(true);
        expect(loads[0]!.stats.period.id).to.equal(seedPeriod.id);
        await expect(el).to.be.accessible();
      });

      it('shows the actual execution rate', async () => {
        const { el, loads } = await mount({ src: source.base, 'source-kind': source.kind, metric: 'actual-execution-rate' });
        await until(() => loads.length > 0, 'zx-load');
        await el.updateComplete;
        const view = ui(el);
        expect(view.caption()).to.equal('实际执结率');
        expect(view.figure()).to.equal('78.95%');
        expect(view.counts()).to.equal('2,674 / 3,387 件');
        expect(view.rule()).to.equal('实际执结率 = 执行完毕结案件数 ÷ 已结件数，保留2位小数，四舍五入');
        expect(view.meter()!.getAttribute('aria-valuetext')).to.equal('实际执结率 78.95%（2,674 / 3,387 件）');
        expect(loads[0]!.rate!.percent).to.equal(78.95);
        await expect(el).to.be.accessible();
      });

      it('shows the money recovered as a figure, marked approximate, without a meter', async () => {
        const { el, loads } = await mount({ src: source.base, 'source-kind': source.kind, metric: 'money-recovered' });
        await until(() => loads.length > 0, 'zx-load');
        await el.updateComplete;
        const view = ui(el);
        expect(view.caption()).to.equal('执行到位金额');
        expect(view.figure()).to.equal('约3.14亿元');
        expect(view.rule()).to.contain('法院公布的是约数');
        expect(view.hasMeter()).to.equal(false);
        expect(view.hasArc()).to.equal(false);
        expect(loads[0]!.rate).to.equal(undefined);
        await expect(el).to.be.accessible();
      });
    });
  }

  describe('in English (lang="en" on an ancestor)', () => {
    it('says everything in English', async () => {
      const { el, loads } = await mount({ src: FEED_BASE }, { lang: 'en' });
      await until(() => loads.length > 0, 'zx-load');
      await el.updateComplete;
      const view = ui(el);
      expect(view.caption()).to.equal('Closure rate');
      expect(view.counts()).to.equal('3,387 of 3,643 cases');
      expect(view.rule()).to.equal('Closure rate = closed cases ÷ accepted cases, rounded half-up to 2 decimal places');
      expect(view.period()).to.equal('Period: 1 Jan 2022 – 30 Jun 2023');
      expect(view.asOf()).to.equal('Data as of 25 Aug 2023, 00:00 (UTC+8)');
      expect(view.meter()!.getAttribute('aria-valuetext')).to.equal('Closure rate 92.97% (3,387 of 3,643 cases)');
      expect(view.text()).not.to.match(/[\u4e00-\u9fff]/);
      await expect(el).to.be.accessible();
    });

    it('shows money as ¥ with "approx."', async () => {
      const { el, loads } = await mount({ src: API_BASE, 'source-kind': 'api', metric: 'money-recovered' }, { lang: 'en' });
      await until(() => loads.length > 0, 'zx-load');
      await el.updateComplete;
      expect(ui(el).figure()).to.equal('approx. ¥314 million');
      expect(ui(el).text()).not.to.match(/[\u4e00-\u9fff]/);
      await expect(el).to.be.accessible();
    });
  });

  it('names a period by its dates when the court gave no label in the reader\'s language', async () => {
    const zhOnly = statsFor({ id: '2024-01', start: '2024-01-01', end: '2024-01-31', label: '2024年1月' });
    const unlabelled = statsFor({ id: '2023-12', start: '2023-12-01', end: '2023-12-31' });
    const { feedBase } = serve(env.worker, [zhOnly, unlabelled], env.dataset.court);
    const english = await mount({ src: feedBase }, { lang: 'en' });
    const chinese = await mount({ src: feedBase, period: '2023-12' });
    await until(() => english.loads.length > 0 && chinese.loads.length > 0, 'both gauges');
    await english.el.updateComplete;
    await chinese.el.updateComplete;
    expect(ui(english.el).period()).to.equal('Period: 1 January 2024 – 31 January 2024');
    expect(ui(chinese.el).period()).to.equal('统计期间：2023年12月1日至2023年12月31日');
  });

  it('shares one client between gauges with the same src: one request for the index and one for the period', async () => {
    const first = await mount({ src: FEED_BASE });
    const second = await mount({ src: FEED_BASE, metric: 'actual-execution-rate' });
    await until(() => first.loads.length > 0 && second.loads.length > 0, 'both gauges');
    const stats = env.feed.requests.filter((r) => r.route === 'stats');
    expect(stats.map((r) => new URL(r.url).pathname)).to.deep.equal(['/taoyuan/stats/index.json', `/taoyuan/stats/${seedPeriod.id}.json`]);
  });

  it('uses a custom label as the caption and the meter\'s accessible name', async () => {
    const { el, loads } = await mount({ src: FEED_BASE, label: '桃源县执行结案率' });
    await until(() => loads.length > 0, 'zx-load');
    await el.updateComplete;
    expect(ui(el).caption()).to.equal('桃源县执行结案率');
    expect(ui(el).meter()!.getAttribute('aria-labelledby')).to.equal('caption');
    await expect(el).to.be.accessible();
  });

  it('refuses an unknown metric visibly instead of showing another figure (issue 13.9)', async () => {
    const { el } = await mount({ src: FEED_BASE, metric: '<b>bogus</b>' });
    await until(() => !!el.shadowRoot?.querySelector('[role=alert]'), 'the notice');
    expect(el.shadowRoot!.textContent).to.contain('“<b>bogus</b>”'); // as text, never markup
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.contain('92.97%');
  });

  describe('target', () => {
    it('draws a labelled target tick and states the distance to it', async () => {
      const { el, loads } = await mount({ src: FEED_BASE, target: '90', compare: 'target' });
      await until(() => loads.length > 0, 'zx-load');
      await el.updateComplete;
      const view = ui(el);
      expect(view.hasTick()).to.equal(true);
      expect(view.target()).to.equal('目标 90%');
      expect(view.comparison()).to.equal('▲ 高于目标（90%）2.97 个百分点');
      expect(el.shadowRoot!.querySelector('.arrow')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('says when the figure is below the target, in English too', async () => {
      const { el, loads } = await mount({ src: FEED_BASE, target: '95.5', compare: 'target' }, { lang: 'en' });
      await until(() => loads.length > 0, 'zx-load');
      await el.updateComplete;
      expect(ui(el).target()).to.equal('Target 95.5%');
      expect(ui(el).comparison()).to.equal('▼ 2.53 percentage points below the target (95.5%)');
      await expect(el).to.be.accessible();
    });

    for (const bad of ['abc', '150', '-3', '']) {
      it(`ignores a nonsensical target (${JSON.stringify(bad)})`, async () => {
        const { el, loads } = await mount({ src: FEED_BASE, target: bad, compare: 'target' });
        await until(() => loads.length > 0, 'zx-load');
        await el.updateComplete;
        expect(ui(el).hasTick()).to.equal(false);
        expect(ui(el).target()).to.equal('');
        expect(ui(el).comparison()).to.equal('');
        expect(ui(el).figure()).to.equal('92.97%');
      });
    }

    it('accepts a target of 0 %', async () => {
      const { el, loads } = await mount({ src: FEED_BASE, target: '0', compare: 'target' });
      await until(() => loads.length > 0, 'zx-load');
      await el.updateComplete;
      expect(ui(el).hasTick()).to.equal(true);
      expect(ui(el).target()).to.equal('目标 0%');
      expect(ui(el).comparison()).to.equal('▲ 高于目标（0%）92.97 个百分点');
    });
  });

  describe('compare="previous"', () => {
    it('states the change from the previous period in the index', async () => {
      const court = env.dataset.court;
      const { apiBase } = serve(env.worker, [laterStats, statsFor(seedPeriod)], court);
      const { el, loads } = await mount({ src: apiBase, 'source-kind': 'api', compare: 'previous' });
      await until(() => loads.length > 0, 'zx-load');
      await el.updateComplete;
      expect(ui(el).period()).to.equal('统计期间：2023年下半年');
      expect(ui(el).figure()).to.equal('95.83%');
      expect(ui(el).comparison()).to.equal('▲ 较上期（2022年1月1日至2023年6月30日）上升 2.86 个百分点');
      expect(loads[0]!.previous!.period.id).to.equal(seedPeriod.id);
      el.metric = 'money-recovered';
      await el.updateComplete;
      expect(ui(el).comparison()).to.equal('▼ 较上期（2022年1月1日至2023年6月30日）减少 1.94亿元');
      await expect(el).to.be.accessible();
    });

    it('says so when the source has no previous period', async () => {
      const { el, loads } = await mount({ src: FEED_BASE, compare: 'previous' });
      await until(() => loads.length > 0, 'zx-load');
      await el.updateComplete;
      expect(ui(el).comparison()).to.equal('数据源没有上一期数据，无法比较。');
      expect(ui(el).figure()).to.equal('92.97%');
      await expect(el).to.be.accessible();
    });

    it('still shows the period when the previous one fails to load', async () => {
      const { apiBase, api } = serve(env.worker, [laterStats, statsFor(seedPeriod)], env.dataset.court);
      // The picker makes the first load read (and cache) the index; only the previous period is then asked for.
      const { el, loads } = await mount({ src: apiBase, 'source-kind': 'api', 'period-picker': true });
      await until(() => loads.length > 0, 'first zx-load');
      api.setFault({ kind: 'status', status: 500 }, { route: 'stats', times: 1 });
      el.compare = 'previous';
      await until(() => loads.length > 1, 'second zx-load');
      await el.updateComplete;
      expect(ui(el).figure()).to.equal('95.83%');
      expect(ui(el).comparison()).to.equal('上期数据暂时无法获取，未作比较。');
      expect(ui(el).error()).to.equal('');
      await expect(el).to.be.accessible();
    });
  });

  describe('when the court reported another rate than its counts give', () => {
    it('shows the computed figure and a note naming both', async () => {
      const stats = statsFor(seedPeriod, { reportedRates: { closureRate: 93.5, actualExecutionRate: 78.95 } });
      const { feedBase } = serve(env.worker, [stats], env.dataset.court);
      const { el, loads } = await mount({ src: feedBase });
      await until(() => loads.length > 0, 'zx-load');
      await el.updateComplete;
      expect(ui(el).figure()).to.equal('92.97%');
      expect(ui(el).note()).to.equal('注意：法院公布的结案率为 93.50%，按件数计算为 92.97%，此处显示计算值。');
      expect(loads[0]!.check!.consistent).to.equal(false);
      el.metric = 'actual-execution-rate';
      await el.updateComplete;
      expect(ui(el).note()).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('uses the source\'s rounding rule (truncate, 1 decimal)', async () => {
      const stats = statsFor(seedPeriod, { rateRule: { decimals: 1, rounding: 'truncate' }, reportedRates: { closureRate: 92.9 } });
      const { feedBase } = serve(env.worker, [stats], env.dataset.court);
      const { el, loads } = await mount({ src: feedBase });
      await until(() => loads.length > 0, 'zx-load');
      await el.updateComplete;
      expect(ui(el).figure()).to.equal('92.9%');
      expect(ui(el).rule()).to.equal('结案率 = 已结件数 ÷ 受理件数，保留1位小数，直接舍去');
      expect(ui(el).note()).to.equal('');
    });
  });

  describe('attribute changes', () => {
    it('re-fetches for another period, re-renders for another metric without a request', async () => {
      const { apiBase, api } = serve(env.worker, [laterStats, statsFor(seedPeriod)], env.dataset.court);
      const { el, loads } = await mount({ src: apiBase, 'source-kind': 'api', period: seedPeriod.id });
      await until(() => loads.length > 0, 'first zx-load');
      const paths = () => api.requests.map((r) => new URL(r.url).pathname);
      expect(paths()).to.deep.equal([`/v1/stats/${seedPeriod.id}`]);
      el.setAttribute('period', laterStats.period.id);
      await until(() => loads.length > 1, 'second zx-load');
      await el.updateComplete;
      expect(paths()).to.deep.equal([`/v1/stats/${seedPeriod.id}`, `/v1/stats/${laterStats.period.id}`]);
      expect(ui(el).figure()).to.equal('95.83%');
      el.setAttribute('metric', 'actual-execution-rate');
      await el.updateComplete;
      expect(ui(el).figure()).to.equal('80.00%');
      expect(api.requests).to.have.length(2);
      expect(loads).to.have.length(2);
    });

    it('re-fetches from a new src and forgets the old court\'s figures', async () => {
      const { apiBase, api } = serve(env.worker, [laterStats], env.dataset.court);
      const { el, loads } = await mount({ src: FEED_BASE });
      await until(() => loads.length > 0, 'first zx-load');
      api.setFault({ kind: 'latency', ms: 200 });
      el.setAttribute('source-kind', 'api');
      el.setAttribute('src', apiBase);
      await el.updateComplete;
      expect(ui(el).hasMeter()).to.equal(false); // not the old court's 92.97 % while the new one loads
      await until(() => loads.length > 1, 'second zx-load');
      await el.updateComplete;
      expect(ui(el).figure()).to.equal('95.83%');
    });
  });

  describe('period-picker', () => {
    it('offers the index\'s periods in a labelled select and loads the one picked', async () => {
      const { apiBase } = serve(env.worker, [laterStats, statsFor(seedPeriod)], env.dataset.court);
      const { el, loads } = await mount({ src: apiBase, 'source-kind': 'api', 'period-picker': true });
      await until(() => loads.length > 0, 'first zx-load');
      await el.updateComplete;
      const select = ui(el).select()!;
      expect(select.closest('label')!.textContent).to.contain('统计期间');
      expect([...select.options].map((o) => o.textContent)).to.deep.equal(['2023年下半年', '2022年1月1日至2023年6月30日']);
      expect(select.value).to.equal(laterStats.period.id);
      await expect(el).to.be.accessible();
      select.focus();
      select.value = seedPeriod.id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => loads.length > 1, 'second zx-load');
      await el.updateComplete;
      expect(el.period).to.equal(seedPeriod.id);
      expect(ui(el).figure()).to.equal('92.97%');
      expect(el.shadowRoot!.activeElement === ui(el).select()).to.equal(true); // focus stays on the select
      expect(el.shadowRoot!.querySelector('[aria-live=polite]')!.textContent).to.equal('结案率 92.97%（3,387 / 3,643 件）');
      await expect(el).to.be.accessible();
    });
  });
});
