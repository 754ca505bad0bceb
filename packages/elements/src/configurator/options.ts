// What the configurator offers for each widget, and what it writes. The option names and values are
// the elements' public attributes (custom-elements.json); the link format is internal/embed-link.ts
// (`formatEmbedLink`), never written here. No DOM: the snippets are plain text.
import { COMMON_LINK_ATTRIBUTES, formatEmbedLink, LINK_ATTRIBUTES, type WidgetTag } from '../internal/embed-link.js';

export type Widget = 'gauge' | 'lookup' | 'board';
export const WIDGETS: readonly Widget[] = ['gauge', 'lookup', 'board'];
export const TAGS: Readonly<Record<Widget, WidgetTag>> = {
  gauge: 'zx-execution-gauge',
  lookup: 'zx-debtor-lookup',
  board: 'zx-exposure-board',
};

/** The option values of one widget as the form holds them: text, or `'1'`/`''` for a checkbox. */
export type Values = Record<string, string>;

interface Base {
  name: string;
  /** Shown only when this holds for the current values (e.g. signage-only options). */
  when?: (values: Values) => boolean;
  /** Written into the link even when it is the default (the option a link is about). */
  always?: boolean;
}
export type Control =
  | (Base & { kind: 'select'; values: readonly string[]; default: string })
  | (Base & { kind: 'number'; min: number; max?: number; step?: number; default?: number })
  | (Base & { kind: 'text'; maxLength: number; /** The id of the `<datalist>` of suggestions. */ list?: 'zx-periods' | 'zx-courts' })
  | (Base & { kind: 'checkbox' });

const HEADING_LEVELS = ['2', '1', '3', '4', '5', '6'];
const signage = (v: Values) => v.mode === 'signage';
const rate = (v: Values) => v.metric !== 'money-recovered';
/** The gauge's one-period options (period, comparison, picker) do not apply to view="trend". */
const onePeriod = (v: Values) => v.view !== 'trend';
/** One court of a multi-court feed (court code, e.g. 湘0725); suggested from the checked feed's court.json. */
const COURT: Control = { name: 'court', kind: 'text', maxLength: 16, list: 'zx-courts' };

/** Per widget, in the order the form shows them. */
export const CONTROLS: Readonly<Record<Widget, readonly Control[]>> = {
  gauge: [
    COURT,
    { name: 'metric', kind: 'select', values: ['closure-rate', 'actual-execution-rate', 'money-recovered'], default: 'closure-rate', always: true },
    { name: 'view', kind: 'select', values: ['gauge', 'trend'], default: 'gauge' },
    { name: 'period', kind: 'text', maxLength: 64, list: 'zx-periods', when: onePeriod },
    { name: 'compare', kind: 'select', values: ['', 'previous', 'target'], default: '', when: onePeriod },
    { name: 'target', kind: 'number', min: 0, max: 100, step: 0.1, when: rate },
    { name: 'label', kind: 'text', maxLength: 60 },
    { name: 'period-picker', kind: 'checkbox', when: onePeriod },
  ],
  lookup: [
    COURT,
    { name: 'live', kind: 'checkbox' },
    { name: 'page-size', kind: 'number', min: 1, max: 100, default: 10 },
    { name: 'heading-level', kind: 'select', values: HEADING_LEVELS, default: '2' },
  ],
  board: [
    COURT,
    { name: 'mode', kind: 'select', values: ['embedded', 'signage'], default: 'embedded' },
    { name: 'section', kind: 'select', values: ['dishonest', 'restricted', 'rewards'], default: 'dishonest', when: (v) => !signage(v) },
    { name: 'kind', kind: 'select', values: ['all', 'natural-person', 'organization'], default: 'all' },
    { name: 'sort', kind: 'select', values: ['published', 'amount'], default: 'published' },
    { name: 'page-seconds', kind: 'number', min: 5, max: 600, default: 12, when: signage },
    { name: 'page-size', kind: 'number', min: 1, max: 12, default: 4, when: signage },
    { name: 'refresh-seconds', kind: 'number', min: 1, max: 86400, default: 60 },
    { name: 'offline-cache', kind: 'checkbox', when: signage },
    { name: 'qr-href', kind: 'text', maxLength: 200, when: signage },
    { name: 'qr-label', kind: 'text', maxLength: 40, when: signage },
    { name: 'heading-level', kind: 'select', values: HEADING_LEVELS, default: '2' },
  ],
};

/** Options every widget takes (shown in their own fieldset). `source-kind` sits with the address. */
export const COMMON_CONTROLS: readonly Control[] = [
  { name: 'lang', kind: 'select', values: ['', 'zh-CN', 'en'], default: '' },
  { name: 'elder', kind: 'checkbox' },
  { name: 'loading', kind: 'select', values: ['lazy', 'eager'], default: 'lazy' },
];
export const SOURCE_KIND: Control = { name: 'source-kind', kind: 'select', values: ['static', 'api'], default: 'static' };

/** The form's default values for `controls`. */
export function defaults(controls: readonly Control[]): Values {
  const out: Values = {};
  for (const c of controls) out[c.name] = c.kind === 'select' ? c.default : c.kind === 'number' && c.default !== undefined ? String(c.default) : '';
  return out;
}

