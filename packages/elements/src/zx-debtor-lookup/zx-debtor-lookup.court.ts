// The court the lookup covers (court.json; with `court`, that court of the feed), for the coverage
// notice, read at start-up. It is also the first check of the source: when it fails, the element says
// why at once (wrong src, CORS, broken feed) instead of the court name silently becoming 本院 and
// nothing seeming wrong until someone searches.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, type Court, type ZhixingClient } from '@zhixing/sdk';

export class CourtReader implements ReactiveController {
  court: Court | undefined;
  /** court.json could not be read: the feed is broken. */
  error: Error | undefined;
  private request: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isConnected: boolean },
    private readonly options: {
      /** The client to read with, or nothing when no source is configured. */
      client(): ZhixingClient | undefined;
      code(): string | undefined;
      onError(error: Error): void;
    },
  ) {
    host.addController(this);
  }

  /** (Re)reads the court; what was read before is forgotten at once. */
  load(): void {
    this.request?.abort();
    this.set(undefined, undefined);
    const client = this.options.client();
    if (!client || !this.host.isConnected) return;
    const request = new AbortController();
    this.request = request;
    client.getCourt({ signal: request.signal, court: this.options.code() }).then(
      (court) => {
        if (!request.signal.aborted) this.set(court, undefined);
      },
      (error: unknown) => {
        if (request.signal.aborted || isAbortError(error)) return;
        const failure = error instanceof Error ? error : new Error(String(error));
        this.set(undefined, failure);
        this.options.onError(failure);
      },
    );
  }

  hostDisconnected(): void {
    this.request?.abort();
  }

  private set(court: Court | undefined, error: Error | undefined): void {
    if (court === this.court && error === this.error) return;
    this.court = court;
    this.error = error;
    this.host.requestUpdate();
  }
}
