// Helpers the compiled validators (validate.generated.ts) share. They reproduce zod/mini 4.6's
// behaviour (same accept/reject, output, issue paths and messages) with own-property reads only,
// so a host page that extends Object.prototype or Array.prototype cannot change an answer.
// No eval, no `new Function`: this runs under a strict Content-Security-Policy.
import type { Checker, CheckIssue, CheckResult } from './checker.js';

/** An issue while it is being collected; `c` is zod's `continue`: 1 true, 0 unset, 2 false. */
export interface RawIssue {
  path: PropertyKey[];
  message: string;
  c: 0 | 1 | 2;
}

// Taken once, when the SDK loads: a page that later replaces it changes nothing here.
const hasOwnProperty = Object.prototype.hasOwnProperty;
const isArray = Array.isArray;
const getPrototypeOf = Object.getPrototypeOf;
const OBJECT = Object.prototype;
const ARRAY = Array.prototype;

export function own(value: object, key: PropertyKey): boolean {
  return hasOwnProperty.call(value, key);
}

export { isArray };

/** zod's `isObject`: an object, not null, not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !isArray(value);
}

/** An own property's value, else undefined (never an inherited one). */
export function get(value: object, key: PropertyKey): unknown {
  return hasOwnProperty.call(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
}

export function fail(issues: RawIssue[], message: string, c: 0 | 1 | 2, path: PropertyKey[] = []): void {
  issues.push({ path, message, c });
}

/** Puts `key` in front of the paths of the issues from `start` on (the child's issues). */
export function prefix(issues: RawIssue[], start: number, key: PropertyKey): void {
  for (let i = start; i < issues.length; i++) issues[i]!.path.unshift(key);
}

/** zod's `aborted`: an issue from `start` on that does not let later checks run. */
export function aborted(issues: readonly RawIssue[], start: number): boolean {
  for (let i = start; i < issues.length; i++) if (issues[i]!.c !== 1) return true;
  return false;
}

/** zod's `explicitlyAborted`: an issue from `start` on with `continue: false`. */
export function explicitlyAborted(issues: readonly RawIssue[], start: number): boolean {
  for (let i = start; i < issues.length; i++) if (issues[i]!.c === 2) return true;
  return false;
}

/** The `length` a length check sees, or undefined when zod would skip the check. */
export function lengthOf(value: unknown): unknown {
  if (typeof value === 'string' || isArray(value)) return value.length;
  if (typeof value === 'object' && value !== null) return get(value, 'length');
  return undefined;
}

/** Length in Unicode code points (zod measures strings this way). */
export function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

export function tooShort(value: unknown, minimum: number): boolean {
  const units = lengthOf(value) as number;
  const length = typeof value === 'string' && units >= minimum && units < minimum * 2 ? codePoints(value) : units;
  return !(length >= minimum);
}

export function tooLong(value: unknown, maximum: number): boolean {
  const units = lengthOf(value) as number;
  const length = typeof value === 'string' && units > maximum ? codePoints(value) : units;
  return !(length <= maximum);
}

/** zod's `number`: finite, not NaN (Number.isFinite is false for anything else, non-numbers included). */
export function isNumber(value: unknown): value is number {
  return Number.isFinite(value);
}

/** zod's `int()` format check on a number; false when it passed. */
export function checkSafeInt(value: number, issues: RawIssue[], message: string): void {
  if (!Number.isInteger(value)) fail(issues, message, 2);
  else if (!Number.isSafeInteger(value)) fail(issues, message, 1);
}

const TAB_OR_NEWLINE = /[\t\n\r]/g;

/**
 * zod's `url({ protocol })` check: returns the value it leaves (trimmed, tabs and line breaks
 * removed once the URL parses) and records an issue when it fails. `httpGuard`: the protocol is
 * zod's http(s) pattern, so `http:example.com` (no `//`) is refused before parsing.
 */
export function checkUrl(value: string, protocol: RegExp, httpGuard: boolean, issues: RawIssue[], message: string): string {
  try {
    const trimmed = value.trim();
    if (httpGuard && !/^https?:\/\//i.test(trimmed)) {
      fail(issues, message, 1);
      return value;
    }
    // Throws (caught below) when it does not parse.
    const url = new URL(trimmed);
    protocol.lastIndex = 0;
    if (!protocol.test(url.protocol.endsWith(':') ? url.protocol.slice(0, -1) : url.protocol)) fail(issues, message, 1);
    return trimmed.replace(TAB_OR_NEWLINE, '');
  } catch {
    fail(issues, message, 1);
    return value;
  }
}

/** A compiled node: checks `value`, records issues, returns the value zod would output. */
export type Node = (value: any, issues: RawIssue[]) => any;

/** An object's keys as a flat table: key, node, 1 when the key is optional. */
export type Shape = ReadonlyArray<string | Node | 0 | 1>;

/**
 * zod's object (unknown keys stripped): every key of `shape` in order. A required key that is absent
 * is checked as undefined; an optional one that is absent is left out; a present one is kept even
 * when undefined. While {@link run} reuses its input, the value itself, noting when zod's output
 * would differ from it.
 */
export function object(value: unknown, issues: RawIssue[], message: string, shape: Shape): unknown {
  if (!isObject(value)) {
    fail(issues, message, 0);
    return value;
  }
  // zod's output is a plain object: another one is never reused.
  if (reusing && getPrototypeOf(value) === OBJECT) return reuseObject(value, issues, shape);
  const out: Record<string, unknown> = {};
  for (let k = 0; k < shape.length; k += 3) {
    const key = shape[k] as string;
    const optional = shape[k + 2];
    const present = hasOwnProperty.call(value, key);
    if (!present && optional) continue;
    const start = issues.length;
    const x = present ? value[key] : undefined;
    const y = optional && x === undefined ? x : (shape[k + 1] as Node)(x, issues);
    if (issues.length !== start) prefix(issues, start, key);
    if (present) out[key] = y;
    // zod's "nonoptional" issue, for a required key whose schema would take undefined.
    else if (issues.length === start) fail(issues, 'Invalid input', 0, [key]);
  }
  return out;
}

/** For each shape: its keys' places in it, and (under the shape itself, never a key) how many are required. */
const places = new Map<Shape, Map<unknown, number>>();

/**
 * {@link object} while {@link run} reuses its input: the object's own keys in its own order (a for-in
 * loop, which V8 reads straight from the object's layout), each checked by its node. Anything that
 * would make zod's output or issues differ from the input (a key zod strips, a required key absent,
 * a changed value, an issue) only sets `differs`: the copy run then gives zod's answer, issues in
 * zod's order included.
 */
function reuseObject(value: Record<string, unknown>, issues: RawIssue[], shape: Shape): unknown {
  let place = places.get(shape);
  if (!place) {
    places.set(shape, (place = new Map([[shape, 0]])));
    for (let k = 0; k < shape.length; k += 3) {
      place.set(shape[k], k);
      if (!shape[k + 2]) place.set(shape, place.get(shape)! + 1);
    }
  }
  const start = issues.length;
  let required = 0;
  for (const key in value) {
    if (!hasOwnProperty.call(value, key)) continue;
    const k = place.get(key);
    const x = value[key];
    if (k === undefined) differs = true;
    else if (shape[k + 2] ? x !== undefined && (shape[k + 1] as Node)(x, issues) !== x : (required++, (shape[k + 1] as Node)(x, issues) !== x)) differs = true;
  }
  if (required !== place.get(shape) || issues.length !== start) differs = true;
  return value;
}

/**
 * zod's array: a new array of the elements' outputs (`element` absent: z.unknown(), copied). While
 * {@link run} reuses its input, the array itself, noting when zod's output would differ from it.
 */
export function array(value: unknown, issues: RawIssue[], message: string, element?: Node): unknown {
  if (!isArray(value)) {
    fail(issues, message, 0);
    return value;
  }
  const out = reusing && getPrototypeOf(value) === ARRAY ? undefined : new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const present = hasOwnProperty.call(value, i);
    const item = present ? value[i] : undefined;
    let y = item;
    if (element) {
      const start = issues.length;
      y = element(item, issues);
      if (issues.length !== start) prefix(issues, start, i);
    }
    if (out) out[i] = y;
    // A hole is an undefined element in zod's output.
    else if (y !== item || !present) differs = true;
  }
  return out ?? value;
}

/** True while {@link run} may return its input; `differs` once zod's output would not equal it. */
let reusing = false;
let differs = false;

/**
 * Runs a compiled validator on a whole value: zod's output, a new value. With `reuse`, the input
 * itself when zod's output would equal it (else a second run makes the copy: the answer is always
 * zod's, and a refinement sees exactly zod's output).
 */
export function run<T>(node: Node, input: unknown, reuse = false): CheckResult<T> {
  const issues: RawIssue[] = [];
  // Set by each run (no node runs another, and none throws): nothing to restore.
  reusing = reuse;
  differs = false;
  const data = node(input, issues);
  if (differs) return run(node, input);
  if (!issues.length) return { success: true, data: data as T };
  return { success: false, error: { issues: issues.map(({ path, message }): CheckIssue => ({ path, message })) } };
}

/** The {@link Checker} of a compiled node. */
export function checker<T>(node: Node): Checker<T> {
  return { safeParse: (input) => run<T>(node, input), reuse: (input) => run<T>(node, input, true) };
}
