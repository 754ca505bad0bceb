// The client's cache of processed responses: LRU, bounded by entries and by bytes, so a board
// running for days cannot grow it; freshness from the answer's own Cache-Control / Age / Expires.
// Hand-written rather than lru-cache (4.6 KB gzip, beyond the SDK's size budget) or quick-lru (no
// byte sizing): a Map in recency order does it in a few lines.
import type { CacheHeaders, Validators } from './transport';

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

/** Cache-Control directives, names lower-cased, values unquoted (`undefined` for a bare directive). */
export function parseCacheControl(value: string | undefined): Map<string, string | undefined> {
  const directives = new Map<string, string | undefined>();
  for (const part of (value ?? '').split(',')) {
    const match = /^\s*([!#$%&'*+.^_`|~\w-]+)\s*(?:=\s*(?:"([^"]*)"|([^\s,]*)))?\s*$/.exec(part);
    if (match) directives.set(match[1]!.toLowerCase(), match[2] ?? match[3]);
  }
  return directives;
}

const seconds = (value: string | undefined): number | undefined => (value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined);

/**
 * How long an answer may be used without asking again (RFC 9111): `no-store` → not stored;
 * `no-cache` → 0 (revalidate every time); else `max-age` (or `s-maxage` in a shared cache) minus
 * `Age`; else `Expires` − `Date`; else `fallbackMs` (the client's `cacheTtlMs`). `private` is not
 * stored by a shared cache.
 */
export function freshness(headers: CacheHeaders, fallbackMs: number, shared: boolean, now: number): { store: boolean; ttlMs: number } {
  const cc = parseCacheControl(headers.cacheControl);
  if (cc.has('no-store') || (shared && cc.has('private'))) return { store: false, ttlMs: 0 };
  if (cc.has('no-cache')) return { store: true, ttlMs: 0 };
  const age = (seconds(headers.age?.trim()) ?? 0) * 1000;
  const maxAge = (shared ? seconds(cc.get('s-maxage')) : undefined) ?? seconds(cc.get('max-age'));
  if (maxAge !== undefined) return { store: true, ttlMs: Math.max(0, maxAge * 1000 - age) };
  if (headers.expires !== undefined) {
    const expires = Date.parse(headers.expires);
    const date = headers.date !== undefined ? Date.parse(headers.date) : NaN;
    // An unreadable Expires (e.g. "0") means already expired.
    return { store: true, ttlMs: Number.isFinite(expires) ? Math.max(0, expires - (Number.isFinite(date) ? date : now) - age) : 0 };
  }
  return { store: true, ttlMs: fallbackMs };
}
