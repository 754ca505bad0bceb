// Default response-size limits per resource group. In a module of their own so that the
// statistics-only client can use them without importing client.ts (which brings search, exposure
// and live updates into a bundle).

/** The cache and size-limit groups of a source's resources. */
export type ResourceGroup = 'court' | 'stats' | 'exposure' | 'search';

/**
 * Largest response body accepted per group, counted after decompression: court 1 MiB, stats 4 MiB,
 * search (manifest, shards, API answers) 8 MiB, exposure 64 MiB (a province-wide board of 100,000
 * entries is ~55 MB).
 */
export const DEFAULT_MAX_RESPONSE_BYTES_BY_GROUP: Readonly<Record<ResourceGroup, number>> = {
  court: 1 << 20,
  stats: 4 << 20,
  search: 8 << 20,
  exposure: 64 << 20,
};
