// <zx-execution-gauge view="trend">: the chart and the table show the same figures, periods of
// different lengths are separate series (with a note), the target line sits where the scale puts it,
// English, a period without cases, and accessibility (axe).
import { expect } from '@open-wc/testing';
import type { EnforcementStats, Period } from '@zhixing/sdk';
import { configure } from '../src/internal/source';
import { motion, resetMotion } from '../src/internal/motion';
import { periodLength, trendSeries, trendPoints, type GaugeTrendLoadData } from '../src/zx-execution-gauge/zx-execution-gauge.trend';
import type { ZxExecutionGauge } from '../src/zx-execution-gauge/zx-execution-gauge.component';
import { FEED_BASE, createMockEnvironment, until } from './helpers';
import { mount, serve, statsFor, ui } from './zx-execution-gauge.utils';

const env = createMockEnvironment();

function period(id: string, start: string, end: string, label: string, labelEn: string): Period {
  return { id, start, end, label, labelEn };
}

function stats(p: Period, accepted: number, closed: number, closedWithPerformance: number, recovered: number): EnforcementStats {
  return statsFor(p, {
    asOf: `${p.end}T12:00:00+08:00`,
    cases: { accepted, closed, closedWithPerformance },
    money: { recovered },
    reportedRates: undefined,
    rateRule: { decimals: 2, rounding: 'half-up' },
  });
}

// Three whole years and two half-years; the second half of 2022 had no cases at all.
const y2019 = stats(period('2019', '2019-01-01', '2019-12-31', '2019年', '2019'), 1000, 900, 700, 15_000_000_000); // 90.00 %
const y2020 = stats(period('2020', '2020-01-01', '2020-12-31', '2020年', '2020'), 1000, 850, 650, 16_000_000_000); // 85.00 %
const y2021 = stats(period('2021', '2021-01-01', '2021-12-31', '2021年', '2021'), 1200, 1104, 900, 17_000_000_000); // 92.00 %
const h2022a = stats(period('2022H1', '2022-01-01', '2022-06-30', '2022年上半年', 'First half of 2022'), 600, 480, 400, 9_000_000_000); // 80.00 %
const h2022b = stats(period('2022H2', '2022-07-01', '2022-12-31', '2022年下半年', 'Second half of 2022'), 0, 0, 0, 0); // no rate
// Served newest first, as an index lists them.
const ALL = [h2022b, h2022a, y2021, y2020, y2019];

interface Mounted {
  el: ZxExecutionGauge;
  loads: GaugeTrendLoadData[];
  errors: unknown[];
}

async function trend(attributes: Record<string, string | boolean>, data: EnforcementStats[] = ALL, options: { width?: number; lang?: string } = {}): Promise<Mounted> {
  const { feedBase } = serve(env.worker, data, env.dataset.court);
  const mounted = await mount({ src: feedBase, view: 'trend', ...attributes }, options);
  await until(() => mounted.loads.length > 0 || mounted.errors.length > 0, 'zx-load');
  await mounted.el.updateComplete;
  // The chart is drawn again once its box has been measured.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await mounted.el.updateComplete;
  return mounted as unknown as Mounted;
}

