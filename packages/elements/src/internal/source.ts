// Which SDK client an element uses, first match wins:
//   1. its `client` property (a developer's own client);
//   2. its `src` attribute (+ `source-kind`), through a page-wide registry, so several widgets
//      naming the same source share one client: one cache, one request;
//   3. the page-level default set with `configure()`.
import { createClient, httpSource, staticSource, type ClientOptions, type ZhixingClient } from '@zhixing/sdk';

export type SourceKindAttribute = 'static' | 'api';

const clients = new Map<string, ZhixingClient>();
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

export function clientFor(src: string | null | undefined, kind: SourceKindAttribute = 'static'): ZhixingClient | undefined {
  if (!src) return pageDefault;
  const base = new URL(src, document.baseURI).href;
  const key = `${kind} ${base}`;
  let client = clients.get(key);
  if (!client) {
    client = createClient({ ...pageOptions, source: kind === 'api' ? httpSource(base) : staticSource(base) });
    clients.set(key, client);
  }
  return client;
}

/** For tests: forget every shared client and the page default. */
export function resetSources(): void {
  clients.clear();
  pageDefault = undefined;
  pageOptions = {};
}
