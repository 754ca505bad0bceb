import { Shard, ShardManifest } from '../contract/feeds';
import { DebtorRecord } from '../contract/records';
import { parseEnvelope } from '../publication/envelope';
import { validateRecords } from '../publication/screen';
import { feedPaths, resolveUrl } from './layout';
import { matchesQuery } from './match';
import { shardOf } from './shard-key';
import type { SourceAdapter } from './source';

/**
 * A static feed: plain JSON files. A lookup reads the small manifest (cached), hashes the name to
 * one shard and downloads only that shard, so a province-wide list costs one small file per lookup.
 */
export function createStaticAdapter(baseUrl: string): SourceAdapter {
  const url = (path: string) => resolveUrl(baseUrl, path);
  return {
    kind: 'static',
    baseUrl,
    courtUrl: () => url(feedPaths.court()),
    statsIndexUrl: () => url(feedPaths.statsIndex()),
    statsUrl: (periodId) => url(feedPaths.stats(periodId)),
    exposureUrl: () => url(feedPaths.exposure()),
    async search(query, loader, { signal, headers, now }) {
      const manifestUrl = url(feedPaths.shardManifest());
      const { value: manifest } = await loader.load(manifestUrl, {
        tag: 'search',
        signal,
        headers,
        process: (body, from) => parseEnvelope(ShardManifest, body, from),
      });
      const shardId = shardOf(query.name, manifest!.shardCount);
      const shardUrl = resolveUrl(manifestUrl.replace(/[^/]*$/, ''), manifest!.shardPath.replace('{shard}', shardId));
      const { value: shard } = await loader.load(shardUrl, {
        tag: 'search',
        signal,
        headers,
        allowNotFound: true, // publishers write only non-empty shards
        process: (body, from) => {
          const envelope = parseEnvelope(Shard, body, from);
          return validateRecords(envelope.records, DebtorRecord, `shards/${shardId}.records`, now);
        },
      });
      const located = (shard?.records ?? []).filter(({ record }) => matchesQuery(record, query));
      return { located, issues: shard?.issues ?? [], total: located.length, asOf: manifest!.generatedAt, complete: true };
    },
  };
}
