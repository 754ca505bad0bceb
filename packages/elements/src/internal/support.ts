// The oldest browser the embed supports is Chromium 69 (with the legacy build's polyfills). Below
// it nothing is defined, so each element keeps its fallback link: never a half-working widget.
export function supported(): boolean {
  return (
    typeof customElements !== 'undefined' &&
    typeof Element.prototype.attachShadow === 'function' &&
    // Chromium 69: the newest language feature the widgets use without a polyfill.
    typeof Array.prototype.flat === 'function' &&
    typeof fetch === 'function' &&
    typeof AbortController === 'function' &&
    typeof IntersectionObserver === 'function'
  );
}

export const UNSUPPORTED = '[zhixing] this browser is too old for the Zhixing widgets (Chromium 69 or later needed); the links inside the elements stay.';
