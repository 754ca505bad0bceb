// Which SDK client an element uses, first match wins:
//   1. its `client` property (a developer's own client);
//   2. its `src` attribute (+ `source-kind`), through a page-wide registry, so several widgets
//      naming the same source share one client: one cache, one request;
//   3. the page-level default set with `configure()`.
// Each element class names the factory for 2: the full client (`createClient`), or for the gauge
// the statistics-only one (`createStatsClient`), so a page with only the gauge never downloads the
// search and exposure code. Clients are shared per factory and source; this module imports neither
// factory, so it stays small in the shared chunk. Clients of one source made by different factories
// share one cache and transport (the SDK's `shareWith`): a gauge and a lookup fetch court.json once.
import { httpSource, staticSource, type ClientOptions, type ZhixingClient } from '@zhixing/sdk';

/** The `source-kind` attribute: a static feed or an HTTP API. */
export type SourceKindAttribute = 'static' | 'api';

/** Makes a client for a source; the registry shares what it makes per factory and source. */
export type ClientFactory<C> = (options: ClientOptions) => C;

const clients = new Map<ClientFactory<unknown>, Map<string, unknown>>();
let pageDefault: ZhixingClient | undefined;
let pageOptions: Omit<ClientOptions, 'source'> = {};
const listeners = new Set<() => void>();

/** Page-wide set-up: a default client for elements without `src`, and options for clients made from `src`. */
export function configure(options: { client?: ZhixingClient; clientOptions?: Omit<ClientOptions, 'source'> }): void {
  if (options.client) pageDefault = options.client;
  if (options.clientOptions) {
    pageOptions = options.clientOptions;
    clients.clear();
  }
  for (const listener of listeners) listener();
}

/** Elements re-resolve their client when the page configuration changes. */
export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function clientFor<C>(src: string | null | undefined, kind: SourceKindAttribute, create: ClientFactory<C> | undefined): C | ZhixingClient | undefined {
  if (!src) return pageDefault;
  if (!create) return undefined;
  const base = new URL(src, document.baseURI).href;
  const key = `${kind} ${base}`;
  let made = clients.get(create) as Map<string, C> | undefined;
  if (!made) clients.set(create, (made = new Map()));
  let client = made.get(key);
  if (!client) {
    let sibling: unknown;
    for (const other of clients.values()) sibling ??= other.get(key);
    const options: ClientOptions = { ...pageOptions, source: kind === 'api' ? httpSource(base) : staticSource(base) };
    if (sibling) options.shareWith = sibling as ZhixingClient;
    client = create(options);
    made.set(key, client);
  }
  return client;
}

/** For tests: forget every shared client and the page default. */
export function resetSources(): void {
  clients.clear();
  pageDefault = undefined;
  pageOptions = {};
}
