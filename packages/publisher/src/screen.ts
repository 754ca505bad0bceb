// The publication rules, applied before anything is written: the SDK's own checks (contract schema,
// ID masking, age at the listing date from the full birth date while the unmasked ID is still there,
// withholding) are the one rule source.
import { DebtorRecord, screenForPublication, validateRecords } from '@zhixing/sdk';
import type { DebtorRecord as DebtorRecordType } from '@zhixing/sdk';

/** Why a record is withheld from publication. */
export type WithholdCode = 'minor' | 'removed' | 'publication-ended' | 'not-yet-published' | 'case-closed' | 'invalid';

/** A record that may be published, or why it may not. */
export type ScreenResult =
  | { ok: true; record: DebtorRecordType; masked: boolean }
  | { ok: false; code: WithholdCode; message: string; path?: string };

/**
 * Screens one record, still carrying its unmasked ID, for publication on `now`: the SDK judges age at
 * the listing date from the full birth date, then masks.
 */
export function screenRecord(record: DebtorRecordType, now: Date): ScreenResult {
  const { records, issues } = validateRecords([record], DebtorRecord, 'record', now);
  const masked = issues.some((i) => i.code === 'id-masked');
  const blocking = issues.find((i) => i.code !== 'id-masked');
  if (blocking || records.length === 0) {
    const code = (blocking?.code ?? 'invalid') as WithholdCode;
    return { ok: false, code, message: blocking?.message ?? 'invalid record', ...(blocking ? { path: blocking.path } : {}) };
  }
  const screened = screenForPublication(records, now);
  const issue = screened.issues[0];
  if (!screened.records.length || issue) {
    return { ok: false, code: (issue?.code ?? 'invalid') as WithholdCode, message: issue?.message ?? 'withheld' };
  }
  return { ok: true, record: screened.records[0] as DebtorRecordType, masked };
}
