// Link embeds: a widget written as an ordinary link, the one form every CMS rich-text editor keeps
// (its link dialog and its source mode alike keep an `<a href>` with its whole URL, fragment included).
//
//   https://court.example/zhixing/feed/index.html#zhixing=gauge&src=https://court.example/zhixing/feed/&metric=closure-rate
//   └──────────── a page a person can read (no JavaScript needed) ──┘└ marker ┘└──── the widget's options ────┘
//
// The part before `#` is where the link leads without JavaScript (the publisher writes a readable
// `index.html` into every feed). The fragment names the widget and its attributes; a browser never
// sends a fragment to a server, so it cannot break the page it points at. This module only reads and
// writes the format: no DOM, so the configurator, the iframe page and Node tests share it. Which
// sources may become widgets is decided by the caller (`sourceAllowed`), never by the link.

/** The widgets a link can name, by their short name and by their tag. */
export type WidgetTag = 'zx-execution-gauge' | 'zx-debtor-lookup' | 'zx-exposure-board';

export const WIDGET_NAMES: Readonly<Record<string, WidgetTag>> = {
  gauge: 'zx-execution-gauge',
  lookup: 'zx-debtor-lookup',
  board: 'zx-exposure-board',
  'zx-execution-gauge': 'zx-execution-gauge',
  'zx-debtor-lookup': 'zx-debtor-lookup',
  'zx-exposure-board': 'zx-exposure-board',
};

/** The short name a link is written with. */
export const SHORT_NAMES: Readonly<Record<WidgetTag, string>> = {
  'zx-execution-gauge': 'gauge',
  'zx-debtor-lookup': 'lookup',
  'zx-exposure-board': 'board',
};

/**
 * The attributes a link may set, per widget: the elements' public attributes and nothing else. A link
 * is untrusted text, so no other name (`onclick`, `style`, `slot` …) can ever reach `setAttribute`.
 * `src` is not here: it goes through the source allowlist.
 */
export const LINK_ATTRIBUTES: Readonly<Record<WidgetTag, readonly string[]>> = {
  'zx-execution-gauge': ['court', 'metric', 'view', 'period', 'compare', 'target', 'label', 'period-picker'],
  'zx-debtor-lookup': ['court', 'live', 'live-delay', 'page-size', 'heading-level'],
  'zx-exposure-board': ['court', 'mode', 'section', 'kind', 'sort', 'page-seconds', 'page-size', 'refresh-seconds', 'paused', 'heading-level', 'offline-cache', 'qr-href', 'qr-label'],
};
/** Attributes every widget takes from a link. */
export const COMMON_LINK_ATTRIBUTES = ['source-kind', 'elder', 'loading', 'lang'] as const;
const BOOLEANS = new Set(['period-picker', 'live', 'paused', 'offline-cache', 'elder']);
const TRUE = new Set(['', '1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);
const MAX_VALUE = 200;

/** A link that names a widget. */
export interface EmbedLink {
  tag: WidgetTag;
  /** The feed (or API base) as an absolute http(s) URL. */
  src: string;
  /** Attribute name → value for `setAttribute`; a boolean attribute that is on has the value `''`. */
  attributes: Array<[name: string, value: string]>;
  /** Option names the widget does not take, or values refused: reported, never applied. */
  ignored: string[];
}

/** A link with the marker whose widget cannot be made: why, for the console. */
export interface EmbedLinkProblem {
  problem: 'unknown-widget' | 'bad-link' | 'no-source' | 'bad-source';
  detail: string;
}

/** Spaces of every kind (editors add trailing ones, `&nbsp;`, the ideographic space U+3000, zero-width ones). */
const SPACES = /[\s\u00a0\u200b-\u200d\u2060\u3000\ufeff]+/g;

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A stray `%` (a malformed escape): keep the text as written.
    return text;
  }
}

/** Full-width ＃＆＝％ and letters (a Chinese input method) to ASCII; spaces out. */
const fold = (text: string): string => text.normalize('NFKC').replace(SPACES, '');

/**
 * The fragment of `href` if it carries the marker `zhixing=` (in whatever shape editors leave it:
 * percent-encoded, `&amp;`-escaped, full-width, with spaces), as `key=value` parts; else null.
 */
