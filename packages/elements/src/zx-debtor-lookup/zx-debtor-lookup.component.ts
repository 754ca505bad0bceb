import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createClient, type SearchResult } from '@zhixing/sdk';
import { ZhixingElement, describeError, themeStyles, type ZxErrorDetail } from '../internal/index.js';
import { CourtReader } from './zx-debtor-lookup.court.js';
import { renderForm, renderNotice } from './zx-debtor-lookup.form.js';
import { readIdentifier, type FieldProblem } from './zx-debtor-lookup.identifier.js';
import { msg, renderResults } from './zx-debtor-lookup.render.js';
import { AntiAbuseError, LookupSearch, type AntiAbuseHook, type LookupQuery } from './zx-debtor-lookup.search.js';
import { lookupStyles } from './zx-debtor-lookup.styles.js';

export { NATIONAL_SITE } from './zx-debtor-lookup.form.js';
export type { AntiAbuseHook, LookupQuery } from './zx-debtor-lookup.search.js';

export { AntiAbuseError } from './zx-debtor-lookup.search.js';

/**
 * Checks whether a person or organisation is on this court's published lists: dishonest debtors
 * (失信被执行人), consumption restrictions (限制消费) and enforcement cases (被执行人). With `court`,
 * on a multi-court feed, only that court's records are searched and the coverage notice names it; a
 * page that wants the whole province's records leaves `court` out (a second lookup without it, e.g.).
 *
 * @summary Debtor lookup (失信被执行人查询) over the court's API or static feed.
 *
 * @fires {CustomEvent<LookupQuery>} zx-search - A search starts (also on paging). `detail`: `{ name, identifier?, page, pageSize }`, identifier masked.
 * @fires {CustomEvent<SearchResult>} zx-result - A search answered. `detail`: the SDK's `SearchResult` (identifiers masked).
 * @fires {CustomEvent<ZxErrorDetail>} zx-error - A search failed, or an attribute has an unknown value (`code: 'invalid-attribute'`). `detail`: `ZxErrorDetail`; `code` is `'anti-abuse'` when the `antiAbuse` hook rejected.
 *
 * @csspart form - The search form (a search landmark).
 * @csspart label - Each field label.
 * @csspart input - Both text inputs.
 * @csspart name-input - The name input.
 * @csspart id-input - The ID number / credit code input.
 * @csspart hint - Help text under a field.
 * @csspart field-error - A field's validation message.
 * @csspart submit-button - The search button.
 * @csspart notice - The coverage notice with the link to the national site.
 * @csspart status - The polite live region: "正在查询…", the result count or the no-result message.
 * @csspart results - The results area (carries `aria-busy`).
 * @csspart results-heading - The results heading (receives focus after paging).
 * @csspart as-of - "数据截至 …".
 * @csspart group - The results on one list (dishonest / restriction / case).
 * @csspart group-heading - A group's heading.
 * @csspart result - One record.
 * @csspart result-name - The debtor's name.
 * @csspart badge - The list a record is on, written out.
 * @csspart detail-button - A record's disclosure button.
 * @csspart detail - A record's disclosed details.
 * @csspart order-link - Link to a consumption restriction order.
 * @csspart pager - The paging controls.
 * @csspart pager-button - Previous / next buttons (also `previous`, `next`).
 * @csspart error - The error notice.
 * @csspart retry-button - The error notice's retry button.
 *
 * @cssproperty --zx-debtor-lookup-max-width - Maximum width of the element. Default `none`.
 * @cssproperty --zx-debtor-lookup-gap - Space between the blocks. Default `var(--zx-space)`.
 * @cssproperty --zx-debtor-lookup-dishonest-color - Badge and edge colour of dishonest-debtor records. Default `var(--zx-color-danger)`.
 * @cssproperty --zx-debtor-lookup-restriction-color - Same for consumption restrictions. Default `var(--zx-color-warning)`.
 * @cssproperty --zx-debtor-lookup-case-color - Same for enforcement cases. Default `var(--zx-color-accent)`.
 */
export class ZxDebtorLookup extends ZhixingElement {
  /** @internal The full client: search, exposure and live updates. */
  protected override clientFactory = createClient;

  /** @internal The shared theme plus this element's own stylesheet (Lit constructable stylesheets: CSP-safe). */
  static override styles = [themeStyles, lookupStyles];

