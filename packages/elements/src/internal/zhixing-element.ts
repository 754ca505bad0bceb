import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatTimestamp, ZhixingError, type UnknownCourtError, type ZhixingClient } from '@zhixing/sdk';
import type { StatsClient } from '@zhixing/sdk/stats';
import { common, describeError, errorCode, isSetUpProblem, type ErrorContext } from './common-messages.js';
import { diagnose } from './diagnose.js';
import { VERSION } from './define.js';
import { emit, type ZxErrorDetail } from './events.js';
import { loadLocale, type Locale } from './i18n.js';
import { localeOf, pageElderMode, watchPageSettings } from './page-settings.js';
import { clientFor, onConfigure, type ClientFactory, type SourceKindAttribute } from './source.js';
import { themeStyles } from './theme.js';

/**
 * Resolves once `element` is within 200px of the viewport (at once where IntersectionObserver is
 * missing), or when the page is printed: a printout shows every widget, read on screen or not.
 * `release` resolves it from outside (an element that must have its data before it is seen).
 */
function nearViewport(element: Element): { ready: Promise<void>; release: () => void } {
  let release = (): void => {};
  const ready = new Promise<void>((resolve) => {
    let observer: IntersectionObserver | undefined;
    release = () => {
      observer?.disconnect();
      globalThis.removeEventListener?.('beforeprint', release);
      resolve();
    };
    globalThis.addEventListener?.('beforeprint', release);
    if (typeof IntersectionObserver === 'undefined') return release();
    observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && release(), { rootMargin: '200px' });
    observer.observe(element);
  });
  return { ready, release };
}

/** An element's attributes or properties are missing or invalid. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** An attribute that takes one of a fixed list of values. */
export interface EnumeratedAttribute {
  attribute: string;
  /** The property the attribute sets. */
  property: string;
  values: readonly string[];
  /** May be left out (unset or empty); otherwise it has a default. */
  optional?: boolean;
}

/** An attribute with a value the element does not know: named on the page, in the console and in `zx-error`. */
export class InvalidAttributeError extends Error {
  override name = 'InvalidAttributeError';
  constructor(
    tag: string,
    readonly attribute: string,
    readonly value: string,
    readonly allowed: readonly string[],
  ) {
    super(`<${tag}> ${attribute}="${value}" is not a known value; use one of: ${allowed.join(', ')}`);
  }
}

/**
 * What every Zhixing element shares: where its data comes from, language, the elder-friendly
 * mode, theme tokens, events and the rendering of loading / error / stale states.
 *
 * @cssproperty [--zx-font-family=-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Noto Sans', Roboto, 'Helvetica Neue', Arial, sans-serif] - Font: each platform's sans-serif UI font with its Chinese one, the same in every browser; never the page's or the browser's default (set `inherit` to take the page's font).
 * @cssproperty [--zx-font-size=max(1rem, 16px)] - Base type size, never below 16 px whatever the page's root font (elder mode: max(1.375rem, 22px)).
 * @cssproperty [--zx-line-height=1.6] - Line spacing (elder mode: 1.8).
 * @cssproperty [--zx-color-text=#1f2328] - Text.
 * @cssproperty [--zx-color-muted=#515a64] - Secondary text (≥ 4.5:1 on the background).
 * @cssproperty [--zx-color-bg=#ffffff] - Background.
 * @cssproperty [--zx-color-surface=#f4f6f8] - Panels and cards.
 * @cssproperty [--zx-color-border=#8c959f] - Borders.
 * @cssproperty [--zx-color-accent=#0b5cad] - Buttons, links, the gauge's value.
 * @cssproperty [--zx-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssproperty [--zx-color-danger=#b42318] - Errors, the dishonest-debtor badge.
 * @cssproperty [--zx-color-warning=#7a4d00] - Stale-data notices.
 * @cssproperty [--zx-color-success=#1a7f37] - Targets met.
 * @cssproperty [--zx-color-focus=#0b5cad] - Keyboard focus ring.
 * @cssproperty [--zx-radius=6px] - Corner radius.
 * @cssproperty [--zx-space=calc(0.75 * max(1rem, 16px))] - Base spacing.
 */
export class ZhixingElement<C extends StatsClient = ZhixingClient> extends LitElement {
  static version = VERSION;
  /** @internal The shared theme plus this element's own stylesheet (Lit constructable stylesheets: CSP-safe). */
  static override styles = [themeStyles];

  /** URL of the court's static feed (default) or API base (with `source-kind="api"`). */
  @property() src?: string;