function markedParts(href: string): string[] | null {
  let text = fold(href);
  let hash = text.indexOf('#');
  // `#` itself percent-encoded by an over-eager editor.
  if (hash < 0) {
    const encoded = text.search(/%23zhixing(?:=|%3d)/i);
    if (encoded < 0) return null;
    text = `${text.slice(0, encoded)}#${text.slice(encoded + 3)}`;
    hash = encoded;
  }
  let fragment = text.slice(hash + 1);
  // The whole fragment percent-encoded (`zhixing%3Dgauge%26src%3D…`): decode it once.
  if (/^zhixing%3d/i.test(fragment)) fragment = decode(fragment);
  // `&amp;` (and `&amp;amp;` from double escaping, `&#38;`) left in the attribute's text.
  fragment = fragment.replace(/&(?:amp;|#0*38;|#x0*26;)+/gi, '&');
  // Separators percent-encoded one by one (`zhixing=gauge%26src%3D…`): a `%26` before an option name and
  // its `=` is a separator (an encoded `&` inside a value, `label=A%20%26%20B`, is not followed by one).
  fragment = fragment.replace(/%26(?=[a-z][a-z-]*(?:=|%3d))/gi, '&');
  const parts = fragment.split('&').filter(Boolean);
  return parts.some((part) => /^zhixing(?:=|$)/i.test(fold(decode(part)))) ? parts : null;
}

/** Whether `href` carries the link-embed marker at all (cheap; for scanning a page's links). */
export function isMarked(href: string | null | undefined): boolean {
  return !!href && /zhixing/i.test(href.normalize('NFKC')) && markedParts(href) !== null;
}

/** The feed folder a link points at when it names no `src`: `…/feed/` or `…/feed/index.html`. */
function impliedSource(href: string): string | null {
  const page = fold(href).split('#')[0]!.split('?')[0]!;
  const dir = page.replace(/\/index\.html?$/i, '/');
  return dir.endsWith('/') ? dir : null;
}

/**
 * Reads a link embed: the widget, its source and attributes. `null` when `href` has no marker (an
 * ordinary link); an `EmbedLinkProblem` when it has the marker but cannot become a widget.
 * `base` resolves relative URLs (the page's address). A page served over https gets an http source
 * upgraded to https (the browser would block it as mixed content, and CMSs rewrite http→https too).
 */
export function parseEmbedLink(href: string, base: string): EmbedLink | EmbedLinkProblem | null {
  const parts = markedParts(href);
  if (!parts) return null;
  const options = new Map<string, string>();
  const ignored: string[] = [];
  for (const part of parts) {
    const plain = part.indexOf('=');
    const encoded = part.search(/%3d/i);
    // `key%3Dvalue`: the first `=`, plain or encoded, ends the name.
    const eq = plain < 0 || (encoded >= 0 && encoded < plain) ? encoded : plain;
    const key = fold(decode(eq < 0 ? part : part.slice(0, eq))).toLowerCase();
    const value = eq < 0 ? '' : decode(part.slice(eq + (eq === encoded ? 3 : 1))).normalize('NFKC').trim();
    if (!key) continue;
    // The first of a repeated key wins, as the marker's own does.
    if (!options.has(key)) options.set(key, value);
  }
  const widget = (options.get('zhixing') ?? '').replace(SPACES, '').toLowerCase();
  const tag = WIDGET_NAMES[widget];
  if (!tag) return { problem: 'unknown-widget', detail: `zhixing=${widget}: use gauge, lookup or board` };

  let linkUrl: URL;
  try {
    linkUrl = new URL(fold(href).split('#')[0]!, base);
  } catch {
    return { problem: 'bad-link', detail: href };
  }
  // The link itself must lead somewhere a person can go: never a `javascript:` or `data:` link dressed as a widget.
  if (linkUrl.protocol !== 'https:' && linkUrl.protocol !== 'http:') return { problem: 'bad-link', detail: `${linkUrl.protocol} link` };
  const written = options.has('src') ? options.get('src')!.replace(SPACES, '') : impliedSource(linkUrl.href);
  // A source with a broken escape (`%ZZ`) is a malformed link, not a path to guess at.
  if (written && /%(?![0-9a-f]{2})/i.test(written)) return { problem: 'bad-source', detail: written };
  if (!written) return { problem: 'no-source', detail: 'no src= in the link, and the link does not point at a feed folder' };
  let src: URL;
  try {
    src = new URL(written, linkUrl);
  } catch {
    return { problem: 'bad-source', detail: written };
  }
  if (src.protocol !== 'https:' && src.protocol !== 'http:') return { problem: 'bad-source', detail: `${src.protocol} is not http(s)` };
  if (src.username || src.password) return { problem: 'bad-source', detail: 'a source with a user name or password' };
  if (src.protocol === 'http:' && base.startsWith('https:')) src.protocol = 'https:';
  src.hash = '';

  const allowed = new Set<string>([...LINK_ATTRIBUTES[tag], ...COMMON_LINK_ATTRIBUTES]);
  const attributes: Array<[string, string]> = [];
  for (const [key, value] of options) {
    if (key === 'zhixing' || key === 'src') continue;
    if (!allowed.has(key) || value.length > MAX_VALUE) {
      ignored.push(key);
      continue;
    }
    if (BOOLEANS.has(key)) {
      const flag = value.toLowerCase();
      if (TRUE.has(flag)) attributes.push([key, '']);
      else if (!FALSE.has(flag)) ignored.push(key);
      continue;
    }
    if (key === 'lang' && !/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(value)) {
      ignored.push(key);
      continue;
    }
    attributes.push([key, value]);
  }
  return { tag, src: src.href, attributes, ignored };
}

export const isProblem = (parsed: EmbedLink | EmbedLinkProblem): parsed is EmbedLinkProblem => 'problem' in parsed;

/** Percent-encodes a value for the fragment, leaving `:` and `/` readable (a URL stays legible to an editor). */
const encode = (value: string): string => encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/');

/**
 * Writes a link embed's address: `page` (where the link leads without JavaScript; by default the
 * feed's readable `index.html`) with the widget, its source and attributes in the fragment.
 */
export function formatEmbedLink(options: { tag: WidgetTag; src: string; attributes?: Iterable<[string, string]>; page?: string }): string {
  const src = new URL(options.src).href;
  const page = options.page ? options.page.split('#')[0] : new URL('index.html', src.endsWith('/') ? src : `${src}/`).href;
  let fragment = `zhixing=${SHORT_NAMES[options.tag]}&src=${encode(src)}`;
  for (const [name, value] of options.attributes ?? []) fragment += `&${name}${BOOLEANS.has(name) && value === '' ? '=1' : `=${encode(value)}`}`;
  return `${page}#${fragment}`;
}

/**
 * Whether a source may become a widget on this page: `allowed` lists URL prefixes (a feed folder, a
 * site) or `'self'` (the page's own site). http and https of one host count as one site (CMSs rewrite
 * links between them); host, port and path must match, a path only at a `/` boundary
 * (`…/feed/` allows `…/feed/` and `…/feed/x/`, not `…/feedback/`). Nothing allowed: nothing matches.
 */
export function sourceAllowed(src: string, allowed: readonly string[], page: string): boolean {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return false;
  }
  const pageUrl = new URL(page);
  const dir = (path: string) => (path.endsWith('/') ? path : `${path}/`);
  // http and https on their default ports are one site; an explicit port must match.
  const site = (u: URL) => `${u.hostname}:${u.port || 'default'}`;
  const sameSite = (a: URL, b: URL) => site(a) === site(b);
  for (const raw of allowed) {
    const entry = fold(raw).replace(/^'|'$/g, '');
    if (!entry) continue;
    if (entry.toLowerCase() === 'self') {
      if (sameSite(url, pageUrl)) return true;
      continue;
    }
    let prefix: URL;
    try {
      prefix = new URL(entry, page);
    } catch {
      continue;
    }
    if (prefix.protocol !== 'http:' && prefix.protocol !== 'https:') continue;
    if (sameSite(url, prefix) && dir(url.pathname).startsWith(dir(prefix.pathname))) return true;
  }
  return false;
}

/** A list written in an attribute: separated by spaces, commas or semicolons (also full-width). */
export function splitList(text: string | null | undefined): string[] {
  return (text ?? '').normalize('NFKC').split(/[\s,;]+/).filter(Boolean);
}
