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

const diagnoses = new WeakMap<Error, Diagnosis>();

/** What `diagnose()` found for this error, once it has finished. */
export function diagnosisOf(error: Error): Diagnosis | undefined {
  return diagnoses.get(error);
}

/** Finds out why a network error happened (one probe). Other errors: undefined. */
export async function diagnose(error: Error): Promise<Diagnosis | undefined> {
  if (!(error instanceof ZhixingError) || error.code !== 'network' || !error.url) return undefined;
  const url = new URL(error.url, document.baseURI).href;
  const origin = location.origin;
  let diagnosis: Diagnosis = { kind: 'unreachable', url };
  if (navigator.onLine === false) diagnosis = { kind: 'offline' };
  // Same origin needs no CORS: the server did not answer.
  else if (!url.startsWith(`${origin}/`)) {
    // A server that accepts the connection and never answers must not hold the error back for ever.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 10_000);
    try {
      // HEAD: only whether there was an answer matters, not its body. No cookies sent.
      await fetch(url, { method: 'HEAD', mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal: controller.signal });
      diagnosis = { kind: 'cors', url, origin };
    } catch {
      if (controller.signal.aborted) return undefined;
    } finally {
      clearTimeout(timer);
    }
  }
  diagnoses.set(error, diagnosis);
  return diagnosis;
}
