// Request, response and error hooks (in the manner of ky's): each list runs in order; a hook that
// throws or rejects ends the request with a HookError naming it, never retried.
import { HookError, type ZhixingError } from './errors.js';
import type { TransportRequest, TransportResponse } from './transport.js';

/**
 * Hooks called around every request the client makes.
 *
 * @example
 * ```ts
 * const client = createClient({
 *   source: staticSource('https://court.example/zhixing/feed/'),
 *   hooks: {
 *     beforeRequest: [(request) => { request.headers['x-zhixing-token'] = currentToken(); }],
 *     afterResponse: [(response) => metrics.count(response.purpose, response.status)],
 *     beforeError: [(error) => { log(error.code, error.url); return error; }],
 *   },
 * });
 * ```
 */
export interface ClientHooks {
  /**
   * Before every attempt (retries included), with the headers about to be sent; change them in
   * place. In a browser, any header beyond `Accept` makes a cross-origin request need a CORS
   * preflight: add one only if the source requires it.
   */
  beforeRequest?: ReadonlyArray<(request: TransportRequest) => void | Promise<void>>;
  /** After every answer (each attempt, error statuses too), before its body is read. */
  afterResponse?: ReadonlyArray<(response: TransportResponse) => void | Promise<void>>;
  /**
   * When a request ends in an error (after retries): return the error to throw instead, or nothing
   * to keep it. Not called for errors a hook itself caused.
   */
  beforeError?: ReadonlyArray<(error: ZhixingError) => ZhixingError | void | Promise<ZhixingError | void>>;
}

/**
 * @internal One function running a list of hooks in order. Each `beforeError` hook may replace the
 * error; any other hook's failure becomes a HookError naming it. A HookError (but the `headers`
 * hook's) is not passed to `beforeError` again: that could loop.
 */
export function chain<A extends { url?: string | undefined }>(name: string, hooks: ReadonlyArray<(arg: A) => unknown> | undefined): ((arg: A) => Promise<A>) | undefined {
  if (!hooks?.length) return undefined;
  return async (arg) => {
    if (arg instanceof HookError && arg.hook !== 'headers') return arg;
    for (const hook of hooks) {
      try {
        const result = await hook(arg);
        if (name === 'beforeError' && result) arg = result as A;
      } catch (cause) {
        const error = new HookError(name, cause, arg.url);
        if (name !== 'beforeError') throw error;
        return error as unknown as A;
      }
    }
    return arg;
  };
}
