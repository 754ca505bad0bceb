// Deep scans of what an element puts in the page: every text node and every attribute, through nested
// shadow roots and template contents. Used by the lawful-publication and XSS regression suites.
import { findLeaks, type Finding, type ForbiddenSet } from '@zhixing/mocks';

export interface Rendered {
  /** e.g. `text in <dd>`, `attr href on <a>` */
  where: string;
  text: string;
  element: Element | undefined;
}

function* walk(root: Node): Generator<Node> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node: Node | null = walker.currentNode;
  while (node) {
    yield node;
    if (node instanceof Element) {
      if (node.shadowRoot) yield* walk(node.shadowRoot);
      if (node instanceof HTMLTemplateElement) yield* walk(node.content);
    }
    node = walker.nextNode();
  }
}

/** Every text node and attribute value in the element's shadow tree (not what a user typed into a field). */
export function renderedStrings(el: Element): Rendered[] {
  const out: Rendered[] = [];
  const root = el.shadowRoot ?? el;
  for (const node of walk(root)) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node as Text).data;
      if (text.trim()) out.push({ where: `text in <${node.parentElement?.localName ?? '#root'}>`, text, element: node.parentElement ?? undefined });
    } else if (node instanceof Element) {
      for (const name of node.getAttributeNames()) {
        const value = node.getAttribute(name) ?? '';
        if (value) out.push({ where: `attr ${name} on <${node.localName}${node.getAttribute('part') ? ` part=${node.getAttribute('part')}` : ''}>`, text: value, element: node });
      }
    }
  }
  // The host's own attributes too (data-*, aria-*, title set by the element).
  for (const name of el.getAttributeNames()) out.push({ where: `host attr ${name}`, text: el.getAttribute(name) ?? '', element: el });
  return out;
}

/** All rendered text joined (for "the payload appears somewhere" checks). */
export function renderedText(el: Element): string {
  return renderedStrings(el)
    .map((r) => r.text)
    .join('\n');
}

export interface Located extends Finding {
  where: string;
  state: string;
}

/** Forbidden content found in the element's DOM, labelled with the state it was found in. */
export function scanForLeaks(el: Element, forbidden: ForbiddenSet, state: string, options: { echoesQuery?: (node: Element | undefined) => boolean } = {}): Located[] {
  const found: Located[] = [];
  for (const r of renderedStrings(el)) {
    // Where the element echoes what the user typed (the lookup's status line), the typed name is not a
    // publication; a full ID would still be one (the element must mask it).
    const echo = options.echoesQuery?.(r.element) ?? false;
    for (const f of findLeaks(r.text, forbidden)) if (!echo || f.kind === 'known-id' || f.kind === 'id-shaped') found.push({ ...f, where: r.where, state });
  }
  return found;
}

/** Forbidden content in anything else the element hands out (event details). */
export function scanValue(value: unknown, forbidden: ForbiddenSet, state: string, only?: ReadonlyArray<Located['kind']>): Located[] {
  const text = JSON.stringify(value) ?? '';
  return findLeaks(text, forbidden)
    .filter((f) => !only || only.includes(f.kind))
    .map((f) => ({ ...f, context: f.context.slice(0, 200), where: 'event detail', state }));
}

const DANGEROUS_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style', 'math', 'foreignobject', 'template', 'noscript', 'xmp', 'listing', 'marquee', 'isindex', 'animate', 'set', 'use', 'image']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster', 'background', 'srcset', 'ping', 'codebase', 'cite']);

/** Markup that could execute: on* attributes, script-ish URLs, elements no Zhixing template creates. */
export function unsafeMarkup(el: Element): string[] {
  const problems: string[] = [];
  const root = el.shadowRoot ?? el;
  for (const node of walk(root)) {
    if (!(node instanceof Element)) continue;
    const tag = node.localName.toLowerCase();
    if (DANGEROUS_TAGS.has(tag)) problems.push(`<${tag}> element`);
    for (const name of node.getAttributeNames()) {
      const lower = name.toLowerCase();
      const value = node.getAttribute(name) ?? '';
      if (lower.startsWith('on')) problems.push(`${lower} attribute on <${tag}>`);
      if (lower === 'style' && /expression\s*\(|javascript:|url\s*\(/i.test(value)) problems.push(`style with script on <${tag}>`);
      if (URL_ATTRIBUTES.has(lower) || lower.endsWith(':href')) {
        const squashed = value.replace(/[\u0000-\u0020\u007f-\u009f\p{Cf}]/gu, '').toLowerCase();
        if (/^(javascript|vbscript|data|file):/.test(squashed) || lower === 'srcdoc') problems.push(`${lower}="${value.slice(0, 80)}" on <${tag}>`);
        if (!/^(https?:|#|mailto:|tel:|$)/.test(squashed) && (tag === 'a' || tag === 'img') && !squashed.startsWith('/')) problems.push(`non-http ${lower}="${value.slice(0, 80)}" on <${tag}>`);
      }
    }
  }
  return problems;
}

/** Elements whose text a reader sees as a name. */
export const NAME_SELECTORS = '[part~=name], [part~=result-name]';
