// The live exposure subscription: polls with a conditional request, reports what was added, removed
// and changed, backs off while the source fails, and stops every timer and request on unsubscribe.
// With `storage`, the last good feed outlives the page: shown (screened anew, marked stale) when
// the source cannot be reached before any answer, e.g. a signage box rebooting without network.
import type { ExposureItem } from '../contract/index.js';
import { todayInChina } from '../domain/dates.js';
import { withholdReason, type Publishable } from '../publication/screen.js';
import { isAbortError, ZhixingError } from './errors.js';
import type { ExposureRequest, ExposureSnapshot } from './snapshot.js';
import type { CourtOption } from './courts.js';
import type { KeyValueStore } from './persist.js';
import { realTimers, type Timers } from './transport.js';

/** A new exposure snapshot with what changed since the previous one. */
export interface ExposureUpdate {
  snapshot: ExposureSnapshot;
  added: ExposureItem[];
  removed: ExposureItem[];
  changed: ExposureItem[];
  /** False when nothing a viewer can see changed (e.g. the source answered 304): no need to re-render. */
  modified: boolean;
}

/** The subscription's state passed to `onError`: failures in a row and whether data is stale. */
export interface WatchState {
  consecutiveFailures: number;
  /** When the next attempt will be made. */
  retryInMs: number;
  /** The last data that was good, still safe to show (marked stale). */
  lastGood: ExposureSnapshot | undefined;
}

/** Options of `watchExposure`: callbacks and poll interval; `court` limits it to one court's entries. */
export interface WatchOptions extends CourtOption {
  /** Time between polls while the source answers. Default 60 s. */
  intervalMs?: number;
  /** Longest wait between attempts while the source fails. Default 5 min. */
  maxBackoffMs?: number;
  /** Stops the subscription, like `unsubscribe()`. */
  signal?: AbortSignal;
  /** Called with each new snapshot (and once with the first). */
  onUpdate: (update: ExposureUpdate) => void;
  /** Called when a poll fails; the last good data stays. */
  onError?: (error: ZhixingError, state: WatchState) => void;
  /**
   * The data shown was last confirmed by the source more than two intervals ago (a source that hangs
   * or fails, a tab that slept): show it as stale until the next update. Called once per such spell,
   * when a poll starts late or while a poll is still waiting. `since` is the last confirmation.
   */
  onStale?: (since: Date) => void;
  /**
   * Keep the last good feed in this store (opt-in; e.g. `localStorage` on a signage box). When the
   * first poll fails (a reboot without network), the stored copy is shown: screened again at that
   * moment (removals, minors withheld, publication ended by this machine's clock), as an update whose
   * snapshot has `stored: true` and the time the source last confirmed it, followed by `onError`. The
   * feed is stored as the source sent it, only when newer than the stored one, and not at all when
   * longer than `storageMaxLength`.
   *
   * @example
   * ```ts
   * client.watchExposure({
   *   storage: { get: (k) => localStorage.getItem(k), set: (k, v) => localStorage.setItem(k, v), delete: (k) => localStorage.removeItem(k) },
   *   onUpdate: ({ snapshot }) => render(snapshot.items, snapshot.stored ? snapshot.checkedAt : undefined),
   * });
   * ```
   */
  storage?: KeyValueStore;
  /** Longest stored copy, in characters of JSON. Default 2,000,000 (about 4 MB of `localStorage`). */
  storageMaxLength?: number;
  /**
   * Poll the paged feed's index where the source has one (see `ExposureRequest.paged`): each update's
   * snapshot carries `paged` and no items, and `added`/`removed`/`changed` are empty; the counts are in
   * `paged.changes` when the new version follows the one shown. An unchanged poll is a 304 of the
   * small index. Sources without a paged feed are polled whole, as without this option.
   */
  paged?: boolean;
}

/** @internal What the client gives a subscription that keeps its feed. */
export interface Persistence {
  restore(): Promise<ExposureSnapshot | undefined>;
  confirm(snapshot: ExposureSnapshot): void;
  start(): void;
  stop(): void;
}

