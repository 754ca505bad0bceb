// The configurator page for web editors (dist/embed/configurator.html, also in each release folder):
// pick a widget, the court's data address and options; see the real widget live; copy the link (the
// form every CMS editor keeps), the template include, the tag or the iframe code. Runs from any plain
// static server, beside the embed loader (`zhixing.min.js`, included by the page), which defines the
// previewed element when it appears. Rendered with lit-html templates; no innerHTML, no inline styles.
import { html, nothing, render, type TemplateResult } from 'lit/html.js';
import { keyed } from 'lit/directives/keyed.js';
import { isProblem, parseEmbedLink } from '../internal/embed-link.js';
import type { Locale } from '../internal/i18n.js';
import { widgetFor } from '../internal/link-embeds.js';
import { checkFeed, type CheckResult, type Period } from './check.js';
import { hasMessage, message, type MessageKey } from './messages.js';
import {
  attributesOf,
  COMMON_CONTROLS,
  CONTROLS,
  defaults,
  feedAddress,
  numberValid,
  pageAddress,
  SOURCE_KIND,
  snippets,
  WIDGETS,
  type Control,
  type Snippets,
  type Values,
  type Widget,
} from './options.js';

type CheckState = { state: 'idle' } | { state: 'checking'; url: string } | { state: 'done'; result: CheckResult } | { state: 'input'; key: MessageKey; text: string };

