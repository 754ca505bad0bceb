// The two presentations of the board. Plain functions over a view model: the component owns the
// state, these only turn it into templates (text bindings only: names come from outside).
// Lists use a plain map(), not the keyed repeat(): in lit-html 3.3.1–3.3.3 repeat() leaves one comment
// node behind per removed item (lit/lit#5298), which a board scrolling and paging for days would pile
// up. Rows hold no focus or state of their own, so reusing them by position is safe.
import { html, nothing, type TemplateResult } from 'lit';
import { formatCalendarDate, formatCount, type ExposureItem, type ExposureSnapshot } from '@zhixing/sdk';
import { DATA_LANG } from '../internal/data-text.js';
import type { Locale } from '../internal/i18n.js';
import { icon } from '../internal/icons.js';
import { renderEntry, type EntryContext, type Translate } from './zx-exposure-board.entry.js';
import { pageAt, SECTIONS, type BoardRows, type BoardSection, type BoardSort, type KindFilter, type ListWindow, type SectionLists } from './zx-exposure-board.model.js';

export interface BoardView {
  m: Translate;
  entry: EntryContext;
  snapshot: ExposureSnapshot | undefined;
  lists: SectionLists;
  /** Sections the source has at all. */
  present: ReadonlySet<BoardSection>;
  headingLevel: number;
  /** Loading, error or stale notice (or nothing). */
  status: TemplateResult | typeof nothing;
  asOf: TemplateResult | typeof nothing;
  announcement: string;
  /** Said for a row whose page is still loading (paged feeds). */
  loadingRow: string;
}

export interface EmbeddedOptions {
  section: BoardSection;
  kind: KindFilter;
  sort: BoardSort;
  rows: BoardRows;
  window: ListWindow;
  onFilterChange: (event: Event) => void;
  onScroll: (event: Event) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  /** The print button: idle, reading every page of the section first (paged feeds), or that failed. */
  print: 'idle' | 'loading' | 'failed';
  onPrint: () => void;
}

export interface SignageOptions {
  /** The code to scan beside the cards (`qr-href`), or nothing. */
  scan: TemplateResult | typeof nothing;
  pageIndex: number;
  pageSize: number;
  totalPages: number;
  paused: boolean;
  /** Pages turn by themselves right now (not paused, hovered, focused or reduced motion). */
  autoPaging: boolean;
  reducedMotion: boolean;
  pageSeconds: number;
  onPrevious: () => void;
  onNext: () => void;
  onTogglePause: () => void;
}

/** The court's name in the UI language when the source has it, else its Chinese name (marked so). */
export function courtName(view: BoardView): { text: string; lang: string } {
  const court = view.snapshot?.court;
  if (!court) return { text: '', lang: DATA_LANG };
  return view.entry.locale === 'en' && court.nameEn ? { text: court.nameEn, lang: 'en' } : { text: court.name, lang: DATA_LANG };
}

/** "失信被执行人（单位），按金额（从高到低）排序，共 4 条": the embedded list as now filtered, for the live region. */
export function filterSummary(m: Translate, locale: Locale, section: BoardSection, kind: KindFilter, sort: BoardSort, count: number): string {
  return m('filterSummary', {
    section: m(section),
    kind: m(kind === 'all' ? 'kindAll' : kind === 'natural-person' ? 'kindPerson' : 'kindOrganization'),
    sort: m(sort === 'amount' ? 'sortAmount' : 'sortPublished'),
    count: formatCount(count, locale),
  });
}

/** "新增 2 条，移除 1 条": what a refresh added and removed, for the live region ('' when neither). */
export function changeSummary(m: Translate, locale: Locale, counts: { added: number; removed: number }): string {
  const parts: string[] = [];
  if (counts.added) parts.push(m('added', { count: formatCount(counts.added, locale) }));
  if (counts.removed) parts.push(m('removed', { count: formatCount(counts.removed, locale) }));
  return parts.join(m('listSeparator'));
}

