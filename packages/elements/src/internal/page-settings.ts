// Page-wide settings every element follows: language (`lang` on the element or any ancestor, across
// shadow roots) and the elder-friendly mode (适老化: `elder` on the element, or `data-zx-elder` on
// <html>). One MutationObserver serves all elements on the page.
import type { ReactiveControllerHost } from 'lit';
import { toLocale, type Locale } from './i18n.js';

const hosts = new Set<ReactiveControllerHost>();
const FILTER = ['lang', 'data-zx-elder'];
let observer: MutationObserver | undefined;
const observedRoots = new Set<Node>();

/**
 * Watches `lang` / `data-zx-elder` on every element of the document (and of each shadow root an
 * element sits in), not only on <html>: an editor may switch a section, the element itself or a
 * host component to English after the element rendered.
 */
export function watchPageSettings(host: ReactiveControllerHost & Element): () => void {
  hosts.add(host);
  observer ??= new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
  observeRoot(document.documentElement);
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observeRoot(root);
  return () => {
    hosts.delete(host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
      observedRoots.clear();
    }
  };
}

function observeRoot(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer!.observe(root, { attributes: true, subtree: true, attributeFilter: FILTER });
}

/** The nearest `lang`, crossing shadow roots (a host component's `lang` counts), else <html>'s. */
export function languageOf(element: Element): string {
  for (let node: Element | null = element; node; ) {
    const tagged = node.closest('[lang]');
    if (tagged) return tagged.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang;
}

export function localeOf(element: Element): Locale {
  return toLocale(languageOf(element));
}

export function pageElderMode(): boolean {
  return document.documentElement.hasAttribute('data-zx-elder');
}
