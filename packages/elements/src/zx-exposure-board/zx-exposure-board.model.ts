// Pure data logic of the exposure board: sections, filtering, sorting, signage pages and the
// windowing arithmetic of the embedded list. No DOM, so it is cheap to test and reason about.
import { amountOf, EXPOSURE_SECTIONS, exposureOrder, partyKindOf, sectionOf, type ExposureItem, type PartyKind } from '@zhixing/sdk';

/** `embedded` (in a page) or `signage` (big screen, auto-paging). */
export type BoardMode = 'embedded' | 'signage';
/** A section of the board. */
export type BoardSection = 'dishonest' | 'restricted' | 'rewards';
/** The party kinds the board shows. */
export type KindFilter = 'all' | PartyKind;
/** The board's sort order. */
export type BoardSort = 'amount' | 'published';

/** Sections in the order they are shown; each is a different legal status and never mixed. */
export const SECTIONS: readonly BoardSection[] = EXPOSURE_SECTIONS;

/**
 * A section's rows as the board reads them: an array (a whole feed) or the pages of a paged feed, where
 * a row not loaded yet is `undefined` (shown as loading until its page arrives).
 */
export interface BoardRows {
  readonly length: number;
  /** Rows [start, end); undefined for a row not loaded yet (asked for unless `fetch` is false). */
  slice(start: number, end: number, fetch?: boolean): ReadonlyArray<ExposureItem | undefined>;
}

export type SectionLists = Record<BoardSection, BoardRows>;

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** A finite number within [min, max], or the fallback for anything unusable (NaN, missing). */
export function clampNumber(value: unknown, min: number, max: number, fallback: number): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, n));
}

export { amountOf, partyKindOf, sectionOf };

export function nameOf(item: ExposureItem): string {
  return item.type === 'reward-notice' ? item.debtor.name : item.name;
}

/** Splits the feed into its sections, keeps the wanted party kind, sorts each section (the order the publisher pages in). */
export function buildSections(items: readonly ExposureItem[], kind: KindFilter, sort: BoardSort): Record<BoardSection, ExposureItem[]> {
  const lists: Record<BoardSection, ExposureItem[]> = { dishonest: [], restricted: [], rewards: [] };
  for (const item of items) {
    if (kind !== 'all' && partyKindOf(item) !== kind) continue;
    lists[sectionOf(item)].push(item);
  }
  const compare = exposureOrder(sort);
  for (const section of SECTIONS) lists[section].sort(compare);
  return lists;
}

/** `buildSections` remembering its last answer: the lists are rebuilt only when the items, kind or order change. */
export function memoSections(): typeof buildSections {
  let memo: { items: readonly ExposureItem[]; kind: KindFilter; sort: BoardSort; lists: Record<BoardSection, ExposureItem[]> } | undefined;
  return (items, kind, sort) => {
    if (!memo || memo.items !== items || memo.kind !== kind || memo.sort !== sort) memo = { items, kind, sort, lists: buildSections(items, kind, sort) };
    return memo.lists;
  };
}

/** The embedded section on screen (`section` as set, if known): rewards only when the source has them. */
export function shownSection(section: unknown, present: ReadonlySet<BoardSection>): BoardSection {
  const shown = oneOf(section, SECTIONS, 'dishonest');
  return shown === 'rewards' && !present.has('rewards') ? 'dishonest' : shown;
}

/** Which sections the source has at all (before the kind filter): an absent section is not offered. */
export function sectionsPresent(items: readonly ExposureItem[]): Set<BoardSection> {
  const present = new Set<BoardSection>();
  for (const item of items) {
    present.add(sectionOf(item));
    if (present.size === SECTIONS.length) break;
  }
  return present;
}

export interface SignagePage {
  section: BoardSection;
  /** `undefined`: a row whose page is still loading. */
  items: ReadonlyArray<ExposureItem | undefined>;
  /** 0-based page within the section, and how many pages the section has. */
  sectionPage: number;
  sectionPages: number;
}

export function pageCount(lists: SectionLists, pageSize: number): number {
  return SECTIONS.reduce((sum, section) => sum + Math.ceil(lists[section].length / pageSize), 0);
}

/** The `index`-th signage page: sections one after the other, each cut into pages. */
export function pageAt(lists: SectionLists, pageSize: number, index: number): SignagePage | undefined {
  let rest = index;
  for (const section of SECTIONS) {
    const pages = Math.ceil(lists[section].length / pageSize);
    if (rest < pages) {
      return { section, items: lists[section].slice(rest * pageSize, (rest + 1) * pageSize), sectionPage: rest, sectionPages: pages };
    }
    rest -= pages;
  }
  return undefined;
}

/**
 * Signage: the page that starts with the same entry of the same section as page `index` did, once
 * pages hold `smaller` entries instead of `size` (0 when there is none).
 */
export function pageIndexAtSize(lists: SectionLists, size: number, smaller: number, index: number): number {
  const page = pageAt(lists, size, index);
  let at = 0;
  for (const section of SECTIONS) {
    if (section === page?.section) {
      at += Math.floor((page.sectionPage * size) / smaller);
      break;
    }
    at += Math.ceil(lists[section].length / smaller);
  }
  return page && at < pageCount(lists, smaller) ? at : 0;
}

export interface WindowInput {
  total: number;
  rowHeight: number;
  viewportHeight: number;
  scrollTop: number;
  overscan: number;
  /** Tallest spacer we let the browser lay out (Firefox stops near 17.9 million px). */
  maxHeight: number;
}

export interface ListWindow {
  /** Rows [start, end) are rendered. */
  start: number;
  end: number;
  /** Where the first rendered row sits inside the spacer, in px. */
  offset: number;
  /** Height of the spacer, in px. */
  height: number;
}

/**
 * The rows to render for a scroll position. Past `maxHeight` the scroll range is scaled, so even
 * millions of rows stay reachable; below it, one scrolled pixel is one pixel of the list.
 */
export function computeWindow(input: WindowInput): ListWindow {
  const rowHeight = Math.max(1, input.rowHeight);
  const total = Math.max(0, input.total);
  const viewport = Math.max(0, input.viewportHeight);
  const full = total * rowHeight;
  const height = Math.min(full, input.maxHeight);
  const scrollRange = Math.max(0, height - viewport);
  const fullRange = Math.max(0, full - viewport);
  const scrollTop = Math.min(scrollRange, Math.max(0, input.scrollTop));
  const virtualTop = scrollRange > 0 ? scrollTop * (fullRange / scrollRange) : 0;
  const first = Math.floor(virtualTop / rowHeight);
  const visible = Math.ceil(viewport / rowHeight) + 1;
  const start = Math.max(0, Math.min(total, first - input.overscan));
  const end = Math.min(total, first + visible + input.overscan);
  return { start, end, offset: scrollTop + (start * rowHeight - virtualTop), height };
}

/** Initials for a photo placeholder: the first character of a Chinese name, or up to two Latin initials. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length > 1 && /^[A-Za-z]/.test(words[0] ?? '')) {
    return words.slice(0, 2).map((word) => word.charAt(0).toUpperCase()).join('');
  }
  return Array.from(name.trim())[0]?.toUpperCase() ?? '?';
}
