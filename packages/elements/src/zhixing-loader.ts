// The embed's application module, built twice: dist/embed/zhixing-app.min.js (modern syntax) and
// dist/embed/legacy/zhixing-app.min.js (lowered to Chromium 69, polyfills first). Pages include
// neither directly: the classic one-tag script dist/embed/zhixing.min.js (src/zhixing-classic.js)
// imports the one this browser can parse. It defines only the Zhixing elements that are on the page:
// each element's code (and the code it shares with the others, in separate chunks beside this file)
// is downloaded when its tag first appears in the document, at load or later (a CMS widget inserted
// after load, a single-page app's next view). A page with only the gauge downloads only the gauge.
// Including it twice, or next to a per-element bundle of the same build, costs nothing: a module URL
// runs once, a tag defined already is not loaded again, and a second registration is ignored.
// No eval, no inline script: the chunks are same-origin module imports (strict CSP, Trusted Types).
//
// Link embeds: where the page template allows sources (`data-zx-sources` on the loader's script tag,
// or `configure({ links })`), ordinary links that name a widget in their fragment become that widget
// (docs/link-embeds.md). The code that does it is a chunk of its own, downloaded only when the page
// allows sources and has such a link.
import { configure as configureSources } from './internal/source.js';
import { definedAlready, VERSION } from './internal/define.js';
import { supported, UNSUPPORTED } from './internal/support.js';
import { LINK_SELECTOR } from './internal/link-marker.js';
import type { LinkEmbedSettings } from './internal/link-embeds.js';

export { VERSION };
export type { LinkEmbedSettings };

/** Each element's entry: relative to this file, so the embed directory may be served from anywhere. */
const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'zx-execution-gauge': () => import('./zx-execution-gauge/zx-execution-gauge.define.js'),
  'zx-debtor-lookup': () => import('./zx-debtor-lookup/zx-debtor-lookup.define.js'),
  'zx-exposure-board': () => import('./zx-exposure-board/zx-exposure-board.define.js'),
};

const loads = new Map<string, Promise<void>>();
const loaded = new Set<string>();
let observer: MutationObserver | undefined;
/** What the template allows to become widgets (script tag and `configure` together); none: no link is touched. */
let links: LinkEmbedSettings = { sources: [] };
let linkCode: Promise<typeof import('./internal/link-embeds.js')> | undefined;
let toldNoSources = false;

/** Why a load failed, in words a web editor can act on (null: nothing specific to say). */
function explain(error: unknown): string | null {
  const text = String(error instanceof Error ? error.message : error);
  if (/createPolicy|trusted.?type|policy/i.test(text)) {
    return `this page's Content-Security-Policy enforces Trusted Types but does not allow the policy "lit-html" that Zhixing renders through. Add it: "trusted-types lit-html" (and 'allow-duplicates' if the page also includes a per-element zx-*.min.js bundle). See docs/browser-support.md.`;
  }
  return null;
}