function periodLabel(view: BoardView): string {
  const period = view.snapshot?.period;
  if (!period) return '';
  const label = view.entry.locale === 'en' ? period.labelEn : period.label;
  if (label) return label;
  const locale = view.entry.locale;
  return view.m('period', { start: formatCalendarDate(period.start, locale), end: formatCalendarDate(period.end, locale) });
}

function count(view: BoardView, n: number): string {
  return formatCount(n, view.entry.locale);
}

/** `counts` goes beside the period (signage: the number of entries in the header). */
function renderHeader(view: BoardView, counts: TemplateResult | typeof nothing): TemplateResult {
  const phone = view.snapshot?.court.contact?.tipOffPhone;
  const period = periodLabel(view);
  const court = courtName(view);
  return html`<header class="header" part="header">
    <div class="titles">
      <p class="heading" role="heading" aria-level=${view.headingLevel} tabindex="-1">
        ${court.text ? html`<span class="court" part="court" lang=${court.lang}>${court.text}</span>` : nothing}
        <span class="title" part="title">${view.m('title')}</span>
      </p>
      ${period || counts !== nothing ? html`<p class="subtitle">${period ? html`<span class="period" part="period">${period}</span>` : nothing} ${counts}</p>` : nothing}
    </div>
    <div class="meta">
      ${phone ? html`<p class="tip-off" part="tip-off"><span class="tip-off-label">${view.m('tipOff')}</span> <span class="phone">${phone}</span></p>` : nothing}
      ${view.asOf}
    </div>
  </header>`;
}

function renderAnnouncer(view: BoardView): TemplateResult {
  // Present from the start so that screen readers pick up each change of its text.
  return html`<div class="visually-hidden" role="status">${view.announcement}</div>`;
}

function option<T extends string>(value: T, current: T, label: string): TemplateResult {
  return html`<option value=${value} ?selected=${value === current}>${label}</option>`;
}

function sectionTotal(view: BoardView, section: BoardSection): number {
  return view.lists[section].length;
}

export function renderEmbedded(view: BoardView, options: EmbeddedOptions): TemplateResult {
  const { m } = view;
  const { rows, window, section } = options;
  const offered = SECTIONS.filter((s) => s !== 'rewards' || view.present.has('rewards'));
  const controls = view.snapshot
    ? html`<div class="controls" part="controls" role="group" aria-label=${m('filters')} @change=${options.onFilterChange}>
        <label>
          <span class="control-label">${m('sectionLabel')}</span>
          <select name="section">
            ${offered.map((s) => option(s, section, m('sectionOption', { section: m(s), count: count(view, sectionTotal(view, s)) })))}
          </select>
        </label>
        <label>
          <span class="control-label">${m('kindLabel')}</span>
          <select name="kind">
            ${option<KindFilter>('all', options.kind, m('kindAll'))}${option<KindFilter>('natural-person', options.kind, m('kindPerson'))}
            ${option<KindFilter>('organization', options.kind, m('kindOrganization'))}
          </select>
        </label>
        <label>
          <span class="control-label">${m('sortLabel')}</span>
          <select name="sort">
            ${option<BoardSort>('published', options.sort, m('sortPublished'))}${option<BoardSort>('amount', options.sort, m('sortAmount'))}
          </select>
        </label>
        <p class="counts" part="counts">${m('total', { count: count(view, rows.length) })}</p>
        <button type="button" class="secondary" part="print-button" ?disabled=${options.print === 'loading'} @click=${options.onPrint}>${m('print')}</button>
        ${options.print === 'idle' ? nothing : html`<p class="print-status">${m(options.print === 'loading' ? 'printPreparing' : 'printFailed')}</p>`}
      </div>`
    : nothing;
  const visible = rows.slice(window.start, window.end);
  const list = !view.snapshot
    ? nothing
    : rows.length === 0
      ? html`<p class="empty" part="empty">${m('empty')}</p>`
      : // The frame draws the border (issue 20): a classic scroll bar (Firefox, Windows) then sits inside
        // it, below its rounded corners, instead of over them.
        html`<div class="list-frame" part="list-frame"><div
          class="viewport"
          part="list"
          role="region"
          tabindex="0"
          aria-label=${m('listLabel', { section: m(section), count: count(view, rows.length) })}
          @scroll=${{ handleEvent: options.onScroll, passive: true }}
          @keydown=${options.onKeyDown}
        >
          <div class="row row-probe" aria-hidden="true"></div>
          <div class="spacer">
            <ul class="rows" role="list">
              ${visible.map((item, i) =>
                item
                  ? html`<li class="row entry ${item.type}" part="entry" aria-setsize=${rows.length} aria-posinset=${window.start + i + 1}>
                      ${renderEntry(item, view.entry)}
                    </li>`
                  : html`<li class="row pending" aria-busy="true" aria-setsize=${rows.length} aria-posinset=${window.start + i + 1}>${view.loadingRow}</li>`,
              )}
            </ul>
          </div>
        </div></div>`;
  return html`<section class="board embedded" part="board" lang=${view.entry.locale}>
    ${renderHeader(view, nothing)} ${view.status} ${controls} ${list} ${renderAnnouncer(view)}
  </section>`;
}

