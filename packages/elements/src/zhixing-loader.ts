// The one-script-tag embed, built as dist/embed/zhixing.min.js. It defines only the Zhixing elements
// that are on the page: each element's code (and the code it shares with the others, in separate
// chunks beside this file) is downloaded when its tag first appears in the document, at load or
// later (a CMS widget inserted after load, a single-page app's next view). A page with only the
// gauge downloads only the gauge. Including it twice, or next to a per-element bundle of the same
// build, costs nothing: a module URL runs once, and a second registration of a tag is ignored.
// No eval, no inline script: the chunks are same-origin module imports (strict CSP, Trusted Types).
export { configure } from './internal/source';
export { VERSION } from './internal/define';

/** Each element's entry: relative to this file, so the embed directory may be served from anywhere. */
const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'zx-execution-gauge': () => import('./zx-execution-gauge/zx-execution-gauge.define'),
  'zx-debtor-lookup': () => import('./zx-debtor-lookup/zx-debtor-lookup.define'),
  'zx-exposure-board': () => import('./zx-exposure-board/zx-exposure-board.define'),
};

const loads = new Map<string, Promise<void>>();
const loaded = new Set<string>();
let observer: MutationObserver | undefined;

function load(tag: string): Promise<void> {
  let loading = loads.get(tag);
  if (!loading) {
    loading = ELEMENTS[tag]!().then(
      () => {
        loaded.add(tag);
        // Everything is defined: nothing left to watch for.
        if (loaded.size === Object.keys(ELEMENTS).length) observer?.disconnect();
      },
      (error: unknown) => {
        // Say so where a web editor looks; the element's fallback content stays on the page, and
        // the next appearance of the tag tries again.
        console.error(`[zhixing] could not load <${tag}>`, error);
        loads.delete(tag);
        throw error;
      },
    );
    loads.set(tag, loading);
  }
  return loading;
}

function scan(root: Element | Document): void {
  if (root instanceof Element && root.localName in ELEMENTS) void load(root.localName).catch(() => undefined);
  for (const tag of Object.keys(ELEMENTS)) {
    if (!loads.has(tag) && root.querySelector(tag)) void load(tag).catch(() => undefined);
  }
}

/**
 * Defines the named Zhixing elements now (all three when none are named), for elements the page
 * creates where the loader cannot see them (inside another component's shadow root, or before they
 * are attached). Resolves when they are defined.
 */
export async function defineElements(...tags: string[]): Promise<void> {
  const wanted = tags.length ? tags : Object.keys(ELEMENTS);
  for (const tag of wanted) if (!(tag in ELEMENTS)) throw new RangeError(`not a Zhixing element: <${tag}>`);
  await Promise.all(wanted.map(load));
}

if (typeof document !== 'undefined') {
  scan(document);
  // Elements added later (a CMS fragment, a single-page app's next view); disconnected once all are defined.
  observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
