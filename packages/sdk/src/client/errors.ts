/** Where a record or payload failed the contract, e.g. `items[12].filingDate`. */
export interface ValidationProblem {
  path: string;
  message: string;
}

export type ZhixingErrorCode = 'network' | 'http' | 'timeout' | 'validation' | 'aborted';

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
  constructor(url: string, ms: number) {
    super('timeout', `No answer from ${url} within ${ms} ms`, { url });
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

export class AbortError extends ZhixingError {
  constructor(url?: string, cause?: unknown) {
    super('aborted', 'The request was aborted', { ...(url === undefined ? {} : { url }), cause });
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof AbortError || (error instanceof Error && error.name === 'AbortError');
}
