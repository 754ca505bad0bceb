// Rendering of one search result page, and the status line above it. Every value from the source is
// bound as text (names are untrusted); the only URL bound is the restriction order's, which the
// contract limits to http(s).
import { html, nothing, type TemplateResult } from 'lit';
import { formatCalendarDate, formatMoney, maskIdentifier, maskIdsInText, type DebtorRecord, type Locale, type SearchResult } from '@zhixing/sdk';
import { DATA_LANG, messageWithData, translate } from '../internal/index.js';
import { icon } from '../internal/icons.js';
import { lookupMessages, type LookupMessageKey } from './zx-debtor-lookup.messages.js';
import type { LookupSearch } from './zx-debtor-lookup.search.js';

export type RecordType = DebtorRecord['type'];

/** Groups in the order the national site lists its queries: the heaviest status first. */
export const RECORD_TYPES: readonly RecordType[] = ['dishonest-debtor', 'consumption-restriction', 'enforcement-case'];

const TYPE_LABEL: Record<RecordType, LookupMessageKey> = {
  'dishonest-debtor': 'typeDishonest',
  'consumption-restriction': 'typeRestriction',
  'enforcement-case': 'typeCase',
};

export interface RenderContext {
  locale: Locale;
  /** Heading level of the results heading; groups and names sit one and two levels below. */
  level: number;
  isExpanded(key: string): boolean;
  toggle(key: string): void;
}

export function msg(locale: Locale, key: LookupMessageKey, params?: Record<string, string | number>): string {
  return translate(lookupMessages, locale, key, params);
}

export function typeLabel(type: RecordType, locale: Locale): string {
  return msg(locale, TYPE_LABEL[type]);
}

/** A unique, attribute-safe key for one record on the page (source ids may contain anything). */
export function recordKey(record: DebtorRecord, index: number): string {
  return `${record.type}-${index}`;
}

/** One label and value; `data`: the value is source text (Chinese), marked with its language. */
function field(label: string, value: string | TemplateResult | undefined | null, cls = '', data = false): TemplateResult | typeof nothing {
  if (value === undefined || value === null || value === '') return nothing;
  return html`<div class="field ${cls}"><dt>${label}</dt><dd lang=${data ? DATA_LANG : nothing}>${value}</dd></div>`;
}

function date(value: string | undefined, locale: Locale): string | undefined {
  if (!value) return undefined;
  try {
    return formatCalendarDate(value, locale);
  } catch {
    return value;
  }
}

function money(fen: number | undefined, locale: Locale): string | undefined {
  return fen === undefined ? undefined : formatMoney(fen, locale, { style: 'exact' });
}

/** Masked resident ID for persons, credit code for organisations. Masked again here: belt and braces. */
function identifierField(record: DebtorRecord, locale: Locale): TemplateResult | typeof nothing {
  if (record.partyKind === 'organization' && record.creditCode) {
    return field(msg(locale, 'creditCode'), maskIdentifier(record.creditCode), 'identifier');
  }
  if (record.idNumber) return field(msg(locale, 'idNumber'), maskIdentifier(record.idNumber), 'identifier');
  return nothing;
}

function summaryFields(record: DebtorRecord, locale: Locale): unknown[] {
  const m = (key: LookupMessageKey) => msg(locale, key);
  const common = [
    identifierField(record, locale),
    field(m('caseNumber'), record.caseNumber, '', true),
    field(m('court'), record.courtName, '', true),
    field(m('filingDate'), date(record.filingDate, locale)),
  ];
  switch (record.type) {
    case 'dishonest-debtor':
      return [
        ...common,
        field(m('performance'), m(record.performance === 'none' ? 'performanceNone' : 'performancePartial'), 'performance'),
        field(m('amountUnperformed'), money(record.amountUnperformed, locale), 'amount'),
        field(m('publishedOn'), date(record.publishedOn, locale)),
        field(m('obligation'), record.obligation, 'wide', true),
      ];
    case 'consumption-restriction':
      return [...common, field(m('subjectAmount'), money(record.subjectAmount, locale), 'amount'), field(m('publishedOn'), date(record.publishedOn, locale))];
    case 'enforcement-case':
      return [
        ...common,
        field(m('subjectAmount'), money(record.subjectAmount, locale), 'amount'),
        field(m('caseState'), m(record.caseState === 'open' ? 'caseOpen' : 'caseClosed')),
        field(m('publishedOn'), date(record.publishedOn, locale)),
      ];
  }
}

