// The board on a paged feed (contract: `ExposureIndex`): it never holds the whole list. Each section
// is a list of pages whose counts the list file gives; the rows on screen are read from the pages that
// hold them, fetched as they come into view (embedded: the scroll window; signage: the page shown),
// and kept in a small cache. A new version of the index is applied only once the lists and the pages
// on screen are loaded, so a refresh swaps one complete screen for the next.
import type { ReactiveControllerHost } from 'lit';
import { todayInChina, withholdReason, type ExposureItem, type ExposureListView, type ExposureSection, type ExposureSort, type PagedExposure, type Publishable, type ZhixingClient } from '@zhixing/sdk';
import { partyKindOf, SECTIONS, type BoardRows, type BoardSection, type BoardSort, type KindFilter, type SectionLists } from './zx-exposure-board.model.js';

/** Pages kept for the rows around the screen; older ones are read again from the SDK's cache. */
const MAX_PAGES = 48;

/** What the board shows now: which section lists it needs, and which rows of them. */
export interface PagedNeeds {
  sort: BoardSort;
  kind: KindFilter;
  /** A court code (`湘0725`): that court's own lists; absent: province-wide. */
  court?: string | undefined;
  /** Sections whose lists are needed, with the rows on screen (for the others only their totals). */
  windows: Array<{ section: BoardSection; start: number; end: number }>;
}

interface LoadedPage {
  items: ExposureItem[];
  /** The day `items` were screened for (China time). */
  day: string;
}

const listKey = (section: BoardSection, sort: BoardSort, court: string | undefined) => `${section}|${sort}|${court ?? ''}`;

/** The rows of one section as published: counts per page for the kind shown. */
function pageCounts(list: ExposureListView, kind: KindFilter): number[] {
  return list.pages.map((p) => (kind === 'all' ? p.count : kind === 'organization' ? p.organizations : p.count - p.organizations));
}

/** Sections an index has at all (before the kind filter). */
export function presentIn(paged: PagedExposure | undefined): Set<BoardSection> {
  return new Set((paged?.lists ?? []).filter((ref) => ref.total > 0).map((ref) => ref.section));
}

