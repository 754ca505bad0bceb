// The printed notice (公告): what a court posts on paper boards. Printing a page with a board (or its
// "打印公告" button) prints this instead of the interactive board: the court, the section, every entry
// of it as a table (one entry never split across two sheets), masked IDs, the data time, page
// numbers, no controls. It exists only while the page prints (beforeprint → afterprint), so a board
// that is never printed carries none of it in its DOM.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formatCalendarDate, formatCount, formatMoney, todayInChina, type ExposureItem } from '@zhixing/sdk';
import { DATA_LANG } from '../internal/data-text.js';
import type { Locale } from '../internal/i18n.js';
import { shownIdentifier, type Translate } from './zx-exposure-board.entry.js';
import { amountOf, nameOf, partyKindOf, type BoardSection, type BoardSort, type KindFilter, type SectionLists } from './zx-exposure-board.model.js';
import type { PagedBoard } from './zx-exposure-board.paged.js';
import type { BoardView } from './zx-exposure-board.views.js';

/**
 * A paged section of at most this many pages (~600 entries, a county's list) is read whole once the
 * page is idle, so that printing the page (Ctrl+P, no chance to fetch) gives the whole notice. Longer
 * lists (a province's) print what is loaded, saying so; the print button reads them whole first.
 */
const PRINT_READ_AHEAD_PAGES = 10;

/** Runs `task` once the page has loaded and the browser is idle (or soon, where it cannot tell). */
export function whenPageIdle(task: () => void): void {
  const idle = (): void => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 2000 });
    else setTimeout(task, 300);
  };
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

/**
 * A paged feed: once the page is idle, reads the printed sections whole when they are short enough
 * (see PRINT_READ_AHEAD_PAGES). `last` is the key of what was last looked at; returns the new one, so
 * each index, order and set of sections is considered once.
 */
function readAheadForPrint(paged: PagedBoard, sections: readonly BoardSection[], sort: BoardSort, last: string | undefined): string | undefined {
  const index = paged.current;
  if (!index) return last;
  const key = `${index.version}|${sort}|${sections.join()}`;
  if (last === key) return last;
  const pages = sections.map((section) => paged.pageCount(section, sort, undefined));
  if (pages.some((n) => n === undefined)) return last; // the lists come with a later update
  if (!pages.some((n) => n! > PRINT_READ_AHEAD_PAGES)) {
    whenPageIdle(() => {
      for (const section of sections) void paged.loadWhole(section, sort, undefined).catch(() => undefined);
    });
  }
  return key;
}

/** One section as printed: its rows, and how many the section has (more when not all could be read). */
export interface PrintSection {
  section: BoardSection;
  items: readonly ExposureItem[];
  total: number;
}

export interface PrintView {
  m: Translate;
  locale: Locale;
  court: { text: string; lang: string };
  tipOffPhone: string | undefined;
  asOf: TemplateResult | typeof nothing;
  headingLevel: number;
  sections: readonly PrintSection[];
  /** The printed date (China). */
  printedOn: string;
}

/** The sections as printed: every row when read whole (`whole`, paged feeds), else the rows loaded so far. */
function printSections(sections: readonly BoardSection[], lists: SectionLists, whole: (section: BoardSection) => ExposureItem[] | undefined): PrintSection[] {
  return sections.map((section) => {
    const rows = lists[section];
    const all = whole(section);
    // Without the whole section: the rows loaded so far (asking for no more: the sheets are being laid out now).
    const items = all ?? rows.slice(0, rows.length, false).filter((item): item is ExposureItem => item !== undefined);
    return { section, items, total: all ? all.length : rows.length };
  });
}

const AMOUNT_LABEL = { dishonest: 'amountUnperformed', restricted: 'subjectAmount', rewards: 'reward' } as const;

/** The second line of an entry: what a notice states besides the table's columns (label, value, value is source text). */
function details(item: ExposureItem, m: Translate): Array<[string, string | undefined, boolean]> {
  switch (item.type) {
    case 'dishonest-debtor':
      return [
        [m('performance'), m(item.performance === 'none' ? 'performanceNone' : 'performancePartial'), false],
        [m('conduct'), item.conduct, true],
      ];
    case 'consumption-restriction':
      return [];
    case 'reward-notice':
      return [
        [m('contact'), item.contact.name ? `${item.contact.name} ${item.contact.phone}` : item.contact.phone, true],
        [m('rewardFormula'), item.rewardFormula, true],
        [m('conditions'), item.conditions, true],
      ];
  }
}

