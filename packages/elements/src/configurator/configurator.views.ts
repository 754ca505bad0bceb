// The configurator's page: the form, the check's status, the preview's place and the copy fields.
// Templates over the state (configurator.state.ts); what the controls do comes in as `actions`.
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { keyed } from 'lit/directives/keyed.js';
import type { MessageKey } from './messages.js';
import { COMMON_CONTROLS, CONTROLS, feedAddress, numberValid, pageAddress, SOURCE_KIND, WIDGETS, type Control, type Values } from './options.js';
import { known, paren, state, t, type CheckState, type Outputs } from './configurator.state.js';

/** What the page's controls do (configurator.ts). */
export interface Actions {
  /** Any field of the form changed (input and change events). */
  onInput(event: Event): void;
  /** "Check the address" (the form's submit). */
  check(): void;
  toggleLocale(): void;
  /** Copies `text`, or selects the field `fieldId` where the clipboard is refused; `name` is announced. */
  copy(text: string, fieldId: string, name: string): void;
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

function copyField(id: string, labelKey: MessageKey, text: string, rows: number, copy: Actions['copy']): TemplateResult {
  const name = t(labelKey);
  return html`<div class="zx-cfg-field zx-cfg-copy">
    <label for=${id}>${name}</label>
    <textarea id=${id} readonly rows=${rows} spellcheck="false" autocomplete="off" .value=${text}></textarea>
    <button type="button" class="zx-cfg-button" @click=${() => copy(text, id, name)}>${t('copyNamed', { name })}</button>
  </div>`;
}

function outputsView(out: Outputs, copy: Actions['copy']): TemplateResult {
  return html`
    <section class="zx-cfg-output" aria-labelledby="zx-out-link-h">
      <h3 id="zx-out-link-h">${t('linkHeading')}</h3>
      ${copyField('zx-out-link', 'linkHrefLabel', out.href, 4, copy)} ${copyField('zx-out-text', 'linkTextLabel', out.linkText, 1, copy)}
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
      ${copyField('zx-out-include', 'includeLabel', out.include, 3, copy)}
      <p class="zx-cfg-hint">${t('includeHint')}</p>
    </section>
    <section class="zx-cfg-output" aria-labelledby="zx-out-tag-h">
      <h3 id="zx-out-tag-h">${t('tagHeading')}</h3>
      ${copyField('zx-out-tag', 'tagLabel', out.tag, 4, copy)}
      <p class="zx-cfg-hint">${t('tagHint')}</p>
    </section>
    <section class="zx-cfg-output" aria-labelledby="zx-out-frame-h">
      <h3 id="zx-out-frame-h">${t('frameHeading')}</h3>
      ${copyField('zx-out-frame', 'frameLabel', out.iframe, 5, copy)}
      <p class="zx-cfg-hint">${t('frameHint')}</p>
      <p class="zx-cfg-hint">${t('frameSandbox')}</p>
      ${copyField('zx-out-resizer', 'resizerLabel', out.resizer, 2, copy)}
      <p class="zx-cfg-hint">${t('resizerHint')}</p>
    </section>
  `;
}

export function view(out: Outputs | null, actions: Actions): TemplateResult {
  const api = state.common['source-kind'] === 'api';
  const feed = feedAddress(state.feed, location.href, api);
  const page = pageAddress(state.page);
  const checkDone = state.check.state === 'done' ? state.check.result : null;
  const checkClass = checkDone ? (checkDone.kind === 'ok' ? 'zx-cfg-status ok' : 'zx-cfg-status bad') : state.check.state === 'input' ? 'zx-cfg-status bad' : 'zx-cfg-status';
  const values = state.values[state.widget];
  return html`
    <header class="zx-cfg-header">
      <h1>${t('title')}</h1>
      <button type="button" class="zx-cfg-button zx-cfg-lang" lang=${state.locale === 'en' ? 'zh-CN' : 'en'} @click=${actions.toggleLocale}>${t('switchTo')}</button>
    </header>
    <p class="zx-cfg-intro">${t('intro')}</p>
    <div class="zx-cfg-layout">
      <form class="zx-cfg-form" aria-label=${t('settings')} novalidate @input=${actions.onInput} @change=${actions.onInput} @submit=${(e: Event) => (e.preventDefault(), actions.check())}>
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
          ${out ? outputsView(out, actions.copy) : html`<p class="zx-cfg-hint">${t('outputsEmpty')}</p>`}
          <p class="zx-cfg-visually-hidden" role="status" aria-live="polite" id="zx-copy-status">${state.announcement}</p>
        </section>
      </div>
    </div>
  `;
}
