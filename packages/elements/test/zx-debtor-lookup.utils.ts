// What a user does with <zx-debtor-lookup> and what they see, for its test files.
import type { SearchResult } from '@zhixing/sdk';
import type { ZxErrorDetail } from '../src/internal';
import type { ZxDebtorLookup } from '../src/zx-debtor-lookup/zx-debtor-lookup.component';

export function ui(el: ZxDebtorLookup) {
  const root = el.shadowRoot!;
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  return {
    root,
    form: q<HTMLFormElement>('form')!,
    name: q<HTMLInputElement>('#name')!,
    id: q<HTMLInputElement>('#identifier')!,
    submit: q<HTMLButtonElement>('button[type=submit]')!,
    status: () => q('.status')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    results: () => q<HTMLElement>('[part~=results]')!,
    error: () => q<HTMLElement>('[part~=error]'),
    idError: () => q('#id-error')?.textContent?.trim() ?? '',
    nameError: () => q('#name-error')?.textContent?.trim() ?? '',
    names: () => [...root.querySelectorAll('[part~=result-name]')].map((n) => n.textContent?.trim() ?? ''),
    badges: () => [...root.querySelectorAll('[part~=badge]')].map((n) => n.textContent?.trim() ?? ''),
    pager: () => q<HTMLElement>('[part~=pager]'),
    button: (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').includes(text)),
  };
}

/** Sets a field as typing or pasting would, outside any IME composition. */
export function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
}

export type Outcome = { kind: 'result'; result: SearchResult } | { kind: 'error'; detail: ZxErrorDetail };

/** Resolves on the next answer of the element: a result or an error. */
export function nextOutcome(el: ZxDebtorLookup): Promise<Outcome> {
  return new Promise((resolve) => {
    const onResult = (event: Event) => finish({ kind: 'result', result: (event as CustomEvent<SearchResult>).detail });
    const onError = (event: Event) => finish({ kind: 'error', detail: (event as CustomEvent<ZxErrorDetail>).detail });
    function finish(outcome: Outcome) {
      el.removeEventListener('zx-result', onResult);
      el.removeEventListener('zx-error', onError);
      void el.updateComplete.then(() => resolve(outcome));
    }
    el.addEventListener('zx-result', onResult);
    el.addEventListener('zx-error', onError);
  });
}

/** Fills the form and submits it the way pressing Enter or the button does; waits for the answer. */
export async function searchFor(el: ZxDebtorLookup, name: string, identifier = ''): Promise<Outcome> {
  const { form, name: nameInput, id } = ui(el);
  typeInto(nameInput, name);
  typeInto(id, identifier);
  const outcome = nextOutcome(el);
  form.requestSubmit();
  return outcome;
}

export async function expectResult(outcome: Promise<Outcome>): Promise<SearchResult> {
  const settled = await outcome;
  if (settled.kind !== 'result') throw new Error(`expected a result, got an error: ${settled.detail.error.message}`);
  return settled.result;
}

/** Every text node and attribute value in the shadow root (not what the user typed into a field). */
export function everythingRendered(el: Element): string {
  const root = el.shadowRoot!;
  const parts: string[] = [root.textContent ?? ''];
  for (const node of root.querySelectorAll('*')) {
    for (const attr of node.getAttributeNames()) parts.push(node.getAttribute(attr) ?? '');
  }
  return parts.join('\n');
}

/** A clock for the SDK client: timers run only when the test advances time. */
export class FakeClock {
  private time = Date.parse('2024-03-01T02:00:00Z');
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;

  readonly now = (): Date => new Date(this.time);
  readonly timerApi = {
    setTimeout: (callback: () => void, ms: number): unknown => {
      const id = this.nextId++;
      this.timers.set(id, { at: this.time + ms, callback });
      return id;
    },
    clearTimeout: (handle: unknown): void => {
      this.timers.delete(handle as number);
    },
  };

  get pending(): number {
    return this.timers.size;
  }

  /** Fires the earliest timer if it is due within `withinMs` (a retry back-off, not a 10 s timeout). */
  fireNext(withinMs: number): boolean {
    const next = [...this.timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
    if (!next || next[1].at - this.time > withinMs) return false;
    this.timers.delete(next[0]);
    this.time = Math.max(this.time, next[1].at);
    next[1].callback();
    return true;
  }

  /** Moves time forward, firing due timers in order. */
  advance(ms: number): void {
    const target = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].callback();
    }
    this.time = target;
  }
}
