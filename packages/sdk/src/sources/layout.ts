// Where each resource lives, for both source kinds. Publishers, the mocks and the feed builder
// use these same functions, so the documented layout and the code cannot drift apart.

/** HTTP API paths, relative to the API base URL (e.g. `https://court.example/zhixing/api/v1/`). */
export const apiPaths = {
  /** The court (`court.json`'s content). */
  court: () => 'court',
  /** The statistics index. */
  statsIndex: () => 'stats',
  /** One period's statistics. */
  stats: (periodId: string) => `stats/${encodeURIComponent(periodId)}`,
  /** One court's statistics for one period (multi-court sources). */
  courtStats: (courtId: string, periodId: string) => `stats/${encodeURIComponent(courtId)}/${encodeURIComponent(periodId)}`,
  /** The exposure board, whole (small boards; older readers). */
  exposure: () => 'exposure',
  /** Query: name (required), identifier (optional), court (optional court code), page (1-based), pageSize (≤ 100). */
  debtors: () => 'debtors',
} as const;

/** Static feed files, relative to the feed base URL (e.g. `https://court.example/zhixing/feed/`). */
export const feedPaths = {
  /** The court. */
  court: () => 'court.json',
  /** The statistics index. */
  statsIndex: () => 'stats/index.json',
  /** One period's statistics. */
  stats: (periodId: string) => `stats/${encodeURIComponent(periodId)}.json`,
  /** One court's statistics for one period (multi-court feeds: `stats/{courtId}/{periodId}.json`). */
  courtStats: (courtId: string, periodId: string) => `stats/${encodeURIComponent(courtId)}/${encodeURIComponent(periodId)}.json`,
  /** The exposure board, whole (small boards; older readers). */
  exposure: () => 'exposure.json',
  /** The paged exposure board's index; its lists and pages are named relative to it. */
  exposureIndex: () => 'exposure/index.json',
  /** The index of debtor shards. */
  shardManifest: () => 'debtors/manifest.json',
  /** Default shard path pattern written into the manifest, relative to the manifest. */
  shardPattern: 'shards/{shard}.json',
} as const;

/** Joins a base URL (with or without trailing slash) and a relative path. */
export function resolveUrl(base: string, path: string): string {
  const withSlash = base.endsWith('/') ? base : `${base}/`;
  return new URL(path, new URL(withSlash, globalThis.location?.href ?? 'http://localhost/')).href;
}
