// The paged exposure feed (contract: feeds.ts `ExposureIndex`): the board's entries cut into lists —
// each section in each order, province-wide and per court (the court an entry is filed under: its
// `courtCode`, else the code of its case number, as court.json's courts know it, former codes included) — and
// each list into content-addressed pages (`cutPages`: a page ends where its entries say, so an entry
// that comes or goes changes only its own page). Pure: used by the in-memory builder and by the
// streaming writer alike; the writer skips every file that already exists under its name.
import { EXPOSURE_SECTIONS, EXPOSURE_SORTS, cutPages, filedCourtCode, exposureOrder, partyKindOf, recordFingerprint, sectionOf } from '@zhixing/sdk';
import type { Court, ExposureCourtLists, ExposureIndex, ExposureItem, ExposureList, ExposureListRef, ExposureMoved, ExposureSection, ExposureSort, Period, RemovalEntry } from '@zhixing/sdk';
import { ContentHash } from './hash.js';

/** Paths of the paged feed, relative to the feed base. */
export const EXPOSURE_DIR = 'exposure';
const LIST_PATH = 'lists/{list}.json';
const PAGE_PATH = 'pages/{page}.json';

/** What a version of the paged feed is made of. */
export interface PagedExposureInput {
  version: string;
  generatedAt: string;
  court: Court;
  period?: Period | undefined;
  /** Screened entries (the removed ones already left out). */
  items: readonly ExposureItem[];
  removals?: readonly RemovalEntry[] | undefined;
  removalsSince?: string | undefined;
  /** The version published before and its entries' fingerprints (`entryFingerprints`), for `changes`. */
  previous?: { version: string; fingerprints: ReadonlyMap<string, string> } | undefined;
}

/** One file of the paged feed: its path relative to the feed base, its JSON text and its body. */
export interface PagedFile {
  path: string;
  text: string;
  body: unknown;
}

/** The index and every file it references (lists, pages, court lists). */
export interface PagedExposure {
  index: ExposureIndex;
  /** Content-addressed files, written before the index. */
  files: PagedFile[];
}

/** A content id: 16 hex digits of the text's 64-bit content hash. */
export function contentId(text: string): string {
  return new ContentHash().update(text).digest();
}

/** Each entry's fingerprint by id (what `changes` compares). */
export function entryFingerprints(items: Iterable<ExposureItem>): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of items) out.set(item.id, recordFingerprint(item));
  return out;
}

/** Builds the index and the files of one version of the paged exposure feed. */
export function buildPagedExposure(input: PagedExposureInput): PagedExposure {
  const files = new Map<string, PagedFile>();
  const put = (path: string, body: unknown): string => {
    const text = JSON.stringify(body);
    const id = contentId(text);
    const full = `${EXPOSURE_DIR}/${path.replace(/\{(list|page)\}|<id>/, id)}`;
    if (!files.has(full)) files.set(full, { path: full, text, body });
    return id;
  };

  // Entries by section, province-wide and per court (its current code: a renamed court's entries share one list).
  const province = new Map<ExposureSection, ExposureItem[]>();
  const byCourt = new Map<string, Map<ExposureSection, ExposureItem[]>>();
  for (const item of input.items) {
    const section = sectionOf(item);
    let list = province.get(section);
    if (!list) province.set(section, (list = []));
    list.push(item);
    const code = filedCourtCode(input.court, item);
    if (code === undefined) continue;
    let sections = byCourt.get(code);
    if (!sections) byCourt.set(code, (sections = new Map()));
    let own = sections.get(section);
    if (!own) sections.set(section, (own = []));
    own.push(item);
  }

  const lists = (sections: Map<ExposureSection, ExposureItem[]>, court: string | undefined): ExposureListRef[] => {
    const refs: ExposureListRef[] = [];
    for (const section of EXPOSURE_SECTIONS) {
      const entries = sections.get(section);
      if (!entries?.length) continue;
      for (const sort of EXPOSURE_SORTS) refs.push(listRef(section, sort, court, entries));
    }
    return refs;
  };
  const listRef = (section: ExposureSection, sort: ExposureSort, court: string | undefined, entries: readonly ExposureItem[]): ExposureListRef => {
    const sorted = [...entries].sort(exposureOrder(sort));
    const pages: ExposureList['pages'] = [];
    let organizations = 0;
    for (const page of cutPages(sorted)) {
      const orgs = page.reduce((n, item) => n + (partyKindOf(item) === 'organization' ? 1 : 0), 0);
      organizations += orgs;
      pages.push({ id: put(PAGE_PATH, { items: page }), count: page.length, organizations: orgs });
    }
    const list: ExposureList = { section, sort, ...(court !== undefined ? { court } : {}), pages };
    return { section, sort, total: sorted.length, organizations, list: put(LIST_PATH, list) };
  };

  const provinceLists = lists(province, undefined);
  // A court's own list files say whose they are.
  const courts: ExposureCourtLists = { courts: [...byCourt.keys()].sort().map((court) => ({ court, lists: lists(byCourt.get(court)!, court) })) };
  const courtsId = courts.courts.length ? put('courts/<id>.json', courts) : undefined;

  const removals = input.removals && input.removals.length > 0 ? [...input.removals] : undefined;
  const index: ExposureIndex = {
    format: 'zhixing-exposure/2',
    version: input.version,
    generatedAt: input.generatedAt,
    court: input.court,
    ...(input.period ? { period: input.period } : {}),
    listPath: LIST_PATH,
    pagePath: PAGE_PATH,
    lists: provinceLists,
    ...(courtsId ? { courts: `courts/${courtsId}.json` } : {}),
    ...(input.previous ? { changes: { since: input.previous.version, ...countChanges(input.previous.fingerprints, input.items) } } : {}),
    ...(removals ? { removals } : {}),
    ...(removals && input.removalsSince ? { removalsSince: input.removalsSince } : {}),
  };
  return { index, files: [...files.values()] };
}

function countChanges(previous: ReadonlyMap<string, string>, items: readonly ExposureItem[]): { added: number; removed: number; changed: number } {
  let added = 0;
  let changed = 0;
  let kept = 0;
  for (const item of items) {
    const before = previous.get(item.id);
    if (before === undefined) added++;
    else {
      kept++;
      if (before !== recordFingerprint(item)) changed++;
    }
  }
  return { added, removed: previous.size - kept, changed };
}

/** `exposure.json` once the whole list is no longer written there. */
export function exposureMoved(): ExposureMoved {
  return {
    format: 'zhixing-exposure/moved',
    index: `${EXPOSURE_DIR}/index.json`,
    message: '曝光台数据已分页发布，请升级 @zhixing/sdk / the exposure board is published in pages: upgrade @zhixing/sdk',
  };
}