  /** `static` (plain JSON files, default) or `api` (the HTTP API). */
  @property({ attribute: 'source-kind' }) sourceKind: SourceKindAttribute = 'static';

  /**
   * One court of a multi-court feed (a high court's feed for its province), by its court code as
   * written in case numbers, e.g. `湘0725`: only that court's statistics, board entries (under its name
   * and tip-off phone) or lookup results. A code the feed does not have shows a notice naming the
   * attribute and the feed's codes instead, never another court's data. Without it, a multi-court feed
   * shows every court's entries, each naming its court (the gauge asks for one).
   */
  @property() court?: string;

  /** A client of your own (shares its cache with your code). Takes precedence over `src`. */
  @property({ attribute: false }) client?: ZhixingClient;

  /** Elder-friendly mode (适老化): large type, high contrast. Also on for the whole page with `<html data-zx-elder>`. */
  @property({ type: Boolean }) elder = false;

  /**
   * `lazy` (default): render and fetch only when the element comes near the viewport, so widgets
   * below the fold cost nothing until read. `eager`: at once.
   */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /**
   * @internal Attributes with a fixed set of values. An unknown value (a typo such as
   * `metric="closure_rate"`) is never replaced by a default: the element shows what is wrong instead
   * of its content, so a page cannot silently publish another figure.
   */
  static enumerated: readonly EnumeratedAttribute[] = [
    { attribute: 'source-kind', property: 'sourceKind', values: ['static', 'api'] },
    { attribute: 'loading', property: 'loading', values: ['lazy', 'eager'] },
  ];

  /** @internal Enumerated attributes whose value is unknown, checked before each render. */
  protected invalidAttributes: InvalidAttributeError[] = [];
  private reportedInvalid = new Set<string>();

  private inView: { ready: Promise<void>; release: () => void } | undefined;

  private unwatch: (() => void) | undefined;
  private unconfigure: (() => void) | undefined;

  /** zh-CN unless `lang` on this element or an ancestor says en. */
  get locale(): Locale {
    return localeOf(this);
  }

  get elderActive(): boolean {
    return this.elder || pageElderMode();
  }

  /**
   * @internal How this element makes a client from `src`: the full SDK client, or for an element
   * that shows statistics only the lighter statistics client. Without one, only `client` and the
   * page default from `configure()` are used.
   */
  protected clientFactory: ClientFactory<C> | undefined;

  /** The client to use, or undefined when nothing is configured. */
  protected resolveClient(): C | ZhixingClient | undefined {
    return this.client ?? clientFor(this.src, this.sourceKind, this.clientFactory);
  }

  protected requireClient(): C | ZhixingClient {
    const client = this.resolveClient();
    if (!client) throw new ConfigError('no data source: set src or client');
    return client;
  }

  /**
   * Holds back the first update (and so every fetch) until the element is near the viewport, and
   * every update in English until the English texts have arrived (fetched meanwhile). The data
   * does not wait for those texts: it is asked for with them (prefetch), and the first update's own
   * request joins that one (the client shares a request in flight, and keeps its answer).
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    const texts = loadLocale(this.locale);
    if (!this.hasUpdated && this.loading !== 'eager') await (this.inView ??= nearViewport(this)).ready;
    if (texts) {
      if (!this.hasUpdated) this.prefetch?.();
      await texts;
    }
    return super.scheduleUpdate();
  }

  /** @internal Asks the client, without waiting, for what the first render shows. */
  protected prefetch?(): void;

  /** @internal Render (and so fetch) now, near the viewport or not (a lazy element's first render). */
  protected renderNow(): void {
    (this.inView ??= nearViewport(this)).release();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unwatch = watchPageSettings(this);
    this.unconfigure = onConfigure(() => this.sourceChanged());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch?.();
    this.unconfigure?.();
    this.unwatch = this.unconfigure = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.toggleAttribute('data-elder', this.elderActive);
    this.checkAttributes();
    // Another court is another source: nothing shown may stay.
    if (changed.has('src') || changed.has('sourceKind') || changed.has('client') || changed.has('court')) this.sourceChanged();
  }