  /** Also search as the user types (debounced), never during an IME composition. */
  @property({ type: Boolean }) live = false;

  /** Debounce of `live` searching, in ms. */
  @property({ type: Number, attribute: 'live-delay' }) liveDelay = 600;

  /** Results per page (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Level of the results heading (groups and names sit one and two levels below). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The host page's anti-abuse step (captcha, token): resolves to headers sent with the search; reject to cancel. */
  @property({ attribute: false }) antiAbuse?: AntiAbuseHook;

  @state() private nameProblem: FieldProblem | undefined;
  @state() private idProblem: FieldProblem | undefined;
  @state() private expanded: ReadonlySet<string> = new Set();

  private get nameInput(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('#name') ?? null;
  }
  private get idInput(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('#identifier') ?? null;
  }
  private get resultsHeading(): HTMLElement | null {
    return this.renderRoot?.querySelector('#results-heading') ?? null;
  }

  private readonly searching = new LookupSearch(this, {
    client: () => this.requireClient(),
    onSearch: (shown) => this.fire<LookupQuery>('zx-search', shown),
    onResult: (result) => {
      this.expanded = new Set();
      this.fire<SearchResult>('zx-result', result);
    },
    onError: (error, kept) =>
      error instanceof AntiAbuseError ? this.fire<ZxErrorDetail>('zx-error', { error, code: 'anti-abuse', status: undefined, keptLastGood: kept }) : this.fireError(error, kept),
  });

  /** The court for the coverage notice; its failure is the first sign of a broken source. */
  private readonly coverage = new CourtReader(this, {
    client: () => this.resolveClient(),
    code: () => this.court,
    onError: (error) => this.fireError(error, false),
  });

  private composing = false;
  private idTouched = false;
  private focusHeadingOnLoad = false;
  /** A retry is under way: when it settles, focus goes where the answer is (the button is gone). */
  private refocusAfterRetry = false;
  private refocusAfterCourtRetry = false;
  private liveTimer: ReturnType<typeof setTimeout> | undefined;

  /** Fills the form (when given values) and searches, as if the user had submitted it. */
  async search(name?: string, identifier?: string): Promise<void> {
    await this.updateComplete;
    if (name !== undefined && this.nameInput) this.nameInput.value = name;
    if (identifier !== undefined && this.idInput) this.idInput.value = identifier;
    this.submit(false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.coverage.court) this.coverage.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback(); // the controllers stop their requests and timers
    clearTimeout(this.liveTimer);
  }

  protected override sourceChanged(): void {
    // Another source: nothing shown so far belongs to it.
    this.searching.clear();
    this.coverage.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const loader = this.searching;
    if (this.focusHeadingOnLoad && loader.status !== 'loading') {
      this.focusHeadingOnLoad = false;
      this.resultsHeading?.focus();
    }
    if (this.refocusAfterCourtRetry && (this.coverage.court || this.coverage.error)) {
      this.refocusAfterCourtRetry = false;
      // The notice (and its button) is replaced: failed again → the new button, read → the name field.
      this.restoreFocus(this.coverage.error ? this.shadowRoot?.querySelector<HTMLElement>('.court-error [part~=retry-button]') : this.nameInput);
    }
    if (this.refocusAfterRetry && loader.status !== 'loading') {
      this.refocusAfterRetry = false;
      const root = this.shadowRoot;
      // Failed again: the new retry button; answered: the results heading, or the name field to search again.
      const target = loader.status === 'error' ? root?.querySelector<HTMLElement>('[part~=retry-button]') : (this.resultsHeading ?? this.nameInput);
      this.restoreFocus(target ?? this.nameInput);
    }
  }

  private readonly retryCourt = (): void => {
    this.refocusAfterCourtRetry = true;
    this.coverage.load();
  };

  // ---- input ---------------------------------------------------------------------------------

  private readonly onKeydown = (event: Event): void => {
    if (!(event instanceof KeyboardEvent)) return;
    // Enter confirms an IME candidate; it must not submit. keyCode 229: Safari ends composition first.
    if (event.key === 'Enter' && (event.isComposing || this.composing || event.keyCode === 229)) event.preventDefault();
  };

  private readonly onCompositionStart = (): void => {
    this.composing = true;
    clearTimeout(this.liveTimer);
  };

