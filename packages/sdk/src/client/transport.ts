// One GET, done properly: timeout per attempt, retries with exponential backoff and full jitter,
// Retry-After honoured, the caller's AbortSignal respected at every await.
import { AbortError, HttpError, NetworkError, TimeoutError, ValidationError, ZhixingError } from './errors';

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export interface RetryPolicy {
  /** Further attempts after the first. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * A longer Retry-After than this is not waited for: the error (with `retryAfterMs`) goes to the
   * caller at once, so a person searching is told to wait instead of watching a spinner.
   */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 2, baseDelayMs: 300, maxDelayMs: 5000, maxRetryAfterMs: 5_000 };

export interface TransportOptions {
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  retry: RetryPolicy;
  timers: Timers;
  random: () => number;
  now: () => number;
}

export interface GetRequest {
  url: string;
  signal?: AbortSignal | undefined;
  etag?: string | undefined;
  headers?: Record<string, string> | undefined;
  /** Treat 404 as an answer (a static shard that does not exist is an empty shard). */
  allowNotFound?: boolean | undefined;
}

export type GetResult =
  | { status: 200; body: unknown; etag: string | undefined }
  | { status: 304; etag: string | undefined }
  | { status: 404 };

// Statuses worth another attempt; 4xx client errors such as 400/401/403/404/410/422 are final.
const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function abortReason(signal: AbortSignal, url?: string): AbortError {
  return signal.reason instanceof AbortError ? signal.reason : new AbortError(url, signal.reason);
}

/** Waits `ms`, or rejects with AbortError as soon as `signal` aborts. */
export function sleep(ms: number, timers: Timers, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const onAbort = () => {
      timers.clearTimeout(handle);
      reject(abortReason(signal!));
    };
    const handle = timers.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class Transport {
  constructor(private readonly options: TransportOptions) {}

  async get(request: GetRequest): Promise<GetResult> {
    const { retry } = this.options;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(request);
      } catch (error) {
        if (!(error instanceof ZhixingError) || !isRetryable(error) || attempt >= retry.retries) throw error;
        const backoff = this.options.random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** attempt);
        if (error.retryAfterMs !== undefined && error.retryAfterMs > retry.maxRetryAfterMs) throw error;
        await sleep(Math.max(backoff, error.retryAfterMs ?? 0), this.options.timers, request.signal);
      }
    }
  }

  private async once({ url, signal, etag, headers, allowNotFound }: GetRequest): Promise<GetResult> {
    if (signal?.aborted) throw abortReason(signal, url);
    const { timers, timeoutMs } = this.options;
    const controller = new AbortController();
    let timedOut = false;
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = timers.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const requestHeaders: Record<string, string> = { accept: 'application/json', ...headers };
      if (etag) requestHeaders['if-none-match'] = etag;
      const response = await this.options.fetch(url, { method: 'GET', headers: requestHeaders, signal: controller.signal });
      const responseEtag = response.headers.get('etag') ?? undefined;
      if (response.status === 304) return { status: 304, etag: responseEtag ?? etag };
      if (response.status === 404 && allowNotFound) return { status: 404 };
      if (!response.ok) {
        throw new HttpError(url, response.status, parseRetryAfter(response.headers.get('retry-after'), this.options.now()));
      }
      const text = await response.text(); // inside the timeout: a stalled body times out too
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (cause) {
        throw new ValidationError(url, [{ path: '', message: `malformed JSON (${(cause as Error).message})` }]);
      }
      return { status: 200, body, etag: responseEtag };
    } catch (error) {
      if (error instanceof ZhixingError) throw error;
      if (signal?.aborted) throw abortReason(signal, url);
      if (timedOut) throw new TimeoutError(url, timeoutMs);
      throw new NetworkError(url, error);
    } finally {
      timers.clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

function isRetryable(error: ZhixingError): boolean {
  if (error.code === 'network' || error.code === 'timeout') return true;
  return error.code === 'http' && error.status !== undefined && RETRYABLE.has(error.status);
}
