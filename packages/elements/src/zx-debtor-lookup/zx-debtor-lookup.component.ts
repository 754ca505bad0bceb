import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { AbortError, createClient, HttpError, isAbortError, maskIdentifier, maskIdsInText, type Court, type DebtorQuery, type SearchResult } from '@zhixing/sdk';
import { LoadController, ZhixingElement, describeError, messageWithData, themeStyles, type ZxErrorDetail } from '../internal/index.js';
import { renderForm, renderNotice } from './zx-debtor-lookup.form.js';
import { readIdentifier, type FieldProblem } from './zx-debtor-lookup.identifier.js';
import type { LookupMessageKey } from './zx-debtor-lookup.messages.js';
import { msg, renderGroups, renderPager } from './zx-debtor-lookup.render.js';
import { lookupStyles } from './zx-debtor-lookup.styles.js';

export { NATIONAL_SITE } from './zx-debtor-lookup.form.js';

/** A search as it may be shown or handed out: the identifier is masked. */
export interface LookupQuery {
  name: string;
  identifier?: string;
  page: number;
  pageSize: number;
}

/** Supplies extra request headers (captcha answer, anti-abuse token) for one search; reject to cancel it. */
export type AntiAbuseHook = (query: LookupQuery) => Promise<Record<string, string>>;

/** The host page's anti-abuse hook refused or failed: nothing was searched. */
export class AntiAbuseError extends Error {
  override name = 'AntiAbuseError';
}

