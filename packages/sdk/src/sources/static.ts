import { HotNameFile, Shard, ShardManifest } from '../contract/validate.generated.js';
import type { DebtorRecord as DebtorRecordType, HotName, ShardManifest as ShardManifestType } from '../contract/index.js';
import { DebtorRecord } from '../contract/validate.generated.js';
import { ValidationError } from '../client/errors.js';
import { maskResidentId } from '../domain/identifiers.js';
import { parseEnvelope } from '../publication/envelope.js';
import { scrubDeep, validateRecords, type Located, type RecordIssue } from '../publication/screen.js';
import { feedPaths, resolveUrl } from './layout.js';
import { matchesQuery } from './match.js';
import { normalizeName, shardOf } from './shard-key.js';
import type { Loader, NormalizedQuery, RawSearch, SourceAdapter } from './source.js';

type Context = Parameters<SourceAdapter['search']>[2];

/**
 * A static feed: plain JSON files. A lookup reads the small manifest (cached), hashes the name to
 * one shard and downloads only that shard, so a province-wide list costs one small file per lookup.
 * A name too common for a shard (王伟) has files of its own: one page, or the records of one
 * identifier key. Only the records of the searched name are validated and reported on: other people
 * who share a shard cost nothing and are never mentioned.
 */
export function createStaticAdapter(baseUrl: string, options: { manifestGuard?: (manifest: ShardManifestType, url: string) => ShardManifestType } = {}): SourceAdapter {
  const url = (path: string) => resolveUrl(baseUrl, path);
  return {
    kind: 'static',
    baseUrl,
    courtUrl: () => url(feedPaths.court()),
    statsIndexUrl: () => url(feedPaths.statsIndex()),
    statsUrl: (periodId) => url(feedPaths.stats(periodId)),
    exposureUrl: () => url(feedPaths.exposure()),
    exposureIndexUrl: () => url(feedPaths.exposureIndex()),
    async search(query, loader, context) {
      const manifestUrl = url(feedPaths.shardManifest());
      const loaded = (await loader.load(manifestUrl, {
        tag: 'search',
        signal: context.signal,
        headers: context.headers,
        deadlineMs: context.deadlineMs,
        process: (body, from) => scrubDeep(parseEnvelope(ShardManifest, body, from)),
      })).value!;
      // A manifest older than one already seen (a stale CDN edge) is not trusted.
      const manifest = options.manifestGuard ? options.manifestGuard(loaded, manifestUrl) : loaded;
      const dir = manifestUrl.replace(/[^/]*$/, '');
      const key = normalizeName(query.name);
      const select = (raw: unknown) => typeof (raw as { name?: unknown })?.name === 'string' && normalizeName((raw as { name: string }).name) === key;
      const shardId = shardOf(query.name, manifest.shardCount);
      const shardUrl = resolveUrl(dir, manifest.shardPath.replace('{shard}', shardId));
      const { value: shard } = await loader.load(shardUrl, {
        tag: 'search',
        signal: context.signal,
        headers: context.headers,
        deadlineMs: context.deadlineMs,
        allowNotFound: true, // publishers write only non-empty shards
        process: (body, from) => {
          const envelope = parseEnvelope(Shard, body, from);
          if (envelope.version !== manifest.version || envelope.shard !== shardId) {
            throw new ValidationError(from, [{ path: 'version', message: `shard ${envelope.shard}@${envelope.version} does not belong to manifest ${manifest.version} (shard ${shardId})` }]);
          }
          return envelope; // cached as it came: each lookup validates only its own name's records
        },
      });
      const common = { removals: (manifest.removals ?? []).map((r) => r.id), removalsComplete: manifest.removals !== undefined, generatedAt: manifest.generatedAt, asOf: manifest.generatedAt };
      const hot = shard?.hot?.find((h) => h.name === key);
      if (hot) return { ...(await searchHotName(hot, dir, manifest.version, query, loader, context)), ...common };
      const validated = validateRecords(shard?.records ?? [], DebtorRecord, `shards/${shardId}.records`, context.now, { select });
      const located = validated.records.filter(({ record }) => matchesQuery(record, query));
      return { located, issues: validated.issues, total: located.length, complete: true, ...common };
    },
  };
}

/** The identifier key of a hot name's files: the first 10 characters of the published identifier. */
export function hotNameKey(identifier: string): string {
  return maskResidentId(identifier).slice(0, 10).toUpperCase();
}

async function searchHotName(
  hot: HotName,
  dir: string,
  version: string,
  query: NormalizedQuery,
  loader: Loader,
  context: Context,
): Promise<Omit<RawSearch, 'asOf'>> {
  const key = normalizeName(query.name);
  const load = async (path: string, label: string) => {
    const fileUrl = resolveUrl(dir, path);
    const { value } = await loader.load(fileUrl, {
      tag: 'search',
      signal: context.signal,
      headers: context.headers,
      deadlineMs: context.deadlineMs,
      allowNotFound: true,
      process: (body, from) => {
        const file = parseEnvelope(HotNameFile, body, from);
        if (file.version !== version || file.name !== key) {
          throw new ValidationError(from, [{ path: 'version', message: `hot-name file ${file.name}@${file.version} does not belong to manifest ${version}` }]);
        }
        return file;
      },
    });
    if (!value) return { records: [] as Located<DebtorRecordType>[], issues: [] as RecordIssue[] };
    return validateRecords(value.records, DebtorRecord, `${label}.records`, context.now, { select: (raw) => normalizeName(String((raw as { name?: unknown })?.name ?? '')) === key });
  };
  if (query.identifier) {
    const idKey = hotNameKey(query.identifier);
    const file = await load(hot.keyPath.replace('{key}', encodeURIComponent(idKey)), `hot/${idKey}`);
    const located = file.records.filter(({ record }) => matchesQuery(record, query));
    return { located, issues: file.issues, total: located.length, complete: true };
  }
  // Name only: the page files that cover the requested page (newest first, as published).
  const first = (query.page - 1) * query.pageSize;
  const last = Math.min(hot.total, query.page * query.pageSize) - 1;
  if (first >= hot.total) return { located: [], issues: [], total: hot.total, complete: false, skip: 0 };
  const pages: number[] = [];
  for (let p = Math.floor(first / hot.pageSize) + 1; p <= Math.floor(last / hot.pageSize) + 1; p++) pages.push(p);
  const files = await Promise.all(pages.map((p) => load(hot.pagePath.replace('{page}', String(p)), `hot/page-${p}`)));
  const located = files.flatMap((f) => f.records).filter(({ record }) => matchesQuery(record, query));
  const issues = files.flatMap((f) => f.issues);
  return { located, issues, total: hot.total, complete: false, skip: first - (pages[0]! - 1) * hot.pageSize };
}
