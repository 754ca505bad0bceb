// Scrubbing of free text: every unmasked resident ID masked however it is written (id-scan.ts), bidi
// controls removed, names cleaned of invisible characters. Court and statistics texts need only this,
// not the record screening of screen.ts (contract checks, ages, publication rules), so the
// statistics client and the gauge load this module and not that one.
import { validateCreditCode } from '../domain/credit-code.js';
import { isRegistrationNumber, maskIdsInText } from '../domain/id-scan.js';
import { INVISIBLE_IN_NAME } from '../domain/names.js';

/** @internal Bidi embeddings, overrides, isolates and marks reorder what a reader sees: never passed on. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** @internal The keys whose strings are names (cleaned of every invisible character). */
export const NAME_KEYS: ReadonlySet<string> = new Set(['name', 'legalRepresentative']);

/** A name as it may be shown and matched: without invisible characters. */
export function cleanName(name: string): string {
  return name.replace(INVISIBLE_IN_NAME, '');
}

/** @internal Whether `text` has a bidi control (the global regex's position is reset). */
export const hasBidi = (text: string): boolean => {
  const found = BIDI_CONTROLS.test(text);
  BIDI_CONTROLS.lastIndex = 0;
  return found;
};

/** @internal Organisation codes are public: a valid credit code or a 15-digit registration number. */
export const isPublicCode = (value: string, key: string | undefined): boolean => key === 'creditCode' && (validateCreditCode(value).ok || isRegistrationNumber(value));

/** One string as it may be shown: IDs masked, bidi controls removed (names: every invisible character). */
export function scrubText(value: string, key?: string): string {
  if (isPublicCode(value, key)) return value;
  const cleaned = key !== undefined && NAME_KEYS.has(key) ? cleanName(value) : hasBidi(value) ? value.replace(BIDI_CONTROLS, '') : value;
  return maskIdsInText(cleaned);
}

/**
 * Deep copy with every string scrubbed. Two exceptions: valid organisation codes (public, and never
 * shaped like an ID), and record `id`s, which are compared as published (an id that contains a
 * resident ID is rejected by the contract instead).
 */
export function scrubDeep<T>(value: T, key?: string): T {
  if (typeof value === 'string') return scrubText(value, key) as T;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[k];
      out[k] = k === 'id' && typeof v === 'string' ? v : scrubDeep(v, k);
    }
    return out as T;
  }
  return value;
}
