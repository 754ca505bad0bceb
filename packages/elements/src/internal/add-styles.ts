// Styles that arrive with code loaded on demand. Apart from define.ts, which every page loads with
// the loader, since only the gauge's trend view needs this.
import type { CSSResult } from 'lit';
import { insertRules } from './define.js';

/**
 * Adds styles to a rendered element's shadow root after the fact: code loaded on demand brings its
 * own (the gauge's trend view). Constructed sheets where the browser adopts them; in the legacy
 * embed, rules inserted into the linked stylesheet (once it has loaded), as for the element's own.
 */
export function addStyles(root: ShadowRoot, styles: ReadonlyArray<CSSResult>): void {
  if ('adoptedStyleSheets' in Document.prototype) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...styles.flatMap((style) => (style.styleSheet ? [style.styleSheet] : []))];
    return;
  }
  const link = root.querySelector<HTMLLinkElement>('link[rel="stylesheet"]');
  if (!link) return;
  if (link.sheet) insertRules(link.sheet as CSSStyleSheet, styles);
  else link.addEventListener('load', () => insertRules(link.sheet as CSSStyleSheet, styles), { once: true });
}
