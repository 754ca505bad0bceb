// What to tell a user about the identifier typed so far. Checked on every keystroke, but a too-short
// number is only reported once the field was left or submitted: mid-typing it is not an error yet.
import { normalizeIdentifier, validateIdentifier } from '@zhixing/sdk';
import type { LookupMessageKey } from './zx-debtor-lookup.messages.js';

export interface FieldProblem {
  key: LookupMessageKey;
  params?: Record<string, string | number>;
}

export type IdentifierReading = { ok: true; identifier: string | undefined } | { ok: false; problem: FieldProblem | undefined };

/**
 * `identifier` is the normalised, checksum-valid value (undefined when the field is empty). A
 * problem is undefined while the input is merely incomplete and `complete` is false.
 */
export function readIdentifier(raw: string, complete: boolean): IdentifierReading {
  const value = normalizeIdentifier(raw);
  if (!value) return { ok: true, identifier: undefined };
  if (value.includes('*')) return { ok: false, problem: { key: 'idMasked' } };
  const check = validateIdentifier(value);
  if (check.ok) return check.kind === 'masked-resident-id' ? { ok: false, problem: { key: 'idMasked' } } : { ok: true, identifier: check.value };
  switch (check.problem) {
    case 'empty':
      return { ok: true, identifier: undefined };
    case 'length':
      return { ok: false, problem: complete || value.length > 18 ? { key: 'idLength', params: { count: value.length } } : undefined };
    case 'charset':
      return { ok: false, problem: { key: 'idCharset' } };
    case 'date':
      return { ok: false, problem: { key: 'idDate' } };
    case 'checksum':
      return { ok: false, problem: { key: check.kind === 'credit-code' ? 'idChecksumCredit' : 'idChecksumResident' } };
  }
}
