// Reading what the gauge shows, apart from the element: one period (with the index when the default
// period, the comparison or the picker needs it, and the previous period for `compare="previous"`),
// or every period for the trend. Plain functions over the statistics client; the element's
// LoadController runs them and owns their state.
import { isAbortError, ValidationError, type StatsIndex } from '@zhixing/sdk';
import type { StatsClient } from '@zhixing/sdk/stats';
import { loadLocale, type Locale } from '../internal/i18n.js';
import { assertConsistentCounts, previousPeriod, type GaugeCompare, type GaugeData, type PreviousPeriod } from './zx-execution-gauge.model.js';
import type { GaugeTrendData } from './zx-execution-gauge.trend.js';

/** What the gauge reads through: the statistics client (the full client has the same methods). */
export type GaugeSource = Pick<StatsClient, 'getCourt' | 'getStatsIndex' | 'getStats'>;

export type TrendModule = typeof import('./zx-execution-gauge.trend.js');
let trendModule: Promise<TrendModule> | undefined;

/** The trend view's code, loaded on first use only (a plain gauge never downloads it); tried again after a failure. */
export function loadTrendModule(): Promise<TrendModule> {
  trendModule ??= import('./zx-execution-gauge.trend.js').catch((error: unknown) => {
    trendModule = undefined;
    throw error;
  });
  return trendModule;
}

/** The attributes that decide what one period's view reads. */
export interface GaugeRequest {
  /** A period id; none: the newest. */
  period: string | undefined;
  compare: GaugeCompare | undefined;
  periodPicker: boolean;
  /** One court of a multi-court feed: its periods and figures only, and its name shown with them. */
  court: string | undefined;
}

/** `source` is asked for the client inside: a missing source is this load's error (a rejection). */
export async function fetchGaugeData(source: () => GaugeSource, request: GaugeRequest, signal?: AbortSignal): Promise<GaugeData> {
  const client = source();
  const { period: requested, court } = request;
  const wantPrevious = request.compare === 'previous';
  const options = { signal, court };
  // The index is needed for the default period, the comparison and the picker; otherwise the
  // period's own file is enough.
  const indexRequest = !requested || wantPrevious || request.periodPicker ? client.getStatsIndex(options) : undefined;
  const statsRequest = requested
    ? client.getStats(requested, options)
    : indexRequest!.then((index) => {
        const newest = index.periods[0]?.id;
        if (newest === undefined) throw new ValidationError(undefined, [{ path: 'periods', message: 'the source lists no periods' }]);
        return client.getStats(newest, options);
      });
  const [index, stats, named] = await Promise.all([indexRequest, statsRequest, court ? client.getCourt(options) : undefined]);
  assertConsistentCounts(stats);
  const previous = wantPrevious && index ? await fetchPrevious(client, index, stats.period.id, options) : { kind: 'not-requested' as const };
  return { index, stats, previous, court: named };
}

async function fetchPrevious(client: GaugeSource, index: StatsIndex, periodId: string, options: { signal: AbortSignal | undefined; court: string | undefined }): Promise<PreviousPeriod> {
  const before = previousPeriod(index, periodId);
  if (!before) return { kind: 'none' };
  try {
    const stats = await client.getStats(before.id, options);
    assertConsistentCounts(stats);
    return { kind: 'loaded', stats };
  } catch (error) {
    // The comparison is extra: its failure must not hide the period asked for.
    if (isAbortError(error)) throw error;
    return { kind: 'failed', period: before, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** Every period the index lists (for `court`: that court's), each period's file in parallel, and the trend's code. */
export async function fetchTrendData(client: GaugeSource, court: string | undefined, locale: Locale, signal: AbortSignal): Promise<{ data: GaugeTrendData; kit: TrendModule }> {
  const options = { signal, court };
  const [index, named] = await Promise.all([client.getStatsIndex(options), court ? client.getCourt(options) : undefined]);
  // The trend's own texts came with its module: in English, those too before it renders.
  const [kit, stats] = await Promise.all([loadTrendModule().then(async (kit) => (await loadLocale(locale), kit)), Promise.all(index.periods.map((period) => client.getStats(period.id, options)))]);
  for (const one of stats) assertConsistentCounts(one);
  return { data: { index, stats, court: named }, kit };
}