/** What the chart draws and the table lists, as text. */
function read(el: ZxExecutionGauge) {
  const root = el.shadowRoot!;
  const all = <T extends Element>(selector: string) => [...root.querySelectorAll<T>(selector)];
  const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const markerY = (g: Element) => {
    const m = g.querySelector('.trend-marker')!;
    if (m.tagName === 'circle') return Number(m.getAttribute('cy'));
    if (m.tagName === 'rect') return Number(m.getAttribute('y')) + Number(m.getAttribute('height')) / 2;
    // Diamond / triangle paths start at the top vertex: use the bounding box.
    const box = (m as SVGGraphicsElement).getBBox();
    return box.y + box.height / 2;
  };
  return {
    points: all<SVGGElement>('.trend-point').map((g) => ({
      period: g.dataset.period!,
      value: Number(g.dataset.value),
      text: text(g.querySelector('.trend-value')),
      series: g.closest<SVGGElement>('.trend-series')!.dataset.series!,
      y: markerY(g),
    })),
    series: all<SVGGElement>('.trend-series').map((g) => ({
      key: g.dataset.series!,
      points: g.querySelectorAll('.trend-point').length,
      line: g.querySelector('.trend-line')?.getAttribute('d') ?? null,
    })),
    rows: all<HTMLTableRowElement>('.trend-table tbody tr').map((tr) => ({
      period: tr.dataset.period!,
      cells: [...tr.cells].map((cell) => text(cell)),
      figure: text(tr.querySelector('.figure-cell [aria-hidden=true]') ?? tr.querySelector('.figure-cell')),
      length: tr.querySelector<HTMLElement>('[data-length]')!.dataset.length!,
    })),
    headers: all('.trend-table thead th').map(text),
    caption: text(root.querySelector('#caption')),
    tableCaption: text(root.querySelector('.trend-table caption')),
    legend: all('[part~=trend-legend] li').map(text),
    note: text(root.querySelector('[part~=trend-note]')),
    message: text(root.querySelector('[part~=trend-message]')),
    rule: text(root.querySelector('[part~=rule]')),
    rules: all('[part~=rule]').map(text),
    target: root.querySelector('[part~=trend-target]')?.getAttribute('d') ?? null,
    svg: root.querySelector<SVGSVGElement>('svg.trend-svg'),
    html: root.innerHTML,
  };
}

