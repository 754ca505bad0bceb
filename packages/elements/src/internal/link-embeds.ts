// Turns link embeds (internal/embed-link.ts) into widgets, on the published page. Loaded by the
// one-tag loader only where the page template allows sources and the page has a marked link, so a
// page without links downloads none of this.
//
// Rules, in order (each refusal leaves the link exactly as the editor saved it):
//  - a link inside a Zhixing element (a snippet's fallback, or one upgraded already) or inside an
//    editing area (`contenteditable`: a back office that includes the loader) is left alone;
//  - the link must name a widget and a source (`parseEmbedLink`), its own address must be http(s);
//  - the source must be allowed by the template (`sourceAllowed`), and the link must sit inside one
//    of the containers the template names, if it names any;
//  - only a link on a line of its own becomes the (block) widget: a link in running text stays a link.
// The editor's inline wrappers around the link (`<span style>`, `<font>`, `<strong>` …) are replaced
// by the widget; the block around it (`<p>`, `<td>`, `<div>`) stays, and the widget's `:host` resets
// what such a block passes on (text-indent, text-align …). The link moves inside the widget as its
// fallback content.
import { isMarked, isProblem, parseEmbedLink, sourceAllowed, type EmbedLink } from './embed-link.js';
import { HREF_ATTRIBUTES, LINK_SELECTOR } from './link-marker.js';

/** Which links a page allows to become widgets: set on the loader's script tag or through `configure`. */
export interface LinkEmbedSettings {
  /** Source URL prefixes (a feed folder, a site) or `'self'` (this page's own site). Nothing listed: no link becomes a widget. */
  sources: readonly string[];
  /** CSS selector: only links inside matching elements (the article body) become widgets. */
  containers?: string;
}

const WIDGETS = 'zx-execution-gauge,zx-debtor-lookup,zx-exposure-board';
/** Elements that only style their text: a link wrapped in them alone is still alone on its line. */
const INLINE = new Set(['SPAN', 'FONT', 'STRONG', 'B', 'EM', 'I', 'U', 'S', 'STRIKE', 'SMALL', 'BIG', 'MARK', 'INS', 'DEL', 'CODE', 'TT', 'SUB', 'SUP', 'LABEL', 'ABBR', 'CITE', 'Q', 'NOBR']);
/** Content that makes a line more than a link. */
const CONTENT = 'img,svg,video,audio,iframe,object,embed,canvas,picture,input,button,select,textarea';
const BLANK = /^[\s\u00a0\u200b-\u200d\u2060\u3000\ufeff]*$/;

const told = new WeakSet<Element>();

function hrefOf(link: Element): string | null {
  for (const name of HREF_ATTRIBUTES) {
    const value = link.getAttribute(name);
    if (isMarked(value)) return value;
  }
  return null;
}

/** Says once per link, in the console, why it stays a link (an administrator checking the page looks there). */
function tell(link: Element, why: string, level: 'warn' | 'info' = 'warn'): void {
  if (told.has(link)) return;
  told.add(link);
  console[level](`[zhixing] this link stays a link: ${why}`, link);
}

/** The link itself, or an inline wrapper whose only content is that link. */
function isLinkOrWrapper(node: Node, marked: (a: Element) => boolean): boolean {
  if (!(node instanceof Element)) return false;
  if (node.localName === 'a') return marked(node);
  if (!INLINE.has(node.tagName)) return false;
  let links = 0;
  for (const child of node.childNodes) {
    if (isIgnorable(child)) continue;
    if (!isLinkOrWrapper(child, marked) || ++links > 1) return false;
  }
  return links === 1;
}

/** Whitespace, comments, `<br>` and empty inline wrappers. */
function isIgnorable(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return BLANK.test(node.nodeValue ?? '');
  if (node.nodeType === Node.COMMENT_NODE) return true;
  if (!(node instanceof Element)) return false;
  // A widget made from a link before this one on the same line.
  if (node.localName === 'br' || node.matches(WIDGETS)) return true;
  return INLINE.has(node.tagName) && BLANK.test(node.textContent ?? '') && !node.querySelector(CONTENT);
}