export class PagedBoard {
  private paged: PagedExposure | undefined;
  private readonly lists = new Map<string, ExposureListView | null>();
  private readonly loadingLists = new Map<string, Promise<void>>();
  /** By page URL (content-addressed: the same URL is the same content in any version). */
  private readonly pages = new Map<string, LoadedPage>();
  private readonly loadingPages = new Set<string>();
  /** Whole sections for the printed notice, read for one index (a newer index drops them). */
  private readonly whole = new Map<string, { paged: PagedExposure; items: ExposureItem[]; day: string }>();
  private failures = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => ZhixingClient,
    private readonly now: () => Date,
  ) {}

  /** The index shown. */
  get current(): PagedExposure | undefined {
    return this.paged;
  }

  /** Forget everything (another source). */
  reset(): void {
    this.paged = undefined;
    this.lists.clear();
    this.loadingLists.clear();
    this.pages.clear();
    this.loadingPages.clear();
    this.whole.clear();
  }

  /**
   * Loads what `needs` asks for from a new index — the lists, then the pages under each window — and
   * only then makes it the one shown. Rows still missing afterwards (a failed page) show as loading.
   */
  async apply(paged: PagedExposure, needs: PagedNeeds): Promise<void> {
    const lists = new Map<string, ExposureListView | null>();
    await Promise.all(
      needs.windows.map(async ({ section }) => {
        const key = listKey(section, needs.sort, needs.court);
        lists.set(key, (await this.client().getExposureList(paged, { section, sort: needs.sort, court: needs.court }).catch(() => undefined)) ?? null);
      }),
    );
    const pages = new Map<string, LoadedPage>();
    await Promise.all(
      needs.windows.flatMap(({ section, start, end }) => {
        const list = lists.get(listKey(section, needs.sort, needs.court));
        if (!list) return [];
        return pagesFor(list, needs.kind, start, end).map(async (i) => {
          const url = list.pageUrl(i);
          const page = await this.client().getExposurePage(list, i).catch(() => undefined);
          if (page) pages.set(url, { items: page.items, day: todayInChina(this.now()) });
        });
      }),
    );
    this.paged = paged;
    this.lists.clear();
    this.loadingLists.clear();
    for (const [key, list] of lists) this.lists.set(key, list);
    // Pages of the previous version are screened again when read (removals, the day), from the SDK's cache.
    this.pages.clear();
    for (const [url, page] of pages) this.pages.set(url, page);
    this.whole.clear();
  }

  /** Pages of a section's list as loaded for the index shown (undefined: list not loaded yet). */
  pageCount(section: BoardSection, sort: BoardSort, court: string | undefined): number | undefined {
    const list = this.lists.get(listKey(section, sort, court));
    return list === undefined ? undefined : (list?.pages.length ?? 0);
  }

  /**
   * Every row of a section (the printed notice lists them all), or undefined until `loadWhole` has
   * read it for the index shown. Screened for today like the rows on screen.
   */
  wholeRows(section: BoardSection, kind: KindFilter, sort: BoardSort, court: string | undefined): ExposureItem[] | undefined {
    const entry = this.whole.get(listKey(section, sort, court));
    if (!entry || entry.paged !== this.paged) return undefined;
    const today = todayInChina(this.now());
    if (entry.day !== today) {
      entry.items = entry.items.filter((item) => withholdReason(item as unknown as Publishable, today) === undefined);
      entry.day = today;
    }
    return kind === 'all' ? entry.items : entry.items.filter((item) => partyKindOf(item) === kind);
  }

  /** Reads every page of a section for the index shown (four at a time); false when a newer index came meanwhile. */
  async loadWhole(section: BoardSection, sort: BoardSort, court: string | undefined): Promise<boolean> {
    const paged = this.paged;
    if (!paged) return false;
    const key = listKey(section, sort, court);
    if (this.whole.get(key)?.paged === paged) return true;
    const list = await this.client().getExposureList(paged, { section, sort, court });
    const parts: ExposureItem[][] = [];
    if (list) {
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < list.pages.length) {
          const i = next++;
          parts[i] = (await this.client().getExposurePage(list, i)).items;
        }
      };
      await Promise.all(Array.from({ length: Math.min(4, list.pages.length) }, worker));
    }
    if (this.paged !== paged) return false;
    this.whole.set(key, { paged, items: parts.flat(), day: todayInChina(this.now()) });
    return true;
  }

  /** Sections the index shown has at all (before the kind filter). */
  present(): Set<BoardSection> {
    return presentIn(this.paged);
  }

  /** Each section's rows for this kind, order and court. */
  sections(kind: KindFilter, sort: BoardSort, court: string | undefined): SectionLists {
    const out = {} as SectionLists;
    for (const section of SECTIONS) out[section] = this.rows(section, kind, sort, court);
    return out;
  }

  private rows(section: BoardSection, kind: KindFilter, sort: BoardSort, court: string | undefined): BoardRows {
    const key = listKey(section, sort, court);
    const list = this.lists.get(key);
    if (list === undefined) {
      // Not loaded yet: the index's totals (province-wide), and a request for the list.
      const ref = court === undefined ? this.paged?.lists.find((l) => l.section === (section as ExposureSection) && l.sort === (sort as ExposureSort)) : undefined;
      const length = !ref ? 0 : kind === 'all' ? ref.total : kind === 'organization' ? ref.organizations : ref.total - ref.organizations;
      return {
        length,
        slice: (start, end, fetch = true) => {
          if (fetch) this.loadList(section, sort, court);
          return new Array<undefined>(Math.max(0, Math.min(end, length) - start)).fill(undefined);
        },
      };
    }
    if (list === null) return { length: 0, slice: () => [] };
    const today = todayInChina(this.now());
    // Counts per page: as published, or as shown for the pages loaded (screening may withhold a few).
    const loaded = list.pages.map((_, i) => this.read(list.pageUrl(i), kind, today));
    const counts = pageCounts(list, kind).map((n, i) => loaded[i]?.length ?? n);
    const length = counts.reduce((a, b) => a + b, 0);
    return {
      length,
      slice: (start, end, fetch = true) => {
        const rows: Array<ExposureItem | undefined> = [];
        let at = 0;
        for (let i = 0; i < counts.length && at < end; i++) {
          const n = counts[i]!;
          if (at + n > start) {
            const from = Math.max(0, start - at);
            const to = Math.min(n, end - at);
            const items = loaded[i];
            if (items) rows.push(...items.slice(from, to));
            else {
              rows.push(...new Array<undefined>(to - from).fill(undefined));
              if (fetch) this.loadPage(list, i);
            }
          }
          at += n;
        }
        return rows;
      },
    };
  }

  /** A loaded page's rows of this kind that may be shown today, or undefined when not loaded. */
  private read(url: string, kind: KindFilter, today: string): ExposureItem[] | undefined {
    const page = this.pages.get(url);
    if (!page) return undefined;
    if (page.day !== today) {
      // Midnight passed: entries whose publication ended yesterday go, even without a new index.
      page.items = page.items.filter((item) => withholdReason(item as unknown as Publishable, today) === undefined);
      page.day = today;
    }
    // Recently used last: the cache drops the least recently read.
    this.pages.delete(url);
    this.pages.set(url, page);
    return kind === 'all' ? page.items : page.items.filter((item) => partyKindOf(item) === kind);
  }

  private loadList(section: BoardSection, sort: BoardSort, court: string | undefined): void {
    const paged = this.paged;
    const key = listKey(section, sort, court);
    if (!paged || this.loadingLists.has(key)) return;
    const task = this.client()
      .getExposureList(paged, { section, sort, court })
      .then(
        (list) => {
          if (this.paged !== paged) return;
          this.lists.set(key, list ?? null);
        },
        () => this.noteFailure(),
      )
      .finally(() => {
        if (this.loadingLists.get(key) === task) this.loadingLists.delete(key);
        this.host.requestUpdate();
      });
    this.loadingLists.set(key, task);
  }

  private loadPage(list: ExposureListView, index: number): void {
    const url = list.pageUrl(index);
    if (this.loadingPages.has(url) || this.failures > 3) return;
    this.loadingPages.add(url);
    const paged = this.paged;
    void this.client()
      .getExposurePage(list, index)
      .then(
        (page) => {
          if (this.paged !== paged) return;
          this.failures = 0;
          this.pages.set(url, { items: page.items, day: todayInChina(this.now()) });
          while (this.pages.size > MAX_PAGES) this.pages.delete(this.pages.keys().next().value!);
        },
        () => this.noteFailure(),
      )
      .finally(() => {
        this.loadingPages.delete(url);
        this.host.requestUpdate();
      });
  }

  /** Pages that fail (the source went away mid-scroll) are not asked for in a loop: the next index resets this. */
  private noteFailure(): void {
    this.failures++;
  }

  /** A new index arrived: pages may be asked for again. */
  resetFailures(): void {
    this.failures = 0;
  }
}

/** The pages of `list` that hold rows [start, end) of this kind (as published). */
export function pagesFor(list: ExposureListView, kind: KindFilter, start: number, end: number): number[] {
  const counts = pageCounts(list, kind);
  const out: number[] = [];
  let at = 0;
  for (let i = 0; i < counts.length && at < end; i++) {
    if (at + counts[i]! > start && counts[i]! > 0) out.push(i);
    at += counts[i]!;
  }
  return out;
}
