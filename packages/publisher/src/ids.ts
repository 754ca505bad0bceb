// Record ids of rows without a 记录编号 (issue 19). An id is derived from the record's identity — type,
// case number, name and published identifier — so the same record keeps its id from one export to the
// next. The short form `sx-2023-1a2b3c4d` (a 32-bit hash) is what feeds have always published; but the
// ids of one type and case year share 2³² values, so n rows hold about n²/2³³ pairs of different records
// with the same short id (≈ 116 at a million). A shared short id is never refused: after the last row it
// is settled, the same way whatever the row order:
//
//  - a 记录编号 given in the sheet keeps its id;
//  - else the record the published feed lists under the short id keeps it;
//  - else the record with the smallest wide id keeps it;
//  - every other record gets the wide form `sx-2023-1a2b3c4d-hqwzbkmdtarfe`: the short id, `-`, and a
//    53-bit hash of the same identity in 13 letters;
//  - a record the published feed lists under its wide id keeps it, also once nothing shares its short
//    id any more.
// `build` and `correct` read the feed they replace once for this (a first build has none). So a record
// without a collision keeps the id feeds have always given it, a published id stays with its record,
// and no valid row is refused for an id it did not choose. The same identity twice is still a
// duplicate: rows are told apart by their identity hash, so with the 32 bits of the short id 85 bits
// must agree — for different records, about once in 10¹³ builds of a million rows (and only then would
// two records share a wide id).
import { checkCaseNumber, fnv1a32, maskResidentId, normalizeName } from '@zhixing/sdk';
import type { DebtorRecord } from '@zhixing/sdk';

type RecordType = DebtorRecord['type'];

const ID_PREFIX: Record<RecordType, string> = { 'dishonest-debtor': 'sx', 'consumption-restriction': 'xf', 'enforcement-case': 'zx' };

// 21 letters: no digits, so a wide id can never hold a resident ID (the contract refuses an id that
// does, id-scan.ts) — without i, l, o, u, which are misread, nor x, an ID's check character.
const LETTERS = 'abcdefghjkmnpqrstvwyz';
const WIDE_LENGTH = 13; // 21¹³ > 2⁵³
const WIDE_FORM = new RegExp(`^(?:sx|xf|zx)-\\d{4}-[0-9a-f]{8}-[${LETTERS}]{${WIDE_LENGTH}}$`);

/** The fields a record's identity is made of, as a row gives them or the feed publishes them. */
export type IdentityFields = Pick<DebtorRecord, 'type' | 'caseNumber' | 'name'> & { idNumber?: string | undefined; creditCode?: string | undefined };

/**
 * The identity of a record: `type|case number|name|identifier`, with the case number as normalised,
 * the name normalised (`normalizeName`) and the resident ID masked — so a row (full ID) and the record
 * published from it (masked ID) have the same identity.
 */
export function identityKey(record: IdentityFields): string {
  const identifier = record.creditCode ?? (record.idNumber ? maskResidentId(record.idNumber) : '');
  return `${record.type}|${record.caseNumber}|${normalizeName(record.name)}|${identifier}`;
}

/**
 * A 53-bit hash of an identity key, independent of `fnv1a32` (cyrb53: two 32-bit multiply–xorshift
 * lanes over the UTF-16 code units, mixed at the end).
 */
