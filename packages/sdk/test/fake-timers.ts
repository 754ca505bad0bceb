import type { Timers } from '../src/client/transport';

/** A manual clock for timer-driven code: nothing runs until the test says so. */
export class FakeTimers implements Timers {
  private queue = new Map<number, { at: number; callback: () => void }>();
  private next = 1;
  now = 0;

  setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.next++;
    this.queue.set(id, { at: this.now + Math.max(0, ms), callback });
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.queue.delete(handle as number);
  };

  get pending(): number {
    return this.queue.size;
  }

  /** Delays of the pending timers, soonest first. */
  get delays(): number[] {
    return [...this.queue.values()].map((t) => t.at - this.now).sort((a, b) => a - b);
  }

  /** Runs the soonest pending timer (advancing the clock to it). Returns false when none. */
  runNext(): boolean {
    let first: [number, { at: number; callback: () => void }] | undefined;
    for (const entry of this.queue) if (!first || entry[1].at < first[1].at) first = entry;
    if (!first) return false;
    this.queue.delete(first[0]);
    this.now = Math.max(this.now, first[1].at);
    first[1].callback();
    return true;
  }
}

/** Lets pending promise callbacks (and msw's worker round trip) settle. */
export function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => globalThis.setTimeout(resolve, ms));
}