/** Whether a number option's text is acceptable (empty is: the element's default). */
export function numberValid(control: Control & { kind: 'number' }, text: string): boolean {
  if (text.trim() === '') return true;
  const n = Number(text);
  return Number.isFinite(n) && n >= control.min && (control.max === undefined || n <= control.max);
}

/**
 * The attributes the widget gets from the form: the options it shows, without the defaults (but
 * for `always` ones) and without invalid numbers; a checked box is `''`. Only names the link format
 * allows for this widget (a safety net: the lists above are checked against it).
 */
export function attributesOf(widget: Widget, values: Values, common: Values): Array<[string, string]> {
  const allowed = new Set<string>([...LINK_ATTRIBUTES[TAGS[widget]], ...COMMON_LINK_ATTRIBUTES]);
  const out: Array<[string, string]> = [];
  const add = (controls: readonly Control[], from: Values) => {
    for (const c of controls) {
      if (!allowed.has(c.name) || (c.when && !c.when(from))) continue;
      const value = (from[c.name] ?? '').trim();
      if (c.kind === 'checkbox') {
        if (value) out.push([c.name, '']);
      } else if (c.kind === 'select') {
        if (value && c.values.includes(value) && (c.always || value !== c.default)) out.push([c.name, value]);
      } else if (c.kind === 'number') {
        if (value && numberValid(c, value) && Number(value) !== c.default) out.push([c.name, String(Number(value))]);
      } else if (value) {
        out.push([c.name, value.slice(0, c.maxLength)]);
      }
    }
  };
  add(CONTROLS[widget], values);
  add([SOURCE_KIND, ...COMMON_CONTROLS], common);
  return out;
}

/**
 * The feed folder from what the editor typed: resolved against the configurator's address, an
 * `index.html` or `court.json` at its end taken off (the address of a file in the folder, pasted
 * from the browser), and ending in `/`. API bases are kept as written (but for query and fragment).
 */
export type FeedAddress = { url: string } | { problem: 'empty' | 'invalid' | 'protocol'; text: string };
export function feedAddress(typed: string, base: string, api: boolean): FeedAddress {
  const text = typed.normalize('NFKC').trim();
  if (!text) return { problem: 'empty', text };
  let url: URL;
  try {
    url = new URL(/^[a-z][\w+.-]*:/i.test(text) || text.startsWith('/') ? text : `https://${text}`, base);
  } catch {
    return { problem: 'invalid', text };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'protocol', text };
  if (!url.hostname || url.username || url.password) return { problem: 'invalid', text };
  url.search = '';
  url.hash = '';
  if (!api) {
    url.pathname = url.pathname.replace(/\/(?:index\.html?|court\.json)$/i, '/');
    if (!url.pathname.endsWith('/')) url.pathname += '/';
  }
  return { url: url.href };
}

/** An optional absolute http(s) address (the link's readable page): null when empty, false when invalid. */
export function pageAddress(typed: string): string | null | false {
  const text = typed.trim();
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : false;
  } catch {
    return false;
  }
}

/** Text for an HTML attribute value or element content in a snippet. */
export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Default heights of the iframe per widget (the resizer adjusts them to the content). */
export const FRAME_HEIGHTS: Readonly<Record<Widget, number>> = { gauge: 360, lookup: 520, board: 640 };

export interface Snippets {
  /** The link's address (for a CMS link dialog): `page#zhixing=…`. */
  href: string;
  /** The one-line include for the page template. */
  include: string;
  /** The element tag with its fallback link. */
  tag: string;
  /** The iframe showing the widget through frame.html. */
  iframe: string;
  /** The resizer include for pages with such iframes. */
  resizer: string;
}

/**
 * Every output of the configurator for one widget. `files` are the absolute addresses of the
 * release files beside the configurator: the loader, frame.html and the resizer.
 */
export function snippets(options: {
  widget: Widget;
  src: string;
  attributes: Array<[string, string]>;
  page: string | null;
  linkText: string;
  files: { loader: string; frame: string; resizer: string };
}): Snippets {
  const { widget, src, attributes, page, linkText, files } = options;
  const tag = TAGS[widget];
  const href = formatEmbedLink({ tag, src, attributes, ...(page ? { page } : {}) });
  const fallback = href.split('#')[0]!;
  const attrs = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  const frameSrc = formatEmbedLink({ tag, src, attributes, page: files.frame });
  const lang = attributes.find(([name]) => name === 'lang')?.[1];
  return {
    href,
    include: `<script src="${escapeHtml(files.loader)}" data-zx-sources="${escapeHtml(src)}"></script>`,
    tag: `<${tag} src="${escapeHtml(src)}"${attrs}>\n  <a href="${escapeHtml(fallback)}">${escapeHtml(linkText)}</a>\n</${tag}>`,
    iframe: `<iframe src="${escapeHtml(frameSrc)}" title="${escapeHtml(linkText)}"${lang ? ` lang="${escapeHtml(lang)}"` : ''} width="100%" height="${FRAME_HEIGHTS[widget]}" frameborder="0" loading="lazy"></iframe>`,
    resizer: `<script src="${escapeHtml(files.resizer)}"></script>`,
  };
}