  private readonly onCompositionEnd = (event: Event): void => {
    this.composing = false;
    this.fieldChanged(event.target);
  };

  private readonly onInput = (event: Event): void => {
    if ((event as InputEvent).isComposing || this.composing) return;
    this.fieldChanged(event.target);
  };

  private readonly onIdBlur = (): void => {
    this.idTouched = true;
    this.idProblem = this.readId().problem;
  };

  private readId(): { identifier: string | undefined; problem: FieldProblem | undefined; ok: boolean } {
    const reading = readIdentifier(this.idInput?.value ?? '', this.idTouched);
    return reading.ok ? { ok: true, identifier: reading.identifier, problem: undefined } : { ok: false, identifier: undefined, problem: reading.problem };
  }

  private fieldChanged(target: EventTarget | null): void {
    if (target === this.idInput) this.idProblem = this.readId().problem;
    if (target === this.nameInput && this.nameProblem && this.nameInput?.value.trim()) this.nameProblem = undefined;
    if (this.live) {
      clearTimeout(this.liveTimer);
      this.liveTimer = setTimeout(() => this.submit(true), this.liveDelay);
    }
  }

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.composing) return;
    clearTimeout(this.liveTimer);
    this.submit(false);
  };

  /** Validates and searches. `live`: typed, not submitted — stay quiet about an empty name and skip repeats. */
  private submit(live: boolean): void {
    if (this.composing) return;
    if (!live) this.idTouched = true;
    const name = this.nameInput?.value.trim() ?? '';
    const id = this.readId();
    this.idProblem = id.problem;
    if (!live) this.nameProblem = name ? undefined : { key: 'nameMissing' };
    if (!name || !id.ok) {
      if (!live) void this.focusFirstInvalid(!name);
      return;
    }
    this.searching.find(name, id.identifier, Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 10)), live);
  }

  private async focusFirstInvalid(nameMissing: boolean): Promise<void> {
    await this.updateComplete;
    (nameMissing ? this.nameInput : this.idInput)?.focus();
  }

  private readonly goToPage = (page: number): void => {
    if (this.searching.goToPage(page)) this.focusHeadingOnLoad = true;
  };

  private readonly retry = (): void => {
    this.refocusAfterRetry = true;
    void this.searching.again();
  };

  private readonly toggle = (key: string): void => {
    const next = new Set(this.expanded);
    if (!next.delete(key)) next.add(key);
    this.expanded = next;
  };

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const invalid = this.renderInvalidAttributes();
    if (invalid) return invalid;
    const locale = this.locale;
    const form = renderForm({
      locale,
      nameProblem: this.nameProblem,
      idProblem: this.idProblem,
      coolingDown: this.searching.coolingDown,
      onSubmit: this.onSubmit,
      onKeydown: this.onKeydown,
      onInput: this.onInput,
      onIdBlur: this.onIdBlur,
      onCompositionStart: this.onCompositionStart,
      onCompositionEnd: this.onCompositionEnd,
    });
    const courtError = this.coverage.error;
    const results = renderResults({
      locale,
      level: Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2)),
      search: this.searching,
      error: this.renderErrorNotice(),
      asOf: (timestamp) => this.renderAsOf(timestamp),
      isExpanded: (key) => this.expanded.has(key),
      toggle: this.toggle,
      goToPage: this.goToPage,
    });
    const court = courtError ? html`<div class="court-error" lang=${locale}>${this.renderError(courtError, false, this.retryCourt, this.t('courtFailed'))}</div>` : nothing;
    return html`${court} ${form} ${renderNotice(this.coverage.court, locale)} ${results}`;
  }

  private renderErrorNotice(): TemplateResult | typeof nothing {
    const loader = this.searching;
    const error = loader.error;
    if (loader.status !== 'error' || !error) return nothing;
    if (error instanceof AntiAbuseError) {
      return html`<div class="notice error" role="alert" part="error">
        <span>${msg(this.locale, 'antiAbuseFailed')}</span>
        <button type="button" class="secondary" part="retry-button" @click=${this.retry}>${this.t('retry')}</button>
      </div>`;
    }
    // Rate-limited: retrying now would only be refused again.
    if (loader.coolingDown) return html`<div class="notice error" role="alert" part="error"><span>${describeError(error, this.locale)}</span></div>`;
    return this.renderError(error, !!this.searching.result, this.retry);
  }
}
