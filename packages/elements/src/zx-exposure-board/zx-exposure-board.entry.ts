// One entry of the board, shared by the embedded list rows and the signage cards. Only the fields
// the publication rules allow (法释〔2017〕7号 Art 6); names and all other source text are bound as
// text, never as markup. A photo appears only when the source published one for this record.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formatCalendarDate, formatMoney, maskIdentifier, type DishonestDebtor, type ExposureItem, type ExposureSnapshot } from '@zhixing/sdk';
import { DATA_LANG } from '../internal/data-text.js';
import type { Locale } from '../internal/i18n.js';
import type { BoardMessageKey } from './zx-exposure-board.messages.js';
import { amountOf, initialsOf, nameOf, partyKindOf } from './zx-exposure-board.model.js';

export type Translate = (key: BoardMessageKey, params?: Record<string, string | number>) => string;

export interface EntryContext {
  locale: Locale;
  m: Translate;
  /** Ids whose photo failed to load: shown with initials instead. */
  brokenPhotos: ReadonlySet<string>;
  onPhotoError: (id: string) => void;
}

/** Entries whose photo failed to load (shown with initials instead), remembered while they are on the board. */
export class BrokenPhotos {
  readonly ids = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  readonly failed = (id: string): void => {
    this.ids.add(id);
    this.host.requestUpdate();
  };

  /** Forgets the entries no longer in `snapshot`. */
  prune(snapshot: ExposureSnapshot | undefined): void {
    // A paged board holds only the pages on screen: photos of entries elsewhere stay marked.
    if (this.ids.size === 0 || snapshot?.paged) return;
    const ids = new Set((snapshot?.items ?? []).map((item) => item.id));
    for (const id of this.ids) if (!ids.has(id)) this.ids.delete(id);
  }
}

type PhotoValue = NonNullable<DishonestDebtor['photo']>;

/** One label and value; `data`: the value is source text (Chinese), marked with its language. */
function field(label: string, value: string | undefined, className = '', data = false): TemplateResult | typeof nothing {
  if (value === undefined || value === '') return nothing;
  return html`<div class="field ${className}"><dt>${label}</dt><dd lang=${data ? DATA_LANG : nothing}>${value}</dd></div>`;
}

/** The party's ID as shown (masked) or its credit code; undefined when it has neither. */
export function shownIdentifier(item: ExposureItem): { kind: 'idNumber' | 'creditCode'; value: string } | undefined {
  const party = item.type === 'reward-notice' ? item.debtor : item;
  // The SDK masks resident IDs already; masking again is idempotent and guards the display (and the paper) itself.
  if (party.idNumber) return { kind: 'idNumber', value: maskIdentifier(party.idNumber) };
  if (party.creditCode) return { kind: 'creditCode', value: party.creditCode };
  return undefined;
}

function identifierField(item: ExposureItem, m: Translate): TemplateResult | typeof nothing {
  const shown = shownIdentifier(item);
  return shown ? field(m(shown.kind), shown.value, 'identifier') : nothing;
}

function personDetails(item: ExposureItem, m: Translate): string {
  if (item.type === 'reward-notice' || item.partyKind !== 'natural-person') return '';
  const parts: string[] = [];
  if (item.sex) parts.push(m(item.sex));
  if (item.age) parts.push(m('age', { age: item.age }));
  return parts.join(' · ');
}

function amountLabel(item: ExposureItem): BoardMessageKey {
  return item.type === 'dishonest-debtor' ? 'amountUnperformed' : item.type === 'consumption-restriction' ? 'subjectAmount' : 'reward';
}

function renderPhoto(item: ExposureItem, photo: PhotoValue | undefined, context: EntryContext): TemplateResult | typeof nothing {
  if (!photo) return nothing;
  const name = nameOf(item);
  if (context.brokenPhotos.has(item.id)) {
    // The name is right beside it, so the placeholder itself is decoration.
    return html`<span class="photo placeholder" part="photo-placeholder" aria-hidden="true"><span class="initials">${initialsOf(name)}</span></span>`;
  }
  return html`<img
    class="photo"
    part="photo"
    src=${photo.url}
    alt=${photo.alt?.trim() || context.m('photoAlt', { name })}
    loading="lazy"
    decoding="async"
    @error=${() => context.onPhotoError(item.id)}
  />`;
}

function amountTemplate(item: ExposureItem, context: EntryContext): TemplateResult | typeof nothing {
  const amount = amountOf(item);
  if (amount === undefined) return nothing;
  return html`<p class="amount" part="amount">
    <span class="amount-label">${context.m(amountLabel(item))}</span>
    <span class="amount-value">${formatMoney(amount, context.locale, { style: 'exact' })}</span>
  </p>`;
}

function detailFields(item: ExposureItem, context: EntryContext): TemplateResult {
  const { m, locale } = context;
  const date = (value: string) => formatCalendarDate(value, locale);
  switch (item.type) {
    case 'dishonest-debtor':
      return html`${identifierField(item, m)}${field(m('legalRepresentative'), item.legalRepresentative, '', true)}
        ${field(m('caseNumber'), item.caseNumber, '', true)}${field(m('court'), item.courtName, '', true)}
        ${field(m('performance'), m(item.performance === 'none' ? 'performanceNone' : 'performancePartial'))}
        ${field(m('publishedOn'), date(item.publishedOn))}${field(m('conduct'), item.conduct, 'long', true)}`;
    case 'consumption-restriction':
      return html`${identifierField(item, m)}${field(m('legalRepresentative'), item.legalRepresentative, '', true)}
        ${field(m('caseNumber'), item.caseNumber, '', true)}${field(m('court'), item.courtName, '', true)}
        ${field(m('publishedOn'), date(item.publishedOn))}`;
    case 'reward-notice': {
      const contact = item.contact.name ? `${item.contact.name} ${item.contact.phone}` : item.contact.phone;
      return html`${identifierField(item, m)}${field(m('caseNumber'), item.caseNumber, '', true)}${field(m('court'), item.courtName, '', true)}
        ${field(m('contact'), contact, 'wide', true)}
        ${field(m('validity'), m('validRange', { from: date(item.validFrom), to: date(item.validUntil) }), 'wide')}
        ${field(m('rewardFormula'), item.rewardFormula, 'long', true)}${field(m('conditions'), item.conditions, 'long', true)}`;
    }
  }
}

/** The inside of a list row or a signage card. */
export function renderEntry(item: ExposureItem, context: EntryContext): TemplateResult {
  const kind = partyKindOf(item);
  const details = personDetails(item, context.m);
  const photo = item.type === 'reward-notice' ? undefined : item.photo;
  return html`${renderPhoto(item, photo, context)}
    <div class="entry-body">
    <div class="entry-head">
      <p class="name-line">
        <span class="name" part="name" lang=${DATA_LANG}>${nameOf(item)}</span>
        <span class="tag" part="tag">${context.m(kind === 'natural-person' ? 'tagPerson' : 'tagOrganization')}</span>
        ${details ? html`<span class="person">${details}</span>` : nothing}
      </p>
      ${amountTemplate(item, context)}
    </div>
    <dl class="fields">${detailFields(item, context)}</dl>
    </div>`;
}
