// One GET, done properly: timeout per attempt (headers, body and parsing), retries with exponential
// backoff and full jitter, Retry-After honoured (against the server's own clock), the caller's
// AbortSignal respected at every await. Against a hostile or broken source: the body is read as a
// stream and stopped at `maxResponseBytes` (decoded), redirects to another origin and redirect loops
// are refused without retrying, and every body that is not used is cancelled so the connection is
// released (error statuses, retries, aborts, timeouts; an answer that arrives after a timeout too).
import { AbortError, ContentTypeError, HttpError, NetworkError, RedirectError, ResponseTooLargeError, TimeoutError, ValidationError, ZhixingError } from './errors.js';

/** Timer functions, injectable for tests. */
export interface Timers {
  /** Schedules `callback` after `ms` milliseconds. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a scheduled callback. */
  clearTimeout(handle: unknown): void;
}

/** The platform's timers. */
export const realTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** How often and how long to retry a failed request. */
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

/**
 * Three attempts with exponential back-off and jitter; never on 4xx other than 408/429. Within the
 * default {@link DEFAULT_DEADLINE_MS}: quick failures (a 503, a dropped connection) are retried, a
 * source that stalls is not waited for three times.
 */
export const DEFAULT_RETRY: RetryPolicy = { retries: 2, baseDelayMs: 300, maxDelayMs: 5000, maxRetryAfterMs: 5_000 };

/** Default `timeoutMs`: 10 s for one attempt (headers, body and parsing). */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Default `deadlineMs`: 12 s for one request, every attempt and wait included. Without it a source
 * whose body stalls after the headers kept a visitor waiting three attempts of `timeoutMs` (~30 s)
 * before learning anything; now the error reaches the page within 12 s. `Infinity` turns it off.
 */
export const DEFAULT_DEADLINE_MS = 12_000;

/**
 * Default {@link TransportOptions.maxResponseBytes}: 8 MiB of decoded body. The largest file of a
 * well-formed feed (an exposure list or a shard) is far below it; a bigger answer is a broken or
 * hostile source (e.g. a gzip bomb) and is stopped instead of filling the page's memory.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/**
 * The longest `Retry-After` the SDK believes, in ms (24 h). A larger or absurd value is cut to this;
 * a date in the past counts as 0. Whether it is waited for is {@link RetryPolicy.maxRetryAfterMs}.
 */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

export interface TransportOptions {
  fetch: typeof globalThis.fetch;
  /** Per attempt, for the whole answer: headers, body and JSON parsing. */
  timeoutMs: number;
  retry: RetryPolicy;
  timers: Timers;
  random: () => number;
  now: () => number;
  /**
   * Largest response body accepted, in bytes of the decoded body (after gzip/brotli, as the page
   * would hold it). Reading stops as soon as it is passed, the body is cancelled and
   * {@link ResponseTooLargeError} (`too-large`) is thrown, never retried. A `Content-Length` over the
   * limit is refused before reading. Default {@link DEFAULT_MAX_RESPONSE_BYTES} (8 MiB). `Infinity`
   * turns the limit off (not recommended); a negative number or NaN means the default.
   */
  maxResponseBytes?: number | undefined;
  /**
   * How a cached copy is revalidated. `'http-cache'` (browsers): only simple requests are sent, with
   * `cache: 'no-cache'`, so the browser's HTTP cache revalidates with its own conditional request and
   * no CORS preflight is needed; a 304 arrives as the cached 200, recognised by its unchanged ETag or
   * Last-Modified. `'headers'` (Node, no HTTP cache): `If-None-Match` / `If-Modified-Since` are sent
   * by hand. Default: `'http-cache'` where there is a DOM or a worker global, else `'headers'`.
   */
  revalidation?: Revalidation | undefined;
  /** Overall limit for one `get`, across every attempt and the waits between them, in ms. */
  deadlineMs?: number | undefined;
  /** Called with every answer (each attempt, error statuses too), before its body is read; a rejection ends the request. */
  afterResponse?: ((response: TransportResponse) => Promise<unknown>) | undefined;
  /** Called before every attempt with the headers to send; may change them; a rejection ends the request. */
  beforeRequest?: ((request: TransportRequest) => Promise<unknown>) | undefined;
}