export function renderSignage(view: BoardView, options: SignageOptions): TemplateResult {
  const { m } = view;
  const page = pageAt(view.lists, options.pageSize, options.pageIndex);
  const total = SECTIONS.reduce((sum, s) => sum + view.lists[s].length, 0);
  const counts = view.snapshot ? html`<span class="counts" part="counts">${m('total', { count: count(view, total) })}</span>` : nothing;
  const body = !view.snapshot
    ? nothing
    : page
      ? html`<div class="page" part="page">
          <p class="section-title" part="section-title" role="heading" aria-level=${Math.min(6, view.headingLevel + 1)}>
            <span>${m('sectionCount', { section: m(page.section), count: count(view, sectionTotal(view, page.section)) })}</span>
          </p>
          <ul class="cards" role="list">
            ${page.items.map((item) =>
              item ? html`<li class="card entry ${item.type}" part="entry">${renderEntry(item, view.entry)}</li>` : html`<li class="card pending" aria-busy="true">${view.loadingRow}</li>`,
            )}
          </ul>
        </div>`
      : html`<p class="empty" part="empty">${m('empty')}</p>`;
  const single = options.totalPages < 2;
  // One page: nothing turns, so there is nothing to pause or explain.
  const note = single ? '' : options.reducedMotion ? m('reducedMotion') : options.autoPaging ? m('autoPaging', { seconds: options.pageSeconds }) : m('pausedNote');
  const footer = view.snapshot
    ? html`<footer class="footer" part="footer">
        <div class="paging" role="group" aria-label=${m('paging')}>
          <button type="button" class="secondary" part="previous-button" ?disabled=${single} @click=${options.onPrevious}>
            ${icon('previous')} ${m('previous')}
          </button>
          ${options.reducedMotion || single
            ? nothing
            : html`<button type="button" class="pause" part="pause-button" @click=${options.onTogglePause}>
                ${icon(options.paused ? 'next' : 'pause')} ${m(options.paused ? 'resume' : 'pause')}
              </button>`}
          <button type="button" class="secondary" part="next-button" ?disabled=${single} @click=${options.onNext}>
            ${m('next')} ${icon('next')}
          </button>
        </div>
        <p class="page-indicator" part="page-indicator" aria-live=${options.autoPaging ? 'off' : 'polite'}>
          ${options.totalPages > 0 ? m('pageOf', { page: options.pageIndex + 1, pages: options.totalPages }) : nothing}
        </p>
        ${note ? html`<p class="motion-note" part="motion-note">${note}</p>` : nothing}
      </footer>`
    : nothing;
  return html`<section class="board signage" part="board" lang=${view.entry.locale}>
    ${renderHeader(view, counts)} ${view.status}
    ${options.scan === nothing ? body : html`<div class="signage-main">${body} ${options.scan}</div>`} ${footer} ${renderAnnouncer(view)}
  </section>`;
}
