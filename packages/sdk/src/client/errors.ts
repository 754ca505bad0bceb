/** Where a record or payload failed the contract, e.g. `items[12].filingDate`. */
export interface ValidationProblem {
  path: string;
  message: string;
}

/**
 * - `invalid-argument`: an argument the caller passed is wrong (e.g. `page: '2'`); thrown before any
 *   request, never retried. A mistake of the calling code or its form, not of the data source.
 * - `network`: no answer (connection refused, DNS, CORS, offline). Retried.
 * - `http`: an error status; 408/425/429/5xx are retried.
 * - `timeout`: no complete answer within `timeoutMs` (one attempt, headers and body; retried), or
 *   the request's `deadlineMs` passed (every attempt and wait; default 12 s; not retried).
 * - `validation`: malformed JSON or a payload that breaks the data contract. Not retried.
 * - `aborted`: the caller's AbortSignal fired.
 * - `too-large`: the response body passed the size limit. Not retried.
 * - `redirect`: a redirect to another origin, or a redirect loop. Not retried.
 * - `hook`: a callback of the host page (e.g. the `headers` hook) threw. Not retried.
 * - `unknown-court`: the `court` asked for is not a court of the feed (or a multi-court feed's
 *   statistics were asked for without naming a court). Not retried.
 */
export type ZhixingErrorCode = 'network' | 'http' | 'timeout' | 'validation' | 'aborted' | 'too-large' | 'redirect' | 'hook' | 'unknown-court' | 'invalid-argument';

/** The one error type the SDK throws. `code` says which kind; subclasses allow `instanceof`. */
export class ZhixingError extends Error {
  readonly code: ZhixingErrorCode;
  /** The URL that was requested. */
  readonly url: string | undefined;
  /** HTTP status, for `http` errors. */
  readonly status: number | undefined;
  /** How long the server asked us to wait (429/503 `Retry-After`), in ms. */
  readonly retryAfterMs: number | undefined;
  /** Contract problems, for `validation` errors. */
  readonly problems: readonly ValidationProblem[];