/**
 * How cached copies are revalidated (the client option `revalidation`): `'http-cache'` sends only
 * CORS-simple requests and lets the browser's HTTP cache make the conditional request; `'headers'`
 * sends `If-None-Match` itself.
 */
export type Revalidation = 'http-cache' | 'headers';

/** What a `beforeRequest` hook sees: the headers may be changed in place. */
export interface TransportRequest {
  url: string;
  /** The cache group, e.g. `'exposure'`. */
  purpose: string;
  headers: Record<string, string>;
  /** 0 for the first attempt. */
  attempt: number;
}

/** What an `afterResponse` hook sees. The body is not available: it is read by the SDK. */
export interface TransportResponse {
  url: string;
  purpose: string;
  status: number;
  headers: Headers;
  attempt: number;
}

/** The validators of a cached copy, to revalidate it. */
export interface Validators {
  etag?: string | undefined;
  lastModified?: string | undefined;
}

/** Whether the runtime has an HTTP cache in front of fetch (a browser page or worker). */
export function defaultRevalidation(): Revalidation {
  const g = globalThis as { document?: unknown; WorkerGlobalScope?: unknown };
  return g.document !== undefined || g.WorkerGlobalScope !== undefined ? 'http-cache' : 'headers';
}

export interface GetRequest {
  url: string;
  signal?: AbortSignal | undefined;
  /** The cached copy's validators: an answer that carries the same is reported as a 304. */
  validators?: Validators | undefined;
  headers?: Record<string, string> | undefined;
  /** The cache group, for hooks. */
  purpose?: string | undefined;
  /** Overrides the transport's `deadlineMs` for this request. */
  deadlineMs?: number | undefined;
  /** Treat 404 as an answer (a static shard that does not exist is an empty shard). */
  allowNotFound?: boolean | undefined;
  /**
   * A content-addressed file (its name changes with its content): in a browser, its HTTP cache may
   * answer without asking the server at all (`Cache-Control: immutable` on the server).
   */
  immutable?: boolean | undefined;
  /** A smaller (or larger) size limit for this request; default the transport's `maxResponseBytes`. */
  maxResponseBytes?: number | undefined;
}

/** `headers`: the answer's (for the cache: validators, Cache-Control, Age). */
export type GetResult =
  | { status: 200; body: unknown; bytes: number; headers: Headers }
  | { status: 304; headers: Headers }
  | { status: 404 };

// Statuses worth another attempt; 4xx client errors such as 400/401/403/404/410/422 are final.
const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * Media types that are web pages, never data: a wrong address answered by a web server or CMS with a
 * page (often with status 200). Every other type is read as JSON, because static hosts vary: JSON
 * arrives as `application/json`, `…+json`, `text/plain`, `application/octet-stream` or with no type at
 * all, and a body that is not JSON fails as malformed JSON anyway.
 */
const WEB_PAGE = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

/** The media type of a `Content-Type` when it is a web page's, else undefined. */
export function webPageType(contentType: string | null): string | undefined {
  return contentType && WEB_PAGE.test(contentType) ? contentType.split(';')[0]!.trim().toLowerCase() : undefined;
}

/**
 * `Retry-After` in ms, or undefined when absent or unreadable. Delta-seconds are taken as they are; an
 * HTTP-date is measured against the response's own `Date` header when it has a readable one (so a
 * server clock that is off does not shorten or lengthen the wait), else against `now` (the local
 * clock). The result is bounded to 0 … {@link MAX_RETRY_AFTER_MS}.
 */
export function parseRetryAfter(value: string | null | undefined, now: number, serverDate?: string | null): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(MAX_RETRY_AFTER_MS, Number(trimmed) * 1000);
  const date = parseHttpDate(trimmed);
  if (date === undefined) return undefined;
  const reference = (serverDate ? parseHttpDate(serverDate.trim()) : undefined) ?? now;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, date - reference));
}

