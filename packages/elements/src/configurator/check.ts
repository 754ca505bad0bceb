// "Check the address": reads the feed's court.json (the API's `court`) and says what is wrong in
// terms an editor can act on. Why a request failed without an answer (CORS refused, no answer,
// offline) is found the way the elements find it: internal/diagnose.ts (a `no-cors` probe).
import { NetworkError } from '@zhixing/sdk';
import { diagnose } from '../internal/diagnose.js';

export interface Period {
  id: string;
  label: string;
}

export type CheckResult =
  | { kind: 'ok'; url: string; court: { name: string; nameEn?: string }; periods: Period[]; courts: Period[] }
  | { kind: 'mixed' | 'notFound' | 'notJson' | 'notFeed' | 'unreachable' | 'timeout'; url: string }
  | { kind: 'http'; url: string; status: number }
  | { kind: 'cors'; url: string; origin: string }
  | { kind: 'offline' };

const TIMEOUT = 15_000;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks the source at `base` (a feed folder, or an API base when `api`). */
export async function checkFeed(base: string, api: boolean): Promise<CheckResult> {
  const url = new URL(api ? 'court' : 'court.json', base.endsWith('/') ? base : `${base}/`).href;
  // The browser would block it before any request: say so instead of "no answer".
  if (location.protocol === 'https:' && url.startsWith('http:')) return { kind: 'mixed', url };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT);
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', credentials: 'omit', headers: { accept: 'application/json' }, signal: controller.signal });
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'timeout', url };
    const diagnosis = await diagnose(new NetworkError(url, error));
    if (diagnosis?.kind === 'cors') return { kind: 'cors', url, origin: diagnosis.origin };
    if (diagnosis?.kind === 'offline') return { kind: 'offline' };
    return { kind: 'unreachable', url };
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 404 || response.status === 410) return { kind: 'notFound', url };
  if (!response.ok) return { kind: 'http', url, status: response.status };
  let court: unknown;
  try {
    court = JSON.parse(await response.text());
  } catch {
    return { kind: 'notJson', url };
  }
  if (!isRecord(court) || typeof court.id !== 'string' || typeof court.name !== 'string' || !court.name) return { kind: 'notFeed', url };
  return {
    kind: 'ok',
    url,
    court: { name: court.name, ...(typeof court.nameEn === 'string' ? { nameEn: court.nameEn } : {}) },
    periods: await periodsOf(base, api),
    // A multi-court feed's courts: code → name, for the court field (a code without a name is skipped).
    courts: (Array.isArray(court.courts) ? court.courts : []).filter(isRecord).flatMap((c) => (typeof c.courtCode === 'string' && typeof c.name === 'string' ? [{ id: c.courtCode, label: c.name }] : [])),
  };
}

/** The source's statistics periods, for the period field's suggestions; none when they cannot be read. */
async function periodsOf(base: string, api: boolean): Promise<Period[]> {
  try {
    const response = await fetch(new URL(api ? 'stats' : 'stats/index.json', base.endsWith('/') ? base : `${base}/`), { credentials: 'omit', headers: { accept: 'application/json' } });
    if (!response.ok) return [];
    const index: unknown = await response.json();
    if (!isRecord(index) || !Array.isArray(index.periods)) return [];
    return index.periods.filter(isRecord).flatMap((p) => (typeof p.id === 'string' ? [{ id: p.id, label: typeof p.label === 'string' ? p.label : p.id }] : []));
  } catch {
    return [];
  }
}
