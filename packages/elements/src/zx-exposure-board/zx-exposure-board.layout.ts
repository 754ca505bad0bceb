// Sizes and positions of the board, kept out of the templates: the embedded list's window (which
// rows to render for the scroll position, measured row and viewport heights) and the signage grid
// (columns, rows, and type that shrinks rather than cutting a card short). Every value reaches the
// DOM through the CSSOM: a strict style-src blocks style="…" attributes, not element.style.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { computeWindow, type BoardMode, type ListWindow } from './zx-exposure-board.model.js';

const OVERSCAN = 4;
const MAX_SPACER_PX = 15_000_000;
// Used until the first measurement (px); the ResizeObserver corrects them right after.
const ESTIMATED_ROW_PX = 160;
const ESTIMATED_VIEWPORT_PX = 600;
/** Signage cards shrink their type down to this share (CSS keeps it legible: never below the base size). */
const MIN_FIT = 0.6;
/** Elder mode: its type is 1.2× larger, and fitting must never take it below the plain size. */
const MIN_FIT_ELDER = 1 / 1.2;
/** A long text of a single card too tall for the screen starts its ellipsis at this many lines and less. */
const MAX_CLAMP_LINES = 12;
/** Narrowest signage card, in the grid's em: wider photos-and-amount cards never squeeze to a character. */
const MIN_CARD_EM = 17;

export interface LayoutHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly isConnected: boolean;
}

export class BoardLayout implements ReactiveController {
  private rowHeight = 0;
  private viewportHeight = 0;
  private scrollTop = 0;
  private rowCount = 0;
  private current: ListWindow = { start: 0, end: 0, offset: 0, height: 0 };
  /** Tallest rendered row (px) when a row needs more than the estimate; 0 until then. */
  private tallestRow = 0;
  private viewportWidth: number | undefined;
  /** Signage: the board's size when last measured, to know a real resize from a new page. */
  private gridSize: string | undefined;
  private observer: ResizeObserver | undefined;
  private observed: Element[] = [];
  /** The list is scrolled to its end (End key, or scrolled there): it stays there when the rows grow. */
  private pinnedEnd = false;
  /** The spacer and the height last given to it: rows that grow or shrink keep their place in view. */
  private spacer: { element: HTMLElement; height: number } | undefined;

  constructor(
    private readonly host: LayoutHost,
    private readonly options: {
      mode(): BoardMode;
      pageSize(): number;
      /** Signage: show one card fewer per page; false when already one. */
      fewer(): boolean;
      /** The board's size changed: what did not fit may fit now. */
      resized(): void;
    },
  ) {
    host.addController(this);
  }

  /** The rows to render for a list of `total` rows (called while rendering). */
  windowFor(total: number): ListWindow {
    this.rowCount = total;
    this.current = this.compute(total);
    return this.current;
  }

  /** The rows rendered last (before the first render: those an estimated screen would show). */
  get currentWindow(): ListWindow {
    return this.current.end > this.current.start ? this.current : this.compute(Math.max(this.rowCount, 1_000_000));
  }

  /** Back to the top (after a filter or sort change). */
  resetScroll(): void {
    this.scrollTop = 0;
    const viewport = this.host.renderRoot.querySelector<HTMLElement>('.viewport');
    if (viewport) viewport.scrollTop = 0;
  }