  private checkAttributes(): void {
    this.invalidAttributes = [];
    for (const { attribute, property, values, optional } of (this.constructor as typeof ZhixingElement).enumerated) {
      const value = (this as unknown as Record<string, unknown>)[property];
      if (value == null || (optional && value === '') || values.includes(String(value).trim())) continue;
      const problem = new InvalidAttributeError(this.localName, attribute, String(value), values);
      this.invalidAttributes.push(problem);
      if (this.reportedInvalid.has(problem.message)) continue;
      this.reportedInvalid.add(problem.message);
      // For the editor who opens the console: the element, the attribute and what it accepts.
      console.error(problem.message, this);
      this.fire<ZxErrorDetail>('zx-error', { error: problem, code: 'invalid-attribute', status: undefined, keptLastGood: false });
    }
  }

  /** @internal The notice shown instead of the content while an enumerated attribute is wrong. */
  protected renderInvalidAttributes(): TemplateResult | undefined {
    if (!this.invalidAttributes.length) return undefined;
    return html`<div class="notice error" role="alert" part="error" lang=${this.locale}>
      ${this.invalidAttributes.map(
        (problem) =>
          html`<p>${this.t('invalidAttribute', { tag: this.localName, attribute: problem.attribute, value: problem.value, allowed: problem.allowed.join(this.locale === 'en' ? ', ' : '、') })}</p>`,
      )}
    </div>`;
  }

  /** Called when the data source may have changed: elements reload. */
  protected sourceChanged(): void {}

  /**
   * After a retry the retry button goes away with the error, and the browser drops focus to <body>:
   * call this once the answer is on screen. Puts focus on `target` only when focus was lost (never
   * takes it from where the visitor has moved it since).
   */
  protected restoreFocus(target: HTMLElement | null | undefined): boolean {
    if (!target || this.shadowRoot?.activeElement) return false;
    const active = document.activeElement;
    if (active && active !== document.body && active !== document.documentElement && active !== this) return false;
    target.focus();
    return true;
  }

  protected fire<T>(type: string, detail: T): void {
    emit(this, type, detail);
  }

  /**
   * Reports a failure. A network error is first diagnosed (CORS refusal, server down, offline: see
   * diagnose.ts), so that the event's `code` and the notice on screen say the real cause.
   */
  protected fireError(error: Error, keptLastGood: boolean): void {
    const status = (error as { status?: number }).status;
    const send = () => this.fire<ZxErrorDetail>('zx-error', { error, code: errorCode(error), status, keptLastGood });
    if (!(error instanceof ZhixingError) || error.code !== 'network') return send();
    void diagnose(error).then(() => {
      this.requestUpdate();
      send();
    });
  }

  /** @internal The attributes that say where data comes from, named in error messages (none when a script set `client`). */
  protected errorContext(): ErrorContext {
    if (this.client) return {};
    return { attributes: { src: this.getAttribute('src') ?? this.src } };
  }

  protected t(key: Parameters<typeof common>[1], params?: Record<string, string | number>): string {
    return common(this.locale, key, params);
  }

  /**
   * The error notice with a retry button; says when the last good data is still shown. A court the
   * feed does not have (the SDK's `unknown-court`) is a wrong attribute: said like one, without retry.
   */
  protected renderError(error: Error, keptLastGood: boolean, retry: () => void, prefix = ''): TemplateResult {
    if ((error as ZhixingError).code === 'unknown-court') {
      const { court, known } = error as UnknownCourtError;
      const params = { tag: this.localName, attribute: 'court', value: court, allowed: known.join(this.locale === 'en' ? ', ' : '、') };
      return html`<div class="notice error" role="alert" part="error" lang=${this.locale}><p>${this.t(court ? 'invalidAttribute' : 'courtRequired', params)}</p></div>`;
    }
    return html`<div class="notice error" role="alert" part="error">
      <span>${prefix} ${describeError(error, this.locale, this.errorContext())} ${keptLastGood ? this.t('keptLastGood') : nothing}</span>
      ${isSetUpProblem(error) ? html`<span class="help">${this.t('help')}</span>` : nothing}
      <button type="button" class="secondary" part="retry-button" @click=${retry}>${this.t('retry')}</button>
    </div>`;
  }

  protected renderAsOf(timestamp: string | undefined): TemplateResult | typeof nothing {
    if (!timestamp) return nothing;
    return html`<span class="muted as-of" part="as-of">${this.t('asOf', { time: formatTimestamp(timestamp, this.locale) })}</span>`;
  }

  protected renderStale(since: Date | string | undefined): TemplateResult {
    const time = since ? formatTimestamp(typeof since === 'string' ? since : since.toISOString(), this.locale) : '—';
    return html`<div class="notice stale" role="status" part="stale">${this.t('stale', { time })}</div>`;
  }
}
