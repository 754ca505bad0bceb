// The client's cache of processed responses: LRU, bounded by entries and by bytes, so a board
// running for days cannot grow it; freshness from the answer's own Cache-Control / Age / Expires.
// Hand-written rather than lru-cache (4.6 KB gzip, beyond the SDK's size budget) or quick-lru (no
// byte sizing): a Map in recency order does it in a few lines.
import type { Validators } from './transport.js';

export interface CacheEntry<T = unknown> {
  value: T;
  validators: Validators;
  freshUntil: number;
  tag: string;
  /** What the entry is counted as against the byte bound (the decoded body, UTF-16). */
  bytes: number;
}

/** Default byte bound of the client's cache: 128 MiB, above one province-wide board (64 MiB of UTF-8 at most). */
export const DEFAULT_MAX_CACHE_BYTES = 128 * 1024 * 1024;

export class ResponseCache {
  private readonly entries = new Map<string, CacheEntry>();
  private total = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number = DEFAULT_MAX_CACHE_BYTES,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** Bytes held, as counted by each entry's `bytes`. */
  get bytes(): number {
    return this.total;
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

  /** Stores the entry, evicting the least recently used; one larger than the whole bound is not stored. */
  set<T>(key: string, entry: CacheEntry<T>): void {
    this.delete(key);
    if (entry.bytes > this.maxBytes) return;
    this.entries.set(key, entry);
    this.total += entry.bytes;
    while (this.entries.size > this.maxEntries || this.total > this.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.bytes;
  }

  /** Drops every entry with this tag, or everything when no tag is given. */
  clear(tag?: string): void {
    for (const [key, entry] of this.entries) if (tag === undefined || entry.tag === tag) this.delete(key);
  }
}

/**
 * How long an answer may be used without asking again (RFC 9111): `no-store` → not stored;
 * `no-cache` → 0 (revalidate every time); else `s-maxage` (a shared cache only) or `max-age`, minus
 * `Age`; else `fallbackMs` (the client's `cacheTtlMs`).
 */
export function freshness(headers: Headers, fallbackMs: number, shared: boolean): { store: boolean; ttlMs: number } {
  const cc = (headers.get('cache-control') ?? '').toLowerCase();
  const directive = (name: string) => new RegExp(`(?:^|,)\\s*${name}\\s*(?:=\\s*"?(\\d+))?\\s*"?\\s*(?:,|$)`).exec(cc);
  if (directive('no-store')) return { store: false, ttlMs: 0 };
  if (directive('no-cache')) return { store: true, ttlMs: 0 };
  const maxAge = (shared && directive('s-maxage')?.[1]) || directive('max-age')?.[1];
  if (!maxAge) return { store: true, ttlMs: fallbackMs };
  const age = Number(/^\s*(\d+)\s*$/.exec(headers.get('age') ?? '')?.[1] ?? 0);
  return { store: true, ttlMs: Math.max(0, (Number(maxAge) - age) * 1000) };
}
