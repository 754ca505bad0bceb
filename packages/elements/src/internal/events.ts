// Every event an element fires bubbles and crosses shadow boundaries, so a host page can listen
// on document.
/** `detail` of `zx-load`: the data an element shows. */
export interface ZxLoadDetail<T = unknown> {
  data: T;
  /** True when this came from the cache or a 304: nothing new. */
  fromCache?: boolean;
}

/** `detail` of `zx-error`: what failed. */
export interface ZxErrorDetail {
  error: Error;
  /**
   * Machine-readable: 'network' | 'cors' | 'http' | 'timeout' | 'validation' | 'too-large' | 'redirect' |
   * 'hook' | 'config' | 'invalid-attribute' | 'anti-abuse'.
   */
  code: string;
  status?: number | undefined;
  /** The element still shows its last good data (marked stale). */
  keptLastGood: boolean;
}

export function emit<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: false }));
}