/**
 * The node the widget replaces when `link` stands on a line of its own (its inline wrappers
 * included), or null when it is part of running text. A line ends at the block around it or at
 * a `<br>`; other marked links on the same line do not make it running text (each becomes a widget).
 */
function ownLine(link: Element, marked: (a: Element) => boolean): Node | null {
  let node: Element = link;
  while (node.parentElement && INLINE.has(node.parentElement.tagName) && isLinkOrWrapper(node.parentElement, marked)) node = node.parentElement;
  for (const step of ['previousSibling', 'nextSibling'] as const) {
    for (let sibling = node[step]; sibling; sibling = sibling[step]) {
      if (sibling instanceof Element && sibling.localName === 'br') break;
      if (!isIgnorable(sibling) && !isLinkOrWrapper(sibling, marked)) return null;
    }
  }
  const parent = node.parentElement;
  // Inside an inline element with other content (a sentence in <strong>): running text.
  if (!parent || INLINE.has(parent.tagName) || parent.localName === 'a') return null;
  return node;
}

/** Whether `link` is inside an element matching `selector`; an invalid selector matches nothing (and says so once). */
function inside(link: Element, selector: string): boolean {
  try {
    return !!link.closest(selector);
  } catch {
    if (!told.has(document.documentElement)) {
      told.add(document.documentElement);
      console.error(`[zhixing] data-zx-containers="${selector}" is not a valid CSS selector: no link becomes a widget`);
    }
    return false;
  }
}

/** Makes the widget a link names. Only the names `parseEmbedLink` allows reach `setAttribute`. */
export function widgetFor(embed: EmbedLink): HTMLElement {
  const widget = document.createElement(embed.tag);
  widget.setAttribute('src', embed.src);
  for (const [name, value] of embed.attributes) widget.setAttribute(name, value);
  widget.setAttribute('data-zx-link', '');
  return widget;
}

/**
 * Upgrades the marked links in `root` that `settings` allow; returns the widgets' tags (to load).
 * Safe to call again on the same tree (a MutationObserver batch, a second copy of the loader).
 */
export function upgradeLinks(root: ParentNode, settings: LinkEmbedSettings): string[] {
  const candidates = [...root.querySelectorAll(LINK_SELECTOR)];
  if (root instanceof Element && root.matches(LINK_SELECTOR)) candidates.unshift(root);
  const parsed = new Map<Element, ReturnType<typeof parseEmbedLink>>();
  const parse = (a: Element) => {
    if (!parsed.has(a)) {
      const href = hrefOf(a);
      parsed.set(a, href ? parseEmbedLink(href, document.baseURI) : null);
    }
    return parsed.get(a)!;
  };
  const marked = (a: Element) => parse(a) !== null;
  const tags: string[] = [];
  for (const link of candidates) {
    if (!link.isConnected || link.closest(WIDGETS) || link.closest('[contenteditable]:not([contenteditable="false"])')) continue;
    const embed = parse(link);
    if (!embed) continue;
    // Outside the article body (comments, a forum post): as intended, so only a note.
    if (settings.containers !== undefined && !inside(link, settings.containers)) {
      tell(link, `it is outside the containers this page allows (${settings.containers})`, 'info');
      continue;
    }
    if (isProblem(embed)) {
      tell(link, `${embed.problem} (${embed.detail})`);
      continue;
    }
    if (!sourceAllowed(embed.src, settings.sources, location.href)) {
      tell(link, `its source ${embed.src} is not allowed on this page. To show it, add that address to data-zx-sources on the Zhixing script tag (see docs/link-embeds.md)`);
      continue;
    }
    const line = ownLine(link, marked);
    // In running text a widget would break the sentence: the link (to a readable page) is the better form.
    if (!line) continue;
    if (embed.ignored.length) console.warn(`[zhixing] <${embed.tag}> from a link: ignored ${embed.ignored.join(', ')} (not an attribute of this widget, or a value out of range)`);
    const widget = widgetFor(embed);
    line.parentNode!.replaceChild(widget, line);
    widget.append(link);
    tags.push(embed.tag);
  }
  return tags;
}