function renderRow(item: ExposureItem, n: number, view: PrintView, columns: number): TemplateResult {
  const { m, locale } = view;
  const person = item.type !== 'reward-notice' && item.partyKind === 'natural-person' ? [item.sex ? m(item.sex) : '', item.age ? m('age', { age: item.age }) : ''].filter(Boolean).join(' ') : '';
  const representative = item.type !== 'reward-notice' ? item.legalRepresentative : undefined;
  const amount = amountOf(item);
  const more = details(item, m).filter(([, value]) => value);
  // One tbody per entry: the unit that must not break across sheets.
  return html`<tbody class="print-entry">
    <tr>
      <td class="n">${n}</td>
      <td>
        <span class="print-name" lang=${DATA_LANG}>${nameOf(item)}</span>
        <span class="print-kind">${m(partyKindOf(item) === 'natural-person' ? 'tagPerson' : 'tagOrganization')}${person ? ` · ${person}` : ''}</span>
        ${representative ? html`<span class="print-kind">${m('fieldLine', { label: m('legalRepresentative') })}<span lang=${DATA_LANG}>${representative}</span></span>` : nothing}
      </td>
      <td class="id">${shownIdentifier(item)?.value ?? ''}</td>
      <td lang=${DATA_LANG}><span class="case">${item.caseNumber}</span> <span class="print-kind">${item.courtName}</span></td>
      <td class="money">${amount === undefined ? '' : formatMoney(amount, locale, { style: 'exact' })}</td>
      <td class="date">
        ${item.type === 'reward-notice'
          ? m('validRange', { from: formatCalendarDate(item.validFrom, locale), to: formatCalendarDate(item.validUntil, locale) })
          : formatCalendarDate(item.publishedOn, locale)}
      </td>
    </tr>
    ${more.length
      ? html`<tr class="print-more">
          <td></td>
          <td colspan=${columns - 1}>${more.map(([label, value, data]) => html`<span>${m('fieldLine', { label })}<span lang=${data ? DATA_LANG : nothing}>${value}</span></span>`)}</td>
        </tr>`
      : nothing}
  </tbody>`;
}

function renderSection(part: PrintSection, view: PrintView): TemplateResult {
  const { m } = view;
  const count = formatCount(part.total, view.locale);
  return html`<table class="print-table">
      <caption>
        ${m('sectionCount', { section: m(part.section), count })}
      </caption>
      <thead>
        <tr>
          <th scope="col" class="n">${m('printIndex')}</th>
          <th scope="col">${m('printName')}</th>
          <th scope="col">${m('printIdentifier')}</th>
          <th scope="col">${m('printCase')}</th>
          <th scope="col">${m(AMOUNT_LABEL[part.section])}</th>
          <th scope="col">${m(part.section === 'rewards' ? 'validity' : 'publishedOn')}</th>
        </tr>
      </thead>
      ${part.items.length ? part.items.map((item, i) => renderRow(item, i + 1, view, 6)) : html`<tbody><tr><td colspan="6">${m('empty')}</td></tr></tbody>`}
    </table>
    ${part.items.length < part.total
      ? html`<p class="print-incomplete" role="note">${m('printIncomplete', { shown: formatCount(part.items.length, view.locale), count })}</p>`
      : nothing}`;
}

/** The notice. The heading level follows the board's (`heading-level`). */
function renderPrintNotice(view: PrintView): TemplateResult {
  const { m } = view;
  const title = view.sections.length === 1 ? m('printTitle', { section: m(view.sections[0]!.section) }) : m('title');
  return html`<section class="print-notice" part="print-notice" lang=${view.locale}>
    <header class="print-header">
      ${view.court.text ? html`<p class="print-court" lang=${view.court.lang}>${view.court.text}</p>` : nothing}
      <p class="print-title" role="heading" aria-level=${view.headingLevel}>${title}</p>
      <p class="print-meta">
        ${view.asOf} ${view.tipOffPhone ? html`<span>${m('tipOff')} ${view.tipOffPhone}</span>` : nothing}
        <span>${m('printedOn', { date: formatCalendarDate(view.printedOn, view.locale) })}</span>
      </p>
    </header>
    ${view.sections.map((part) => renderSection(part, view))}
    <p class="print-source">${m('printSource')}</p>
  </section>`;
}

/**
 * The sheet's margins and page numbers, in the page's own styles while it prints (an @page rule
 * inside a shadow root applies to nothing). A constructed sheet: no <style> for a strict CSP to refuse.
 * Shared by every board on the page; removed once none prints.
 */
