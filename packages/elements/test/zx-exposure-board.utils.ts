// What the exposure-board tests share: a manual clock for the SDK client and the board, a client
// on the mocked API that runs on it, and what a user sees on the board.
import { createClient, httpSource, type Timers, type ZhixingClient } from '@zhixing/sdk';
import type { ZxExposureBoard } from '../src/zx-exposure-board/zx-exposure-board.component';
import { API_BASE } from './helpers';

/** The transport's per-request timeout in the tests: long, so that it is never mistaken for a poll. */
export const TIMEOUT_MS = 3_600_000;
/** A fixed "today" for the fixtures, and noon of that day in China. */
export const TODAY = '2024-05-15';
export const NOON = '2024-05-15T12:00:00+08:00';

interface Pending {
  at: number;
  ms: number;
  callback: () => void;
}

/** A clock that only moves when the test moves it; its timers run only when the test fires them. */
export class FakeClock implements Timers {
  private time: number;
  private seq = 0;
  private readonly timers = new Map<number, Pending>();

  constructor(start: string = NOON) {
    this.time = Date.parse(start);
  }

  readonly now = (): Date => new Date(this.time);

  readonly setTimeout = (callback: () => void, ms: number): unknown => {
    const id = ++this.seq;
    this.timers.set(id, { at: this.time + Math.max(0, ms), ms, callback });
    return id;
  };

  readonly clearTimeout = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };

  /** Pending timers: the number a leak would make grow. */
  get size(): number {
    return this.timers.size;
  }

  /** Pending timers other than request timeouts (polls, retries, page turns). */
  get scheduled(): number {
    return [...this.timers.values()].filter((t) => t.ms !== TIMEOUT_MS).length;
  }

  get inFlight(): number {
    return [...this.timers.values()].filter((t) => t.ms === TIMEOUT_MS).length;
  }

  set(iso: string): void {
    this.time = Date.parse(iso);
  }

  /** Fires the earliest pending timer that is not a request timeout, moving the clock to its time. */
  fireNext(): boolean {
    let next: [number, Pending] | undefined;
    for (const entry of this.timers) {
      if (entry[1].ms === TIMEOUT_MS) continue;
      if (!next || entry[1].at < next[1].at) next = entry;
    }
    if (!next) return false;
    this.timers.delete(next[0]);
    this.time = Math.max(this.time, next[1].at);
    next[1].callback();
    return true;
  }
}

/** A client on the mocked API driven by `clock`: no retries inside a poll, so one poll is one request. */
export function clientOn(clock: FakeClock): ZhixingClient {
  return createClient({ source: httpSource(API_BASE), timers: clock, now: clock.now, random: () => 0.5, timeoutMs: TIMEOUT_MS, retry: { retries: 0 } });
}

/** Yields to the event loop until `predicate` holds; fails after `limit` turns (never timed). */
export async function settle(predicate: () => boolean, what: string, limit = 2000): Promise<void> {
  for (let i = 0; !predicate(); i++) {
    if (i >= limit) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Runs the next poll of the subscription and waits until its answer is on screen. */
export async function poll(clock: FakeClock, el: ZxExposureBoard): Promise<void> {
  if (!clock.fireNext()) throw new Error('no poll was scheduled');
  await settle(() => clock.inFlight === 0 && clock.scheduled >= 1, 'the poll to finish');
  await el.updateComplete;
}

/** What a user sees and uses on the board. */
export function view(el: ZxExposureBoard) {
  const root = el.shadowRoot!;
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return {
    root,
    text: () => text(root.querySelector('.board')),
    names: () => [...root.querySelectorAll('[part~=entry] [part~=name]')].map((n) => text(n)),
    entries: () => [...root.querySelectorAll<HTMLElement>('[part~=entry]')],
    stale: () => root.querySelector<HTMLElement>('[part~=stale]'),
    error: () => root.querySelector<HTMLElement>('[part~=error]'),
    announcer: () => text(root.querySelector('[role=status].visually-hidden')),
    select: (name: string) => root.querySelector<HTMLSelectElement>(`select[name=${name}]`)!,
    viewport: () => root.querySelector<HTMLElement>('[part~=list]'),
    pageIndicator: () => text(root.querySelector('[part~=page-indicator]')),
    motionNote: () => text(root.querySelector('[part~=motion-note]')),
    sectionTitle: () => text(root.querySelector('[part~=section-title]')),
    button: (part: string) => root.querySelector<HTMLButtonElement>(`[part~=${part}]`),
  };
}

/** Chooses an option the way a user does (change event from the select). */
export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Every node in the element's shadow tree. */
export function countNodes(el: Element): number {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

/** Resolves with the detail of the next `type` event the element fires. */
export function nextEvent<T>(el: Element, type: string): Promise<T> {
  return new Promise((resolve) => el.addEventListener(type, (event) => resolve((event as CustomEvent<T>).detail), { once: true }));
}
