// Shared set-up for element tests: one msw worker per test file serving the documented API and a
// static feed built from the fixtures, plus small helpers to wait for what a user would see.
import { setupWorker } from 'msw/browser';
import { buildStaticFeed, createFixtures, createMockApi, createStaticFeedHandlers } from '@zhixing/mocks';
import { resetSources } from '../src/internal/source';

export const API_BASE = 'https://api.zhixing.test/v1/';
export const FEED_BASE = 'https://feed.zhixing.test/taoyuan/';

export function createMockEnvironment(options: { today?: string } = {}) {
  const dataset = createFixtures(options);
  const api = createMockApi({ baseUrl: API_BASE, dataset });
  const files = buildStaticFeed({
    court: dataset.court,
    statsIndex: dataset.statsIndex,
    stats: dataset.stats,
    exposure: dataset.exposure,
    debtors: dataset.debtors,
  });
  const feed = createStaticFeedHandlers({ baseUrl: FEED_BASE, files });
  const worker = setupWorker(...api.handlers, ...feed.handlers);
  return {
    dataset,
    api,
    feed,
    worker,
    async start() {
      await worker.start({ quiet: true, onUnhandledRequest: 'error' });
    },
    reset() {
      api.reset();
      feed.reset();
      worker.resetHandlers();
      resetSources();
    },
    stop() {
      worker.stop();
    },
  };
}

/**
 * Waits until `predicate` holds (polling each animation frame). `timeout` is the time the condition
 * normally takes at most; on a loaded CI machine that can be many times longer, so the give-up point
 * is never earlier than 30 s (tests wait on conditions, not on time; mocha's own limit is 60 s).
 */
export async function until(predicate: () => boolean | undefined | null, message = 'condition', timeout = 4000): Promise<void> {
  const start = performance.now();
  const giveUpAfter = Math.max(timeout, 30_000);
  while (!predicate()) {
    if (performance.now() - start > giveUpAfter) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The text a user sees in an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
