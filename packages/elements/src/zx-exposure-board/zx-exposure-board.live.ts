// The board's live data: one SDK exposure subscription, the last good snapshot (in the shared
// LoadController), and what each refresh added, removed or changed. An unchanged poll (a 304)
// updates nothing a viewer sees and therefore requests no render.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  todayInChina,
  withholdReason,
  type ExposureSnapshot,
  type ExposureSubscription,
  type ExposureUpdate,
  type ZhixingClient,
  type ZhixingError,
} from '@zhixing/sdk';
import { LoadController } from '../internal/load-controller';

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
  /** The clock for withholding entries that end while the source is down. */
  now(): Date;
  /** First data of a subscription (a new source, or after reconnecting). */
  onFirst(snapshot: ExposureSnapshot): void;
  /** A later refresh changed what is shown. */
  onChanges(counts: ChangeCounts): void;
  onError(error: Error, keptLastGood: boolean): void;
}

export class LiveExposure implements ReactiveController {
  readonly loader: LoadController<ExposureSnapshot>;
  private subscription: ExposureSubscription | undefined;
  private awaitingFirst = true;
  /** Ids withheld here while the source was down: the SDK reports them removed once it answers. */
  private withheldLocally = new Set<string>();

  constructor(
    host: ReactiveControllerHost,
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
    this.subscription = client.watchExposure({
      intervalMs: this.options.intervalMs(),
      onUpdate: (update) => this.applyUpdate(update),
      onError: (error) => this.applyError(error),
    });
  }

  stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }

  /** Forget everything shown: another source is another court, its data must not mix in. */
  reset(): void {
    this.loader.cancel();
    this.loader.value = undefined;
    this.loader.error = undefined;
    this.loader.status = 'loading';
    this.withheldLocally = new Set();
  }

  /** Poll now (retry button, page visible again). */
  refresh(): void {
    if (this.subscription?.active) this.subscription.refresh();
    else this.start();
  }

  get active(): boolean {
    return this.subscription?.active ?? false;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private applyUpdate(update: ExposureUpdate): void {
    const first = this.awaitingFirst;
    this.awaitingFirst = false;
    const previous = this.loader.value;
    const withheld = this.withheldLocally;
    this.withheldLocally = new Set();
    // Unchanged: keep the very same items array, so nothing downstream recomputes.
    const snapshot = !update.modified && previous ? { ...update.snapshot, items: previous.items } : update.snapshot;
    if (!update.modified && this.loader.status === 'ready') {
      // Remember when the source confirmed the data; no render (the LoadController's set() would ask for one).
      this.loader.value = snapshot;
      return;
    }
    this.loader.set(snapshot);
    if (first) return this.options.onFirst(snapshot);
    const removed = update.removed.filter((item) => !withheld.has(item.id)).length;
    const counts = { added: update.added.length, removed, changed: update.changed.length, total: snapshot.items.length };
    if (counts.added + counts.removed + counts.changed > 0) this.options.onChanges(counts);
  }

  private applyError(error: ZhixingError): void {
    const previous = this.loader.value;
    this.loader.fail(error);
    if (previous) this.withholdEnded(previous);
    this.options.onError(error, previous !== undefined);
  }

  /**
   * The SDK screens entries on every successful read, but not the last good data it keeps while the
   * source is down. A board can run past midnight on that data, so ended entries are withheld here.
   */
  private withholdEnded(snapshot: ExposureSnapshot): void {
    let today: string;
    try {
      today = todayInChina(this.options.now());
    } catch {
      return;
    }
    const kept = snapshot.items.filter((item) => withholdReason(item, today) === undefined);
    if (kept.length === snapshot.items.length) return;
    const keptIds = new Set(kept.map((item) => item.id));
    for (const item of snapshot.items) if (!keptIds.has(item.id)) this.withheldLocally.add(item.id);
    this.loader.value = { ...snapshot, items: kept };
    this.options.onChanges({ added: 0, removed: snapshot.items.length - kept.length, changed: 0, total: kept.length });
  }
}