interface State {
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
const state: State = {
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
const files = {
  loader: document.querySelector<HTMLScriptElement>('script[data-zx-loader]')?.src ?? new URL('zhixing.min.js', location.href).href,
  frame: new URL('frame.html', location.href).href,
  resizer: new URL('zhixing-resizer.min.js', location.href).href,
};

const t = (key: MessageKey, params?: Record<string, string | number>) => message(state.locale, key, params);
/** A run-time key (`value.metric.closure-rate`) as a typed one, if it has a text. */
const known = (key: string): MessageKey | null => (hasMessage(key) ? key : null);
const paren = (text: string) => (state.locale === 'en' ? ` (${text})` : `（${text}）`);

// ---- what the form produces ----------------------------------------------------------------------

interface Outputs extends Snippets {
  src: string;
  linkText: string;
}

function outputs(typed = state.feed): Outputs | null {
  const feed = feedAddress(typed, location.href, state.common['source-kind'] === 'api');
  if (!('url' in feed)) return null;
  const page = pageAddress(state.page);
  // The link text is in the widget's language (a page that follows the site's: Chinese).
  const linkText = message(state.common.lang === 'en' ? 'en' : 'zh-CN', `text.${state.widget}`);
  const attributes = attributesOf(state.widget, state.values[state.widget], state.common);
  return { src: feed.url, linkText, ...snippets({ widget: state.widget, src: feed.url, attributes, page: page || null, linkText, files }) };
}

function checkText(check: CheckState): string {
  switch (check.state) {
    case 'idle':
      return '';
    case 'input':
      return t(check.key, { text: check.text });
    case 'checking':
      return t('checking', { url: check.url });
    case 'done': {
      const r = check.result;
      if (r.kind === 'ok') return t('check.ok', { court: (state.locale === 'en' && r.court.nameEn) || r.court.name, url: r.url });
      if (r.kind === 'offline') return t('check.offline');
      if (r.kind === 'http') return t('check.http', { url: r.url, status: r.status });
      if (r.kind === 'cors') return t('check.cors', { url: r.url, origin: r.origin });
      return t(`check.${r.kind}`, { url: r.url });
    }
  }
}

// ---- events ----------------------------------------------------------------------------------------

function onInput(event: Event): void {
  const target = event.target as HTMLInputElement | HTMLSelectElement | null;
  if (!target?.name) return;
  const value = target instanceof HTMLInputElement && target.type === 'checkbox' ? (target.checked ? '1' : '') : target.value;
  const scope = target.dataset.scope;
  if (target.name === 'widget') {
    if (!(target as HTMLInputElement).checked) return;
    state.widget = value as Widget;
  } else if (target.name === 'feed') {
    if (event.type === 'change') state.previewFeed = value;
    else if (state.feed === value) return;
    if (state.feed !== value) state.check = { state: 'idle' };
    state.feed = value;
  } else if (target.name === 'page') {
    state.page = value;
  } else if (scope === 'common') {
    if (target.name === 'source-kind' && state.common[target.name] !== value) state.check = { state: 'idle' };
    state.common[target.name] = value;
  } else if (scope === 'option') {
    state.values[state.widget][target.name] = value;
  }
  update();
}

let checks = 0;
async function runCheck(): Promise<void> {
  const api = state.common['source-kind'] === 'api';
  const feed = feedAddress(state.feed, location.href, api);
  if (!('url' in feed)) {
    state.check = { state: 'input', key: `check.${feed.problem}`, text: feed.text };
    update();
    return;
  }
  const run = ++checks;
  state.previewFeed = state.feed;
  state.check = { state: 'checking', url: feed.url };
  update();
  const result = await checkFeed(feed.url, api);
  // A newer check (or a changed address) wins.
  if (run !== checks || state.check.state !== 'checking') return;
  state.check = { state: 'done', result };
  if (result.kind === 'ok') {
    state.periods = result.periods;
    state.courts = result.courts;
  }
  update();
}

let announced = 0;
/** Copies `text`; where the clipboard is refused, selects the field's text for Ctrl+C instead. */
async function copy(text: string, fieldId: string, name: string): Promise<void> {
  // Alternating an invisible character makes a screen reader announce the same words again.
  const say = (words: string) => {
    state.announcement = words + (++announced % 2 ? '' : '\u200b');
    update();
  };
  try {
    await navigator.clipboard.writeText(text);
    say(t('copied', { name }));
  } catch {
    const field = document.getElementById(fieldId) as HTMLTextAreaElement | null;
    field?.focus();
    field?.select();
    say(t('selected', { name }));
  }
}

function toggleLocale(): void {
  state.locale = state.locale === 'en' ? 'zh-CN' : 'en';
  const url = new URL(location.href);
  if (state.locale === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  history.replaceState(null, '', url);
  update();
}

// ---- view --------------------------------------------------------------------------------------------

function valueLabel(name: string, value: string): string {
  if (name === 'heading-level') return t('value.heading-level', { n: value });
  const key = known(`value.${name}.${value}`);
  const text = key ? t(key) : value;
  return value && key ? text + paren(value) : text;
}

function control(c: Control, values: Values, scope: 'option' | 'common'): TemplateResult {
  const id = `zx-${scope}-${c.name}`;
  const value = values[c.name] ?? '';
  const label = t(known(`option.${c.name}`) ?? 'settings');
  const hintKey = known(`hint.${c.name}`);
  const hint = hintKey ? html`<p class="zx-cfg-hint" id="${id}-hint">${t(hintKey)}</p>` : nothing;
  const hidden = !!c.when && !c.when(values);
  if (c.kind === 'checkbox') {
    return html`<div class="zx-cfg-check" ?hidden=${hidden}>
      <input type="checkbox" id=${id} name=${c.name} data-scope=${scope} .checked=${value === '1'} />
      <label for=${id}>${label}</label>
    </div>`;
  }
  if (c.kind === 'select') {
    return html`<div class="zx-cfg-field" ?hidden=${hidden}>
      <label for=${id}>${label}</label>
      <select id=${id} name=${c.name} data-scope=${scope} aria-describedby=${hintKey ? `${id}-hint` : nothing} .value=${value}>
        ${c.values.map((v) => html`<option value=${v} ?selected=${v === value}>${valueLabel(c.name, v)}${v === c.default ? t('default') : ''}</option>`)}
      </select>
      ${hint}
    </div>`;
  }
  const invalid = c.kind === 'number' && !numberValid(c, value);
  const range = c.kind === 'number' ? (c.max === undefined ? t('atLeast', { min: c.min }) : t('range', { min: c.min, max: c.max })) : '';
  const describedBy = [hintKey ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="zx-cfg-field" ?hidden=${hidden}>
    <label for=${id}>${label}${c.kind === 'number' ? paren(range) : ''}</label>
    <input
      type="text"
      id=${id}
      name=${c.name}
      data-scope=${scope}
      inputmode=${c.kind === 'number' ? 'decimal' : nothing}
      maxlength=${c.kind === 'text' ? c.maxLength : nothing}
      list=${c.kind === 'text' && c.list ? c.list : nothing}
      placeholder=${c.kind === 'number' && c.default !== undefined ? String(c.default) : nothing}
      autocomplete="off"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      .value=${value}
    />
    ${hint}
    ${invalid ? html`<p class="zx-cfg-error" id="${id}-error">${t('invalid.number', { range })}</p>` : nothing}
  </div>`;
}

function copyField(id: string, labelKey: MessageKey, text: string, rows: number): TemplateResult {
  const name = t(labelKey);
  return html`<div class="zx-cfg-field zx-cfg-copy">
    <label for=${id}>${name}</label>
    <textarea id=${id} readonly rows=${rows} spellcheck="false" autocomplete="off" .value=${text}></textarea>
    <button type="button" class="zx-cfg-button" @click=${() => copy(text, id, name)}>${t('copyNamed', { name })}</button>
  </div>`;
}

function outputsView(out: Outputs): TemplateResult {
  return html`
    <section class="zx-cfg-output" aria-labelledby="zx-out-link-h">
      <h3 id="zx-out-link-h">${t('linkHeading')}</h3>
      ${copyField('zx-out-link', 'linkHrefLabel', out.href, 4)} ${copyField('zx-out-text', 'linkTextLabel', out.linkText, 1)}
      <h4>${t('linkStepsHeading')}</h4>
      <ol class="zx-cfg-steps">
        <li>${t('linkStep.1', { text: out.linkText })}</li>
        <li>${t('linkStep.2')}</li>
        <li>${t('linkStep.3')}</li>
        <li>${t('linkStep.4')}</li>
        <li>${t('linkStep.5')}</li>
      </ol>
      <p class="zx-cfg-hint">${t('linkNote')}</p>
    </section>
    <section class="zx-cfg-output" aria-labelledby="zx-out-include-h">
      <h3 id="zx-out-include-h">${t('includeHeading')}</h3>
      ${copyField('zx-out-include', 'includeLabel', out.include, 3)}
      <p class="zx-cfg-hint">${t('includeHint')}</p>
    </section>
    <section class="zx-cfg-output" aria-labelledby="zx-out-tag-h">
      <h3 id="zx-out-tag-h">${t('tagHeading')}</h3>
      ${copyField('zx-out-tag', 'tagLabel', out.tag, 4)}
      <p class="zx-cfg-hint">${t('tagHint')}</p>
    </section>
    <section class="zx-cfg-output" aria-labelledby="zx-out-frame-h">
      <h3 id="zx-out-frame-h">${t('frameHeading')}</h3>
      ${copyField('zx-out-frame', 'frameLabel', out.iframe, 5)}
      <p class="zx-cfg-hint">${t('frameHint')}</p>
      <p class="zx-cfg-hint">${t('frameSandbox')}</p>
      ${copyField('zx-out-resizer', 'resizerLabel', out.resizer, 2)}
      <p class="zx-cfg-hint">${t('resizerHint')}</p>
    </section>
  `;
}

function view(out: Outputs | null): TemplateResult {
  const api = state.common['source-kind'] === 'api';
  const feed = feedAddress(state.feed, location.href, api);
  const page = pageAddress(state.page);
  const checkDone = state.check.state === 'done' ? state.check.result : null;
  const checkClass = checkDone ? (checkDone.kind === 'ok' ? 'zx-cfg-status ok' : 'zx-cfg-status bad') : state.check.state === 'input' ? 'zx-cfg-status bad' : 'zx-cfg-status';
  const values = state.values[state.widget];
  return html`
    <header class="zx-cfg-header">
      <h1>${t('title')}</h1>
      <button type="button" class="zx-cfg-button zx-cfg-lang" lang=${state.locale === 'en' ? 'zh-CN' : 'en'} @click=${toggleLocale}>${t('switchTo')}</button>
    </header>
    <p class="zx-cfg-intro">${t('intro')}</p>
    <div class="zx-cfg-layout">
      <form class="zx-cfg-form" aria-label=${t('settings')} novalidate @input=${onInput} @change=${onInput} @submit=${(e: Event) => (e.preventDefault(), void runCheck())}>
        <fieldset>
          <legend>${t('widgetLegend')}</legend>
          ${WIDGETS.map(
            (w) => html`<div class="zx-cfg-radio">
              <input type="radio" id="zx-widget-${w}" name="widget" value=${w} .checked=${state.widget === w} aria-describedby="zx-widget-${w}-hint" />
              <label for="zx-widget-${w}">${t(`widget.${w}`)}<span class="zx-cfg-hint" id="zx-widget-${w}-hint">${t(`widget.${w}.hint`)}</span></label>
            </div>`,
          )}
        </fieldset>

        <fieldset>
          <legend>${t('feedLegend')}</legend>
          <div class="zx-cfg-field">
            <label for="zx-feed">${t('feedLabel')}</label>
            <input
              type="text"
              id="zx-feed"
              name="feed"
              inputmode="url"
              autocomplete="url"
              spellcheck="false"
              autocapitalize="off"
              placeholder="https://…/zhixing/feed/"
              aria-describedby="zx-feed-hint zx-feed-used"
              .value=${state.feed}
            />
            <p class="zx-cfg-hint" id="zx-feed-hint">${t('feedHint')}</p>
            <p class="zx-cfg-hint zx-cfg-url" id="zx-feed-used">${'url' in feed && feed.url !== state.feed.trim() ? t('feedUsed', { url: feed.url }) : ''}</p>
          </div>
          ${control(SOURCE_KIND, state.common, 'common')}
          <div class="zx-cfg-actions">
            <button type="submit" class="zx-cfg-button zx-cfg-primary" id="zx-check">${t('check')}</button>
          </div>
          <p id="zx-check-status" class=${checkClass} role="status" aria-live="polite">${checkText(state.check)}</p>
        </fieldset>

        <fieldset>
          <legend>${t('optionsLegend')}</legend>
          ${keyed(state.widget, CONTROLS[state.widget].map((c) => control(c, values, 'option')))}
          <datalist id="zx-periods">${state.periods.map((p) => html`<option value=${p.id}>${p.label}</option>`)}</datalist>
          <datalist id="zx-courts">${state.courts.map((p) => html`<option value=${p.id}>${p.label}</option>`)}</datalist>
        </fieldset>

        <fieldset>
          <legend>${t('displayLegend')}</legend>
          ${COMMON_CONTROLS.map((c) => control(c, state.common, 'common'))}
        </fieldset>

        <fieldset>
          <legend>${t('linkLegend')}</legend>
          <div class="zx-cfg-field">
            <label for="zx-page">${t('option.page')}</label>
            <input
              type="text"
              id="zx-page"
              name="page"
              inputmode="url"
              autocomplete="url"
              spellcheck="false"
              autocapitalize="off"
              aria-invalid=${page === false ? 'true' : 'false'}
              aria-describedby=${page === false ? 'zx-page-hint zx-page-error' : 'zx-page-hint'}
              .value=${state.page}
            />
            <p class="zx-cfg-hint" id="zx-page-hint">${api ? t('hint.pageApi') : t('hint.page', { url: out ? `${out.src}index.html` : '…/index.html' })}</p>
            ${page === false ? html`<p class="zx-cfg-error" id="zx-page-error">${t('invalid.page')}</p>` : nothing}
          </div>
        </fieldset>
      </form>

      <div class="zx-cfg-results">
        <section class="zx-cfg-preview" aria-labelledby="zx-preview-h">
          <h2 id="zx-preview-h">${t('previewHeading')}</h2>
          <p class="zx-cfg-hint">${out ? t('previewHint') : t('previewEmpty')}</p>
          <div class="zx-cfg-preview-host" id="zx-preview"></div>
        </section>
        <section class="zx-cfg-outputs" aria-labelledby="zx-outputs-h">
          <h2 id="zx-outputs-h">${t('outputsHeading')}</h2>
          ${out ? outputsView(out) : html`<p class="zx-cfg-hint">${t('outputsEmpty')}</p>`}
          <p class="zx-cfg-visually-hidden" role="status" aria-live="polite" id="zx-copy-status">${state.announcement}</p>
        </section>
      </div>
    </div>
  `;
}

// ---- the live preview -------------------------------------------------------------------------------

let shown = '';
let previewTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Re-creates the previewed widget when what the link says changed: the element the loader makes
 * of the link (`parseEmbedLink` + `widgetFor`, as on a published page), its fallback link inside.
 * It loads at once whatever `loading` says (below the form on a phone, it would wait for a scroll).
 */
function showPreview(out: Outputs | null): void {
  const host = document.getElementById('zx-preview');
  if (!host) return;
  const key = out ? `${out.href}\n${out.linkText}` : '';
  if (key === shown) return;
  shown = key;
  const parsed = out ? parseEmbedLink(out.href, location.href) : null;
  if (!out || !parsed || isProblem(parsed)) {
    host.replaceChildren();
    return;
  }
  const widget = widgetFor(parsed);
  widget.removeAttribute('data-zx-link');
  widget.setAttribute('loading', 'eager');
  const fallback = document.createElement('a');
  fallback.href = out.href.split('#')[0]!;
  fallback.textContent = out.linkText;
  widget.append(fallback);
  host.replaceChildren(widget);
}

const app = document.getElementById('zx-configurator')!;

function update(): void {
  document.documentElement.lang = state.locale;
  document.title = t('title');
  const out = outputs();
  render(view(out), app);
  // Typing in a field (a label, a number) waits for a pause.
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => showPreview(outputs(state.previewFeed)), 300);
}

document.getElementById('zx-needs-js')?.remove();
update();