function sameSearch(a: { name: string; identifier?: string | undefined }, b: { name: string; identifier?: string | undefined }): boolean {
  return a.name === b.name && (a.identifier ?? '') === (b.identifier ?? '');
}

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
  /** The court the lookup covers (court.json; with `court`, that court of the feed). */
  @state() private courtInfo: Court | undefined;
  /** court.json could not be read: the feed is broken, said at once rather than at the first search. */
  @state() private courtError: Error | undefined;
  @state() private coolingDown = false;
  @state() private expanded: ReadonlySet<string> = new Set();

  @query('#name') private nameInput?: HTMLInputElement;
  @query('#identifier') private idInput?: HTMLInputElement;
  @query('#results-heading') private resultsHeading?: HTMLElement;

  private readonly loader = new LoadController<SearchResult>(this, {
    onLoad: (result) => this.answered(result),
    onError: (error) => this.failed(error),
  });

  /** The search being shown: the raw (normalised) query stays here, only `shown` leaves the element. */
  private current: { query: DebtorQuery; shown: LookupQuery } | undefined;
  private composing = false;
  private idTouched = false;
  private focusHeadingOnLoad = false;
  /** A retry is under way: when it settles, focus goes where the answer is (the button is gone). */
  private refocusAfterRetry = false;
  /** The search on screen is being paged: focus on the heading says the page; the status stays quiet. */
  private paging = false;
  private refocusAfterCourtRetry = false;
  private liveTimer: ReturnType<typeof setTimeout> | undefined;
  private cooldownTimer: ReturnType<typeof setTimeout> | undefined;
  private courtRequest: AbortController | undefined;

  /** Fills the form (when given values) and searches, as if the user had submitted it. */
  async search(name?: string, identifier?: string): Promise<void> {
    await this.updateComplete;
    if (name !== undefined && this.nameInput) this.nameInput.value = name;
    if (identifier !== undefined && this.idInput) this.idInput.value = identifier;
    this.submit(1, false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.courtInfo) this.loadCourt();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.liveTimer);
    clearTimeout(this.cooldownTimer);
    this.coolingDown = false;
    this.courtRequest?.abort();
  }

  protected override sourceChanged(): void {
    // Another source: nothing shown so far belongs to it.
    this.loader.cancel();
    this.loader.value = undefined;
    this.loader.error = undefined;
    this.loader.status = 'idle';
    this.current = undefined;
    this.loadCourt();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusHeadingOnLoad && this.loader.status !== 'loading') {
      this.focusHeadingOnLoad = false;
      this.resultsHeading?.focus();
    }
    if (this.refocusAfterCourtRetry && (this.courtInfo || this.courtError)) {
      this.refocusAfterCourtRetry = false;
      // The notice (and its button) is replaced: failed again → the new button, read → the name field.
      this.restoreFocus(this.courtError ? this.shadowRoot?.querySelector<HTMLElement>('.court-error [part~=retry-button]') : this.nameInput);
    }
    if (this.refocusAfterRetry && this.loader.status !== 'loading') {
      this.refocusAfterRetry = false;
      const root = this.shadowRoot;
      // Failed again: the new retry button; answered: the results heading, or the name field to search again.
      const target = this.loader.status === 'error' ? root?.querySelector<HTMLElement>('[part~=retry-button]') : (this.resultsHeading ?? this.nameInput);
      this.restoreFocus(target ?? this.nameInput);
    }
  }

  private m(key: LookupMessageKey, params?: Record<string, string | number>): string {
    return msg(this.locale, key, params);
  }

  /**
   * The court's name for the coverage notice, read at start-up. It is also the first check of the
   * source: when it fails, the notice says why at once (wrong src, CORS, broken feed) instead of the
   * court name silently becoming 本院 and nothing seeming wrong until someone searches.
   */
  private loadCourt(): void {
    this.courtRequest?.abort();
    this.courtInfo = undefined;
    this.courtError = undefined;
    const client = this.resolveClient();
    if (!client || !this.isConnected) return;
    const request = new AbortController();
    this.courtRequest = request;
    client.getCourt({ signal: request.signal, court: this.court }).then(
      (court) => {
        if (!request.signal.aborted) this.courtInfo = court;
      },
      (error: unknown) => {
        if (request.signal.aborted || isAbortError(error)) return;
        this.courtError = error instanceof Error ? error : new Error(String(error));
        this.fireError(this.courtError, false);
      },
    );
  }

  private readonly retryCourt = (): void => {
    this.refocusAfterCourtRetry = true;
    this.loadCourt();
  };

  private renderCourtError(): TemplateResult | typeof nothing {
    const error = this.courtError;
    if (!error) return nothing;
    return html`<div class="court-error" lang=${this.locale}>${this.renderError(error, false, this.retryCourt, this.t('courtFailed'))}</div>`;
  }

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
    if (target === this.nameInput && this.nameProblem && this.nameInput.value.trim()) this.nameProblem = undefined;
    if (this.live) {
      clearTimeout(this.liveTimer);
      this.liveTimer = setTimeout(() => this.submit(1, true), this.liveDelay);
    }
  }

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.composing) return;
    clearTimeout(this.liveTimer);
    this.submit(1, false);
  };

  // ---- searching -----------------------------------------------------------------------------

  /** Validates and searches. `live`: typed, not submitted — stay quiet about an empty name and skip repeats. */
  private submit(page: number, live: boolean): void {
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
    if (this.coolingDown) return;
    const pageSize = Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 10));
    const shown: LookupQuery = { name, page, pageSize, ...(id.identifier ? { identifier: maskIdentifier(id.identifier) } : {}) };
    if (live && this.current && sameSearch(this.current.shown, shown)) return;
    this.start({ name, page, pageSize, ...(id.identifier ? { identifier: id.identifier } : {}) }, shown);
  }

  private async focusFirstInvalid(nameMissing: boolean): Promise<void> {
    await this.updateComplete;
    (nameMissing ? this.nameInput : this.idInput)?.focus();
  }

  private goToPage(page: number): void {
    if (!this.current || this.coolingDown) return;
    this.focusHeadingOnLoad = true;
    this.start({ ...this.current.query, page }, { ...this.current.shown, page });
    this.paging = true;
  }

  private start(query: DebtorQuery, shown: LookupQuery): void {
    this.paging = false;
    this.current = { query, shown };
    this.fire<LookupQuery>('zx-search', { ...shown });
    void this.run();
  }

  private readonly retry = (): void => {
    this.refocusAfterRetry = true;
    void this.run();
  };

  private run(): Promise<void> {
    const current = this.current;
    if (!current) return Promise.resolve();
    return this.loader.run(async (signal) => {
      const client = this.requireClient();
      let headers: Record<string, string> | undefined;
      if (this.antiAbuse) {
        try {
          headers = await this.antiAbuse({ ...current.shown });
        } catch (cause) {
          throw new AntiAbuseError('the anti-abuse hook rejected', { cause });
        }
        // Superseded while the host page was busy (e.g. a captcha): send nothing.
        if (signal.aborted) throw new AbortError();
      }
      // With `court`, that court's records only (the whole feed's without it).
      return client.searchDebtors({ ...current.query, court: this.court }, { signal, ...(headers ? { headers } : {}) });
    });
  }

  private answered(result: SearchResult): void {
    this.expanded = new Set();
    this.fire<SearchResult>('zx-result', result);
  }

  private failed(error: Error): void {
    const kept = this.showsCurrentResult();
    if (error instanceof AntiAbuseError) {
      this.fire<ZxErrorDetail>('zx-error', { error, code: 'anti-abuse', status: undefined, keptLastGood: kept });
    } else {
      this.fireError(error, kept);
    }
    if (error instanceof HttpError && error.status === 429 && error.retryAfterMs) this.coolDown(error.retryAfterMs);
  }

  private coolDown(ms: number): void {
    clearTimeout(this.cooldownTimer);
    this.coolingDown = true;
    this.cooldownTimer = setTimeout(() => {
      this.coolingDown = false;
    }, ms);
  }

  /** The loaded value answers the search on screen (another page of it at most). */
  private showsCurrentResult(): boolean {
    const value = this.loader.value;
    return value !== undefined && this.current !== undefined && sameSearch(value.query, this.current.shown);
  }

  private readonly toggle = (key: string): void => {
    const next = new Set(this.expanded);
    if (!next.delete(key)) next.add(key);
    this.expanded = next;
  };

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const invalid = this.renderInvalidAttributes();
    if (invalid) return invalid;
    const form = renderForm({
      locale: this.locale,
      nameProblem: this.nameProblem,
      idProblem: this.idProblem,
      coolingDown: this.coolingDown,
      onSubmit: this.onSubmit,
      onKeydown: this.onKeydown,
      onInput: this.onInput,
      onIdBlur: this.onIdBlur,
      onCompositionStart: this.onCompositionStart,
      onCompositionEnd: this.onCompositionEnd,
    });
    return html`${this.renderCourtError()} ${form} ${renderNotice(this.courtInfo, this.locale)} ${this.renderResults()}`;
  }

  private statusText(result: SearchResult | undefined): string | TemplateResult {
    // Paging the same search: the count does not change and the focused heading says the page, so
    // the live region keeps its text (a second announcement would only repeat).
    if (this.paging && result && this.loader.status !== 'error') return this.m('found', { count: result.total });
    if (this.loader.loading) return this.m('searching');
    if (!result || this.loader.status !== 'ready') return '';
    if (result.total > 0) return this.m('found', { count: result.total });
    const { name: typed, identifier } = result.query;
    // The visitor's own input is echoed masked like any published ID (a screen in a public place, a
    // screenshot): a resident ID typed into the name field, or the number in the ID field.
    const name = maskIdsInText(typed);
    const hint = name !== typed ? ` ${this.m('idInNameField')}` : '';
    const message = (placeholder: string) => this.m(identifier ? 'notFoundBoth' : 'notFoundName', { name: placeholder, identifier: identifier ? maskIdentifier(identifier) : '' }) + hint;
    // The name searched for is read in its own language (a Chinese name in an English sentence).
    return /[\u3400-\u9fff]/.test(name) ? messageWithData(message, name) : message(name);
  }

  private renderErrorNotice(): TemplateResult | typeof nothing {
    const error = this.loader.error;
    if (this.loader.status !== 'error' || !error) return nothing;
    if (error instanceof AntiAbuseError) {
      return html`<div class="notice error" role="alert" part="error">
        <span>${this.m('antiAbuseFailed')}</span>
        <button type="button" class="secondary" part="retry-button" @click=${this.retry}>${this.t('retry')}</button>
      </div>`;
    }
    // Rate-limited: retrying now would only be refused again.
    if (this.coolingDown) return html`<div class="notice error" role="alert" part="error"><span>${describeError(error, this.locale)}</span></div>`;
    return this.renderError(error, this.showsCurrentResult(), this.retry);
  }

  private renderResults(): TemplateResult {
    const result = this.showsCurrentResult() ? this.loader.value : undefined;
    const busy = this.loader.loading;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 0;
    const locale = this.locale;
    // The live region stays outside the aria-busy container: screen readers hold back changes inside a busy one.
    return html`<p class="status" role="status" part="status" lang=${locale}>${busy && !this.paging ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${this.statusText(result)}</p>
      <div class="results ${this.loader.stale ? 'stale' : ''}" part="results" lang=${locale} aria-busy=${busy ? 'true' : 'false'}>
        ${this.renderErrorNotice()}
        ${result && result.items.length
          ? html`<div class="results-head">
                <div id="results-heading" class="results-heading" role="heading" aria-level=${level} tabindex="-1" part="results-heading">
                  ${this.m('resultsHeading')}${pages > 1 ? html` <span class="muted">${this.m('pageOf', { page: result.page, pages })}</span>` : nothing}
                </div>
                ${this.renderAsOf(result.asOf)}
              </div>
              ${renderGroups(result.items, { locale, level, isExpanded: (key) => this.expanded.has(key), toggle: this.toggle })}
              ${renderPager(result.page, pages, locale, (page) => this.goToPage(page))}`
          : nothing}
      </div>`;
  }
}
