// The board's live data: one SDK exposure subscription, the last good snapshot (in the shared
// LoadController), and what each refresh added, removed or changed. An unchanged poll (a 304)
// updates nothing a viewer sees and therefore requests no render. On a paged feed the subscription
// polls the small index; a new index is shown once the board has loaded what it needs of it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  todayInChina,
  type KeyValueStore,
  type ExposureSnapshot,
  type ExposureSubscription,
  type ExposureUpdate,
  type ZhixingClient,
  type ZhixingError,
} from '@zhixing/sdk';
import { LoadController } from '../internal/load-controller.js';

/** How many entries a refresh added, removed and changed. */
export interface ChangeCounts {
  added: number;
  removed: number;
  changed: number;
  /** Entries shown now, in all sections. */
  total: number;
}

export interface LiveExposureOptions {
  /** The client to watch; throws when no source is configured. */
  client(): ZhixingClient;
  intervalMs(): number;
  /** First data of a subscription (a new source, or after reconnecting). */
  onFirst(snapshot: ExposureSnapshot): void;
  /** A later refresh changed what is shown. */
  onChanges(counts: ChangeCounts): void;
  onError(error: Error, keptLastGood: boolean): void;
  /** Where to keep the last good feed across restarts (signage), or nothing. */
  storage?(): KeyValueStore | undefined;
  /** A paged feed's new index: load the lists and pages the screen needs; it is shown when this resolves. */
  preparePaged(snapshot: ExposureSnapshot): Promise<void>;
  /** The one court of a multi-court feed whose entries are shown (`court` attribute), or every court's. */
  court?(): string | undefined;
}

/**
 * `localStorage` as the SDK's key-value store, or undefined where it cannot be used (a sandboxed
 * frame, storage disabled): the board then simply keeps nothing.
 */
export function localStorageStore(): KeyValueStore | undefined {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return undefined;
    return {
      get: (key) => storage.getItem(key),
      set: (key, value) => storage.setItem(key, value),
      delete: (key) => storage.removeItem(key),
    };
  } catch {
    return undefined;
  }
}