function personFields(record: DebtorRecord, locale: Locale): unknown[] {
  const m = (key: LookupMessageKey) => msg(locale, key);
  return [
    field(m('legalRepresentative'), record.legalRepresentative, '', true),
    field(m('sex'), record.sex ? m(record.sex) : undefined),
    field(m('age'), record.age ? String(record.age) : undefined),
    field(m('province'), record.province, '', true),
  ];
}

function detailFields(record: DebtorRecord, locale: Locale): unknown[] {
  const m = (key: LookupMessageKey) => msg(locale, key);
  switch (record.type) {
    case 'dishonest-debtor':
      return [
        field(m('basisDocumentNumber'), record.basisDocumentNumber, '', true),
        field(m('basisIssuer'), record.basisIssuer, '', true),
        field(m('performedPart'), record.performedPart, '', true),
        field(m('unperformedPart'), record.unperformedPart, '', true),
        ...personFields(record, locale),
        field(m('publicationEndsOn'), date(record.publicationEndsOn, locale)),
        field(m('conduct'), record.conduct, 'wide', true),
      ];
    case 'consumption-restriction':
      return [
        field(
          m('order'),
          record.orderUrl
            ? html`<a href=${record.orderUrl} target="_blank" rel="noopener noreferrer" part="order-link">${m('openOrder')}</a>`
            : undefined,
        ),
        ...personFields(record, locale),
        field(m('publicationEndsOn'), date(record.publicationEndsOn, locale)),
      ];
    case 'enforcement-case':
      return personFields(record, locale);
  }
}

function renderResult(record: DebtorRecord, index: number, ctx: RenderContext): TemplateResult {
  const { locale } = ctx;
  const key = recordKey(record, index);
  const expanded = ctx.isExpanded(key);
  const detailId = `detail-${key}`;
  return html`<li class="result ${record.type}" part="result" data-type=${record.type}>
    <div class="result-head">
      <span class="badge ${record.type}" part="badge">${typeLabel(record.type, locale)}</span>
      <div class="name" lang=${DATA_LANG} role="heading" aria-level=${Math.min(6, ctx.level + 2)} part="result-name">${record.name}</div>
      <span class="kind muted">${msg(locale, record.partyKind === 'organization' ? 'organization' : 'person')}</span>
    </div>
    <dl class="fields">${summaryFields(record, locale)}</dl>
    <button
      type="button"
      class="secondary disclosure"
      part="detail-button"
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls=${detailId}
      @click=${() => ctx.toggle(key)}
    >
      ${icon(expanded ? 'expanded' : 'collapsed')}
      ${msg(locale, expanded ? 'hideDetail' : 'showDetail')}<span class="visually-hidden">: <span lang=${DATA_LANG}>${record.name}</span></span>
    </button>
    <div id=${detailId} class="detail" part="detail" role="region" aria-label=${msg(locale, 'detailOf', { name: record.name, type: typeLabel(record.type, locale), caseNumber: record.caseNumber })} ?hidden=${!expanded}>
      ${expanded ? html`<dl class="fields">${detailFields(record, locale)}</dl>` : nothing}
    </div>
  </li>`;
}

