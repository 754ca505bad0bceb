// Loading, error and stale states for one piece of data, the same way in every element. Only the
// latest request's answer is ever applied; a superseded request is aborted; disconnecting the
// element aborts everything.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '@zhixing/sdk';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export class LoadController<T> implements ReactiveController {
  status: LoadStatus = 'idle';
  value: T | undefined;
  error: Error | undefined;
  /** When `value` was last confirmed by the source. */
  updatedAt: Date | undefined;
  private controller: AbortController | undefined;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly handlers: { onLoad?: (value: T) => void; onError?: (error: Error, keptLastGood: boolean) => void } = {},
  ) {
    host.addController(this);
  }

  /** Showing data that failed to refresh. */
  get stale(): boolean {
    return this.status === 'error' && this.value !== undefined;
  }

  get loading(): boolean {
    return this.status === 'loading';
  }

  async run(task: (signal: AbortSignal) => Promise<T>): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const generation = ++this.generation;
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      const value = await task(controller.signal);
      if (generation !== this.generation) return;
      this.value = value;
      this.error = undefined;
      this.status = 'ready';
      this.updatedAt = new Date();
      this.handlers.onLoad?.(value);
    } catch (error) {
      if (generation !== this.generation || isAbortError(error)) return;
      this.error = error instanceof Error ? error : new Error(String(error));
      this.status = 'error';
      this.handlers.onError?.(this.error, this.value !== undefined);
    } finally {
      if (generation === this.generation) {
        this.controller = undefined;
        this.host.requestUpdate();
      }
    }
  }

  /** Apply a value that arrived some other way (e.g. a live subscription). */
  set(value: T): void {
    this.value = value;
    this.error = undefined;
    this.status = 'ready';
    this.updatedAt = new Date();
    this.host.requestUpdate();
  }

  fail(error: Error): void {
    this.error = error;
    this.status = 'error';
    this.host.requestUpdate();
  }

  cancel(): void {
    this.generation++;
    this.controller?.abort();
    this.controller = undefined;
    if (this.status === 'loading') this.status = this.value === undefined ? 'idle' : 'ready';
  }

  /** Forget everything (e.g. the source changed: the old data belongs to another court). */
  reset(): void {
    this.cancel();
    this.value = undefined;
    this.error = undefined;
    this.updatedAt = undefined;
    this.status = 'idle';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