export class LiveExposure implements ReactiveController {
  readonly loader: LoadController<ExposureSnapshot>;
  private subscription: ExposureSubscription | undefined;
  private awaitingFirst = true;
  /** Bumped by every update and reset: a paged update whose pages arrive after a newer one is dropped. */
  private generation = 0;
  /** A paged update is loading its pages. */
  private preparing = false;
  private deferredError: ZhixingError | undefined;
  /**
   * The source has not confirmed the data for two refresh intervals, whatever the reason (a slow
   * source, a tab that slept): what is shown must be marked stale until it answers again.
   */
  overdue = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LiveExposureOptions,
  ) {
    this.loader = new LoadController<ExposureSnapshot>(host);
    host.addController(this);
  }

  get snapshot(): ExposureSnapshot | undefined {
    return this.loader.value;
  }

  /** (Re)subscribes; the data shown so far stays until the first answer replaces it. */
  start(): void {
    this.stop();
    let client: ZhixingClient;
    try {
      client = this.options.client();
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      this.loader.fail(failure);
      this.options.onError(failure, false);
      return;
    }
    this.awaitingFirst = true;
    const storage = this.options.storage?.();
    this.subscription = client.watchExposure({
      ...(storage ? { storage } : {}),
      paged: true,
      intervalMs: this.options.intervalMs(),
      court: this.options.court?.(),
      onUpdate: (update) => this.applyUpdate(update),
      onError: (error) => this.applyError(error),
      onStale: () => {
        this.overdue = true;
        this.host.requestUpdate();
      },
    });
  }

  stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }

  /** Forget everything shown: another source is another court, its data must not mix in. */
  reset(): void {
    this.generation++;
    this.preparing = false;
    this.deferredError = undefined;
    this.loader.cancel();
    this.overdue = false;
    this.loader.value = undefined;
    this.loader.error = undefined;
    this.loader.status = 'loading';
  }

  /** Poll now (retry button, page visible again). */
  refresh(): void {
    if (this.subscription?.active) this.subscription.refresh();
    else this.start();
  }

  get active(): boolean {
    return this.subscription?.active ?? false;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected(): void {
    this.stop();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
  }

  /** A tab shown again polls at once rather than at its next interval. */
  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible' && this.active) this.refresh();
  };

  private applyUpdate(update: ExposureUpdate): void {
    if (update.snapshot.paged && update.modified) {
      // The new index is shown with its pages, never as a screen of rows still loading.
      const generation = ++this.generation;
      this.preparing = true;
      void this.options.preparePaged(update.snapshot).then(() => {
        if (generation !== this.generation) return;
        this.preparing = false;
        this.show(update);
        // A failure reported while the pages loaded (a kept copy shown because the source is out of
        // reach) applies to what is now shown.
        const error = this.deferredError;
        this.deferredError = undefined;
        if (error) this.applyError(error);
      });
      return;
    }
    // An unchanged poll while a new index is being prepared: that one is shown when ready.
    if (this.preparing && !update.modified) return;
    this.generation++;
    this.preparing = false;
    this.deferredError = undefined;
    this.show(update);
  }

  private show(update: ExposureUpdate): void {
    if (this.overdue) {
      this.overdue = false;
      this.host.requestUpdate();
    }
    const first = this.awaitingFirst;
    this.awaitingFirst = false;
    const previous = this.loader.value;
    // Unchanged: keep the very same items array, so nothing downstream recomputes.
    const snapshot = !update.modified && previous ? { ...update.snapshot, items: previous.items } : update.snapshot;
    if (!update.modified && this.loader.status === 'ready') {
      // Remember when the source confirmed the data; no render (the LoadController's set() would ask for one)
      // unless a paged board's day changed: its pages are screened again for the new day.
      const newDay = snapshot.paged && previous && todayInChina(screenedAt(previous)) !== todayInChina(screenedAt(snapshot));
      this.loader.value = snapshot;
      if (newDay) this.host.requestUpdate();
      return;
    }
    this.loader.set(snapshot);
    if (first) return this.options.onFirst(snapshot);
    if (snapshot.paged) {
      if (update.modified) this.options.onChanges(pagedCounts(previous, snapshot));
      return;
    }
    const counts = { added: update.added.length, removed: update.removed.length, changed: update.changed.length, total: snapshot.items.length };
    if (counts.added + counts.removed + counts.changed > 0) this.options.onChanges(counts);
  }

  // The SDK re-screens its last good data on each failed poll (an entry can end at midnight while the
  // source is down) and reports such removals through onUpdate before the error.
  private applyError(error: ZhixingError): void {
    if (this.preparing) {
      this.deferredError = error;
      return;
    }
    const previous = this.loader.value;
    this.loader.fail(error);
    this.options.onError(error, previous !== undefined);
  }
}

/** Entries of a paged feed, province-wide (each section once). */
function pagedTotal(snapshot: ExposureSnapshot | undefined): number {
  return (snapshot?.paged?.lists ?? []).filter((ref) => ref.sort === 'published').reduce((n, ref) => n + ref.total, 0);
}

/** What a new index changed: as the publisher counted it when it follows the version shown, else the difference in totals. */
function pagedCounts(previous: ExposureSnapshot | undefined, next: ExposureSnapshot): ChangeCounts {
  const total = pagedTotal(next);
  // The index counts changes feed-wide: a board limited to one court compares its own totals instead.
  const changes = next.paged?.court === undefined ? next.paged?.changes : undefined;
  if (changes && previous && changes.since === previous.version) return { added: changes.added, removed: changes.removed, changed: changes.changed, total };
  const before = pagedTotal(previous);
  return { added: Math.max(0, total - before), removed: Math.max(0, before - total), changed: 0, total };
}

/** The instant a paged snapshot's pages are screened for: the last confirmation, or later while the source is out of reach. */
export function screenedAt(snapshot: ExposureSnapshot): Date {
  return new Date(snapshot.screenedAt ?? snapshot.checkedAt);
}
