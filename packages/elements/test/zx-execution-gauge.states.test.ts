// <zx-execution-gauge> states: loading with reserved space, errors and recovery, stale data, empty
// periods, bad data, elder mode, motion, and clean-up on removal.
import { expect } from '@open-wc/testing';
import { createClient, httpSource } from '@zhixing/sdk';
import { configure } from '../src/internal/source';
import { motion, resetMotion } from '../src/internal/motion';
import { API_BASE, FEED_BASE, createMockEnvironment, until } from './helpers';
import { manualFrames, mount, seedPeriod, serve, statsFor, ui } from './zx-execution-gauge.utils';

const env = createMockEnvironment();

const emptyPeriod = { id: '2024-01', start: '2024-01-01', end: '2024-01-31', label: '2024年1月', labelEn: 'January 2024' };

describe('zx-execution-gauge states', () => {
  before(() => env.start());
  after(() => env.stop());
  beforeEach(() => {
    configure({ clientOptions: { retry: { retries: 0 } } });
    motion.prefersReducedMotion = () => true;
  });
  afterEach(() => {
    env.reset();
    resetMotion();
    document.documentElement.removeAttribute('data-zx-elder');
  });

  describe('while loading', () => {
    for (const { width, lang } of [
      { width: 480, lang: undefined },
      { width: 240, lang: undefined },
      { width: 480, lang: 'en' },
    ]) {
      it(`says so and keeps the height it will have with data (${width} px${lang ? `, ${lang}` : ''})`, async () => {
        env.api.setFault({ kind: 'latency', ms: 300 }, { route: 'stats' });
        const { el, loads } = await mount({ src: API_BASE, 'source-kind': 'api' }, { width, ...(lang ? { lang } : {}) });
        const view = ui(el);
        expect(view.frame().getAttribute('aria-busy')).to.equal('true');
        expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal(lang ? 'Loading…' : '正在加载…');
        expect(view.hasMeter()).to.equal(false);
        await expect(el).to.be.accessible();
        const loadingHeight = el.getBoundingClientRect().height;
        await until(() => loads.length > 0, 'zx-load');
        await el.updateComplete;
        expect(view.frame().getAttribute('aria-busy')).to.equal('false');
        expect(view.hasMeter()).to.equal(true);
        expect(Math.abs(el.getBoundingClientRect().height - loadingHeight)).to.be.at.most(1);
      });
    }
  });

  describe('when the source fails', () => {
    it('shows the error with a retry button, then recovers on retry', async () => {
      env.api.setFault({ kind: 'status', status: 500 });
      const { el, loads, errors } = await mount({ src: API_BASE, 'source-kind': 'api' });
      await until(() => errors.length > 0, 'zx-error');
      await el.updateComplete;
      const view = ui(el);
      expect(view.error()).to.contain('数据源暂时不可用');
      expect(el.shadowRoot!.querySelector('[part~=error]')!.getAttribute('role')).to.equal('alert');
      expect(errors[0]).to.include({ code: 'http', status: 500, keptLastGood: false });
      expect(view.hasMeter()).to.equal(false);
      expect(view.stale()).to.equal('');
      await expect(el).to.be.accessible();

      env.api.setFault(null);
      view.retry()!.focus();
      view.retry()!.click();
      await until(() => loads.length > 0, 'zx-load after retry');
      await el.updateComplete;
      expect(view.figure()).to.equal('92.97%');
      expect(view.error()).to.equal('');
      // The retry button went away with the error: focus stays in the gauge, not lost to <body>.
      expect(el.shadowRoot!.activeElement === view.frame()).to.equal(true);
      await expect(el).to.be.accessible();
    });

    for (const { name, fault, message, code } of [
      { name: 'a network failure', fault: { kind: 'network-error' } as const, message: '无法连接数据源', code: 'network' },
      { name: 'rate limiting', fault: { kind: 'status', status: 429, retryAfter: 30 } as const, message: '请在 30 秒后再试', code: 'http' },
      { name: 'malformed JSON', fault: { kind: 'malformed-json' } as const, message: '数据格式有误', code: 'validation' },
      { name: 'a web page instead of data (a CMS page, 200 text/html)', fault: { kind: 'web-page' } as const, message: '数据源地址 https://api.zhixing.test/v1/stats 返回的是网页（text/html），不是数据，多半是地址有误。 请核对 src 属性“https://api.zhixing.test/v1/”。', code: 'validation' },
    ]) {
      it(`explains ${name}`, async () => {
        env.api.setFault(fault);
        const { el, errors } = await mount({ src: API_BASE, 'source-kind': 'api' });
        await until(() => errors.length > 0, 'zx-error');
        await el.updateComplete;
        expect(ui(el).error()).to.contain(message);
        expect(errors[0]!.code).to.equal(code);
        await expect(el).to.be.accessible();
      });
    }

    it('keeps the last good figure, marked stale, when a refresh fails', async () => {
      const client = createClient({ source: httpSource(API_BASE), cacheTtlMs: 0, retry: { retries: 0 } });
      const { el, loads, errors } = await mount({}, { client });
      await until(() => loads.length > 0, 'zx-load');
      env.api.setFault({ kind: 'status', status: 503 });
      el.reload();
      await until(() => errors.length > 0, 'zx-error');
      await el.updateComplete;
      const view = ui(el);
      expect(errors[0]!.keptLastGood).to.equal(true);
      expect(view.figure()).to.equal('92.97%');
      expect(view.hasMeter()).to.equal(true);
      expect(view.counts()).to.equal('3,387 / 3,643 件');
      expect(view.error()).to.contain('仍显示上次成功获取的数据');
      expect(view.stale()).to.contain('数据可能不是最新的');
      expect(view.frame().classList.contains('stale')).to.equal(true);
      await expect(el).to.be.accessible();

      env.api.setFault(null);
      view.retry()!.click();
      await until(() => loads.length > 1, 'zx-load after retry');
      await el.updateComplete;
      expect(view.stale()).to.equal('');
      expect(view.error()).to.equal('');
    });

    it('says the data was not found for a period the source does not have', async () => {
      const { el, errors } = await mount({ src: API_BASE, 'source-kind': 'api', period: 'no-such-period' });
      await until(() => errors.length > 0, 'zx-error');
      await el.updateComplete;
      expect(ui(el).error()).to.contain('未找到所请求的数据');
      expect(errors[0]).to.include({ code: 'http', status: 404 });
      await expect(el).to.be.accessible();
    });

    it('says a data source is missing when there is none', async () => {
      const { el, errors } = await mount({});
      await until(() => errors.length > 0, 'zx-error');
      await el.updateComplete;
      expect(ui(el).error()).to.contain('未配置数据源');
      expect(errors[0]!.code).to.equal('config');
      await expect(el).to.be.accessible();
    });

    it('refuses counts that cannot be true (more closed than accepted)', async () => {
      const stats = statsFor(seedPeriod, { cases: { accepted: 100, closed: 120, closedWithPerformance: 90 } });
      const { feedBase } = serve(env.worker, [stats], env.dataset.court);
      const { el, errors } = await mount({ src: feedBase });
      await until(() => errors.length > 0, 'zx-error');
      await el.updateComplete;
      expect(ui(el).error()).to.contain('数据格式有误');
      expect(errors[0]!.code).to.equal('validation');
      expect(ui(el).hasMeter()).to.equal(false);
      expect(ui(el).text()).not.to.contain('120');
    });
  });

  describe('for a period without cases', () => {
    const empty = statsFor(emptyPeriod, {
      cases: { accepted: 0, closed: 0, closedWithPerformance: 0 },
      money: { recovered: 0 },
      reportedRates: undefined,
    });

    it('says there are no cases instead of drawing a rate', async () => {
      const { apiBase } = serve(env.worker, [empty], env.dataset.court);
      const { el, loads } = await mount({ src: apiBase, 'source-kind': 'api' });
      await until(() => loads.length > 0, 'zx-load');
      await el.updateComplete;
      const view = ui(el);
      expect(view.figure()).to.equal('本期无案件');
      expect(view.counts()).to.equal('0 / 0 件');
      expect(view.period()).to.equal('统计期间：2024年1月');
      expect(view.hasMeter()).to.equal(false);
      expect(view.hasArc()).to.equal(false);
      expect(loads[0]!.rate).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('says so in English, and for the actual execution rate when nothing was closed', async () => {
      const noneClosed = statsFor(emptyPeriod, { cases: { accepted: 12, closed: 0, closedWithPerformance: 0 }, reportedRates: undefined });
      const { feedBase } = serve(env.worker, [noneClosed], env.dataset.court);
      const { el, loads } = await mount({ src: feedBase, metric: 'actual-execution-rate' }, { lang: 'en' });
      await until(() => loads.length > 0, 'zx-load');
      await el.updateComplete;
      expect(ui(el).figure()).to.equal('No closed cases in this period');
      expect(ui(el).counts()).to.equal('0 of 0 cases');
      el.metric = 'closure-rate';
      await el.updateComplete;
      expect(ui(el).figure()).to.equal('0.00%');
      expect(ui(el).meter()!.getAttribute('aria-valuetext')).to.equal('Closure rate 0.00% (0 of 12 cases)');
      await expect(el).to.be.accessible();
    });
  });

  describe('elder mode (适老化)', () => {
    it('enlarges the type with the elder attribute or <html data-zx-elder>, and stays accessible', async () => {
      const { el, loads } = await mount({ src: FEED_BASE, elder: true, target: '90' });
      await until(() => loads.length > 0, 'zx-load');
      await el.updateComplete;
      expect(el.hasAttribute('data-elder')).to.equal(true);
      expect(getComputedStyle(el).fontSize).to.equal('22px');
      await expect(el).to.be.accessible();

      const other = await mount({ src: FEED_BASE });
      document.documentElement.setAttribute('data-zx-elder', '');
      await until(() => other.el.hasAttribute('data-elder'), 'page-wide elder mode');
      expect(getComputedStyle(other.el).fontSize).to.equal('22px');
    });
  });

  it('shows a hostile label as text', async () => {
    const { el, loads } = await mount({ src: FEED_BASE, label: '<img src=x onerror="window.hacked=1">' });
    await until(() => loads.length > 0, 'zx-load');
    await el.updateComplete;
    expect(ui(el).caption()).to.equal('<img src=x onerror="window.hacked=1">');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  describe('motion', () => {
    it('runs no animation at all when reduced motion is asked for', async () => {
      let frames = 0;
      motion.prefersReducedMotion = () => true;
      motion.requestFrame = (callback) => {
        frames++;
        return requestAnimationFrame(callback);
      };
      const { el, loads } = await mount({ src: FEED_BASE });
      await until(() => loads.length > 0, 'zx-load');
      await el.updateComplete;
      expect(ui(el).dasharray()).to.equal('92.970 100');
      expect(frames).to.equal(0);
    });

    it('fills the arc from 0 once, on first data; the meter says the true value throughout', async () => {
      const frames = manualFrames();
      const { el, loads } = await mount({ src: FEED_BASE });
      await until(() => loads.length > 0, 'zx-load');
      await el.updateComplete;
      const view = ui(el);
      expect(view.dasharray()).to.equal('0.000 100');
      expect(view.meter()!.getAttribute('aria-valuenow')).to.equal('92.97');
      frames.step(1000);
      frames.step(1450);
      await el.updateComplete;
      const halfway = Number(view.dasharray()!.split(' ')[0]);
      expect(halfway).to.be.above(0).and.below(92.97);
      frames.step(1900);
      await el.updateComplete;
      expect(view.dasharray()).to.equal('92.970 100');
      expect(frames.pending).to.equal(0);

      const requested = frames.requested;
      el.metric = 'actual-execution-rate';
      el.reload();
      await until(() => loads.length > 1, 'second zx-load');
      await el.updateComplete;
      expect(view.dasharray()).to.equal('78.950 100');
      expect(frames.requested).to.equal(requested);
    });

    it('reaches the value with the browser\'s own animation frames', async () => {
      motion.prefersReducedMotion = () => false;
      const { el, loads } = await mount({ src: FEED_BASE });
      await until(() => loads.length > 0, 'zx-load');
      await until(() => ui(el).dasharray() === '92.970 100', 'the arc filled');
    });

    it('stops its animation frames when removed', async () => {
      const frames = manualFrames();
      const { el, loads } = await mount({ src: FEED_BASE });
      await until(() => loads.length > 0, 'zx-load');
      frames.step(1000);
      expect(frames.pending).to.equal(1);
      el.remove();
      expect(frames.pending).to.equal(0);
      expect(frames.cancelled).to.equal(1);
    });
  });

  it('cancels its request when removed, and fires nothing afterwards', async () => {
    const signals: AbortSignal[] = [];
    const client = createClient({
      source: httpSource(API_BASE),
      retry: { retries: 0 },
      fetch: (input, init) => {
        if (init?.signal) signals.push(init.signal);
        return fetch(input, init);
      },
    });
    env.api.setFault({ kind: 'latency', ms: 300 });
    const removed = await mount({}, { client });
    await until(() => signals.length > 0, 'a request');
    removed.el.remove();
    expect(signals.every((signal) => signal.aborted)).to.equal(true);
    // Another gauge's answer takes at least as long as the removed one's would have.
    const other = await mount({ src: API_BASE, 'source-kind': 'api' });
    await until(() => other.loads.length > 0, 'the other gauge');
    expect(removed.loads).to.have.length(0);
    expect(removed.errors).to.have.length(0);
    expect(signals).to.have.length(1);
  });
});