const PAGE_NUMBERS: Record<Locale, string> = {
  'zh-CN': '"第 " counter(page) " 页，共 " counter(pages) " 页"',
  en: '"Page " counter(page) " of " counter(pages)',
};
let pageSheet: { sheet: CSSStyleSheet; users: number } | undefined;

function addPageSheet(locale: Locale): void {
  if (pageSheet) {
    pageSheet.users++;
    return;
  }
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@page { size: A4; margin: 15mm 12mm 16mm; @bottom-center { content: ${PAGE_NUMBERS[locale]}; font-size: 9pt; } }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    pageSheet = { sheet, users: 1 };
  } catch {
    // No constructable sheets (old engines): the browser's own print header and footer number the pages.
  }
}

function removePageSheet(): void {
  if (!pageSheet || --pageSheet.users > 0) return;
  const { sheet } = pageSheet;
  pageSheet = undefined;
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
}

export interface BoardPrintOptions {
  locale(): Locale;
  /** Printing starts: the notice must be rendered now, before the browser lays out the sheets. */
  starting(): void;
  /** The paged feed shown, or nothing (a whole feed: every row is at hand). */
  paged(): PagedBoard | undefined;
  /** The sections printed, in the kind and order shown. */
  sections(): BoardSection[];
  kind(): KindFilter;
  sort(): BoardSort;
  /** The print button could not read the whole section: nothing is printed. */
  failed(): void;
}

/**
 * Printing the board: whether the page is being printed (the window's beforeprint / afterprint), the
 * notice then, and on a paged feed reading the printed sections whole — ahead of time when they are
 * short, or when the print button is pressed.
 */
export class BoardPrint implements ReactiveController {
  printing = false;
  /** The day the notice was printed (China time). */
  printedOn = todayInChina(new Date());
  /** The print button's work: reading every page of the section before the print dialog opens. */
  preparing: 'idle' | 'loading' | 'failed' = 'idle';
  /** The index, order and sections last considered for reading ahead. */
  private readAhead: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: BoardPrintOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('beforeprint', this.before);
    globalThis.addEventListener?.('afterprint', this.after);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('beforeprint', this.before);
    globalThis.removeEventListener?.('afterprint', this.after);
    this.after();
  }

  hostUpdated(): void {
    const paged = this.options.paged();
    if (paged) this.readAhead = readAheadForPrint(paged, this.options.sections(), this.options.sort(), this.readAhead);
  }

  /** The notice while the page prints (nothing otherwise), headed by `court` (its name as the board shows it). */
  notice(view: BoardView, court: { text: string; lang: string }): TemplateResult | typeof nothing {
    const snapshot = view.snapshot;
    if (!this.printing || !snapshot) return nothing;
    const kind = this.options.kind();
    const sort = this.options.sort();
    const paged = this.options.paged();
    return renderPrintNotice({
      m: view.m,
      locale: this.options.locale(),
      court,
      tipOffPhone: snapshot.court?.contact?.tipOffPhone,
      asOf: view.asOf,
      headingLevel: view.headingLevel,
      sections: printSections(this.options.sections(), view.lists, (section) => paged?.wholeRows(section, kind, sort, undefined)),
      printedOn: this.printedOn,
    });
  }

  /** The print button: the whole section first (paged feeds), then the browser's print dialog. */
  readonly button = async (): Promise<void> => {
    if (this.preparing === 'loading') return;
    const paged = this.options.paged();
    if (paged) {
      this.prepare('loading');
      const sort = this.options.sort();
      const read = await Promise.all(this.options.sections().map((section) => paged.loadWhole(section, sort, undefined))).then(
        (done) => done.every(Boolean),
        () => false,
      );
      this.prepare(read ? 'idle' : 'failed');
      if (!read) return this.options.failed();
    }
    await this.host.updateComplete;
    globalThis.print?.();
  };

  private prepare(preparing: BoardPrint['preparing']): void {
    if (preparing === this.preparing) return;
    this.preparing = preparing;
    this.host.requestUpdate();
  }

  private readonly before = (): void => {
    if (this.printing) return;
    this.printing = true;
    this.printedOn = todayInChina(new Date());
    addPageSheet(this.options.locale());
    this.options.starting();
  };

  private readonly after = (): void => {
    if (!this.printing) return;
    this.printing = false;
    removePageSheet();
    this.host.requestUpdate();
  };
}
