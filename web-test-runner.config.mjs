// Browser tests: real headless Chromium (Debian's package), TypeScript stripped by esbuild
// (type checking is `npm run typecheck`), network mocked by msw's service worker.
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { emulateMediaFeaturesPlugin } from './scripts/lib/wtr-media-plugin.mjs';
import { viewportPlugin } from './scripts/lib/wtr-viewport-plugin.mjs';

const worker = readFileSync(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

export const chromiumArgs = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--no-default-browser-check', '--disable-extensions',
  // Lets the soak tests collect garbage before reading the heap, so their figures are exact.
  '--js-flags=--expose-gc', '--enable-precise-memory-info',
];

/** web-test-runner command `zx-engine`: the engine a run was started for (engine.test.ts checks the page really runs in it). */
export function enginePlugin(engine) {
  return { name: 'zx-engine', executeCommand: ({ command }) => (command === 'zx-engine' ? engine : undefined) };
}

export default {
  files: ['packages/*/test/**/*.test.ts', '!packages/*/test/node/**'],
  nodeResolve: { exportConditions: ['zhixing:source', 'development', 'browser'] },
  // One test file at a time, and safety nets sized for a busy 2-core machine: tests wait on
  // conditions (helpers.ts `until`), so these limits are only hit by a test that really hangs.
  concurrency: 1,
  testFramework: { config: { timeout: 60_000 } },
  browserStartTimeout: 120_000,
  testsFinishTimeout: 1_200_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }), emulateMediaFeaturesPlugin(), viewportPlugin(), enginePlugin('chromium')],
  middleware: [
    // msw's worker must be served from the origin root to control the test pages.
    function mockServiceWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') {
        context.type = 'application/javascript';
        context.body = worker;
        return;
      }
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: chromiumArgs },
    }),
  ],
};