/** On the page too, for an editor checking the result: a short note before the fallback link. */
function showOnPage(tag: string): void {
  for (const el of document.querySelectorAll(tag)) {
    if (el.shadowRoot || el.querySelector('[data-zx-message]')) continue;
    const note = document.createElement('small');
    note.setAttribute('data-zx-message', '');
    note.setAttribute('role', 'note');
    const en = (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('en');
    note.textContent = en
      ? 'This widget is blocked by the site’s security policy (Trusted Types); details in the browser console. '
      : '本组件被网站的安全策略（Trusted Types）阻止，详见浏览器控制台。';
    el.prepend(note);
  }
}

function load(tag: string): Promise<void> {
  let loading = loads.get(tag);
  if (!loading) {
    // Defined already (a per-element bundle, another copy): one Lit, one Trusted Types policy.
    const ready = definedAlready(tag) ? Promise.resolve() : ELEMENTS[tag]!();
    loading = ready.then(
      () => {
        loaded.add(tag);
        // Everything is defined and no link can become a widget: nothing left to watch for.
        if (loaded.size === Object.keys(ELEMENTS).length && !links.sources.length) {
          observer?.disconnect();
          observer = undefined;
        }
      },
      (error: unknown) => {
        // Say so where a web editor looks; the element's fallback content stays on the page, and
        // the next appearance of the tag tries again.
        const why = explain(error);
        console.error(`[zhixing] could not load <${tag}>${why ? `: ${why}` : ''}`, error);
        if (why) showOnPage(tag);
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
  if ((root instanceof Element && root.matches(LINK_SELECTOR)) || root.querySelector(LINK_SELECTOR)) upgradeLinks(root);
}

/** Marked links in `root` become widgets, as far as the template allows. */
function upgradeLinks(root: Element | Document): void {
  if (!links.sources.length) {
    if (!toldNoSources) console.info('[zhixing] this page has links to Zhixing widgets, but its template allows no source (data-zx-sources on the Zhixing script tag), so they stay links. See docs/link-embeds.md.');
    toldNoSources = true;
    return;
  }
  linkCode ??= import('./internal/link-embeds.js');
  linkCode.then(
    (code) => {
      for (const tag of code.upgradeLinks(root, links)) void load(tag).catch(() => undefined);
    },
    (error: unknown) => {
      // The links stay links; a later scan tries again.
      linkCode = undefined;
      console.error('[zhixing] could not load the link-embed code', error);
    },
  );
}

/** A list in an attribute: separated by spaces, commas or semicolons (full-width ones too). */
const list = (text: string | null): string[] => (text ?? '').normalize('NFKC').split(/[\s,;]+/).filter(Boolean);

/**
 * The allowlist on the loader's own `<script>` tag: `data-zx-sources` (source URL prefixes, or
 * `'self'`) and `data-zx-containers` (a CSS selector). Only a script loaded from this embed folder
 * counts: a `<script data-zx-sources>` left in an article by anyone else allows nothing.
 */
function settingsFromScript(): LinkEmbedSettings {
  const here = new URL('./', import.meta.url).href;
  const folders = [here, here.replace(/legacy\/$/, '')];
  const settings: { sources: string[]; containers?: string } = { sources: [] };
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[data-zx-sources],script[data-zx-containers]')) {
    if (!script.src || !folders.includes(new URL('./', script.src).href)) continue;
    settings.sources.push(...list(script.getAttribute('data-zx-sources')));
    const containers = script.getAttribute('data-zx-containers');
    if (containers !== null) settings.containers = containers;
  }
  return settings;
}

/** Page-wide settings: a default client and client options (see `internal/source.ts`), and which links become widgets. */
export function configure(options: Parameters<typeof configureSources>[0] & { links?: LinkEmbedSettings }): void {
  if (options.links) {
    const fromScript = settingsFromScript();
    links = { sources: [...fromScript.sources, ...options.links.sources], containers: options.links.containers ?? fromScript.containers };
    if (typeof document !== 'undefined' && supported()) {
      watch();
      if (document.querySelector(LINK_SELECTOR)) upgradeLinks(document);
    }
  }
  configureSources(options);
}

/** Watches for elements and links added later (a CMS fragment, a single-page app's next view). */
function watch(): void {
  if (observer) return;
  observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
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

/** The page-script API of the classic one-tag embed, as `window.zhixing`. */
export interface ZhixingGlobal {
  readonly version: string;
  configure: typeof configure;
  defineElements: typeof defineElements;
  /** Runs `callback` with this API: `(window.zhixing = window.zhixing || []).push(fn)` works before and after load. */
  push(callback: (api: ZhixingGlobal) => void): void;
}

function publish(): void {
  const holder = window as unknown as { zhixing?: ZhixingGlobal | Array<(api: ZhixingGlobal) => void> };
  const queued = holder.zhixing;
  // Another copy already answers (the app included twice): keep the first.
  if (queued && !Array.isArray(queued)) return;
  const api: ZhixingGlobal = { version: VERSION, configure, defineElements, push: (callback) => callback(api) };
  holder.zhixing = api;
  for (const callback of queued ?? []) callback(api);
}

if (typeof document !== 'undefined') {
  if (!supported()) {
    console.warn(UNSUPPORTED);
  } else {
    links = settingsFromScript();
    // Page scripts' settings first, so the first elements already use them.
    publish();
    scan(document);
    // Disconnected once all elements are defined, unless links may still become widgets.
    watch();
  }
}