  constructor(
    code: ZhixingErrorCode,
    message: string,
    details: { url?: string; status?: number; retryAfterMs?: number; problems?: ValidationProblem[]; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.code = code;
    this.url = details.url;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.problems = details.problems ?? [];
  }
}

export class NetworkError extends ZhixingError {
  constructor(url: string, cause?: unknown) {
    super('network', `Network error while requesting ${url}`, { url, cause });
  }
}

export class HttpError extends ZhixingError {
  constructor(url: string, status: number, retryAfterMs?: number) {
    super('http', `HTTP ${status} from ${url}`, { url, status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
  }
  /** The source refused because of rate limiting (429). */
  get isRateLimited(): boolean {
    return this.status === 429;
  }
}

export class TimeoutError extends ZhixingError {
  /**
   * Which limit passed: `'timeoutMs'` (one attempt) or `'deadlineMs'` (the overall deadline across
   * every attempt and wait; not retried).
   */
  readonly limit: 'timeoutMs' | 'deadlineMs';
  constructor(url: string, ms: number, limit: 'timeoutMs' | 'deadlineMs' = 'timeoutMs') {
    super('timeout', `No answer from ${url} within ${ms} ms (${limit})`, { url });
    this.limit = limit;
  }
}

export class ValidationError extends ZhixingError {
  constructor(url: string | undefined, problems: ValidationProblem[]) {
    const first = problems[0];
    super('validation', `Response does not match the data contract${first ? `: ${first.path} ${first.message}` : ''}`, {
      ...(url === undefined ? {} : { url }),
      problems,
    });
  }
}

/**
 * The source answered with a web page (`Content-Type: text/html` or `application/xhtml+xml`) where
 * data was expected: typically a CMS's or web server's page for a wrong address, answered with status
 * 200. Code `validation` (not retried); the message names the URL and the type and says to check the
 * address.
 */
export class ContentTypeError extends ZhixingError {
  /** The media type received, e.g. `text/html`. */
  readonly contentType: string;

  constructor(url: string, contentType: string) {
    super('validation', `${url} answered with a web page (Content-Type: ${contentType}), not data: check the address`, { url });
    this.contentType = contentType;
  }
}

export class AbortError extends ZhixingError {
  constructor(url?: string, cause?: unknown) {
    super('aborted', 'The request was aborted', { ...(url === undefined ? {} : { url }), cause });
  }
}

/**
 * The response was larger than the transport's `maxResponseBytes`, counted on the decoded body (after
 * gzip/brotli), or its `Content-Length` already said so. Reading stopped at the limit and the body was
 * cancelled; never retried (a gzip bomb or an oversized file will not shrink on a second try).
 */
export class ResponseTooLargeError extends ZhixingError {
  /** The limit that was passed, in bytes. */
  readonly limitBytes: number;
  /** Bytes received when reading stopped, or the declared `Content-Length` when `declared`. */
  readonly receivedBytes: number;
  /** True when the `Content-Length` header was over the limit and no body was read. */
  readonly declared: boolean;

  constructor(url: string, limitBytes: number, receivedBytes: number, declared = false) {
    super(
      'too-large',
      declared
        ? `Response from ${url} declares ${receivedBytes} bytes, more than the limit of ${limitBytes}`
        : `Response from ${url} is larger than the limit of ${limitBytes} bytes`,
      { url },
    );
    this.limitBytes = limitBytes;
    this.receivedBytes = receivedBytes;
    this.declared = declared;
  }
}

/**
 * A redirect the SDK refuses: `cross-origin` (the source redirected to another origin, whose data is
 * not the configured source's) or `loop` (the redirects never ended, or failed to be followed).
 * The body is cancelled; never retried.
 */
export class RedirectError extends ZhixingError {
  readonly reason: 'cross-origin' | 'loop';
  /** Where the redirect led, when known (browsers hide it for a loop). */
  readonly location: string | undefined;

  constructor(url: string, reason: 'cross-origin' | 'loop', location?: string, cause?: unknown) {
    super(
      'redirect',
      reason === 'cross-origin'
        ? `${url} redirected to another origin${location ? ` (${location})` : ''}; refused`
        : `${url} redirects without end (redirect loop) or its redirect could not be followed`,
      { url, cause },
    );
    this.reason = reason;
    this.location = location;
  }
}

/**
 * A callback supplied by the host page threw or rejected, e.g. the client's `headers` hook. The
 * original exception is `cause`. Not a network problem: not retried, no back-off.
 */
export class HookError extends ZhixingError {
  /** Which hook failed, e.g. `'headers'`. */
  readonly hook: string;

  constructor(hook: string, cause: unknown, url?: string) {
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    super('hook', `The ${hook} hook threw${url === undefined ? '' : ` for ${url}`}${detail}`, { ...(url === undefined ? {} : { url }), cause });
    this.hook = hook;
  }
}

/**
 * The `court` option names no court of the feed (`court.json`: its `courts`, or the one court): nothing
 * is answered, never another court's data. Also thrown when a multi-court feed's statistics are asked
 * for without a `court` (`court` is then `''`). `known` lists the feed's court codes.
 */
export class UnknownCourtError extends ZhixingError {
  /** The court code asked for (`''`: none given where one is needed). */
  readonly court: string;
  /** The current court codes of the feed's courts. */
  readonly known: readonly string[];

  constructor(court: string, known: readonly string[], url?: string) {
    super('unknown-court', `${court ? `court ${court} is not in this feed` : 'this feed covers several courts: name one'}; its courts: ${known.join(', ') || '(no court codes)'}`, url === undefined ? {} : { url });
    this.court = court;
    this.known = known;
  }
}

/**
 * An argument passed to a client method is wrong: `page must be a whole number ≥ 1, got the string "2"`.
 * The caller's mistake, not the data source's: thrown before any request, never retried. `argument`
 * names it as the method's documentation does (`page`, `identifier`, `options.deadlineMs` …). A resident
 * ID passed as an argument is never echoed.
 */
export class ArgumentError extends ZhixingError {
  /** The argument, e.g. `'page'`. */
  readonly argument: string;

  constructor(argument: string, message: string) {
    super('invalid-argument', message);
    this.argument = argument;
  }
}

/** Whether an error is the caller's own cancellation (nothing to report). */
export function isAbortError(error: unknown): boolean {
  return error instanceof AbortError || (error instanceof Error && error.name === 'AbortError');
}