/** An HTTP-date (IMF-fixdate, RFC 850 or asctime): it names a month; bare numbers are not dates. */
function parseHttpDate(value: string): number | undefined {
  if (!/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/i.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isFinite(date) ? date : undefined;
}

/** Cancels a body that will not be read, so the connection is released; never throws. */
export function discardBody(response: Response): void {
  try {
    const body = response.body;
    if (body && !body.locked) body.cancel().catch(() => undefined);
  } catch {
    // A body that cannot be cancelled is left to the garbage collector.
  }
}

function originOf(url: string): string | undefined {
  try {
    const base = (globalThis as { location?: { href?: string } }).location?.href;
    const origin = new URL(url, base).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether a failed fetch failed because of redirects. Node (undici) says so in the TypeError's
 * `cause` ("redirect count exceeded"), node-fetch in its message; browsers say nothing.
 */
function isRedirectFailure(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (/redirect/i.test(e.message) || (e as { type?: unknown }).type === 'max-redirect') return true;
  }
  return false;
}

/** A fetch failure that says nothing about why (browsers' "Failed to fetch"): it may be a redirect loop. */
function isOpaqueFailure(error: unknown): boolean {
  return error instanceof TypeError && (error as { cause?: unknown }).cause === undefined;
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

  /**
   * Redirect loops. Node's fetch reports "redirect count exceeded": that is a {@link RedirectError}
   * at once (one fetch's worth of requests, ~21). Browsers report every network failure alike
   * ("Failed to fetch"), so after such a failure the retries are made with `redirect: 'manual'`: an
   * answer that is a redirect then proves the failure was in following redirects (a loop, or a
   * redirect to an unreachable place) and ends in a {@link RedirectError} without further attempts
   * (at most one fetch's worth plus one request); any other answer is used as usual.
   */
  async get(request: GetRequest): Promise<GetResult> {
    const { timers } = this.options;
    const deadlineMs = request.deadlineMs ?? this.options.deadlineMs;
    const deadline = typeof deadlineMs === 'number' && deadlineMs >= 0 && deadlineMs < Infinity ? deadlineMs : undefined;
    if (deadline === undefined) return this.attempts(request, request.signal);
    // One signal for every attempt and wait: the caller's abort, or the deadline passing.
    const controller = new AbortController();
    let expired = false;
    const timer = timers.setTimeout(() => {
      expired = true;
      controller.abort();
    }, deadline);
    const onAbort = () => controller.abort();
    const signal = request.signal;
    if (signal?.aborted) controller.abort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await this.attempts(request, controller.signal, () => expired);
    } catch (error) {
      if (expired && !signal?.aborted) throw new TimeoutError(request.url, deadline, 'deadlineMs');
      throw error;
    } finally {
      timers.clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private async attempts(request: GetRequest, signal: AbortSignal | undefined, expired?: () => boolean): Promise<GetResult> {
    const { retry } = this.options;
    let manualRedirects = false;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once({ ...request, signal }, manualRedirects, attempt);
      } catch (error) {
        if (expired?.()) throw error;
        if (!(error instanceof ZhixingError) || !isRetryable(error) || attempt >= retry.retries) throw error;
        if (error.code === 'network' && isOpaqueFailure(error.cause)) manualRedirects = true;
        const backoff = this.options.random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** attempt);
        if (error.retryAfterMs !== undefined && error.retryAfterMs > retry.maxRetryAfterMs) throw error;
        await sleep(Math.max(backoff, error.retryAfterMs ?? 0), this.options.timers, signal);
      }
    }
  }

  private async once({ url, signal, validators, headers, purpose = '', allowNotFound, maxResponseBytes, immutable }: GetRequest, manualRedirects = false, attempt = 0): Promise<GetResult> {
    if (signal?.aborted) throw abortReason(signal, url);
    const { timers, timeoutMs } = this.options;
    const viaHttpCache = (this.options.revalidation ?? defaultRevalidation()) === 'http-cache';
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
      // By hand only without an HTTP cache: in a browser these headers would cost a CORS preflight.
      if (!viaHttpCache && validators?.etag) requestHeaders['if-none-match'] = validators.etag;
      else if (!viaHttpCache && validators?.lastModified) requestHeaders['if-modified-since'] = validators.lastModified;
      await this.options.beforeRequest?.({ url, purpose, headers: requestHeaders, attempt });
      const init: RequestInit = { method: 'GET', headers: requestHeaders, signal: controller.signal };
      // The SDK's own cache decides when to ask; when it asks, the browser must revalidate, not answer from its cache.
      if (viaHttpCache && !immutable) init.cache = 'no-cache';
      if (manualRedirects) init.redirect = 'manual';
      let response: Response;
      try {
        response = await untilAborted(this.options.fetch(url, init), controller.signal);
      } catch (error) {
        if (!controller.signal.aborted && isRedirectFailure(error)) throw new RedirectError(url, 'loop', undefined, error);
        throw error;
      }
      if (manualRedirects && (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304))) {
        discardBody(response);
        throw new RedirectError(url, 'loop', response.headers.get('location') ?? undefined);
      }
      if (response.redirected && response.url) {
        const from = originOf(url);
        const to = originOf(response.url);
        if (from === undefined || to !== from) {
          discardBody(response);
          throw new RedirectError(url, 'cross-origin', response.url);
        }
      }
      await this.options.afterResponse?.({ url, purpose, status: response.status, headers: response.headers, attempt }).catch((error: unknown) => {
        discardBody(response);
        throw error;
      });
      const received = response.headers;
      const etag = received.get('etag');
      const lastModified = received.get('last-modified');
      // A 304, or the browser's cache revalidated and got one (the cached 200, same validator): the
      // copy held is current, so the body is not even read (O(1)).
      if (response.status === 304 || (response.status === 200 && (etag ? etag === validators?.etag : !!lastModified && lastModified === validators?.lastModified))) {
        discardBody(response);
        return { status: 304, headers: received };
      }
      if (response.status === 404 && allowNotFound) {
        discardBody(response);
        return { status: 404 };
      }
      if (!response.ok) {
        discardBody(response);
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'), this.options.now(), response.headers.get('date'));
        throw new HttpError(url, response.status, retryAfter);
      }
      const page = webPageType(received.get('content-type'));
      if (page) {
        discardBody(response);
        throw new ContentTypeError(url, page);
      }
      const limit = sizeLimit(maxResponseBytes) ?? sizeLimit(this.options.maxResponseBytes) ?? DEFAULT_MAX_RESPONSE_BYTES;
      // Inside the timeout: a stalled body times out too.
      const text = await readLimited(response, url, limit, controller.signal);
      const bytes = text.length * 2; // UTF-16 in memory: what the cache's byte bound counts
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (cause) {
        throw new ValidationError(url, [{ path: '', message: `malformed JSON (${(cause as Error).message})` }]);
      }
      return { status: 200, body, bytes, headers: received };
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

/**
 * `fetching`, or a rejection as soon as `signal` aborts, even from a fetch that ignores the signal
 * (some polyfills): a timeout or an abort then reaches the caller at once, and an answer that comes
 * after it has its body cancelled, so its connection is released.
 */
function untilAborted(fetching: Promise<Response>, signal: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      fetching.then(discardBody, () => undefined);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    fetching.then(
      (response) => (signal.removeEventListener('abort', onAbort), resolve(response)),
      (error: unknown) => (signal.removeEventListener('abort', onAbort), reject(error)),
    );
  });
}

