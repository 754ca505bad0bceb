import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createClient, realTimers, type ExposureSnapshot, type PagedExposure, type Timers, type ZhixingClient } from '@zhixing/sdk';
import type { ZxLoadDetail } from '../internal/events.js';
import { translate } from '../internal/i18n.js';
import { themeStyles } from '../internal/theme.js';
import { ZhixingElement } from '../internal/zhixing-element.js';
import { BrokenPhotos, type EntryContext, type Translate } from './zx-exposure-board.entry.js';
import { LiveExposure, localStorageStore, screenedAt, type ChangeCounts } from './zx-exposure-board.live.js';
import { boardMessages } from './zx-exposure-board.messages.js';
import { BoardLayout } from './zx-exposure-board.layout.js';
import { PagedBoard, presentIn, type PagedNeeds } from './zx-exposure-board.paged.js';
import { clampNumber, memoSections, oneOf, sectionsPresent, shownSection, SECTIONS, type BoardMode, type BoardSection, type BoardSort, type KindFilter, type SectionLists } from './zx-exposure-board.model.js';
import { boardStyles } from './zx-exposure-board.styles.js';
import { BoardPrint, whenPageIdle } from './zx-exposure-board.print.js';
import { renderScanPanel, ScanDrawing, scanTarget } from './zx-exposure-board.scan.js';
import { SignagePaging } from './zx-exposure-board.signage.js';
import { changeSummary, courtName, filterSummary, renderEmbedded, renderSignage, type BoardView } from './zx-exposure-board.views.js';

export type { BoardMode, BoardSection, BoardSort, KindFilter } from './zx-exposure-board.model.js';

/** Detail of `zx-update`: how many entries the last refresh added, removed or changed. */
export type ZxUpdateDetail = ChangeCounts;

/**
 * @summary The court's exposure board (曝光台): dishonest debtors, consumption-restricted persons and
 * reward notices, live from the court's data, in a page (`mode="embedded"`) or full screen on a
 * media-center display (`mode="signage"`). Printing the page prints an A4 notice of the section (every
 * entry, masked IDs, no controls) instead of the interactive board. Entries the court removed or whose publication ended
 * disappear at the next refresh at the latest; while the source is down the last good data stays,
 * marked stale. With `court`, on a multi-court feed, only that court's entries, under its name and
 * tip-off phone; without it, every court's, each entry naming its court (执行法院).
 *
 * @csspart board - The whole board.
 * @csspart header - Court name, title, period, tip-off phone and data time.
 * @csspart court - The court name.
 * @csspart title - The board title (a heading, level from `heading-level`).
 * @csspart period - The period (batch) label.
 * @csspart tip-off - The court's tip-off phone (举报电话).
 * @csspart scan - Signage: the panel with the code to scan (`qr-href`), its caption and the address.
 * @csspart scan-code - Signage: the QR code (SVG, black on white).
 * @csspart scan-caption - Signage: what scanning does (扫码查询).
 * @csspart scan-address - Signage: the address written out (the number of a `tel:` address).
 * @csspart as-of - "Data as of" time (the feed's generatedAt).
 * @csspart counts - Number of entries.
 * @csspart controls - Embedded: the filter and sort controls.
 * @csspart print-button - Embedded: prints the notice (打印公告); on a paged feed it reads every page of the section first.
 * @csspart print-notice - The printed notice (公告): court, section, every entry of it as a table with masked IDs, data time. Present only while the page prints; the interactive board is not printed.
 * @csspart list-frame - Embedded: the list's border (its scroll bar, where one takes room, sits inside it).
 * @csspart list - Embedded: the scroll container of the virtualised list.
 * @csspart entry - One entry (list row or signage card).
 * @csspart name - The debtor's name.
 * @csspart tag - Natural person / organisation label.
 * @csspart amount - The amount (unperformed, subject of enforcement, or reward).
 * @csspart photo - An entry's photo (only when the source publishes one).
 * @csspart photo-placeholder - Initials shown when a photo fails to load.
 * @csspart empty - The "no entries" message.
 * @csspart page - Signage: the current page.
 * @csspart section-title - Signage: the section of the current page.
 * @csspart footer - Signage: paging controls and notes.
 * @csspart previous-button - Signage: previous page.
 * @csspart pause-button - Signage: pause / resume automatic paging.
 * @csspart next-button - Signage: next page.
 * @csspart page-indicator - Signage: "page n of m".
 * @csspart motion-note - Signage: paging state, or why automatic paging is off.
 * @csspart loading - The loading message.
 * @csspart error - Error notice (from the shared plumbing).
 * @csspart retry-button - Retry button in the error notice.
 * @csspart stale - Notice that the data could not be refreshed, and since when.
 *
 * @cssproperty --zx-board-list-height - Embedded: height of the scrolling list. Default `clamp(16em, 80vh, 36em)`.
 * @cssproperty --zx-board-qr-size - Signage: side of the code to scan (`qr-href`). Default `min(28cqb, 30cqi)` (~300 px on a 1080p screen, landscape or portrait).
 * @cssproperty --zx-board-signage-height - Signage: height of the board. Default `100vh`.
 * @cssproperty --zx-board-signage-font-size - Signage: base type size. Default `clamp(calc(1.25 * var(--zx-font-size)), min(1.45cqi, 2.6cqb), 4.5rem)` (elder mode: 1.2× larger).
 * @cssproperty --zx-board-header-bg - Header background. Default `var(--zx-color-accent)`.
 * @cssproperty --zx-board-header-color - Header text. Default `var(--zx-color-on-accent)`.
 * @cssproperty --zx-board-section-color - Section titles and amounts. Default `var(--zx-color-danger)`.
 * @cssproperty --zx-board-photo-size - Width of entry photos. Default `4.5em`.
 *
 * @fires {CustomEvent<ZxLoadDetail<ExposureSnapshot>>} zx-load - First data of a subscription arrived. Detail: `ZxLoadDetail<ExposureSnapshot>`.
 * @fires {CustomEvent<ZxUpdateDetail>} zx-update - A refresh added, removed or changed entries. Detail: `ZxUpdateDetail`.
 * @fires {CustomEvent<ZxErrorDetail>} zx-error - A refresh failed, or an attribute has an unknown value (`code: 'invalid-attribute'`). Detail: `ZxErrorDetail` (`keptLastGood` when data stays shown).
 */
