// The lookup index of a static feed is split into shards by a hash of the normalised name, so a
// lookup downloads one small file, never the whole list (in the manner of Pagefind's chunks).
import { INVISIBLE_IN_NAME } from '../domain/names.js';

export { INVISIBLE_IN_NAME };

/**
 * NFKC, no whitespace of any kind, no invisible characters (zero-width, bidi controls, fillers),
 * Latin letters lower-cased: '王 伟', '王伟' and '王\u200b伟' are one key.
 */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(NAME_NOISE, '').toLowerCase();
}

const NAME_NOISE = new RegExp(`[\\s\\u3000·•・.]|${INVISIBLE_IN_NAME.source}`, 'gu');

/** 32-bit FNV-1a over the UTF-8 bytes of the string. */
export function fnv1a32(text: string): number {
  const bytes = new TextEncoder().encode(text);
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Lower-case hex shard id, zero-padded to the width of the largest id. */
export function shardOf(name: string, shardCount: number): string {
  if (!Number.isInteger(shardCount) || shardCount < 1 || (shardCount & (shardCount - 1)) !== 0) {
    throw new RangeError(`shardCount must be a power of two, got ${shardCount}`);
  }
  const width = Math.max(1, (shardCount - 1).toString(16).length);
  return (fnv1a32(normalizeName(name)) % shardCount).toString(16).padStart(width, '0');
}

/** Picks a power-of-two shard count that keeps shards near `perShard` records. */
export function chooseShardCount(recordCount: number, perShard = 64): number {
  let count = 1;
  while (count * perShard < recordCount) count *= 2;
  return count;
}