function sizeLimit(value: number | undefined): number | undefined {
  return typeof value === 'number' && value >= 0 ? value : undefined;
}

/**
 * Reads the body as UTF-8 text, counting decoded bytes as they arrive: past `limit` it stops, cancels
 * the stream and throws {@link ResponseTooLargeError}. Rejects as soon as `signal` aborts, even if the
 * fetch implementation does not end the stream itself.
 */
async function readLimited(response: Response, url: string, limit: number, signal: AbortSignal): Promise<string> {
  const declared = response.headers.get('content-length');
  if (declared !== null && /^\s*\d+\s*$/.test(declared) && Number(declared) > limit) {
    discardBody(response);
    throw new ResponseTooLargeError(url, limit, Number(declared), true);
  }
  const stream = response.body;
  if (!stream) {
    const text = await response.text();
    const size = new TextEncoder().encode(text).byteLength;
    if (size > limit) throw new ResponseTooLargeError(url, limit, size);
    return text;
  }
  const reader = stream.getReader();
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason ?? new Error('aborted'));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  const decoder = new TextDecoder('utf-8');
  let received = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      received += value.byteLength;
      if (received > limit) throw new ResponseTooLargeError(url, limit, received);
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

function isRetryable(error: ZhixingError): boolean {
  if (error.code === 'network' || error.code === 'timeout') return true;
  return error.code === 'http' && error.status !== undefined && RETRYABLE.has(error.status);
}
