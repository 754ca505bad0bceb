// Page-wide settings every element follows: language (`lang` on the element or any ancestor) and
// the elder-friendly mode (适老化: `elder` on the element, or `data-zx-elder` on <html>). One
// MutationObserver serves all elements on the page.
import type { ReactiveControllerHost } from 'lit';
import { toLocale, type Locale } from './i18n';

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

export function watchPageSettings(host: ReactiveControllerHost): () => void {
  hosts.add(host);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'data-zx-elder'] });
  }
  return () => {
    hosts.delete(host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

export function localeOf(element: Element): Locale {
  return toLocale(element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
}

export function pageElderMode(): boolean {
  return document.documentElement.hasAttribute('data-zx-elder');
}
