// Keeping the last good exposure feed across a restart (a signage box that reboots without
// network). What is kept is the feed as the source sent it, plus when it was last confirmed; it is
// screened again on every read (removals, minors, ended publication judged on the reader's clock),
// never written when longer than a bound, and never replaced by an older feed.

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
  /** The stored text for `key`, or null/undefined when there is none. */
  get(key: string): Promise<string | null | undefined> | string | null | undefined;
  /** Stores `value` under `key` (may throw when the store is full: the SDK then keeps nothing). */
  set(key: string, value: string): Promise<void> | void;
  /** Removes `key`. */
  delete(key: string): Promise<void> | void;
}

/** Default `storageMaxLength` of a live subscription: 2,000,000 characters (about 4 MB of `localStorage`). */
export const DEFAULT_STORAGE_MAX_LENGTH = 2_000_000;

/** When a feed was made and last confirmed (ISO timestamps): kept under `<key>:meta`, a small write per poll. */
interface Meta {
  g: string;
  c: string;
}

/** @internal One source's kept feed. Never throws: a failing store only loses the copy. */
export function exposureStore(store: KeyValueStore, key: string, maxLength: number) {
  const metaKey = `${key}:meta`;
  let current: Meta | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const readMeta = async () => JSON.parse((await store.get(metaKey)) || 'null') as Meta | null;
  const setMeta = (meta: Meta) => ((current = meta), store.set(metaKey, JSON.stringify(meta)));
  // One write at a time, in order: a later feed is never overtaken by an earlier one.
  const enqueue = (task: () => Promise<unknown>) => (queue = queue.then(task).catch((error: unknown) => console.warn('[zhixing] exposure storage', error)));
  return {
    /** The kept feed and when the source last confirmed it. */
    async read(): Promise<{ feed: unknown; checkedAt: string } | undefined> {
      try {
        const meta = await readMeta();
        const text = meta && (await store.get(key));
        if (!text) return undefined;
        current = meta;
        return { feed: JSON.parse(text), checkedAt: meta.c };
      } catch (error) {
        console.warn('[zhixing] exposure storage', error);
        return undefined;
      }
    },
    /** Keeps a newly accepted feed, unless the store holds a newer one; one too long removes the old copy (no longer the last good). */
    save: (feed: unknown, generatedAt: string, checkedAt: string) =>
      enqueue(async () => {
        const meta = await readMeta();
        if (meta && Date.parse(generatedAt) < Date.parse(meta.g)) return;
        const text = JSON.stringify(feed);
        current = undefined;
        await store.delete(metaKey);
        if (text.length > maxLength) return store.delete(key);
        await store.set(key, text);
        await setMeta({ g: generatedAt, c: checkedAt });
      }),
    /** The source confirmed the kept feed again. */
    confirm: (generatedAt: string, checkedAt: string) => enqueue(async () => current?.g === generatedAt && setMeta({ g: generatedAt, c: checkedAt })),
  };
}
