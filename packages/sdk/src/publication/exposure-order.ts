// The exposure board's sections and orders, in one place: the publisher cuts the paged feed's lists
// in exactly the order the board shows them, and the board sorts a whole feed the same way.
import type { ExposureItem, ExposureSection, ExposureSort, PartyKind } from '../contract/index.js';
import { parseCaseNumber } from '../domain/case-number.js';
import { fnv1a32 } from '../sources/shard-key.js';

/** Sections in the order the board shows them; each is a different legal status and never mixed. */
export const EXPOSURE_SECTIONS: readonly ExposureSection[] = ['dishonest', 'restricted', 'rewards'];
/** The board's orders. */
export const EXPOSURE_SORTS: readonly ExposureSort[] = ['published', 'amount'];

/** The section an entry belongs to. */
export function sectionOf(item: Pick<ExposureItem, 'type'>): ExposureSection {
  switch (item.type) {
    case 'dishonest-debtor':
      return 'dishonest';
    case 'consumption-restriction':
      return 'restricted';
    case 'reward-notice':
      return 'rewards';
  }
}

/** Natural person or organisation (a reward notice: its debtor's). */
export function partyKindOf(item: ExposureItem): PartyKind {
  return item.type === 'reward-notice' ? item.debtor.partyKind : item.partyKind;
}

/** The amount a section is sorted by: unperformed, subject of enforcement, or the reward. */
export function amountOf(item: ExposureItem): number | undefined {
  switch (item.type) {
    case 'dishonest-debtor':
      return item.amountUnperformed;
    case 'consumption-restriction':
      return item.subjectAmount;
    case 'reward-notice':
      return item.rewardAmount;
  }
}

/** The court code of an entry's case number (`湘0725` of `（2023）湘0725执1507号`), or undefined. */
export function courtCodeOf(item: Pick<ExposureItem, 'caseNumber'>): string | undefined {
  return parseCaseNumber(item.caseNumber)?.courtCode;
}

/** Newest publication first; the same day by id. */
export function byPublished(a: ExposureItem, b: ExposureItem): number {
  if (a.publishedOn !== b.publishedOn) return a.publishedOn < b.publishedOn ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Highest amount first; entries without an amount last; ties newest publication first. */
export function byAmount(a: ExposureItem, b: ExposureItem): number {
  const x = amountOf(a) ?? -1;
  const y = amountOf(b) ?? -1;
  return x !== y ? y - x : byPublished(a, b);
}

/** The comparator of an order. */
export function exposureOrder(sort: ExposureSort): (a: ExposureItem, b: ExposureItem) => number {
  return sort === 'amount' ? byAmount : byPublished;
}

/** How the publisher cuts a list into pages (see {@link cutPages}). */
export interface PageCut {
  /** A page ends after an entry whose id hashes to 0 modulo this (the average page length), … */
  average: number;
  /** … once it holds at least this many entries, … */
  min: number;
  /** … and always at this many. */
  max: number;
}

/** About 64 entries a page (≈ 40 KB of JSON, ≈ 8 KB gzip): one page covers a screen of any board. */
export const PAGE_CUT: PageCut = { average: 64, min: 16, max: 256 };

/**
 * Cuts a sorted list into pages where its entries say so, not every n entries: a page ends after an
 * entry whose id hashes to 0 modulo `average`. An entry added or removed changes only its own page (and,
 * when it is itself such an entry, the page after it), so the other pages keep their content and
 * their content-addressed names from one version to the next.
 */
export function cutPages<T extends { id: string }>(sorted: readonly T[], cut: PageCut = PAGE_CUT): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  for (const item of sorted) {
    page.push(item);
    if (page.length >= cut.max || (page.length >= cut.min && fnv1a32(item.id) % cut.average === 0)) {
      pages.push(page);
      page = [];
    }
  }
  if (page.length) pages.push(page);
  return pages;
}
