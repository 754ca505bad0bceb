// A small LRU of processed responses with a freshness deadline and the ETag to revalidate with.
// Bounded, so a board running for days cannot grow it.

export interface CacheEntry<T = unknown> {
  value: T;
  etag: string | undefined;
  freshUntil: number;
  tag: string;
}

export class ResponseCache {
  private readonly entries = new Map<string, CacheEntry>();

  constructor(private readonly maxEntries: number) {}

  get size(): number {
    return this.entries.size;
  }

  get<T>(key: string): CacheEntry<T> | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Re-insert: Map order is our recency order.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry as CacheEntry<T> | undefined;
  }

  set<T>(key: string, entry: CacheEntry<T>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** Drops every entry with this tag, or everything when no tag is given. */
  clear(tag?: string): void {
    if (tag === undefined) return this.entries.clear();
    for (const [key, entry] of this.entries) if (entry.tag === tag) this.entries.delete(key);
  }
}
