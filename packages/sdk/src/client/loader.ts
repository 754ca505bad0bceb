// Cached, deduplicated loading of one resource through the Transport: a fresh cached copy is used
// as it is, a stale one is revalidated with its ETag, callers asking for the same thing at the same
// time share one request (each may abort on its own), and the host's header hook is called first.
// The statistics-only client (stats-client.ts) is built on it; it does exactly what the full
// client's loader does for court and statistics resources, so the two answer identically.
import { AbortError, HookError, ValidationError, ZhixingError } from './errors.js';
import { freshness, type ResponseCache } from './cache.js';
import type { Transport } from './transport.js';
import type { LoadOptions, Loaded, Loader } from '../sources/source.js';

export interface LoaderOptions {
  transport: Pick<Transport, 'get'>;
  cache: ResponseCache;
  /** How long a response that says nothing about its freshness (no Cache-Control max-age, no Expires) is used, in ms. */
  ttlMs: number;
  /** A shared cache (a server answering many people) honours `s-maxage` and does not keep `private` answers. */
  shared?: boolean | undefined;
  /** Called with every error a load ends in; returns the error to throw (the same or another). */
  beforeError?: ((error: ZhixingError) => ZhixingError | Promise<ZhixingError>) | undefined;
  now: () => Date;
  /** Largest accepted body per cache group (`LoadOptions.tag`), and for any other group. */
  maxResponseBytes: (tag: string) => number;
  headers?: ((request: { url: string; purpose: string }) => Record<string, string> | Promise<Record<string, string>>) | undefined;
}

export function createLoader(options: LoaderOptions): Loader {
  const { transport, cache, ttlMs, now } = options;
  const inFlight = new Map<string, SharedRequest<Loaded<unknown>>>();
  return {
    async load<T>(url: string, load: LoadOptions<T>): Promise<Loaded<T>> {
      if (load.signal?.aborted) throw new AbortError(url, load.signal.reason);
      const cached = cache.get<T>(url);
      if (cached && !load.revalidate && now().getTime() < cached.freshUntil) return { value: cached.value, notModified: true };
      let hookHeaders: Record<string, string> | undefined;
      try {
        hookHeaders = await options.headers?.({ url, purpose: load.tag });
      } catch (cause) {
        const error = new HookError('headers', cause, url);
        throw options.beforeError ? await options.beforeError(error) : error;
      }
      const headers = { ...hookHeaders, ...load.headers };
      if (load.signal?.aborted) throw new AbortError(url, load.signal.reason);
      // Keyed by what is asked for, not by who asks: a per-request token must not defeat sharing.
      const key = `GET ${url}`;
      let shared = inFlight.get(key) as SharedRequest<Loaded<T>> | undefined;
      if (!shared) {
        shared = new SharedRequest(async (signal) => {
          const result = await transport.get({
            url,
            signal,
            validators: cached?.validators,
            headers,
            purpose: load.tag,
            allowNotFound: load.allowNotFound,
            immutable: load.immutable,
            maxResponseBytes: options.maxResponseBytes(load.tag),
            deadlineMs: load.deadlineMs,
          });
          if (result.status === 404) return { value: undefined, notModified: false };
          const at = now().getTime();
          const fresh = freshness(result.headers, ttlMs, options.shared ?? false);
          const current = cache.get<T>(url) ?? cached;
          if (result.status === 304 && current) {
            current.freshUntil = at + fresh.ttlMs;
            if (!fresh.store) cache.delete(url);
            return { value: current.value, notModified: true };
          }
          if (result.status === 304) throw new ValidationError(url, [{ path: '', message: '304 Not Modified without a cached copy' }]);
          const value = load.process(result.body, url);
          if (fresh.store) {
            const validators = { etag: result.headers.get('etag') ?? undefined, lastModified: result.headers.get('last-modified') ?? undefined };
            cache.set(url, { value, validators, freshUntil: load.immutable ? Infinity : at + fresh.ttlMs, tag: load.tag, bytes: result.bytes });
          } else {
            cache.delete(url);
          }
          return { value, notModified: false };
        }, () => {
          // Only this request's own entry: a newer one may already stand under the same key.
          if (inFlight.get(key) === created) inFlight.delete(key);
        });
        const created = shared as SharedRequest<Loaded<unknown>>;
        inFlight.set(key, created);
      }
      if (!options.beforeError) return shared.join(load.signal);
      try {
        return await shared.join(load.signal);
      } catch (error) {
        throw error instanceof ZhixingError ? await options.beforeError(error) : error;
      }
    },
  };
}

/**
 * One network request shared by every caller asking for the same thing at the same time. Each
 * caller may abort on its own; the request itself is aborted only when no caller is left.
 */
export class SharedRequest<T> {
  private readonly controller = new AbortController();
  private readonly promise: Promise<T>;
  private waiting = 0;

  constructor(
    run: (signal: AbortSignal) => Promise<T>,
    private readonly onSettled: () => void,
  ) {
    this.promise = run(this.controller.signal);
    this.promise.then(onSettled, onSettled);
  }

  join(signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(new AbortError(undefined, signal.reason));
    this.waiting++;
    return new Promise<T>((resolve, reject) => {
      let left = false;
      const onAbort = () => {
        left = true;
        this.leave();
        reject(new AbortError(undefined, signal?.reason));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = () => {
        signal?.removeEventListener('abort', onAbort);
        if (!left) this.waiting--;
      };
      this.promise.then(
        (value) => (settle(), resolve(value)),
        (error: unknown) => (settle(), reject(error)),
      );
    });
  }

  private leave(): void {
    this.waiting--;
    if (this.waiting === 0) {
      // Forget it at once: a caller arriving now must start a fresh request, never join this aborted one.
      this.onSettled();
      this.controller.abort();
    }
  }
}