export class ZxExposureBoard extends ZhixingElement {
  /** @internal The full client: search, exposure and live updates. */
  protected override clientFactory = createClient;

  /** @internal The shared theme plus this element's own stylesheet (Lit constructable stylesheets: CSP-safe). */
  static override styles = [themeStyles, ...boardStyles];

  /** Whether the user asked for reduced motion. Static so tests and host pages can override it. */
  static prefersReducedMotion = (): boolean => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  /** @internal */
  static override enumerated = [
    ...ZhixingElement.enumerated,
    { attribute: 'mode', property: 'mode', values: ['embedded', 'signage'] },
    { attribute: 'section', property: 'section', values: SECTIONS },
    { attribute: 'kind', property: 'kind', values: ['all', 'natural-person', 'organization'] },
    { attribute: 'sort', property: 'sort', values: ['published', 'amount'] },
  ];

  /** `embedded` (a filterable list in a page, default) or `signage` (full screen, auto-paging). */
  @property({ reflect: true }) mode: BoardMode = 'embedded';

  /** Embedded: the section shown: `dishonest` (default), `restricted` or `rewards`. */
  @property({ reflect: true }) section: BoardSection = 'dishonest';

  /** Which debtors: `all` (default), `natural-person` or `organization`. */
  @property({ reflect: true }) kind: KindFilter = 'all';

  /** Order: `published` (newest first, default) or `amount` (highest first). */
  @property({ reflect: true }) sort: BoardSort = 'published';

  /** Signage: seconds per page (minimum 5). */
  @property({ type: Number, attribute: 'page-seconds' }) pageSeconds = 12;

  /** Signage: most entries per page (1–12; two rows of cards from 4 up; halved in elder mode, whose type is larger). 4 keeps the type large at 1080p. Texts that do not fit the screen even at the smallest legible type make every page show fewer; a single card still too long ends its long texts in an ellipsis. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 4;

  /** Seconds between polls of the source (minimum 1; the SDK backs off while it fails). */
  @property({ type: Number, attribute: 'refresh-seconds' }) refreshSeconds = 60;

  /** Signage: automatic paging stopped (the pause button sets it too). */
  @property({ type: Boolean, reflect: true }) paused = false;

  /** Level of the board's heading (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Keep the last good board in `localStorage` and show it, marked stale with its time, when the
   * court cannot be reached after a restart (signage boxes); entries are screened again when shown.
   */
  @property({ type: Boolean, attribute: 'offline-cache' }) offlineCache = false;

  /**
   * Signage: an address to show as a QR code beside the cards, with the address written out — the
   * court's lookup page (`https://…`, or relative to the page) or its tip-off line (`tel:0736-…`).
   * Other schemes show no code.
   */
  @property({ attribute: 'qr-href' }) qrHref: string | null = null;

  /** Signage: the words under the code (default: 扫码查询 for a web page, 扫码拨打 for `tel:`). */
  @property({ attribute: 'qr-label' }) qrLabel: string | null = null;

