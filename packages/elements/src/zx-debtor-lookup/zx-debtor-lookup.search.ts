// The lookup's searching: the search on screen (its raw query stays here; only the masked one
// leaves the element), paging it, running it again, the host page's anti-abuse step, and the pause
// a rate-limited source asks for (429 + Retry-After). Loading, error and stale states are the shared
// LoadController's, which this extends; the element turns them into events and templates.
import type { ReactiveControllerHost } from 'lit';
import { AbortError, HttpError, maskIdentifier, type DebtorQuery, type SearchResult, type ZhixingClient } from '@zhixing/sdk';
import { LoadController } from '../internal/load-controller.js';

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

type Search = { name: string; identifier?: string | undefined };

function sameSearch(a: Search, b: Search): boolean {
  return a.name === b.name && (a.identifier ?? '') === (b.identifier ?? '');
}

/** The element: the court whose records are searched (`court`, else the whole feed's) and the host page's anti-abuse step. */
type SearchHost = ReactiveControllerHost & { court?: string | undefined; antiAbuse?: AntiAbuseHook | undefined };

export interface LookupSearchOptions {
  /** The client to search with; throws when no source is configured. */
  client(): ZhixingClient;
  /** A search starts (also on paging). */
  onSearch(shown: LookupQuery): void;
  onResult(result: SearchResult): void;
  /** `keptLastGood`: the answer to the search on screen stays shown. */
  onError(error: Error, keptLastGood: boolean): void;
}

export class LookupSearch extends LoadController<SearchResult> {
  /** The search on screen is being paged: focus on the heading says the page; the status stays quiet. */
  paging = false;
  /** Rate-limited: no search until the source's Retry-After has passed. */
  coolingDown = false;
  /** The search being shown: the raw (normalised) query stays here, only `shown` leaves the element. */
  private current: { query: DebtorQuery; shown: LookupQuery } | undefined;
  private cooldownTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly element: SearchHost,
    private readonly options: LookupSearchOptions,
  ) {
    super(element, { onLoad: options.onResult, onError: (error) => this.failed(error) });
  }

  /** The answer to the search on screen (another page of it at most), if it has one. */
  get result(): SearchResult | undefined {
    const { value, current } = this;
    return value && current && sameSearch(value.query, current.shown) ? value : undefined;
  }

  /** Searches for `name` (and the unmasked `identifier`). `live`: typed, not submitted — a repeat of the search on screen is skipped. */
  find(name: string, identifier: string | undefined, pageSize: number, live: boolean): void {
    if (this.coolingDown) return;
    const shown: LookupQuery = { name, page: 1, pageSize, ...(identifier ? { identifier: maskIdentifier(identifier) } : {}) };
    if (live && this.current && sameSearch(this.current.shown, shown)) return;
    this.start({ name, page: 1, pageSize, ...(identifier ? { identifier } : {}) }, shown);
  }

  /** Another page of the search on screen; false when there is none or the source asked for a pause. */
  goToPage(page: number): boolean {
    const current = this.current;
    if (!current || this.coolingDown) return false;
    this.start({ ...current.query, page }, { ...current.shown, page });
    this.paging = true;
    return true;
  }

  /** Runs the search on screen (again). */
  again(): Promise<void> {
    const current = this.current;
    if (!current) return Promise.resolve();
    const host = this.element;
    return this.run(async (signal) => {
      const client = this.options.client();
      let headers: Record<string, string> | undefined;
      if (host.antiAbuse) {
        try {
          headers = await host.antiAbuse({ ...current.shown });
        } catch (cause) {
          throw new AntiAbuseError('the anti-abuse hook rejected', { cause });
        }
        // Superseded while the host page was busy (e.g. a captcha): send nothing.
        if (signal.aborted) throw new AbortError();
      }
      // With `court`, that court's records only (the whole feed's without it).
      return client.searchDebtors({ ...current.query, court: host.court }, { signal, ...(headers ? { headers } : {}) });
    });
  }

  /** Another source: nothing shown so far belongs to it. */
  clear(): void {
    this.cancel();
    this.value = this.error = undefined;
    this.status = 'idle';
    this.current = undefined;
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    clearTimeout(this.cooldownTimer);
    this.cool(false);
  }

  private start(query: DebtorQuery, shown: LookupQuery): void {
    this.paging = false;
    this.current = { query, shown };
    this.options.onSearch({ ...shown });
    void this.again();
  }

  private failed(error: Error): void {
    this.options.onError(error, !!this.result);
    if (error instanceof HttpError && error.status === 429 && error.retryAfterMs) {
      clearTimeout(this.cooldownTimer);
      this.cool(true);
      this.cooldownTimer = setTimeout(() => this.cool(false), error.retryAfterMs);
    }
  }

  private cool(on: boolean): void {
    if (this.coolingDown === on) return;
    this.coolingDown = on;
    this.element.requestUpdate();
  }
}
