// Registering twice (the script included twice, or next to another version) must not crash the page,
// and a tag taken by something else must be reported as what it is.
/** This package's version (kept equal to package.json by the release test). */
export const VERSION = '0.3.0';

type ZhixingConstructor = CustomElementConstructor & { version?: string; elementStyles?: ReadonlyArray<{ cssText?: string } | CSSStyleSheet>; shadowRootOptions?: ShadowRootInit };

/** Marks our classes, so a tag taken by another library is told apart from another Zhixing copy. */
const BRAND = Symbol.for('zhixing.element');

let legacyStylesheet: string | undefined;

/**
 * The legacy embed's empty same-origin stylesheet. Where `adoptedStyleSheets` is missing (Chromium
 * < 73) Lit falls back to `<style>` elements, which `style-src 'self'` blocks; instead each shadow
 * root links this file (allowed by `'self'`) and the element's rules go in through CSSOM
 * `insertRule`, which no CSP governs.
 */
export function useLinkedStyles(url: string): void {
  legacyStylesheet = url;
}

/** Top-level rules of a stylesheet's text (braces in strings are not expected in our CSS). */
function splitRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      rules.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return rules.filter(Boolean);
}

/** @internal Appends the rules of Lit's CSSResults (a native sheet only where adoptedStyleSheets exists, so never here). */
export function insertRules(sheet: CSSStyleSheet, styles: ReadonlyArray<{ cssText?: string } | CSSStyleSheet>): void {
  for (const style of styles) {
    for (const rule of splitRules((style as { cssText?: string }).cssText ?? '')) {
      // A rule this browser does not know is dropped, as its CSS parser would.
      try {
        sheet.insertRule(rule, sheet.cssRules.length);
      } catch {
        /* unsupported here: the earlier fallback declarations apply */
      }
    }
  }
}

function linkStyles(constructor: ZhixingConstructor, href: string): void {
  const proto = constructor.prototype as HTMLElement & { renderOptions: { renderBefore?: ChildNode | null } };
  Object.defineProperty(proto, 'createRenderRoot', {
    configurable: true,
    value(this: typeof proto) {
      const root = this.shadowRoot ?? this.attachShadow(constructor.shadowRootOptions ?? { mode: 'open' });
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.addEventListener('load', () => {
        if (link.sheet) insertRules(link.sheet as CSSStyleSheet, constructor.elementStyles ?? []);
      });
      link.addEventListener('error', () => console.error(`[zhixing] could not load ${href}: serve the whole embed folder, same origin`));
      root.appendChild(link);
      // Lit renders before its own style nodes; keep the same order.
      this.renderOptions.renderBefore ??= root.firstChild;
      return root;
    },
  });
}

/**
 * Whether `tag` is defined already; if so by something other than this very copy, says so in the
 * console: an error naming the real cause when the page's own (non-Zhixing) class holds the tag, a
 * warning when another Zhixing version does.
 */
export function definedAlready(tag: string, constructor?: CustomElementConstructor & { version?: string }): boolean {
  const existing = customElements.get(tag) as ZhixingConstructor | undefined;
  if (!existing) return false;
  if (existing === constructor) return true;
  const version = constructor?.version ?? VERSION;
  // Copies built before the brand existed still carry a version.
  if (!(existing as unknown as Record<symbol, boolean>)[BRAND] && typeof existing.version !== 'string') {
    // Not ours: whatever the page defined shows instead, so say exactly that and how to fix it.
    console.error(`[zhixing] <${tag}> is already defined by another script on this page (not Zhixing), so Zhixing ${version} cannot show it. Remove that other definition of <${tag}>, or rename it.`);
  } else if (existing.version !== version) {
    console.warn(`[zhixing] <${tag}> is already defined by Zhixing ${existing.version ?? '(unknown version)'}; this copy (${version}) is not used. Include one version of Zhixing per page.`);
  }
  return true;
}

/**
 * Defines `tag` with `constructor` unless it is defined already (then says why in the console: another
 * Zhixing copy or the page's own element); on old Chromium without `adoptedStyleSheets` it links the
 * legacy embed's stylesheet first.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor & { version?: string }): void {
  const element = constructor as ZhixingConstructor;
  (element as unknown as Record<symbol, boolean>)[BRAND] = true;
  if (definedAlready(tag, element)) return;
  if (legacyStylesheet && !('adoptedStyleSheets' in Document.prototype)) linkStyles(element, legacyStylesheet);
  customElements.define(tag, element);
}
