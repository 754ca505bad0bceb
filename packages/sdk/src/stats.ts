/**
 * `@zhixing/sdk/stats` — the statistics-only client: court, statistics index and statistics, with
 * the full client's validation, scrubbing, errors, retries and caching, and nothing else. For pages
 * that show figures only; everything else (formatting, rates, errors) comes from `@zhixing/sdk`.
 *
 * @packageDocumentation
 */
export { createStatsClient, type StatsClient, type StatsClientOptions } from './client/stats-client.js';
