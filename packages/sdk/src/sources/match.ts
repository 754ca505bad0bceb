import type { DebtorRecord } from '../contract/index.js';
import { maskResidentId } from '../domain/identifiers.js';
import { inScope } from '../domain/record-court.js';
import { normalizeName } from './shard-key.js';
import type { NormalizedQuery } from './source.js';

/**
 * Exact match on the normalised name; with an identifier, also on the ID (compared in its public,
 * masked form: that is all a published record carries) or the credit code; with court codes, the
 * record's court too.
 */
export function matchesQuery(record: DebtorRecord, query: Pick<NormalizedQuery, 'name' | 'identifier' | 'courtCodes'>): boolean {
  if (normalizeName(record.name) !== normalizeName(query.name) || !inScope(record, query.courtCodes)) return false;
  if (!query.identifier) return true;
  if (record.partyKind === 'organization') return record.creditCode?.toUpperCase() === query.identifier;
  return record.idNumber !== undefined && record.idNumber.toUpperCase() === maskResidentId(query.identifier);
}
