// What a user sees of <zx-execution-gauge>, and small data sets for its test files.
import { fixture, html } from '@open-wc/testing';
import { buildStaticFeed, createMockApi, createStaticFeedHandlers, seedPeriod, taoyuanStats, taoyuanStatsIndex } from '@zhixing/mocks';
import type { Court, EnforcementStats, Period, ZhixingClient } from '@zhixing/sdk';
import type { SetupWorker } from 'msw/browser';
import type { ZxErrorDetail, ZxLoadDetail } from '../src/internal';
import { motion } from '../src/internal/motion';
import '../src/zx-execution-gauge/zx-execution-gauge.define';
import type { ZxExecutionGauge } from '../src/zx-execution-gauge/zx-execution-gauge.component';
import type { GaugeLoadData } from '../src/zx-execution-gauge/zx-execution-gauge.model';
import { shadowText } from './helpers';

export interface Mounted {
  el: ZxExecutionGauge;
  container: HTMLElement;
  loads: GaugeLoadData[];
  errors: ZxErrorDetail[];
}

/**
 * Creates the element with `attributes`, listens for its events, then puts it in the page inside a
 * container of a fixed width (and `lang`, when given), so no event can be missed.
 */
export async function mount(
  attributes: Record<string, string | boolean>,
  options: { width?: number; lang?: string; client?: ZhixingClient } = {},
): Promise<Mounted> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.style.width = `${options.width ?? 480}px`;
  if (options.lang) container.lang = options.lang;
  const el = document.createElement('zx-execution-gauge');
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  if (options.client) el.client = options.client;
  const mounted: Mounted = { el, container, loads: [], errors: [] };
  el.addEventListener('zx-load', (event) => mounted.loads.push((event as CustomEvent<ZxLoadDetail<GaugeLoadData>>).detail.data));
  el.addEventListener('zx-error', (event) => mounted.errors.push((event as CustomEvent<ZxErrorDetail>).detail));
  container.append(el);
  await el.updateComplete;
  return mounted;
}

export function ui(el: ZxExecutionGauge) {
  const root = el.shadowRoot!;
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const text = (selector: string) => q(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return {
    text: () => shadowText(el),
    // Presence as booleans: a failing assertion on an element makes chai print the whole node.
    hasMeter: () => q('[role=meter]') !== null,
    meter: () => q<HTMLElement>('[role=meter]'),
    caption: () => text('#caption'),
    period: () => text('[part~=period]'),
    counts: () => text('[part~=counts]'),
    figure: () => text('[part~=value]'),
    rule: () => text('[part~=rule]'),
    asOf: () => text('[part~=as-of]'),
    // The arrow is a drawn icon (issue 20), written here as the glyph it stands for.
    comparison: () => {
      const arrow = q('[part~=comparison] svg.icon');
      const glyph = arrow?.classList.contains('icon-up') ? '▲ ' : arrow?.classList.contains('icon-down') ? '▼ ' : arrow?.classList.contains('icon-same') ? '＝ ' : '';
      return `${glyph}${text('[part~=comparison]')}`;
    },
    target: () => text('[part~=target]'),
    note: () => text('[part~=note]'),
    error: () => text('[part~=error]'),
    stale: () => text('[part~=stale]'),
    retry: () => q<HTMLButtonElement>('[part~=retry-button]'),
    hasArc: () => q('.value-arc') !== null,
    dasharray: () => q('.value-arc')?.getAttribute('stroke-dasharray') ?? null,
    hasTick: () => q('.target-tick') !== null,
    select: () => q<HTMLSelectElement>('select'),
    frame: () => q<HTMLElement>('[part~=base]')!,
  };
}

/** Animation frames stepped by hand; installs itself on the shared `motion` object. */
export function manualFrames() {
  const pending = new Map<number, (time: number) => void>();
  let next = 1;
  let requested = 0;
  let cancelled = 0;
  motion.prefersReducedMotion = () => false;
  motion.requestFrame = (callback) => {
    requested++;
    pending.set(next, callback);
    return next++;
  };
  motion.cancelFrame = (handle) => {
    if (pending.delete(handle)) cancelled++;
  };
  return {
    get pending() {
      return pending.size;
    },
    get requested() {
      return requested;
    },
    get cancelled() {
      return cancelled;
    },
    /** Runs the callbacks waiting now, as one frame at `time` ms. */
    step(time: number) {
      const callbacks = [...pending.values()];
      pending.clear();
      for (const callback of callbacks) callback(time);
    },
  };
}

// A second half-year after the seed period, for comparisons and period changes.
export const laterPeriod: Period = {
  id: '2023-07-01_2023-12-31',
  start: '2023-07-01',
  end: '2023-12-31',
  label: '2023年下半年',
  labelEn: 'Second half of 2023',
};

/** 1150 ÷ 1200 = 95.83 %, 920 ÷ 1150 = 80.00 %, 1.2亿元. */
export const laterStats: EnforcementStats = {
  courtId: taoyuanStats.courtId,
  period: laterPeriod,
  asOf: '2024-01-15T10:30:00+08:00',
  cases: { accepted: 1200, closed: 1150, closedWithPerformance: 920 },
  money: { recovered: 12_000_000_000 },
  reportedRates: { closureRate: 95.83, actualExecutionRate: 80 },
  rateRule: { decimals: 2, rounding: 'half-up' },
};

export function statsFor(period: Period, patch: Partial<EnforcementStats> = {}): EnforcementStats {
  const { rankings: _rankings, categories: _categories, ...rest } = taoyuanStats;
  return { ...rest, period, ...patch };
}

let served = 0;

/**
 * Serves another court's API (and the same data as a static feed) with these statistics, newest
 * period first, on top of the test file's worker (cleared by its resetHandlers).
 */
export function serve(worker: SetupWorker, stats: EnforcementStats[], court: Court) {
  served++;
  const apiBase = `https://court${served}.zhixing.test/v1/`;
  const feedBase = `https://court${served}.zhixing.test/feed/`;
  const statsIndex = { courtId: taoyuanStatsIndex.courtId, periods: stats.map((s) => s.period) };
  const dataset = { court, statsIndex, stats, debtors: [], exposure: { items: [] } };
  const api = createMockApi({ baseUrl: apiBase, dataset });
  const feed = createStaticFeedHandlers({ baseUrl: feedBase, files: buildStaticFeed(dataset) });
  worker.use(...api.handlers, ...feed.handlers);
  return { apiBase, feedBase, api, feed };
}

export { seedPeriod };
