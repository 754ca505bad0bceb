// What the host-page and reflow tests share: a data set whose every text field is one long unbroken
// string, the three elements fed from it, and a check of what a reader actually gets on screen
// (rendered widths and font sizes, nothing cut off, the host page not widened).
import { executeServerCommand } from '@web/test-runner-commands';
import { createFixtures, createMockApi, createStaticFeedHandlers, buildStaticFeed, type Fixtures } from '@zhixing/mocks';
import type { Court, DebtorRecord, ExposureItem } from '@zhixing/sdk';
import type { SetupWorker } from 'msw/browser';
import '../src/zx-debtor-lookup/zx-debtor-lookup.define';
import '../src/zx-execution-gauge/zx-execution-gauge.define';
import '../src/zx-exposure-board/zx-exposure-board.define';
import type { ZxDebtorLookup } from '../src/zx-debtor-lookup/zx-debtor-lookup.component';
import type { ZxExecutionGauge } from '../src/zx-execution-gauge/zx-execution-gauge.component';
import type { ZxExposureBoard } from '../src/zx-exposure-board/zx-exposure-board.component';
import { until } from './helpers';
import { typeInto } from './zx-debtor-lookup.utils';

/** Generous: the machine is busy; this bounds a hang, it is not a performance assertion. */
export const WAIT_MS = 60_000;

/** 240 characters without a break opportunity (no spaces, no 15/18-digit runs an ID scan would mask). */
export const UNBROKEN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.repeat(7).slice(0, 240);
const long = (prefix: string) => `${prefix}${UNBROKEN}`;

const ITEM_TEXT = ['name', 'legalRepresentative', 'caseNumber', 'courtName', 'conduct', 'rewardFormula', 'conditions', 'address', 'obligation', 'basisDocumentNumber', 'basisIssuer', 'performedPart', 'unperformedPart'];

function lengthen<T extends object>(record: T): T {
  const copy = { ...record } as Record<string, unknown>;
  for (const key of ITEM_TEXT) if (typeof copy[key] === 'string' && copy[key] !== '') copy[key] = long(copy[key] as string);
  if (copy.type === 'reward-notice') {
    const notice = copy as unknown as { debtor: { name: string }; contact: { phone: string; name?: string } };
    notice.debtor = { ...notice.debtor, name: long(notice.debtor.name) };
    notice.contact = { ...notice.contact, phone: long(notice.contact.phone), name: long(notice.contact.name ?? '') };
  }
  return copy as T;
}

/** The fixtures with every text a widget shows made one long unbroken string. */
export function longTextFixtures(): Fixtures {
  const base = createFixtures();
  const court: Court = {
    ...base.court,
    name: long(base.court.name),
    nameEn: long('Taoyuan'),
    contact: { ...base.court.contact, tipOffPhone: long('0736-6681180') },
  };
  const period = { ...base.exposure.period, label: long('2024'), labelEn: long('Q2') };
  return {
    ...base,
    court,
    debtors: base.debtors.map((d) => lengthen<DebtorRecord>(d)),
    rewards: base.rewards.map((r) => lengthen(r)),
    stats: base.stats.map((s) => ({ ...s, period: { ...s.period, label: long(s.period.label ?? ''), labelEn: long('H') } })),
    statsIndex: { ...base.statsIndex, periods: base.statsIndex.periods.map((p) => ({ ...p, label: long(p.label ?? ''), labelEn: long('H') })) },
    exposure: { items: base.exposure.items.map((i) => lengthen<ExposureItem>(i)), period },
  };
}

let served = 0;

/** Serves `dataset` as an API and a static feed under a fresh origin, on top of the file's worker. */
export function serveDataset(worker: SetupWorker, dataset: Fixtures): { api: string; feed: string } {
  served++;
  const api = `https://layout${served}.zhixing.test/v1/`;
  const feed = `https://layout${served}.zhixing.test/feed/`;
  const mock = createMockApi({ baseUrl: api, dataset });
  const files = buildStaticFeed({ court: dataset.court, statsIndex: dataset.statsIndex, stats: dataset.stats, exposure: dataset.exposure, debtors: dataset.debtors });
  worker.use(...mock.handlers, ...createStaticFeedHandlers({ baseUrl: feed, files }).handlers);
  return { api, feed };
}

export type WidgetKind = 'board' | 'gauge' | 'lookup';

