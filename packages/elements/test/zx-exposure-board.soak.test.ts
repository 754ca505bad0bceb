// Days of unattended running, compressed: over a thousand refresh cycles on a fake clock, alternating
// unchanged answers (304), changed entries, removals and failures. Nothing may pile up: not timers,
// not DOM nodes, not memory.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ExposureItem } from '@zhixing/sdk';
import '../src/zx-exposure-board/zx-exposure-board.define';
import type { ZxExposureBoard } from '../src/zx-exposure-board/zx-exposure-board.component';
import { createMockEnvironment } from './helpers';
import { clientOn, countNodes, FakeClock, poll, TODAY } from './zx-exposure-board.utils';

const env = createMockEnvironment({ today: TODAY });
const ROUNDS = 250; // × 5 polls = 1,250 refresh cycles
const CHANGED = 'sx-2022-1186';
const VICTIM = 'sx-2023-0788';

interface ChromeMemory {
  usedJSHeapSize: number;
}

/** The JS heap now (Chromium's performance.memory), after a full collection when window.gc exists. */
function heapUsed(): number | undefined {
  (globalThis as { gc?: () => void }).gc?.();
  return (performance as Performance & { memory?: ChromeMemory }).memory?.usedJSHeapSize;
}

/**
 * Without window.gc a single reading includes whatever garbage is not yet collected; the lowest of
 * many readings (one per round) is close to the live heap. The window must be long: V8 may run no
 * full collection for dozens of rounds.
 */
function lowest(samples: number[]): number {
  return Math.min(...samples);
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(2)} MB`;

/** One round of five polls: 304, a changed entry, a removal, a failure, the entry back (recovery). */
async function round(clock: FakeClock, el: ZxExposureBoard, victim: ExposureItem, n: number, turnPage: (() => Promise<void>) | undefined) {
  const statuses: number[] = [];
  const step = async (prepare: () => void) => {
    prepare();
    await poll(clock, el);
    statuses.push(env.api.requests.at(-1)?.status ?? -1);
    await turnPage?.();
  };
  await step(() => {});
  await step(() => env.api.updateRecord(CHANGED, { amountUnperformed: 8_846_300 + (n % 7) }));
  await step(() => env.api.removeRecord(VICTIM));
  await step(() => env.api.setFault({ kind: 'status', status: 503 }, { times: 1 }));
  await step(() => env.api.addRecord(victim));
  env.api.resetLog(); // the mock's request log is the test's memory, not the board's
  return statuses;
}

async function soak(mode: 'embedded' | 'signage') {
  const clock = new FakeClock();
  const pages = new FakeClock();
  // A big screen, where six cards fit (a smaller box shows fewer per page, and the rounds would shift).
  await setViewport({ width: 1920, height: 1080 });
  const el = await fixture<ZxExposureBoard>(
    // Six per page: five pages, so that the five page turns of a round end on the same page.
    html`<zx-exposure-board mode=${mode} page-size="6" .client=${clientOn(clock)} .timers=${pages}></zx-exposure-board>`,
  );
  await poll(clock, el);
  const victim = env.api.exposureItems.find((item) => item.id === VICTIM)!;
  const turnPage =
    mode === 'signage'
      ? async () => {
          pages.fireNext();
          await el.updateComplete;
        }
      : undefined;
  const expectedPageTimers = mode === 'signage' ? 1 : 0;

  // Warm-up round: first announcement, first stale notice, caches.
  // The unchanged poll is a simple request answered 200 with the same ETag (a browser's own cache would make it a 304).
  expect(await round(clock, el, victim, 0, turnPage)).to.deep.equal([200, 200, 200, 503, 200]);
  const nodes = countNodes(el);
  const heap: number[] = [];
  let cycles = 5;
  for (let n = 1; n <= ROUNDS; n++) {
    const statuses = await round(clock, el, victim, n, turnPage);
    cycles += statuses.length;
    if (statuses.join() !== '200,200,200,503,200') throw new Error(`round ${n}: unexpected answers ${statuses.join()}`);
    // After each round the data is the same again: so must be the DOM and the timers.
    expect(countNodes(el), `DOM nodes after round ${n}`).to.equal(nodes);
    expect(clock.size, `client timers after round ${n}`).to.equal(1);
    expect(pages.size, `page timers after round ${n}`).to.equal(expectedPageTimers);
    const used = heapUsed();
    if (used !== undefined) heap.push(used);
  }
  const early = heap.slice(0, Math.min(25, Math.floor(heap.length / 4)));
  const late = heap.slice(Math.floor(heap.length / 2));
  const before = early.length ? lowest(early) : undefined;
  const after = late.length ? lowest(late) : undefined;
  console.log(
    `[soak ${mode}] ${cycles} refresh cycles; DOM nodes ${nodes} (constant); pending timers: client 1, pages ${expectedPageTimers}; ` +
      (before !== undefined && after !== undefined
        ? `JS heap (lowest reading of the first ${early.length} / last ${late.length} rounds${'gc' in globalThis ? ', after gc()' : ', no window.gc'}) before ${mb(before)}, after ${mb(after)}, growth ${mb(after - before)}; ` +
          `every 50 rounds: ${heap.filter((_, i) => i % 50 === 49).map(mb).join(' → ')}`
        : 'performance.memory not available'),
  );
  if (before !== undefined && after !== undefined) expect(after - before).to.be.lessThan(5 * 1_048_576);
  expect(cycles).to.be.at.least(1000);

  el.remove();
  expect(clock.size).to.equal(0);
  expect(pages.size).to.equal(0);
}

describe('<zx-exposure-board> soak', () => {
  before(() => env.start());
  afterEach(() => env.reset());
  after(() => env.stop());

  it('signage: 1,250 refresh cycles and page turns with constant timers, DOM and heap', async function () {
    this.timeout(600_000);
    await soak('signage');
  });

  it('embedded: 1,250 refresh cycles with constant timers, DOM and heap', async function () {
    this.timeout(600_000);
    await soak('embedded');
  });
});
