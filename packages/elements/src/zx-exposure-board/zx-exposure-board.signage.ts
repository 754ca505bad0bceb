// Signage paging: which page is on screen, how many cards a page holds (fewer when their texts do not
// fit the screen), and the timer that turns the pages — stopped while a visitor points at or focuses
// the board, while it is paused, and for visitors who asked for reduced motion. A controller, so the
// element only says what the lists are and when settings change.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ExposureSnapshot, Timers } from '@zhixing/sdk';
import { clampNumber, pageAt, pageCount, pageIndexAtSize, SECTIONS, type BoardMode, type BoardSection, type SectionLists } from './zx-exposure-board.model.js';
import type { PagedNeeds } from './zx-exposure-board.paged.js';

/** The element: its signage attributes, and whether it rendered before (a reconnected board). */
type PagingHost = ReactiveControllerHost &
  HTMLElement & {
    readonly hasUpdated: boolean;
    readonly pageSize: number;
    readonly pageSeconds: number;
    readonly paused: boolean;
    readonly timers: Timers;
  };

export class SignagePaging implements ReactiveController {
  /** The page on screen (0-based). */
  index = 0;
  /** Pages in all (0 when embedded). */
  total = 0;
  /**
   * Fewer cards per page than `page-size` because a page's texts did not fit the screen even at the
   * smallest legible type (set through BoardLayout); tried afresh when the data or the size changes.
   */
  private fitted: number | undefined;
  private fittedFor: ExposureSnapshot | undefined;
  private hovering = false;
  private focusWithin = false;
  private lists: SectionLists = { dishonest: [], restricted: [], rewards: [] };
  private timer: { handle: unknown; timers: Timers } | undefined;
  private motionQuery: MediaQueryList | undefined;

  constructor(
    private readonly host: PagingHost,
    private readonly mode: () => BoardMode,
    /** Whether the visitor asked for reduced motion (the element's overridable static). */
    private readonly prefersReducedMotion: () => boolean,
  ) {
    host.addController(this);
    // Listeners on the element itself go away with it: nothing to remove.
    host.addEventListener('pointerenter', () => this.set('hovering', true));
    host.addEventListener('pointerleave', () => this.set('hovering', false));
    host.addEventListener('focusin', () => this.set('focusWithin', true));
    host.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      this.set('focusWithin', next !== null && (next === host || host.contains(next) || (host.shadowRoot?.contains(next) ?? false)));
    });
  }

  hostConnected(): void {
    this.motionQuery = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');
    this.motionQuery?.addEventListener('change', this.onMotionChange);
    // A removed board never saw the pointer or focus leave: a reconnected one starts from neither.
    if (this.host.hasUpdated) {
      this.set('hovering', false);
      this.set('focusWithin', false);
    }
  }

  hostDisconnected(): void {
    this.stop();
    this.motionQuery?.removeEventListener('change', this.onMotionChange);
    this.motionQuery = undefined;
  }

  /** Cards per page: `page-size`, halved in elder mode (larger type needs room), fewer when they did not fit. */
  get size(): number {
    const size = Math.round(clampNumber(this.host.pageSize, 1, 12, 4));
    // 适老化: larger type needs room; half as many cards per page rather than smaller type.
    const wanted = this.host.hasAttribute('data-elder') && this.mode() === 'signage' ? Math.ceil(size / 2) : size;
    return Math.min(wanted, this.fitted ?? wanted);
  }

  get seconds(): number {
    return clampNumber(this.host.pageSeconds, 5, 3600, 12);
  }

  get reducedMotion(): boolean {
    return this.prefersReducedMotion();
  }

  /** Pages turn by themselves right now. */
  get auto(): boolean {
    return !this.host.paused && !this.hovering && !this.focusWithin && !this.reducedMotion;
  }

  /**
   * Before each render: the lists on screen. What the fitting learnt holds for this data and these
   * settings only (`refit`: they changed).
   */
  paginate(lists: SectionLists, snapshot: ExposureSnapshot | undefined, refit: boolean): void {
    if (snapshot !== this.fittedFor || refit) {
      this.fitted = undefined;
      this.fittedFor = snapshot;
    }
    this.lists = lists;
    this.total = this.mode() === 'signage' ? pageCount(lists, this.size) : 0;
    if (this.index >= this.total) this.index = 0;
  }

  /**
   * A page whose texts cannot fit at the smallest legible type shows one card fewer (every page
   * then: the rotation stays even), keeping the first card on screen; false at one card.
   */
  fewer(): boolean {
    const size = this.size;
    if (size <= 1) return false;
    this.fitted = size - 1;
    const smaller = this.size;
    this.total = pageCount(this.lists, smaller);
    this.index = pageIndexAtSize(this.lists, size, smaller, this.index);
    this.host.requestUpdate();
    return true;
  }

  /** The screen's size changed: the full page size may fit again. */
  resized(): void {
    if (this.fitted === undefined) return;
    this.fitted = undefined;
    this.total = pageCount(this.lists, this.size);
    if (this.index >= this.total) this.index = 0;
    this.host.requestUpdate();
  }

  /** The previous and next buttons: a fresh full interval after a manual turn. */
  turn(delta: number): void {
    this.stop();
    this.step(delta);
  }

  /** Another source: back to the first page. */
  reset(): void {
    this.index = 0;
  }

  /** After each update: the timer runs while the pages should turn by themselves. */
  sync(): void {
    const run = this.host.isConnected && this.mode() === 'signage' && this.auto && this.total > 1;
    if (!run) return this.stop();
    if (this.timer) return;
    const timers = this.host.timers;
    const handle = timers.setTimeout(() => {
      this.timer = undefined;
      this.step(1);
    }, this.seconds * 1000);
    this.timer = { handle, timers };
  }

  stop(): void {
    if (!this.timer) return;
    this.timer.timers.clearTimeout(this.timer.handle);
    this.timer = undefined;
  }

  /**
   * A paged feed's rows to load for signage: the lists of every section `present` (the pages turn
   * through them all) and the rows of the page on screen, by the current lists' counts (close enough:
   * a new version moves them little).
   */
  windows(present: ReadonlySet<BoardSection>): PagedNeeds['windows'] {
    const size = this.size;
    const page = this.total > 0 ? pageAt(this.lists, size, this.index) : undefined;
    const sections = SECTIONS.filter((s) => present.has(s));
    const current = page?.section ?? sections[0];
    const start = page ? page.sectionPage * size : 0;
    return sections.map((section) => (section === current ? { section, start, end: start + size } : { section, start: 0, end: 0 }));
  }

  private step(delta: number): void {
    if (this.total === 0) return;
    const index = (((this.index + delta) % this.total) + this.total) % this.total;
    if (index !== this.index) {
      this.index = index;
      this.host.requestUpdate();
    }
  }

  /** Hover and focus as reactive state: a change re-renders (and so restarts or stops the timer). */
  private set(key: 'hovering' | 'focusWithin', value: boolean): void {
    if (this[key] === value) return;
    this[key] = value;
    this.host.requestUpdate();
  }

  private readonly onMotionChange = (): void => this.host.requestUpdate();
}