  /**
   * Home and End jump at once (the browser would scroll smoothly through up to 15,000,000 px of spacer,
   * and rows that grow on the way would leave it short of the end).
   */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || (event.key !== 'End' && event.key !== 'Home')) return;
    const viewport = event.currentTarget as HTMLElement;
    event.preventDefault();
    this.pinnedEnd = event.key === 'End';
    viewport.scrollTop = this.pinnedEnd ? viewport.scrollHeight : 0;
  };

  readonly onScroll = (event: Event): void => {
    const viewport = event.currentTarget as HTMLElement;
    this.scrollTop = viewport.scrollTop;
    this.pinnedEnd = this.scrollTop > 0 && this.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1;
    const next = this.compute(this.rowCount);
    const now = this.current;
    // Only a different set of rows (or, past the spacer limit, a different offset) needs a render.
    if (next.start !== now.start || next.end !== now.end || next.offset !== now.offset) this.host.requestUpdate();
  };

  hostUpdated(): void {
    if (!this.host.isConnected) return; // nothing to measure; hostDisconnected let go of the observer
    const root = this.host.renderRoot;
    this.observe();
    if (this.options.mode() === 'embedded') {
      this.sizeSpacer(root);
      root.querySelector<HTMLElement>('.rows')?.style.setProperty('transform', `translateY(${this.current.offset}px)`);
      this.growRows();
      return;
    }
    const grid = root.querySelector<HTMLElement>('.cards');
    if (!grid) return;
    this.arrangeCards(grid);
    this.fitCards(grid);
  }

  /**
   * The list's full height. When the rows' height changes (measured, or a taller row found) the same
   * rows stay in view: a visitor at the end (End key) stays at the end, elsewhere the position scales.
   * Without this the scroll offset stays in pixels and points into other rows than those just shown.
   */
  private sizeSpacer(root: HTMLElement | DocumentFragment): void {
    const element = root.querySelector<HTMLElement>('.spacer');
    if (!element) return;
    const height = this.current.height;
    const before = this.spacer?.element === element ? this.spacer.height : undefined;
    if (before === height) return;
    const viewport = element.closest<HTMLElement>('.viewport');
    const top = viewport?.scrollTop ?? 0;
    // At the end: the last two rows in view. Generous, because End scrolls smoothly and the rows may
    // grow while it is on its way (the browser then adds what is left of its scroll to ours).
    const atEnd = viewport !== null && before !== undefined && top > 0 && (this.pinnedEnd || top + viewport.clientHeight >= before - (2 * before) / Math.max(1, this.rowCount));
    element.style.setProperty('height', `${height}px`);
    this.spacer = { element, height };
    if (!viewport || before === undefined || before === 0 || top === 0) return;
    viewport.scrollTop = atEnd ? viewport.scrollHeight - viewport.clientHeight : (top * height) / before;
    this.scrollTop = viewport.scrollTop;
    const next = this.compute(this.rowCount);
    if (next.start !== this.current.start || next.end !== this.current.end || next.offset !== this.current.offset) this.host.requestUpdate();
  }

  /**
   * Rows share one height so that the window can be computed; a row whose values wrap to more
   * lines than the estimate (long case numbers, elder mode, a 320 px phone) makes every row that
   * tall instead of being cut short.
   */
  private growRows(): void {
    const root = this.host.renderRoot;
    let tallest = 0;
    // scrollHeight of a fixed-height row with hidden overflow is the height its content needs.
    for (const row of root.querySelectorAll<HTMLElement>('.rows > .row')) tallest = Math.max(tallest, row.scrollHeight + row.offsetHeight - row.clientHeight);
    if (tallest <= this.rowHeight + 1) return;
    this.tallestRow = tallest;
    // On the rows, not the viewport: the probe must keep measuring the estimate.
    root.querySelector<HTMLElement>('.rows')?.style.setProperty('--_row-height', `${tallest}px`);
    this.rowHeight = tallest;
    this.host.requestUpdate();
  }

  /** Columns and rows of the signage grid: the page size, but never cards narrower than MIN_CARD_EM. */
  private arrangeCards(grid: HTMLElement): void {
    const size = this.options.pageSize();
    const fitting = Math.floor(grid.clientWidth / (MIN_CARD_EM * parseFloat(getComputedStyle(grid).fontSize))) || 1;
    const columns = Math.min(Math.ceil(size / (size <= 3 ? 1 : 2)), fitting);
    grid.style.setProperty('--_columns', String(columns));
    grid.style.setProperty('--_rows', String(Math.ceil(size / columns)));
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = [];
  }

  private compute(total: number): ListWindow {
    return computeWindow({
      total,
      rowHeight: this.rowHeight || ESTIMATED_ROW_PX,
      viewportHeight: this.viewportHeight || ESTIMATED_VIEWPORT_PX,
      scrollTop: this.scrollTop,
      overscan: OVERSCAN,
      maxHeight: MAX_SPACER_PX,
    });
  }

  /** Embedded: the row probe and the viewport; signage: the card grid (refit on resize). */
  private observe(): void {
    const selector = this.options.mode() === 'signage' ? '.cards' : '.row-probe, .viewport';
    const targets = [...this.host.renderRoot.querySelectorAll(selector)];
    if (targets.length === this.observed.length && targets.every((target, i) => target === this.observed[i])) return;
    this.observer ??= new ResizeObserver(this.measure);
    this.observer.disconnect();
    for (const target of targets) this.observer.observe(target);
    this.observed = targets;
  }

  private readonly measure = (): void => {
    const root = this.host.renderRoot;
    if (this.options.mode() === 'signage') {
      const grid = root.querySelector<HTMLElement>('.cards');
      // The screen's size, not the grid's: fewer cards or a scrolling last resort change the grid.
      const screen = grid?.closest<HTMLElement>('.signage');
      const size = screen ? `${screen.offsetWidth}×${screen.offsetHeight}` : ''; // border box: a scroll bar is no resize
      if (size !== this.gridSize) {
        const first = this.gridSize === undefined;
        this.gridSize = size;
        if (!first) this.options.resized();
      }
      if (grid) {
        this.arrangeCards(grid);
        this.fitCards(grid);
      }
      return;
    }
    const viewport = root.querySelector<HTMLElement>('.viewport');
    const viewportHeight = viewport?.clientHeight ?? 0;
    let changed = false;
    // Another width wraps the values differently: measure the rows again from the estimate. The
    // border box, so that a scroll bar coming and going (taller rows) is not mistaken for one.
    const width = viewport?.offsetWidth;
    if (width !== this.viewportWidth && this.tallestRow) {
      this.tallestRow = 0;
      root.querySelector<HTMLElement>('.rows')?.style.removeProperty('--_row-height');
      changed = true;
    }
    this.viewportWidth = width;
    const rowHeight = root.querySelector<HTMLElement>('.row-probe')?.offsetHeight ?? 0;
    if (rowHeight > 0 && rowHeight !== this.rowHeight) [this.rowHeight, changed] = [rowHeight, true];
    if (viewportHeight > 0 && viewportHeight !== this.viewportHeight) [this.viewportHeight, changed] = [viewportHeight, true];
    if (changed) this.host.requestUpdate();
  };

  /**
   * Long names, long reward conditions or another language must not be cut off, run past the
   * screen or under the paging buttons on a screen nobody can scroll: the cards' type shrinks in
   * small steps; at the smallest legible type, the page shows one card fewer (BoardLayout asks the
   * element); a single card still too long has its long texts (conduct, reward conditions) end in an
   * ellipsis at the lines that fit. Flowing signage (a phone, heavy zoom) has no fixed height: its
   * cards simply grow.
   */
  private fitCards(grid: HTMLElement): void {
    const cards = [...grid.children] as HTMLElement[];
    const floor = (this.host as unknown as Element).hasAttribute?.('data-elder') ? MIN_FIT_ELDER : MIN_FIT;
    const board = grid.closest<HTMLElement>('.signage');
    grid.style.setProperty('--_fit', '1');
    grid.style.removeProperty('--_row-min');
    for (const card of cards) card.removeAttribute('data-clamped');
    // data-scroll and tabindex do not change the cards' sizes: set once at the end, so a keyboard user
    // focused on a scrolling board keeps focus through every refresh.
    const scroll = this.fit(grid, cards, board, floor);
    board?.toggleAttribute('data-scroll', scroll);
    if (!scroll) board?.removeAttribute('tabindex');
    else if (board?.getAttribute('tabindex') !== '0') board?.setAttribute('tabindex', '0');
  }

  /** Fits the cards (see fitCards); true when only scrolling is left. */
  private fit(grid: HTMLElement, cards: HTMLElement[], board: HTMLElement | null, floor: number): boolean {
    const overflowing = () => cards.some((card) => card.scrollHeight > card.clientHeight + 1);
    let fit = 1;
    while (fit > floor && overflowing()) {
      fit = Math.max(floor, Math.round((fit - 0.05) * 100) / 100);
      grid.style.setProperty('--_fit', String(fit));
    }
    if (!overflowing() || !board || board.clientHeight === 0 || this.flowing(grid)) return false;
    // A header that fills the screen (long court names, another language) leaves no room for any card.
    const room = grid.clientHeight > 0;
    if (room && this.options.fewer()) return false; // the element renders again with fewer cards; hostUpdated fits those
    for (const card of room ? cards : []) {
      if (card.scrollHeight <= card.clientHeight + 1) continue;
      card.setAttribute('data-clamped', '');
      const longTexts = [...card.querySelectorAll<HTMLElement>('.field.long dd')];
      for (let lines = MAX_CLAMP_LINES; lines >= 1 && card.scrollHeight > card.clientHeight + 1; lines--) {
        for (const text of longTexts) text.style.setProperty('--_clamp', String(lines));
      }
    }
    if (!overflowing()) return false;
    // A screen too small for even one card's name and figures (or a header that fills it): the last
    // resort is the one that loses nothing: the card grows whole and the board scrolls (reachable
    // from the keyboard).
    for (const card of cards) card.removeAttribute('data-clamped');
    grid.style.setProperty('--_row-min', 'min-content');
    return true;
  }

  /** Signage without a fixed height (phone, heavy zoom: the host lets the board flow): cards grow. */
  private flowing(grid: HTMLElement): boolean {
    return getComputedStyle(grid.closest('.signage') ?? grid).overflowY === 'visible';
  }
}
