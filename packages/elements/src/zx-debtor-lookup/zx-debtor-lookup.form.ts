// The search form and the coverage notice. State and handlers come from the element.
import { html, nothing, type TemplateResult } from 'lit';
import type { Court, Locale } from '@zhixing/sdk';
import type { FieldProblem } from './zx-debtor-lookup.identifier.js';
import { DATA_LANG, messageWithData } from '../internal/data-text.js';
import { icon } from '../internal/icons.js';
import { msg } from './zx-debtor-lookup.render.js';

/** The authoritative nationwide check (中国执行信息公开网). */
export const NATIONAL_SITE = 'https://zxgk.court.gov.cn/';

export interface FormContext {
  locale: Locale;
  nameProblem: FieldProblem | undefined;
  idProblem: FieldProblem | undefined;
  /** Rate-limited: the button stays focusable but does nothing (aria-disabled), so focus is not lost. */
  coolingDown: boolean;
  onSubmit: (event: Event) => void;
  onKeydown: (event: Event) => void;
  onInput: (event: Event) => void;
  onIdBlur: (event: Event) => void;
  onCompositionStart: (event: Event) => void;
  onCompositionEnd: (event: Event) => void;
}

function renderProblem(id: string, problem: FieldProblem | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  return html`<p id=${id} class="field-error" part="field-error">${icon('warning')} ${msg(locale, problem.key, problem.params)}</p>`;
}

// The submit button shares the identifier's row (issue 20): beside the input wherever both fit, its
// top at the input's top in every engine whatever the labels' height; below it on the narrowest screens.
export function renderForm(ctx: FormContext): TemplateResult {
  const { locale, nameProblem, idProblem } = ctx;
  const m = (key: Parameters<typeof msg>[1]) => msg(locale, key);
  return html`<form part="form" lang=${locale} role="search" aria-label=${m('formLabel')} novalidate @submit=${ctx.onSubmit} @keydown=${ctx.onKeydown}>
    <div class="control name-control">
      <label for="name" part="label">${m('nameLabel')} <span class="muted">${m('required')}</span></label>
      <input
        id="name"
        part="input name-input"
        type="text"
        autocomplete="off"
        spellcheck="false"
        required
        aria-invalid=${nameProblem ? 'true' : 'false'}
        aria-describedby=${nameProblem ? 'name-error name-hint' : 'name-hint'}
        @input=${ctx.onInput}
        @compositionstart=${ctx.onCompositionStart}
        @compositionend=${ctx.onCompositionEnd}
      />
      <p id="name-hint" class="hint muted" part="hint">${m('nameHint')}</p>
      <div class="problem" aria-live="polite">${renderProblem('name-error', nameProblem, locale)}</div>
    </div>
    <div class="control id-control">
      <label for="identifier" part="label">${m('idLabel')} <span class="muted">${m('optional')}</span></label>
      <div class="input-row">
        <input
          id="identifier"
          part="input id-input"
          type="text"
          autocomplete="off"
          spellcheck="false"
          autocapitalize="characters"
          aria-invalid=${idProblem ? 'true' : 'false'}
          aria-describedby=${idProblem ? 'id-error id-hint' : 'id-hint'}
          @input=${ctx.onInput}
          @blur=${ctx.onIdBlur}
          @compositionstart=${ctx.onCompositionStart}
          @compositionend=${ctx.onCompositionEnd}
        />
        <button type="submit" part="submit-button" aria-disabled=${ctx.coolingDown ? 'true' : 'false'}>${m('submit')}</button>
      </div>
      <p id="id-hint" class="hint muted" part="hint">${m('idHint')}</p>
      <div class="problem" aria-live="polite">${renderProblem('id-error', idProblem, locale)}</div>
    </div>
  </form>`;
}

/** This court's records only; the national site is the authoritative check and is always linked. */
export function renderNotice(court: Court | undefined, locale: Locale): TemplateResult {
  const m = (key: Parameters<typeof msg>[1], params?: Record<string, string>) => msg(locale, key, params);
  const english = locale === 'en' && court?.nameEn;
  const courtName = court ? (english ? court.nameEn! : court.name) : m('thisCourt');
  // The court's Chinese name inside an English sentence is read with a Chinese voice.
  const scope = court && !english ? messageWithData((placeholder) => m('scope', { court: placeholder }), courtName, DATA_LANG) : m('scope', { court: courtName });
  // The court's own page is an extra link, never a replacement for the national one.
  const ownPage = court?.dataPageUrl && new URL(court.dataPageUrl).host !== new URL(NATIONAL_SITE).host ? court.dataPageUrl : undefined;
  return html`<p class="scope" part="notice" lang=${locale}>
    ${icon('info')} ${scope}${m('national')}<a href=${NATIONAL_SITE} target="_blank" rel="noopener noreferrer"
      >${m('nationalLink')}<span class="visually-hidden">${m('newWindow')}</span></a
    >${m('nationalAfter')}
    ${ownPage
      ? html`<a href=${ownPage} target="_blank" rel="noopener noreferrer">${m('courtPage')}<span class="visually-hidden">${m('newWindow')}</span></a>`
      : nothing}
  </p>`;
}
