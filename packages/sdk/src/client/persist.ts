// Keeping the last good exposure feed across a restart (a signage box that reboots without
// network). What is kept is the feed as the source sent it, plus when it was last confirmed; it is
// screened again on every read (removals, minors, ended publication judged on the reader's clock),
// never written when larger than a bound, and never replaced by an older feed.

/**
 * A small asynchronous key-value store, e.g. over `localStorage`, IndexedDB or a file. Methods may
 * return plain values or promises.
 *
 * @example
 * ```ts
 * const store: KeyValueStore = {
 *   get: (key) => localStorage.getItem(key),
 *   set: (key, value) => localStorage.setItem(key, value),
 *   delete: (key) => localStorage.removeItem(key),
 * };
 * client.watchExposure({ storage: store, onUpdate });
 * ```
 */
export interface KeyValueStore {
  get(key: string): Promise<string | null | undefined> | string | null | undefined;
  set(key: string, value: string): Promise<void> | void;
  delete(key: string): Promise<void> | void;
}

/** Default {@link WatchOptions.storageMaxLength}: 2,000,000 characters (about 4 MB in `localStorage`). */
export const DEFAULT_STORAGE_MAX_LENGTH = 2_000_000;

interface StoredMeta {
  generatedAt: string;
  checkedAt: string;
}

interface StoredFeed extends StoredMeta {
  v: 1;
  feed: unknown;
}

export interface StoredExposure {
  /** The feed as the source sent it. */
  feed: unknown;
  /** When the source last confirmed it. */
  checkedAt: string;
}

const isOlder = (a: string, b: string) => Date.parse(a) < Date.parse(b);

/** @internal Reads and writes one source's stored feed. Never throws: a failing store only loses the copy. */
export class ExposureStore {
  private readonly metaKey: string;
  /** What this process last wrote (or read), to update only its confirmation time. */
  private current: StoredMeta | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: KeyValueStore,
    private readonly key: string,
    private readonly maxLength: number,
  ) {
    this.metaKey = `${key}:meta`;
  }

  async read(): Promise<StoredExposure | undefined> {
    try {
      const text = await this.store.get(this.key);
      if (!text) return undefined;
      const stored = JSON.parse(text) as StoredFeed;
      if (stored?.v !== 1 || typeof stored.generatedAt !== 'string' || typeof stored.checkedAt !== 'string') return undefined;
      let checkedAt = stored.checkedAt;
      const meta = await this.readMeta();
      if (meta && meta.generatedAt === stored.generatedAt && !isOlder(meta.checkedAt, checkedAt)) checkedAt = meta.checkedAt;
      this.current = { generatedAt: stored.generatedAt, checkedAt };
      return { feed: stored.feed, checkedAt };
    } catch (error) {
      console.warn('[zhixing] the stored exposure feed could not be read', error);
      return undefined;
    }
  }

  /** Keeps a newly accepted feed, unless the store already holds a newer one. */
  save(feed: unknown, generatedAt: string, checkedAt: string): Promise<void> {
    return this.enqueue(async () => {
      const meta = await this.readMeta();
      if (meta && isOlder(generatedAt, meta.generatedAt)) return;
      const text = JSON.stringify({ v: 1, generatedAt, checkedAt, feed } satisfies StoredFeed);
      if (text.length > this.maxLength) {
        // The previous copy is no longer the last good feed (its successor's removals would be lost).
        console.warn(`[zhixing] the exposure feed (${text.length} characters) is larger than storageMaxLength (${this.maxLength}); no copy is kept`);
        await this.remove();
        return;
      }
      try {
        await this.store.set(this.key, text);
        await this.store.set(this.metaKey, JSON.stringify({ generatedAt, checkedAt }));
        this.current = { generatedAt, checkedAt };
      } catch (error) {
        console.warn('[zhixing] the exposure feed could not be stored (quota?); no copy is kept', error);
        await this.remove();
      }
    });
  }

  /** The source confirmed the stored feed again: remember when (a small write). */
  confirm(generatedAt: string, checkedAt: string): Promise<void> {
    return this.enqueue(async () => {
      if (this.current?.generatedAt !== generatedAt) return;
      this.current = { generatedAt, checkedAt };
      await this.store.set(this.metaKey, JSON.stringify(this.current));
    });
  }

  private async readMeta(): Promise<StoredMeta | undefined> {
    const text = await this.store.get(this.metaKey);
    if (!text) return undefined;
    const meta = JSON.parse(text) as StoredMeta;
    return typeof meta?.generatedAt === 'string' && typeof meta.checkedAt === 'string' ? meta : undefined;
  }

  private async remove(): Promise<void> {
    this.current = undefined;
    try {
      await this.store.delete(this.key);
      await this.store.delete(this.metaKey);
    } catch {
      // Nothing more can be done about a store that fails.
    }
  }

  /** One write at a time, in order: a later feed is never overtaken by an earlier one. */
  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.queue.then(task).catch((error: unknown) => console.warn('[zhixing] exposure storage failed', error));
    this.queue = next;
    return next;
  }
}