  /** Timers for the page turns; pass the same fake timers as the client's for tests and soak runs. */
  @property({ attribute: false }) timers: Timers = realTimers;

  @state() private announcement = '';
  private readonly print = new BoardPrint(this, {
    locale: () => this.locale,
    starting: () => {
      // A lazy board that was never seen renders now, and a pending update runs at once.
      this.renderNow();
      this.requestUpdate();
      if (this.hasUpdated) this.performUpdate();
    },
    paged: () => (this.live.snapshot?.paged ? this.paged : undefined),
    // Embedded, the section shown (as filtered); signage, every one it turns through.
    sections: () => (this.currentMode === 'signage' ? SECTIONS.filter((s) => this.present.has(s)) : [shownSection(this.section, this.present)]),
    kind: () => this.shownKind,
    sort: () => this.shownSort,
    failed: () => this.announce(this.m('printFailed')),
  });

  private readonly live: LiveExposure = new LiveExposure(this, {
    client: () => this.requireClient(),
    intervalMs: () => clampNumber(this.refreshSeconds, 1, 86_400, 60) * 1000,
    onFirst: (snapshot) => {
      this.photos.prune(snapshot);
      this.fire<ZxLoadDetail<ExposureSnapshot>>('zx-load', { data: snapshot, fromCache: snapshot.notModified });
    },
    onChanges: (counts) => {
      this.photos.prune(this.live.snapshot);
      this.fire<ZxUpdateDetail>('zx-update', counts);
      if (counts.added + counts.removed) this.announce(changeSummary(this.m, this.locale, counts));
    },
    onError: (error, keptLastGood) => this.fireError(error, keptLastGood),
    storage: () => (this.offlineCache ? localStorageStore() : undefined),
    preparePaged: (snapshot): Promise<void> => this.paged.apply(snapshot.paged!, this.pagedNeeds(snapshot.paged!)),
    court: () => this.court,
  });
  /** A paged feed: the lists and pages on screen (the snapshot then carries no items). */
  private readonly paged: PagedBoard = new PagedBoard(this, (): ZhixingClient => this.requireClient() as ZhixingClient, (): Date => (this.live.snapshot ? screenedAt(this.live.snapshot) : new Date()));
  private readonly photos = new BrokenPhotos(this);
  private readonly sections = memoSections();
  private lists: SectionLists = { dishonest: [], restricted: [], rewards: [] };
  private present: ReadonlySet<BoardSection> = new Set();
  private readonly paging: SignagePaging = new SignagePaging(this, () => this.currentMode, () => ZxExposureBoard.prefersReducedMotion());
  private readonly layout = new BoardLayout(this, {
    mode: () => this.currentMode,
    pageSize: () => this.paging.size,
    fewer: () => this.paging.fewer(),
    resized: () => this.paging.resized(),
  });
  private readonly scan = new ScanDrawing(this);
  /** A retry is under way: when data arrives, focus goes to the board's heading (the button is gone). */
  private refocusAfterRetry = false;
  /** The visitor changed a filter or the order: say the new count once the lists are rebuilt. */
  private announceFilter = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // A reconnected board resumes (the first update handles a fresh one).
    if (this.hasUpdated) this.live.start();
    else if (this.loading !== 'eager') {
      // The board is what gets printed (公告): even below the fold, it loads once the page is idle,
      // so that printing the page never prints an empty box.
      whenPageIdle(() => this.isConnected && this.renderNow());
    }
  }

  /** Poll the source now (also what the retry button does). */
  refresh(): void {
    this.live.refresh();
  }

  protected override sourceChanged(): void {
    this.live.reset();
    this.paged.reset();
    this.photos.ids.clear();
    this.paging.reset();
    if (this.isConnected) this.live.start();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const sourceChanging = changed.has('src') || changed.has('sourceKind') || changed.has('client');
    super.willUpdate(changed);
    if (this.hasUpdated && changed.has('refreshSeconds') && !sourceChanging) this.live.start();
    if (changed.has('pageSeconds') || changed.has('timers')) this.paging.stop();
    const snapshot = this.live.snapshot;
    if (snapshot?.paged) {
      this.lists = this.paged.sections(this.shownKind, this.shownSort, undefined);
      this.present = this.paged.present();
    } else {
      const items = snapshot?.items ?? [];
      this.lists = this.sections(items, this.shownKind, this.shownSort);
      this.present = sectionsPresent(items);
    }
    this.paging.paginate(this.lists, snapshot, changed.has('pageSize') || changed.has('mode') || changed.has('kind') || changed.has('sort'));
    if (this.announceFilter) {
      this.announceFilter = false;
      const section = shownSection(this.section, this.present);
      this.announce(filterSummary(this.m, this.locale, section, this.shownKind, this.shownSort, this.lists[section].length));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.paging.sync();
    this.scan.draw(this.currentMode === 'signage' ? scanTarget(this.qrHref) : undefined);
    if (this.refocusAfterRetry && this.live.loader.status === 'ready') {
      this.refocusAfterRetry = false;
      this.restoreFocus(this.shadowRoot?.querySelector<HTMLElement>('.header [role=heading]'));
    }
  }

  /** The live region's text; the same words twice in a row must still be announced, so vary them invisibly. */
  private announce(text: string): void {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  private readonly m: Translate = (key, params) => translate(boardMessages, this.locale, key, params);

  private get currentMode(): BoardMode {
    return oneOf(this.mode, ['embedded', 'signage'], 'embedded');
  }

  /** `kind` and `sort` as shown: the defaults stand in for unknown values (which also show a notice). */
  private get shownKind(): KindFilter {
    return oneOf(this.kind, ['all', 'natural-person', 'organization'], 'all');
  }

  private get shownSort(): BoardSort {
    return oneOf(this.sort, ['published', 'amount'], 'published');
  }

  /**
   * What a new index of a paged feed must load before it is shown: the section lists on screen and
   * the rows in view (embedded: the scroll window; signage: every section's list, the page shown).
   */
  private pagedNeeds(index: PagedExposure): PagedNeeds {
    const present = presentIn(index);
    const needs = { kind: this.shownKind, sort: this.shownSort };
    if (this.currentMode === 'signage') return { ...needs, windows: this.paging.windows(present) };
    const { start, end } = this.layout.currentWindow;
    return { ...needs, windows: [{ section: shownSection(this.section, present), start, end: Math.max(end, start + 1) }] };
  }

  private readonly onFilterChange = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    if (select.name === 'section') this.section = select.value as BoardSection;
    else if (select.name === 'kind') this.kind = select.value as KindFilter;
    else if (select.name === 'sort') this.sort = select.value as BoardSort;
    this.announceFilter = true;
    this.layout.resetScroll();
  };

  private readonly retry = (): void => {
    this.refocusAfterRetry = true;
    this.refresh();
  };

  protected override render(): TemplateResult {
    const invalid = this.renderInvalidAttributes();
    if (invalid) return invalid;
    const snapshot = this.live.snapshot;
    const entry: EntryContext = { locale: this.locale, m: this.m, brokenPhotos: this.photos.ids, onPhotoError: this.photos.failed };
    const view: BoardView = {
      m: this.m,
      entry,
      snapshot,
      lists: this.lists,
      present: this.present,
      headingLevel: Math.round(clampNumber(this.headingLevel, 1, 6, 2)),
      status: this.renderStatus(snapshot !== undefined),
      asOf: this.renderAsOf(snapshot?.generatedAt),
      announcement: this.announcement,
      loadingRow: this.t('loading'),
    };
    const notice = this.print.notice(view, courtName(view));
    if (this.currentMode === 'signage') {
      const target = scanTarget(this.qrHref);
      const paging = this.paging;
      return html`${notice}${renderSignage(view, {
        scan: renderScanPanel(target, this.scan.code, this.qrLabel?.trim() || this.m(target?.kind === 'tel' ? 'scanCall' : 'scanLookup')),
        pageIndex: paging.index,
        pageSize: paging.size,
        totalPages: paging.total,
        paused: this.paused,
        autoPaging: paging.auto,
        reducedMotion: paging.reducedMotion,
        pageSeconds: paging.seconds,
        onPrevious: () => paging.turn(-1),
        onNext: () => paging.turn(1),
        onTogglePause: () => (this.paused = !this.paused),
      })}`;
    }
    const section = shownSection(this.section, this.present);
    const rows = this.lists[section];
    return html`${notice}${renderEmbedded(view, {
      section,
      kind: this.shownKind,
      sort: this.shownSort,
      rows,
      window: this.layout.windowFor(rows.length),
      onFilterChange: this.onFilterChange,
      onScroll: this.layout.onScroll,
      onKeyDown: this.layout.onKeyDown,
      print: this.print.preparing,
      onPrint: this.print.button,
    })}`;
  }

  /** Loading, error (nothing to show) or stale (last good data shown) notice. */
  private renderStatus(hasData: boolean): TemplateResult | typeof nothing {
    const { status, error, value } = this.live.loader;
    if (status === 'error' && error) {
      return hasData ? this.renderStale(value?.checkedAt) : this.renderError(error, false, this.retry);
    }
    if (hasData && this.live.overdue) return this.renderStale(value?.checkedAt);
    if (!hasData) return html`<p class="loading" part="loading" role="status">${this.t('loading')}</p>`;
    return nothing;
  }
}