/** Creates a widget on `api` inside `parent` and waits until it shows data (the lookup: a search answer). */
export async function showWidget(kind: WidgetKind, parent: HTMLElement, api: string, searchName: string, attributes: Record<string, string> = {}, expand = true): Promise<HTMLElement> {
  const tag = kind === 'board' ? 'zx-exposure-board' : kind === 'gauge' ? 'zx-execution-gauge' : 'zx-debtor-lookup';
  const el = document.createElement(tag) as HTMLElement;
  el.setAttribute('src', api);
  el.setAttribute('source-kind', 'api');
  // Several widgets stack up in one test: do not wait for each to scroll into view.
  el.setAttribute('loading', 'eager');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  // An error ends the wait too: the caller's assertions then say what went wrong.
  const answer = (type: string) => new Promise<boolean>((resolve) => {
    el.addEventListener(type, () => resolve(true), { once: true });
    el.addEventListener('zx-error', () => resolve(false), { once: true });
  });
  if (kind === 'board') {
    const loaded = answer('zx-load');
    parent.append(el);
    const ok = await loaded;
    await (el as ZxExposureBoard).updateComplete;
    if (ok) await until(() => el.shadowRoot!.querySelectorAll('[part~=entry]').length > 0, 'board entries', WAIT_MS);
  } else if (kind === 'gauge') {
    const loaded = answer('zx-load');
    parent.append(el);
    await loaded;
    await (el as ZxExecutionGauge).updateComplete;
  } else {
    parent.append(el);
    const lookup = el as ZxDebtorLookup;
    await lookup.updateComplete;
    const root = lookup.shadowRoot!;
    typeInto(root.querySelector<HTMLInputElement>('#name')!, searchName);
    const answered = answer('zx-result');
    root.querySelector('form')!.requestSubmit();
    await answered;
    await lookup.updateComplete;
    // Every result's details open: their values must be legible too.
    if (expand) for (const button of root.querySelectorAll<HTMLButtonElement>('button[aria-expanded=false]')) button.click();
    await lookup.updateComplete;
  }
  await frames(2);
  return el;
}

/** Lets layout, resize observers and a render settle (frames, not time). */
export async function frames(n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

function hiddenFromSight(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null)) {
    if (node.classList.contains('visually-hidden') || node.classList.contains('row-probe') || node.classList.contains('placeholder')) return true;
    if (node.hasAttribute('hidden')) return true;
    const style = getComputedStyle(node);
    if (style.visibility === 'hidden' || style.display === 'none') return true;
  }
  return el.getClientRects().length === 0;
}

function hasOwnText(el: Element): boolean {
  return [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
}

function label(el: Element): string {
  const part = el.getAttribute('part');
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  return `<${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}${part ? ` part=${part}` : ''}> "${text}"`;
}

export interface LegibilityOptions {
  /** Smallest acceptable rendered font size of any text (px). */
  minFontPx: number;
  /** Smallest acceptable width of the widget itself (px). */
  minWidthPx?: number;
}

/**
 * Everything that keeps a reader from reading the widget: text below the size floor, any text cut
 * short (ellipsis, clipped by a box that hides its overflow, line clamps), text sticking out of the
 * widget, a widget narrower than the floor and a host page made wider than the window.
 */
export function legibilityProblems(host: HTMLElement, options: LegibilityOptions): string[] {
  const problems: string[] = [];
  const hostBox = host.getBoundingClientRect();
  if (options.minWidthPx !== undefined && hostBox.width < options.minWidthPx) problems.push(`widget is ${Math.round(hostBox.width)} px wide (< ${options.minWidthPx})`);
  const page = document.documentElement;
  if (page.scrollWidth > window.innerWidth + 1) problems.push(`host page is ${page.scrollWidth} px wide in a ${window.innerWidth} px window`);
  const all = [...host.shadowRoot!.querySelectorAll('*')];
  for (const el of all) {
    if (el.closest('svg') || el.localName === 'style' || hiddenFromSight(el)) continue;
    const style = getComputedStyle(el);
    const hidesX = style.overflowX !== 'visible';
    const hidesY = style.overflowY !== 'visible' && style.overflowY !== 'auto' && style.overflowY !== 'scroll';
    const box = el.getBoundingClientRect();
    if (hasOwnText(el) || el.matches('input, select, button, img')) {
      const size = parseFloat(style.fontSize);
      if (hasOwnText(el) && size < options.minFontPx - 0.01) problems.push(`${label(el)} font ${size.toFixed(1)} px (< ${options.minFontPx})`);
      if (box.right > hostBox.right + 1 || box.left < hostBox.left - 1) problems.push(`${label(el)} sticks out of the widget (${Math.round(box.left)}–${Math.round(box.right)} vs ${Math.round(hostBox.left)}–${Math.round(hostBox.right)})`);
    }
    if (style.textOverflow === 'ellipsis' && hidesX && el.scrollWidth > el.clientWidth + 1) problems.push(`${label(el)} cut with an ellipsis`);
    // A text field scrolls what the reader typed: that is its job, not a cut.
    else if (hidesX && el.localName !== 'input' && style.overflowX !== 'auto' && style.overflowX !== 'scroll' && el.scrollWidth > el.clientWidth + 1) problems.push(`${label(el)} clipped horizontally (${el.scrollWidth} > ${el.clientWidth})`);
    if (hidesY && el.scrollHeight > el.clientHeight + 1) problems.push(`${label(el)} clipped vertically (${el.scrollHeight} > ${el.clientHeight})`);
    if (style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '' && el.scrollHeight > el.clientHeight + 1) problems.push(`${label(el)} line-clamped`);
  }
  return problems;
}

/** The viewport size, in Chromium, Firefox and WebKit (web-test-runner's setViewport cannot size WebKit's window). */
export async function sizeViewport(width: number, height: number): Promise<void> {
  await executeServerCommand('zx-viewport', { width, height });
}

/** Sets CSS media features through the test runner (forced-colors included); `{}` resets them. */
export async function emulateMedia(features: Record<string, string>): Promise<void> {
  await executeServerCommand('zx-emulate-media', features);
}
