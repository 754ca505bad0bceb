import { SearchResponse } from '../contract/validate.generated.js';
import { DebtorRecord } from '../contract/validate.generated.js';
import { maskIdentifier } from '../domain/identifiers.js';
import { parseEnvelope } from '../publication/envelope.js';
import { scrubDeep, validateRecords } from '../publication/screen.js';
import { apiPaths, resolveUrl } from './layout.js';
import type { SourceAdapter } from './source.js';

/** The court's HTTP API (docs/openapi.yaml): the server searches. */
export function createHttpAdapter(baseUrl: string): SourceAdapter {
  const url = (path: string) => resolveUrl(baseUrl, path);
  return {
    kind: 'http',
    baseUrl,
    courtUrl: () => url(apiPaths.court()),
    statsIndexUrl: () => url(apiPaths.statsIndex()),
    statsUrl: (periodId) => url(apiPaths.stats(periodId)),
    exposureUrl: () => url(apiPaths.exposure()),
    // The API serves the board whole (GET exposure); it has no paged feed.
    exposureIndexUrl: () => undefined,
    async search(query, loader, { signal, headers, deadlineMs, now }) {
      const params = new URLSearchParams({ name: query.name, page: String(query.page), pageSize: String(query.pageSize) });
      // The full resident ID never leaves the browser: records carry only the masked form, so the
      // server matches on that (credit codes are public and sent as they are).
      if (query.identifier) params.set('identifier', maskIdentifier(query.identifier));
      if (query.court) params.set('court', query.court);
      const target = `${url(apiPaths.debtors())}?${params}`;
      const { value } = await loader.load(target, {
        tag: 'search',
        signal,
        headers,
        deadlineMs,
        process: (body, from) => {
          const envelope = parseEnvelope(SearchResponse, body, from);
          return { envelope: scrubDeep({ ...envelope, items: [] }), ...validateRecords(envelope.items, DebtorRecord, 'items', now) };
        },
      });
      const result = value!;
      return { located: result.records, issues: result.issues, total: result.envelope.total, asOf: result.envelope.asOf, complete: false };
    },
  };
}
