// What the exposure board reads: the request and the snapshot it returns. Below live.ts, which
// polls for snapshots, and client.ts, which makes them, so neither imports the other for its types.
import type { Court as CourtType, ExposureItem as ExposureItemType, Period } from '../contract/index.js';
import type { RecordIssue } from '../publication/screen.js';
import type { CourtRequestOptions } from './options.js';
import type { PagedExposure } from './paged.js';

/** Options of {@link ZhixingClient.getExposure}. */
export interface ExposureRequest extends CourtRequestOptions {
  /**
   * Read the paged feed when the source has one (a static feed with `exposure/index.json`): the
   * snapshot then carries `paged` and no `items`; its lists and pages are read with
   * {@link ZhixingClient.getExposureList} and {@link ZhixingClient.getExposurePage}, only as far as
   * they are shown. Without a paged feed the whole list is read as usual. With `court`, the lists read
   * are that court's (`paged.court`), so only its pages are downloaded.
   */
  paged?: boolean;
}

/** The exposure board's entries at one moment, screened for publication. */
export interface ExposureSnapshot {
  /** The publishing court (with `courts` in a multi-court feed), or the court asked for with `court`. */
  court: CourtType;
  period: Period | undefined;
  version: string;
  generatedAt: string;
  items: ExposureItemType[];
  issues: RecordIssue[];
  /** When the source last confirmed this data (a 200 or a 304). */
  checkedAt: string;
  notModified: boolean;
  /**
   * True when this is the copy kept by {@link WatchOptions.storage}, shown because the source could
   * not be reached (e.g. after a reboot without network): screened now, and `checkedAt` is when the
   * source last confirmed it.
   */
  stored?: boolean;
  /**
   * The paged feed's index, when it was asked for (`paged: true`) and the source has one: `items` is
   * then empty; read the lists and pages shown with `getExposureList` and `getExposurePage`. The
   * same object as long as the index did not change.
   */
  paged?: PagedExposure;
  /**
   * A paged snapshot shown while the source is out of reach (kept, or last good): the instant its
   * pages are to be screened for (entries whose publication ended since go), later than `checkedAt`.
   */
  screenedAt?: string;
}
