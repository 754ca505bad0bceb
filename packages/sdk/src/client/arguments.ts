// The arguments callers pass to the client's methods, checked before any request. A wrong one is an
// ArgumentError that names the argument and what it got, with its type (`page must be a whole number
// ≥ 1, got the string "2"`): the caller's mistake, never presented as a data-contract problem.
import { ArgumentError } from './errors.js';

/** `the string "2"`, `the number 1.5`, `NaN`, `undefined`, `null`, `an object` … */
export function describeValue(value: unknown): string {
  const type = typeof value;
  if (value == null || Number.isNaN(value)) return String(value);
  if (type === 'string') return `the string ${JSON.stringify(value)}`;
  if (type === 'function') return 'a function';
  return type === 'object' ? (Array.isArray(value) ? 'an array' : 'an object') : `the ${type} ${String(value)}`;
}

/** Throws `<argument> must be <expected>, got <value>` unless `ok`. */
export function argument(ok: boolean, name: string, expected: string, value: unknown): void {
  if (!ok) throw new ArgumentError(name, `${name} must be ${expected}, got ${describeValue(value)}`);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A whole number ≥ `min` (`fallback` when absent), larger ones cut to `max`. */
export function wholeNumber(value: unknown, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  argument(Number.isInteger(value) && (value as number) >= min, name, `a whole number ≥ ${min}`, value);
  return Math.min(max, value as number);
}

/** A number of milliseconds ≥ 0, or absent; `Infinity` (no limit) only where `unlimited`. */
export function duration(value: unknown, name: string, unlimited = true): void {
  argument(value === undefined || (typeof value === 'number' && value >= 0 && (unlimited || value < Infinity)), name, 'a number of milliseconds ≥ 0', value);
}

/** An object, or absent. */
export function object(value: unknown, name: string): value is Record<string, unknown> | undefined {
  argument(value === undefined || isObject(value), name, 'an object', value);
  return true;
}

/** The per-call options every method takes (`{ signal, deadlineMs, headers }`), when given. */
export function requestOptions(options: unknown): void {
  if (!object(options, 'options') || !options) return;
  const { signal, deadlineMs, headers } = options;
  argument(signal === undefined || (isObject(signal) && typeof signal.addEventListener === 'function'), 'options.signal', 'an AbortSignal', signal);
  duration(deadlineMs, 'options.deadlineMs');
  object(headers, 'options.headers');
}

/** A client's options: the source (`staticSource(url)` / `httpSource(url)`) and durations. */
export function clientOptions(options: { source?: unknown; timeoutMs?: unknown; deadlineMs?: unknown } | undefined): void {
  const source = options?.source as { kind?: unknown; baseUrl?: unknown } | undefined;
  argument(isObject(source) && /^(static|http)$/.test(String(source.kind)) && !!source.baseUrl, 'source', 'staticSource(url) or httpSource(url)', source);
  duration(options!.timeoutMs, 'timeoutMs', false);
  duration(options!.deadlineMs, 'deadlineMs');
}