/** The page's records grouped by list (dishonest / restriction / case), each group under its own heading. */
export function renderGroups(items: readonly DebtorRecord[], ctx: RenderContext): TemplateResult[] {
  const indexed = items.map((record, index) => ({ record, index }));
  return RECORD_TYPES.flatMap((type) => {
    const members = indexed.filter(({ record }) => record.type === type);
    if (!members.length) return [];
    const label = typeLabel(type, ctx.locale);
    return [
      html`<section class="group ${type}" part="group" aria-label=${label}>
        <div class="group-heading" role="heading" aria-level=${Math.min(6, ctx.level + 1)} part="group-heading">
          ${msg(ctx.locale, 'groupCount', { label, count: members.length })}
        </div>
        <ul class="results-list">${members.map(({ record, index }) => renderResult(record, index, ctx))}</ul>
      </section>`,
    ];
  });
}

export function renderPager(page: number, pages: number, locale: Locale, go: (page: number) => void): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  return html`<nav class="pager" part="pager" aria-label=${msg(locale, 'pager')}>
    <button type="button" class="secondary" part="pager-button previous" ?disabled=${page <= 1} @click=${() => go(page - 1)}>
      ${msg(locale, 'previous')}
    </button>
    <span class="page-of">${msg(locale, 'pageOf', { page, pages })}</span>
    <button type="button" class="secondary" part="pager-button next" ?disabled=${page >= pages} @click=${() => go(page + 1)}>
      ${msg(locale, 'next')}
    </button>
  </nav>`;
}

/** What the results area shows: the search's state, and what the element's shared plumbing renders. */
export interface ResultsContext extends RenderContext {
  search: LookupSearch;
  /** The error notice, or nothing. */
  error: TemplateResult | typeof nothing;
  asOf(timestamp: string | undefined): TemplateResult | typeof nothing;
  goToPage(page: number): void;
}

function statusText(result: SearchResult | undefined, ctx: ResultsContext): string | TemplateResult {
  const loader = ctx.search;
  const paging = loader.paging;
  const m = (key: LookupMessageKey, params?: Record<string, string | number>) => msg(ctx.locale, key, params);
  // Paging the same search: the count does not change and the focused heading says the page, so
  // the live region keeps its text (a second announcement would only repeat).
  if (paging && result && loader.status !== 'error') return m('found', { count: result.total });
  if (loader.loading) return m('searching');
  if (!result || loader.status !== 'ready') return '';
  if (result.total > 0) return m('found', { count: result.total });
  const { name: typed, identifier } = result.query;
  // The visitor's own input is echoed masked like any published ID (a screen in a public place, a
  // screenshot): a resident ID typed into the name field, or the number in the ID field.
  const name = maskIdsInText(typed);
  const hint = name !== typed ? ` ${m('idInNameField')}` : '';
  const message = (placeholder: string) => m(identifier ? 'notFoundBoth' : 'notFoundName', { name: placeholder, identifier: identifier ? maskIdentifier(identifier) : '' }) + hint;
  // The name searched for is read in its own language (a Chinese name in an English sentence).
  return /[\u3400-\u9fff]/.test(name) ? messageWithData(message, name) : message(name);
}

/** The status line (a polite live region) and the results area: error notice, heading, groups, pager. */
export function renderResults(ctx: ResultsContext): TemplateResult {
  const { search, locale, level } = ctx;
  const loader = search;
  const result = search.result;
  const busy = loader.loading;
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 0;
  // The live region stays outside the aria-busy container: screen readers hold back changes inside a busy one.
  return html`<p class="status" role="status" part="status" lang=${locale}>${busy && !search.paging ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${statusText(result, ctx)}</p>
    <div class="results ${loader.stale ? 'stale' : ''}" part="results" lang=${locale} aria-busy=${busy ? 'true' : 'false'}>
      ${ctx.error}
      ${result && result.items.length
        ? html`<div class="results-head">
              <div id="results-heading" class="results-heading" role="heading" aria-level=${level} tabindex="-1" part="results-heading">
                ${msg(locale, 'resultsHeading')}${pages > 1 ? html` <span class="muted">${msg(locale, 'pageOf', { page: result.page, pages })}</span>` : nothing}
              </div>
              ${ctx.asOf(result.asOf)}
            </div>
            ${renderGroups(result.items, ctx)}
            ${renderPager(result.page, pages, locale, ctx.goToPage)}`
        : nothing}
    </div>`;
}
