// The delta layer of the lookup index (contract: `ShardManifest` format 2, `DeltaFile`): what changed
// since the shards (the base) were written — records new or changed, and the ids of base records
// that are gone or replaced — in a few files keyed by name hash, so that a day's changes land in
// hundreds of files instead of rewriting most of the 16,384 shards. A name with many changes gets a
// file of its own, so no delta file outgrows a lookup. Pure: the writer feeds it the diff.
import { fnv1a32, normalizeName } from '@zhixing/sdk';
import type { DebtorRecord, DeltaFile } from '@zhixing/sdk';

/** Sizes of the delta layer. */
export interface DeltaOptions {
  /** About this many records per delta file (the count is a power of two). Default 128. */
  perFile?: number;
  /** A name with more changes than this (records + hidden ids) gets a file of its own. Default 24. */
  ownFileAt?: number;
}

/** Delta files of about 128 records each; a name with more than 24 changes gets a file of its own. */
export const DELTA_DEFAULTS: Required<DeltaOptions> = { perFile: 128, ownFileAt: 24 };

/** A base record no longer published as it is: its id, and its normalised name (which delta file it belongs to). */
export interface HiddenRecord {
  id: string;
  name: string;
}

/** The files of one delta layer, by path relative to the manifest's directory. */
export interface BuiltDelta {
  /** Delta files: a power of two, at most the shard count. */
  count: number;
  records: number;
  files: Array<{ path: string; body: DeltaFile }>;
}

/**
 * Builds the delta files: `records` (new or changed since the base) and `hidden` (base records gone or
 * replaced), grouped by fnv1a32(normalizeName(name)) mod count. `dir` is the delta directory relative
 * to the manifest (`delta/<hash>`); paths are `<dir>/<delta>.json` and `<dir>/<delta>-<n>.json` for a
 * name's own file (names with many changes, and every hot name of the base that changed: a lookup then
 * knows exactly how many of its records came and went). Deterministic: the same changes give the same files.
 */
export function buildDelta(records: readonly DebtorRecord[], hidden: readonly HiddenRecord[], version: string, dir: string, maxCount: number, options: DeltaOptions = {}, hotNames: ReadonlySet<string> = new Set()): BuiltDelta {
  const { perFile, ownFileAt } = { ...DELTA_DEFAULTS, ...options };
  let count = 1;
  while (count * perFile < records.length + hidden.length / 4 && count < maxCount) count *= 2;
  const width = Math.max(1, (count - 1).toString(16).length);
  const idOf = (name: string) => (fnv1a32(name) % count).toString(16).padStart(width, '0');

  // By delta file, then by normalised name.
  const groups = new Map<string, Map<string, { records: DebtorRecord[]; hidden: string[] }>>();
  const entry = (name: string) => {
    const id = idOf(name);
    let names = groups.get(id);
    if (!names) groups.set(id, (names = new Map()));
    let e = names.get(name);
    if (!e) names.set(name, (e = { records: [], hidden: [] }));
    return e;
  };
  for (const record of records) entry(normalizeName(record.name)).records.push(record);
  for (const h of hidden) entry(h.name).hidden.push(h.id);

  const files: BuiltDelta['files'] = [];
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const id of [...groups.keys()].sort()) {
    const names = groups.get(id)!;
    const body: DeltaFile = { version, delta: id, records: [], hidden: [] };
    const own: NonNullable<DeltaFile['hot']> = [];
    for (const name of [...names.keys()].sort()) {
      const e = names.get(name)!;
      // A hot name of the base always: its lookups page through the base, and its total must be exact.
      if (e.records.length + e.hidden.length > ownFileAt || hotNames.has(name)) {
        const path = `${dir}/${id}-${own.length}.json`;
        own.push({ name, path });
        files.push({ path, body: { version, delta: id, name, records: [...e.records].sort(byId), hidden: [...e.hidden].sort() } });
      } else {
        body.records.push(...e.records);
        body.hidden.push(...e.hidden);
      }
    }
    (body.records as DebtorRecord[]).sort(byId);
    body.hidden.sort();
    if (own.length) body.hot = own;
    files.push({ path: `${dir}/${id}.json`, body });
  }
  return { count, records: records.length, files };
}
