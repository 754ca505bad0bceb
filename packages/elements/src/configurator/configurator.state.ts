// The configurator's state (one page, one form: a module-level object the events change and the
// view reads), its texts, and what the form produces: the link, the include, the tag and the iframe
// code (options.ts writes them).
import type { Locale } from '../internal/i18n.js';
import type { CheckResult, Period } from './check.js';
import { hasMessage, message, type MessageKey } from './messages.js';
import { attributesOf, COMMON_CONTROLS, CONTROLS, defaults, feedAddress, pageAddress, SOURCE_KIND, snippets, WIDGETS, type Snippets, type Values, type Widget } from './options.js';

export type CheckState = { state: 'idle' } | { state: 'checking'; url: string } | { state: 'done'; result: CheckResult } | { state: 'input'; key: MessageKey; text: string };

export interface State {
  locale: Locale;
  widget: Widget;
  feed: string;
  /** The address as last left (change event, Enter, check): the preview reads this one, not every keystroke. */
  previewFeed: string;
  /** Each widget's options, kept when switching between widgets. */
  values: Record<Widget, Values>;
  /** source-kind, lang, elder, loading. */
  common: Values;
  page: string;
  check: CheckState;
  periods: Period[];
  /** A multi-court feed's courts (code and name), for the court field's suggestions. */
  courts: Period[];
  /** The copy buttons' announcement (a polite live region). */
  announcement: string;
}

const query = new URLSearchParams(location.search);
const requestedWidget = query.get('widget') as Widget | null;
export const state: State = {
  locale: query.get('lang')?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN',
  widget: requestedWidget && WIDGETS.includes(requestedWidget) ? requestedWidget : 'gauge',
  feed: query.get('src') ?? '',
  previewFeed: query.get('src') ?? '',
  values: { gauge: defaults(CONTROLS.gauge), lookup: defaults(CONTROLS.lookup), board: defaults(CONTROLS.board) },
  common: defaults([SOURCE_KIND, ...COMMON_CONTROLS]),
  page: '',
  check: { state: 'idle' },
  periods: [],
  courts: [],
  announcement: '',
};

/** The release files beside this page: the loader as the page includes it (versioned in a release), frame.html, the resizer. */
export const files = {
  loader: document.querySelector<HTMLScriptElement>('script[data-zx-loader]')?.src ?? new URL('zhixing.min.js', location.href).href,
  frame: new URL('frame.html', location.href).href,
  resizer: new URL('zhixing-resizer.min.js', location.href).href,
};

export const t = (key: MessageKey, params?: Record<string, string | number>) => message(state.locale, key, params);
/** A run-time key (`value.metric.closure-rate`) as a typed one, if it has a text. */
export const known = (key: string): MessageKey | null => (hasMessage(key) ? key : null);
export const paren = (text: string) => (state.locale === 'en' ? ` (${text})` : `（${text}）`);

// ---- what the form produces ----------------------------------------------------------------------

export interface Outputs extends Snippets {
  src: string;
  linkText: string;
}

export function outputs(typed = state.feed): Outputs | null {
  const feed = feedAddress(typed, location.href, state.common['source-kind'] === 'api');
  if (!('url' in feed)) return null;
  const page = pageAddress(state.page);
  // The link text is in the widget's language (a page that follows the site's: Chinese).
  const linkText = message(state.common.lang === 'en' ? 'en' : 'zh-CN', `text.${state.widget}`);
  const attributes = attributesOf(state.widget, state.values[state.widget], state.common);
  return { src: feed.url, linkText, ...snippets({ widget: state.widget, src: feed.url, attributes, page: page || null, linkText, files }) };
}