describe('zx-execution-gauge view="trend"', () => {
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

  it('draws every period with a figure and lists the same figures in the table (zh-CN)', async () => {
    const { el, loads } = await trend({});
    const view = read(el);
    expect(view.caption).to.equal('结案率：各统计期间');
    expect(view.tableCaption).to.equal('结案率各统计期间数据');
    expect(view.headers).to.deep.equal(['统计期间', '结案率', '已结 / 受理件数']);
    // Newest first in the table; every period is a row, its length under its name.
    expect(view.rows.map((r) => r.cells)).to.deep.equal([
      ['2022年下半年、半年', '—无案件，无比率', '0 / 0'],
      ['2022年上半年、半年', '80.00%', '480 / 600'],
      ['2021年、全年', '92.00%', '1,104 / 1,200'],
      ['2020年、全年', '85.00%', '850 / 1,000'],
      ['2019年、全年', '90.00%', '900 / 1,000'],
    ]);
    // A sighted reader sees the length on a line of its own; the separator is for screen readers only.
    expect(el.shadowRoot!.querySelector('.trend-table tbody tr .trend-length > .visually-hidden')!.textContent).to.equal('、');
    // The drawn points are exactly the rows that have a figure, with the same text.
    const withFigure = view.rows.filter((r) => r.figure !== '—');
    expect(view.points.length).to.equal(withFigure.length);
    const drawn = new Map(view.points.map((p) => [p.period, p.text]));
    for (const row of withFigure) expect(drawn.get(row.period), row.period).to.equal(row.figure);
    // Oldest to newest, left to right.
    expect(view.points.map((p) => p.period)).to.deep.equal(['2019', '2020', '2021', '2022H1']);
    // The rounding rule of the source, and the counts in each point's tooltip.
    expect(view.rule).to.equal('结案率 = 已结件数 ÷ 受理件数，保留2位小数，四舍五入');
    const title = el.shadowRoot!.querySelector('.trend-point[data-period="2021"] title')!.textContent;
    expect(title).to.equal('2021年：92.00%（1,104 / 1,200 件）');
    expect(loads[0]!.view).to.equal('trend');
    expect(loads[0]!.points.map((p) => p.text)).to.deep.equal(['90.00%', '85.00%', '92.00%', '80.00%', '—']);
    await expect(el).to.be.accessible();
  });

  it('keeps periods of different lengths apart: one series each, never joined, and a note says so', async () => {
    const { el } = await trend({});
    const view = read(el);
    expect(view.series.map((s) => s.key)).to.deep.equal(['m12', 'm6']);
    // The years are joined by one line through their three points; the half-years have one figure: no line.
    expect(view.series[0]!.points).to.equal(3);
    expect(view.series[0]!.line!.match(/[ML]/g)!.length).to.equal(3);
    expect(view.series[1]!.points).to.equal(1);
    expect(view.series[1]!.line).to.equal(null);
    // Each point sits in the series of its period's length, as the table says.
    const lengthOf = new Map(view.rows.map((r) => [r.period, r.length]));
    for (const point of view.points) expect(point.series, point.period).to.equal(lengthOf.get(point.period));
    expect(view.legend).to.deep.equal(['全年（3个期间）', '半年（2个期间）']);
    expect(view.note).to.equal('长度不同的统计期间（全年、半年）分开标示，不连线、不作比较；只有长度相同的期间才用线连起来。');
    // Periods of one length only: no note.
    const years = await trend({}, [y2021, y2020, y2019]);
    expect(read(years.el).note).to.equal('');
    expect(read(years.el).series.map((s) => s.key)).to.deep.equal(['m12']);
  });

  it('tells period lengths apart by their dates: year, half-year, quarter, month, other months, days', () => {
    const length = (start: string, end: string) => periodLength(period('x', start, end, '', ''));
    expect(length('2023-01-01', '2023-12-31')).to.deep.equal({ key: 'm12', kind: 'year', n: 12 });
    expect(length('2023-07-01', '2023-12-31')).to.deep.equal({ key: 'm6', kind: 'half-year', n: 6 });
    expect(length('2024-01-01', '2024-03-31')).to.deep.equal({ key: 'm3', kind: 'quarter', n: 3 });
    expect(length('2024-02-01', '2024-02-29')).to.deep.equal({ key: 'm1', kind: 'month', n: 1 });
    expect(length('2022-01-01', '2023-06-30')).to.deep.equal({ key: 'm18', kind: 'months', n: 18 });
    expect(length('2023-03-15', '2023-06-14')).to.deep.equal({ key: 'd92', kind: 'days', n: 92 });
    // A quarter among years and half-years: three series, none joined to another.
    const q = stats(period('2023Q1', '2023-01-01', '2023-03-31', '2023年第一季度', 'Q1 2023'), 300, 240, 200, 1);
    const series = trendSeries(trendPoints('closure-rate', [q, ...ALL], 'zh-CN'));
    expect(series.map((s) => [s.length.key, s.points.map((p) => p.period.id)])).to.deep.equal([
      ['m12', ['2019', '2020', '2021']],
      ['m6', ['2022H1', '2022H2']],
      ['m3', ['2023Q1']],
    ]);
  });

  it('draws the target line at the target on the same scale as the points', async () => {
    const { el } = await trend({ target: '88' });
    const view = read(el);
    expect(view.target).to.match(/^M [\d.]+ [\d.]+ H [\d.]+$/);
    const targetY = Number(view.target!.split(' ')[2]);
    const p90 = view.points.find((p) => p.period === '2019')!;
    const p85 = view.points.find((p) => p.period === '2020')!;
    // Linear scale: 88 % lies 3/5 of the way from 85 % to 90 %.
    const expected = p85.y + ((88 - 85) / (90 - 85)) * (p90.y - p85.y);
    expect(Math.abs(targetY - expected)).to.be.below(0.2);
    expect(targetY).to.be.below(p85.y); // higher on screen than 85 %
    expect(targetY).to.be.above(p90.y);
    expect(view.legend).to.include('目标 88%');
    await expect(el).to.be.accessible();
    // No target: no line.
    el.removeAttribute('target');
    await el.updateComplete;
    expect(read(el).target).to.equal(null);
  });

  it('is complete in English', async () => {
    const { el } = await trend({ metric: 'actual-execution-rate', target: '70' }, ALL, { lang: 'en' });
    const view = read(el);
    expect(view.caption).to.equal('Actual execution rate: every period');
    expect(view.tableCaption).to.equal('Actual execution rate by period');
    expect(view.headers).to.deep.equal(['Period', 'Actual execution rate', 'Closed by performance / closed cases']);
    expect(view.rows.map((r) => r.cells)).to.deep.equal([
      ['Second half of 2022, Half-year', '—No cases, no rate', '0 / 0'],
      ['First half of 2022, Half-year', '83.33%', '400 / 480'],
      ['2021, Year', '81.52%', '900 / 1,104'],
      ['2020, Year', '76.47%', '650 / 850'],
      ['2019, Year', '77.78%', '700 / 900'],
    ]);
    expect(view.points.map((p) => p.text)).to.deep.equal(['77.78%', '76.47%', '81.52%', '83.33%']);
    expect(view.legend).to.deep.equal(['Year (3 periods)', 'Half-year (2 periods)', 'Target 70%']);
    expect(view.note).to.equal('Periods of different lengths (Year, Half-year) are marked apart, neither joined nor compared; only periods of the same length are joined by a line.');
    expect(view.rule).to.equal('Actual execution rate = cases closed by performance ÷ closed cases, rounded half-up to 2 decimal places');
    expect(el.shadowRoot!.textContent).not.to.match(/[\u3400-\u9fff]/);
    await expect(el).to.be.accessible();
  });

  it('names each rounding rule with its periods when the court rounded periods differently', async () => {
    // Until 2020 the court truncated to one decimal place.
    const truncated = { decimals: 1, rounding: 'truncate' } as const;
    const data = [h2022b, h2022a, y2021, { ...y2020, rateRule: truncated }, { ...y2019, rateRule: truncated }];
    const zh = read((await trend({}, data)).el);
    expect(zh.rules).to.deep.equal([
      '2022年下半年、2022年上半年、2021年：结案率 = 已结件数 ÷ 受理件数，保留2位小数，四舍五入',
      '2020年、2019年：结案率 = 已结件数 ÷ 受理件数，保留1位小数，直接舍去',
    ]);
    // Each figure as its own period's rule gives it.
    expect(zh.rows.map((r) => r.figure)).to.deep.equal(['—', '80.00%', '92.00%', '85.0%', '90.0%']);
    // Below the first one, out of view: eager, or it would wait to be scrolled to.
    const en = read((await trend({ loading: 'eager' }, data, { lang: 'en' })).el);
    expect(en.rules).to.deep.equal([
      'Second half of 2022, First half of 2022, 2021: Closure rate = closed cases ÷ accepted cases, rounded half-up to 2 decimal places',
      '2020, 2019: Closure rate = closed cases ÷ accepted cases, truncated to 1 decimal place',
    ]);
    // One rule for every period: one line, naming none.
    expect(read((await trend({ loading: 'eager' })).el).rules).to.deep.equal(['结案率 = 已结件数 ÷ 受理件数，保留2位小数，四舍五入']);
  });

  it('shows "—" and draws no point for a period without cases, never NaN', async () => {
    const { el, loads } = await trend({ metric: 'actual-execution-rate' });
    const view = read(el);
    expect(view.rows[0]!.figure).to.equal('—');
    expect(view.points.some((p) => p.period === '2022H2')).to.equal(false);
    expect(view.html).not.to.contain('NaN');
    expect(loads[0]!.points.at(-1)!.value).to.equal(undefined);
    // Only periods without cases: the axis is drawn, no point, still no NaN.
    const empty = await trend({}, [h2022b, statsFor(period('2021H2', '2021-07-01', '2021-12-31', '2021年下半年', 'Second half of 2021'), { cases: { accepted: 0, closed: 0, closedWithPerformance: 0 } })]);
    expect(read(empty.el).points).to.deep.equal([]);
    expect(read(empty.el).html).not.to.contain('NaN');
    await expect(empty.el).to.be.accessible();
  });

  it('shows money recovered without counts columns and without a target line', async () => {
    const { el } = await trend({ metric: 'money-recovered', target: '90' });
    const view = read(el);
    expect(view.headers).to.deep.equal(['统计期间', '执行到位金额']);
    expect(view.rows.map((r) => r.figure)).to.deep.equal(['0元', '9,000万元', '1.7亿元', '1.6亿元', '1.5亿元']);
    expect(view.points.map((p) => p.text)).to.deep.equal(['1.5亿元', '1.6亿元', '1.7亿元', '9,000万元', '0元']);
    expect(view.target).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says so instead of drawing a chart when the source has one period', async () => {
    const { el } = await trend({}, [y2021]);
    const view = read(el);
    expect(view.message).to.equal('数据源只有一个统计期间，无法显示趋势。');
    expect(view.svg).to.equal(null);
    expect(view.rows.map((r) => r.figure)).to.deep.equal(['92.00%']);
    await expect(el).to.be.accessible();
  });

  it('shows the error with a retry button when a period cannot be loaded, then recovers on retry', async () => {
    const { feedBase, feed } = serve(env.worker, ALL, env.dataset.court);
    feed.setFault({ kind: 'status', status: 500 }, { route: 'stats' });
    const { el, loads, errors } = await mount({ src: feedBase, view: 'trend' });
    await until(() => errors.length > 0, 'zx-error');
    await el.updateComplete;
    expect(ui(el).error()).to.contain('数据源暂时不可用');
    expect(el.shadowRoot!.querySelector('.trend-table')).to.equal(null);
    await expect(el).to.be.accessible();
    feed.setFault(null);
    ui(el).retry()!.focus();
    ui(el).retry()!.click();
    await until(() => loads.length > 0, 'zx-load after retry');
    await el.updateComplete;
    expect(read(el).rows.length).to.equal(5);
    expect(ui(el).error()).to.equal('');
    // The retry button went away with the error: focus stays in the element.
    expect(el.shadowRoot!.activeElement === ui(el).frame()).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('switches between the gauge and the trend when view changes', async () => {
    const { feedBase } = serve(env.worker, ALL, env.dataset.court);
    const { el, loads } = await mount({ src: feedBase });
    await until(() => loads.length > 0, 'gauge zx-load');
    el.view = 'trend';
    await until(() => loads.length > 1, 'trend zx-load');
    await el.updateComplete;
    expect(ui(el).hasMeter()).to.equal(false);
    expect(read(el).rows.length).to.equal(5);
    el.view = 'gauge';
    await el.updateComplete;
    await until(() => ui(el).hasMeter() || ui(el).text().includes('无案件'), 'the gauge again');
    expect(el.shadowRoot!.querySelector('.trend-table')).to.equal(null);
  });

  it('fits 320 px without overflow and sets no style attributes (strict CSP)', async () => {
    const { el } = await trend({ target: '90' }, ALL, { width: 320 });
    const frame = ui(el).frame();
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth + 1);
    const svg = read(el).svg!;
    expect(svg.getBoundingClientRect().width).to.be.at.most(321);
    // The chart is drawn in the box's own pixels: its text keeps the page's size.
    expect(Number(svg.getAttribute('width'))).to.equal(Math.floor(svg.parentElement!.clientWidth));
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('draws bigger text in elder mode', async () => {
    const plain = await trend({});
    const elder = await trend({ elder: true });
    const size = (el: ZxExecutionGauge) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.trend-value')!).fontSize);
    expect(size(elder.el)).to.be.above(size(plain.el) * 1.2);
    // Same figures.
    expect(read(elder.el).points.map((p) => p.text)).to.deep.equal(read(plain.el).points.map((p) => p.text));
    await expect(elder.el).to.be.accessible();
  });
});
