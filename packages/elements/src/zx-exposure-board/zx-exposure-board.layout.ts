// Sizes and positions of the board, kept out of the templates: the embedded list's window (which
// rows to render for the scroll position, measured row and viewport heights) and the signage grid
// (columns, rows, and type that shrinks rather than cutting a card short). Every value reaches the
// DOM through the CSSOM: a strict style-src blocks style="…" attributes, not element.style.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { computeWindow, type BoardMode, type ListWindow } from './zx-exposure-board.model';

const OVERSCAN = 4;
const MAX_SPACER_PX = 15_000_000;
// Used until the first measurement (px); the ResizeObserver corrects them right after.
const ESTIMATED_ROW_PX = 160;
const ESTIMATED_VIEWPORT_PX = 600;
/** Signage cards shrink their type down to this share before anything would be cut off. */
const MIN_FIT = 0.6;

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
  private observer: ResizeObserver | undefined;
  private observed: Element[] = [];

  constructor(
    private readonly host: LayoutHost,
    private readonly options: { mode(): BoardMode; pageSize(): number },
  ) {
    host.addController(this);
  }

  /** The rows to render for a list of `total` rows (called while rendering). */
  windowFor(total: number): ListWindow {
    this.rowCount = total;
    this.current = this.compute(total);
    return this.current;
  }

  /** Back to the top (after a filter or sort change). */
  resetScroll(): void {
    this.scrollTop = 0;
    const viewport = this.host.renderRoot.querySelector<HTMLElement>('.viewport');
    if (viewport) viewport.scrollTop = 0;
  }

  readonly onScroll = (event: Event): void => {
    this.scrollTop = (event.currentTarget as HTMLElement).scrollTop;
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
      root.querySelector<HTMLElement>('.spacer')?.style.setProperty('height', `${this.current.height}px`);
      root.querySelector<HTMLElement>('.rows')?.style.setProperty('transform', `translateY(${this.current.offset}px)`);
      return;
    }
    const grid = root.querySelector<HTMLElement>('.cards');
    if (!grid) return;
    const size = this.options.pageSize();
    const rows = size <= 3 ? 1 : 2;
    grid.style.setProperty('--_columns', String(Math.ceil(size / rows)));
    grid.style.setProperty('--_rows', String(rows));
    this.fitCards(grid);
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
      if (grid) this.fitCards(grid);
      return;
    }
    const rowHeight = root.querySelector<HTMLElement>('.row-probe')?.offsetHeight ?? 0;
    const viewportHeight = root.querySelector<HTMLElement>('.viewport')?.clientHeight ?? 0;
    let changed = false;
    if (rowHeight > 0 && rowHeight !== this.rowHeight) [this.rowHeight, changed] = [rowHeight, true];
    if (viewportHeight > 0 && viewportHeight !== this.viewportHeight) [this.viewportHeight, changed] = [viewportHeight, true];
    if (changed) this.host.requestUpdate();
  };

  /**
   * Long names, long reward conditions or another language must not be cut off on a screen nobody
   * can scroll: the cards' type shrinks in small steps until every card shows all of its content.
   */
  private fitCards(grid: HTMLElement): void {
    const overflowing = () => [...grid.children].some((card) => card.scrollHeight > card.clientHeight + 1);
    let fit = 1;
    grid.style.setProperty('--_fit', '1');
    while (fit > MIN_FIT && overflowing()) {
      fit = Math.round((fit - 0.05) * 100) / 100;
      grid.style.setProperty('--_fit', String(fit));
    }
  }
}