/** A running exposure subscription. */
export interface ExposureSubscription {
  /** Stops polling; no callback runs afterwards. */
  unsubscribe(): void;
  /** Poll now (e.g. when the page becomes visible again). */
  refresh(): void;
  readonly active: boolean;
}

// `client` is only what is polled, so this module needs nothing of client.ts (which builds on it).
export function subscribeExposure(
  client: { getExposure(options?: ExposureRequest): Promise<ExposureSnapshot> },
  options: WatchOptions,
  clock: { timers: Timers; random: () => number; now: () => Date },
  persistence?: Persistence,
): ExposureSubscription {
  const { timers, random } = clock;
  const intervalMs = Math.max(1000, options.intervalMs ?? 60_000);
  const maxBackoffMs = Math.max(intervalMs, options.maxBackoffMs ?? 300_000);
  let active = true;
  let timer: unknown;
  let controller: AbortController | undefined;
  /** A refresh asked for while a poll was in flight: poll again as soon as it ends. */
  let again = false;
  let failures = 0;
  let last: ExposureSnapshot | undefined;
  let confirmedAt: number | undefined;
  let watchdog: unknown;
  let staleReported = false;

  /** Tells the host, once per stale spell, that the data shown is older than two intervals. */
  const reportStale = () => {
    if (confirmedAt === undefined || staleReported || !active) return;
    staleReported = true;
    callHost('onStale', options.onStale, new Date(confirmedAt));
  };
  const checkStale = () => {
    if (confirmedAt !== undefined && clock.now().getTime() - confirmedAt > 2 * intervalMs) reportStale();
  };
  // Read before the first poll, so the stale-feed rules know the stored feed: an older one is never taken for news.
  let restored: Promise<ExposureSnapshot | undefined> | undefined;

  const schedule = (ms: number) => {
    if (!active) return;
    timers.clearTimeout(timer);
    timer = timers.setTimeout(poll, ms);
  };

  // A host's callback that throws is the host's bug: logged, never taken for a failed poll (no
  // back-off) and never an unhandled rejection.
  const callHost = <A extends unknown[]>(name: string, callback: ((...args: A) => void) | undefined, ...args: A) => {
    try {
      callback?.(...args);
    } catch (error) {
      console.error(`[zhixing] ${name} callback threw`, error);
    }
  };

  /** What changed since the last snapshot. The same items array means nothing shown changed (a 304): no work. */
  function diff(snapshot: ExposureSnapshot): ExposureUpdate {
    if (snapshot.paged || last?.paged) {
      // The paged index: the same object while unchanged; its entries are read by the caller, page by page.
      return { snapshot, added: [], removed: [], changed: [], modified: snapshot.paged !== last?.paged };
    }
    if (last && snapshot.items === last.items) return { snapshot, added: [], removed: [], changed: [], modified: false };
    // Compared with the entries shown, not with a JSON copy of each kept from the last poll: nothing is
    // stringified on a first load, and the feed is not held a second time as strings (at 100k entries
    // ~100 MB). A refresh stringifies both versions of each entry kept (a compare function was faster
    // but cost more bytes than this saves on a background poll).
    const previous = new Map((last?.items ?? []).map((item) => [item.id, item] as const));
    const ids = new Set(snapshot.items.map((item) => item.id));
    const added = snapshot.items.filter((item) => !previous.has(item.id));
    const changed = snapshot.items.filter((item) => {
      const before = previous.get(item.id);
      return before !== undefined && before !== item && JSON.stringify(before) !== JSON.stringify(item);
    });
    const removed = [...previous.values()].filter((item) => !ids.has(item.id));
    return { snapshot, added, removed, changed, modified: last === undefined || added.length + changed.length + removed.length > 0 };
  }

  async function poll(): Promise<void> {
    if (!active) return;
    if (controller) {
      // Never abort a poll in flight for another: the shared request would fail for both.
      again = true;
      return;
    }
    timers.clearTimeout(timer);
    timer = undefined;
    checkStale();
    // While this poll is in flight (a source that hangs until a long timeout), a watchdog still tells
    // the host when the data turns two intervals old. It runs on the wall clock, not the injected
    // timers: a hung request is a matter of real time, and the poll schedule stays the only timer
    // a test's clock sees. Cleared as soon as the poll ends.
    if (confirmedAt !== undefined) {
      const due = Math.max(1, confirmedAt + 2 * intervalMs - clock.now().getTime() + 1);
      watchdog = realTimers.setTimeout(() => {
        watchdog = undefined;
        reportStale();
      }, due);
    }
    const current = new AbortController();
    controller = current;
    let update: ExposureUpdate | undefined;
    let failure: { error: ZhixingError; state: WatchState } | undefined;
    let fromStore: ExposureSnapshot | undefined;
    try {
      if (restored && last === undefined) {
        fromStore = await restored;
        if (!active || current.signal.aborted) return;
      }
      const snapshot = await client.getExposure({ signal: current.signal, revalidate: true, court: options.court, ...(options.paged ? { paged: true } : {}) });
      persistence?.confirm(snapshot);
      restored = undefined;
      failures = 0;
      confirmedAt = clock.now().getTime();
      staleReported = false;
      update = diff(snapshot);
      last = snapshot;
    } catch (error) {
      // Only our own unsubscribe ends polling; any other abort is a failed poll like any other.
      if (!active || current.signal.aborted) return;
      failures++;
      if (!last && fromStore) {
        // Nothing shown yet and the source is out of reach: the kept copy, marked stale.
        restored = undefined;
        update = diff(fromStore);
        last = fromStore;
        confirmedAt = Date.parse(fromStore.checkedAt);
      } else {
        expireLastGood();
      }
      const base = Math.min(maxBackoffMs, Math.min(intervalMs, 5000) * 2 ** (failures - 1));
      const asked = error instanceof ZhixingError ? (error.retryAfterMs ?? 0) : 0;
      const retryInMs = Math.round(Math.min(maxBackoffMs, Math.max(asked, base * (0.5 + random() / 2))));
      const typed = error instanceof ZhixingError && !isAbortError(error) ? error : new ZhixingError('network', String(error), { cause: error });
      failure = { error: typed, state: { consecutiveFailures: failures, retryInMs, lastGood: last } };
    } finally {
      if (controller === current) controller = undefined;
      realTimers.clearTimeout(watchdog);
      watchdog = undefined;
    }
    if (!active) return;
    // Whatever happened, the next poll is scheduled before any host code runs.
    if (again) {
      again = false;
      schedule(0);
    } else {
      schedule(failure ? failure.state.retryInMs : intervalMs);
    }
    if (update) callHost('onUpdate', options.onUpdate, update);
    if (failure) callHost('onError', options.onError, failure.error, failure.state);
  }

  /**
   * While the source is down the last good data is still shown, so it is screened again: an entry
   * whose publication ends at midnight must go even if no answer comes.
   */
  function expireLastGood(): void {
    if (!last) return;
    if (last.paged) {
      // The caller screens a paged feed's pages itself, for the instant it is told.
      last = { ...last, screenedAt: clock.now().toISOString() };
      callHost('onUpdate', options.onUpdate, { snapshot: last, added: [], removed: [], changed: [], modified: false });
      return;
    }
    const today = todayInChina(clock.now());
    const removed = last.items.filter((item) => withholdReason(item as Publishable, today) !== undefined);
    if (!removed.length) return;
    const gone = new Set(removed.map((item) => item.id));
    last = { ...last, items: last.items.filter((item) => !gone.has(item.id)) };
    callHost('onUpdate', options.onUpdate, { snapshot: last, added: [], removed, changed: [], modified: true });
  }

  const subscription: ExposureSubscription = {
    unsubscribe() {
      if (!active) return;
      active = false;
      timers.clearTimeout(timer);
      realTimers.clearTimeout(watchdog);
      timer = undefined;
      controller?.abort();
      persistence?.stop();
      options.signal?.removeEventListener('abort', onAbort);
    },
    refresh() {
      if (active) void poll();
    },
    get active() {
      return active;
    },
  };
  const onAbort = () => subscription.unsubscribe();
  if (options.signal?.aborted) {
    active = false;
    return subscription;
  }
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (persistence) {
    persistence.start();
    restored = persistence.restore();
  }
  schedule(0);
  return subscription;
}