export function identityHash(key: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function letters(hash: number): string {
  let out = '';
  for (let i = 0; i < WIDE_LENGTH; i++) {
    const r = hash % LETTERS.length;
    out = LETTERS.charAt(r) + out;
    hash = (hash - r) / LETTERS.length;
  }
  return out;
}

function hashOfLetters(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = hash * LETTERS.length + LETTERS.indexOf(text.charAt(i));
  return hash;
}

/** The short id of an identity: `sx-2023-1a2b3c4d` (type prefix, year of the case, fnv1a32 of the key). */
export function shortRecordId(type: RecordType, caseYear: number, key: string): string {
  return `${ID_PREFIX[type]}-${caseYear}-${fnv1a32(key).toString(16).padStart(8, '0')}`;
}

/** The wide id: the short id, `-`, and the identity hash in 13 letters. */
export function wideRecordId(shortId: string, hash: number): string {
  return `${shortId}-${letters(hash)}`;
}

/** Whether an id has the wide form. */
export function isWideRecordId(id: string): boolean {
  return WIDE_FORM.test(id);
}

/** A record's identity and the two ids it can have; undefined when its case number does not parse. */
export function derivedRecordIds(record: IdentityFields): { key: string; hash: number; short: string; wide: string } | undefined {
  // The year as written, whatever today is: an id must not depend on the clock (the year was judged
  // when the row was read).
  const year = checkCaseNumber(record.caseNumber).value?.year;
  if (year === undefined || !ID_PREFIX[record.type]) return undefined;
  const key = identityKey(record);
  const hash = identityHash(key);
  const short = shortRecordId(record.type, year, key);
  return { key, hash, short, wide: wideRecordId(short, hash) };
}

/** The outcome of {@link RecordIds.claim}: the id to use until settled, or why the row is a duplicate. */
export type IdClaim = { ok: true; id: string } | { ok: false; code: 'duplicate-row' | 'duplicate-id' };

/** A published record as `settle` needs it: its id and its identity hash (`identityHash(identityKey(record))`). */
export interface PublishedId {
  id: string;
  identity: number;
}

/** Final ids, applied to records that carry a provisional one. */
export interface IdSettlement {
  /** Ids claimed by more than one record (different identities). */
  contested: number;
  /** Records whose provisional id changed. */
  renamed: number;
  /** The final id of a record added under `id` with identity hash `hash`. */
  idOf(id: string, hash: number): string;
  /** `record` with its final id (the same object when it keeps its id). */
  rename<T extends { id: string }>(record: T): T;
  /** Whether a record added under `id` may get another id (so that others need not be looked at). */
  mayRename(id: string): boolean;
}

// A claim is stored as one number: the identity hash, or −hash − 1 for an id given in the sheet.
const encode = (hash: number, given: boolean) => (given ? -hash - 1 : hash);
const hashOf = (claim: number) => (claim < 0 ? -claim - 1 : claim);

/**
 * The record ids of one build: every valid row claims its id (given, or the derived short id) with its
 * identity; `settle` then decides, independent of row order, which records sharing a short id keep it.
 * One number per row is held (the identity hash), plus a little per shared id.
 */
export class RecordIds {
  /** Id → the claim of the row that took it first (see `encode`). */
  private readonly claims = new Map<string, number>();
  /** Ids claimed by several identities: identity hash → whether the id was given in the sheet. */
  private readonly contested = new Map<string, Map<number, boolean>>();

  /**
   * Claims `id` for a row of identity `key`; `given` when the id comes from the sheet (记录编号). The
   * same identity again is a duplicate (`duplicate-row`), as is one given id for two identities
   * (`duplicate-id`, the sheet's own ids clash). A derived id another identity holds is shared, and
   * the row goes on under its wide id until {@link settle}.
   */
  claim(id: string, key: string, given: boolean): IdClaim {
    const hash = identityHash(key);
    const held = this.claims.get(id);
    if (held === undefined) {
      this.claims.set(id, encode(hash, given));
      return { ok: true, id };
    }
    let members = this.contested.get(id);
    if (members ? members.has(hash) : hashOf(held) === hash) return { ok: false, code: 'duplicate-row' };
    if (!members) members = new Map([[hashOf(held), held < 0]]);
    if (given && [...members.values()].some(Boolean)) return { ok: false, code: 'duplicate-id' };
    members.set(hash, given);
    this.contested.set(id, members);
    return { ok: true, id: given ? id : wideRecordId(id, hash) };
  }

  /**
   * Decides the final ids. `published` is every record of the feed published now (read once), or
   * nothing for a first build.
   */
  async settle(published?: Iterable<DebtorRecord | PublishedId> | AsyncIterable<DebtorRecord | PublishedId>): Promise<IdSettlement> {
    // Who the published feed lists under each shared id, and which wide ids it lists for identities
    // that are here again.
    const publishedUnder = new Map<string, number>();
    const keepWide = new Set<string>();
    if (published) {
      for await (const record of published) {
        if (this.contested.has(record.id)) publishedUnder.set(record.id, 'identity' in record ? record.identity : identityHash(identityKey(record)));
        else if (!this.claims.has(record.id) && WIDE_FORM.test(record.id)) {
          const short = record.id.slice(0, -WIDE_LENGTH - 1);
          if (this.holds(short, hashOfLetters(record.id.slice(-WIDE_LENGTH)))) keepWide.add(record.id);
        }
      }
    }

    // Provisional id → identity hash → final id, where they differ.
    const renames = new Map<string, Map<number, string>>();
    const move = (from: string, hash: number, to: string) => {
      if (from === to) return;
      let byHash = renames.get(from);
      if (!byHash) renames.set(from, (byHash = new Map()));
      byHash.set(hash, to);
    };
    // A record the feed lists under its wide id keeps it.
    for (const wide of keepWide) {
      const short = wide.slice(0, -WIDE_LENGTH - 1);
      if (!this.contested.has(short)) move(short, this.claims.get(short)!, wide);
    }
    // Shared ids. Two records carry the same provisional id only when a 记录编号 equals the derived
    // short id of an earlier row: those are told apart by identity.
    const ambiguous = new Set<string>();
    for (const [id, members] of this.contested) {
      const first = hashOf(this.claims.get(id)!);
      const givenTo = [...members].find(([, given]) => given)?.[0];
      if (givenTo !== undefined && givenTo !== first) ambiguous.add(id);
      const owner = publishedUnder.get(id);
      let keeper = givenTo ?? (owner !== undefined && members.has(owner) ? owner : undefined);
      if (keeper === undefined) {
        for (const hash of members.keys()) {
          if (!keepWide.has(wideRecordId(id, hash)) && (keeper === undefined || hash < keeper)) keeper = hash;
        }
      }
      for (const [hash, given] of members) move(given || hash === first ? id : wideRecordId(id, hash), hash, hash === keeper ? id : wideRecordId(id, hash));
    }

    let renamed = 0;
    for (const byHash of renames.values()) renamed += byHash.size;
    return {
      contested: this.contested.size,
      renamed,
      idOf: (id, hash) => renames.get(id)?.get(hash) ?? id,
      mayRename: (id) => renames.has(id),
      rename: <T extends { id: string }>(record: T): T => {
        const byHash = renames.get(record.id);
        if (!byHash) return record;
        const id =
          byHash.size === 1 && !ambiguous.has(record.id)
            ? byHash.values().next().value
            : 'name' in record
              ? byHash.get(identityHash(identityKey(record as unknown as IdentityFields)))
              : undefined;
        return id === undefined ? record : { ...record, id };
      },
    };
  }

  /** Whether the identity `hash` claimed the derived id `short` here. */
  private holds(short: string, hash: number): boolean {
    const members = this.contested.get(short);
    if (members) return members.has(hash) && !members.get(hash);
    const held = this.claims.get(short);
    return held !== undefined && held >= 0 && held === hash;
  }
}
