// Why a request failed, in terms an editor can act on. A browser reports "the server answered
// without CORS headers", "the server is down" and "this computer is offline" all as the same
// TypeError; they are told apart here: offline from `navigator.onLine`; a CORS refusal by probing
// the same URL with `mode: 'no-cors'`, which succeeds (opaque answer) when the server answered.
import { ZhixingError } from '@zhixing/sdk';

export type Diagnosis =
  /** The server answered, but without `Access-Control-Allow-Origin` for this page. */
  | { kind: 'cors'; url: string; origin: string }
  /** No answer from the server at all (wrong address, server down, blocked). */
  | { kind: 'unreachable'; url: string }
  /** This computer has no network. */
  | { kind: 'offline' };

const PROBE_TIMEOUT_MS = 10_000;
const diagnoses = new WeakMap<Error, Diagnosis>();
const pending = new WeakMap<Error, Promise<Diagnosis | undefined>>();

/** What `diagnose()` found for this error, once it has finished. */
export function diagnosisOf(error: Error): Diagnosis | undefined {
  return diagnoses.get(error);
}

/** Finds out why a network error happened (at most one probe per error). Other errors: undefined. */
export function diagnose(error: Error): Promise<Diagnosis | undefined> {
  if (!(error instanceof ZhixingError) || error.code !== 'network') return Promise.resolve(undefined);
  let running = pending.get(error);
  if (!running) {
    running = probe(error).then((diagnosis) => {
      if (diagnosis) diagnoses.set(error, diagnosis);
      return diagnosis;
    });
    pending.set(error, running);
  }
  return running;
}

async function probe(error: ZhixingError): Promise<Diagnosis | undefined> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return { kind: 'offline' };
  if (!error.url || typeof location === 'undefined') return undefined;
  let url: URL;
  try {
    url = new URL(error.url, document.baseURI);
  } catch {
    return undefined;
  }
  // Same origin needs no CORS: the server did not answer.
  if (url.origin === location.origin) return { kind: 'unreachable', url: url.href };
  // A server that accepts the connection and never answers must not hold the error back for ever.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PROBE_TIMEOUT_MS);
  try {
    // HEAD: the answer's body is not needed, only whether there was one. No cookies sent.
    await fetch(url.href, { method: 'HEAD', mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal: controller.signal });
    return { kind: 'cors', url: url.href, origin: location.origin };
  } catch {
    return controller.signal.aborted ? undefined : { kind: 'unreachable', url: url.href };
  } finally {
    clearTimeout(timer);
  }
}
