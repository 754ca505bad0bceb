// `npm run test:engines`: the browser tests that run in all three engines, in Firefox ESR and
// WebKitGTK (Chromium runs them in `npm test`):
//   elements  web-test-runner with web-test-runner.engines.config.mjs (which files, and why the others
//             are Chromium-only, is listed there)
//   pages     every example page with data, a lookup search, no errors (scripts/test/engines/)
// Installs the Debian packages when missing (as root), starts Xvfb on a free display and
// WebKitWebDriver on a free port for WebKit, and stops them however the run ends.
//
//   node scripts/test-engines.mjs [--engine=firefox|webkit] [--suite=elements|pages] [--repeat=N] [--slow] [--known-failures] [--files=a.test.ts,b.test.ts]
//
// --slow adds the slow element files (SLOW_ENGINE_FILES). --known-failures runs only the tests listed as known failures (KNOWN_FAILURES in the engines config)
// and says which of them pass now. Per-file results and times: tmp/engines/summary.json.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINES, ensureEngines, startWebKitDriver } from './lib/engines.mjs';
import { ENGINE_FILES, KNOWN_FAILURES, SLOW_ENGINE_FILES } from '../web-test-runner.engines.config.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const engines = args.engine ? args.engine.split(',') : ENGINES;
const suites = args.suite ? args.suite.split(',') : ['elements', 'pages'];
const repeat = Number(args.repeat ?? 1);
const knownOnly = args['known-failures'] === 'true';
const slow = args.slow === 'true';
const options = new Set(['engine', 'suite', 'repeat', 'known-failures', 'slow', 'files']);
for (const key of Object.keys(args)) if (!options.has(key)) throw new Error(`unknown option --${key}`);
for (const engine of engines) if (!ENGINES.includes(engine)) throw new Error(`--engine: ${engine} is not one of ${ENGINES.join(', ')}`);
for (const suite of suites) if (!['elements', 'pages'].includes(suite)) throw new Error(`--suite: ${suite} is not elements or pages`);

try {
  ensureEngines(engines);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (suites.includes('pages') && !knownOnly) buildWhenStale();

const outDir = 'tmp/engines';
mkdirSync(outDir, { recursive: true });

const children = new Set();
let webkitDriver;
async function shutdown(code) {
  for (const child of children) child.kill('SIGTERM');
  await webkitDriver?.stop();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(130));
process.on('SIGTERM', () => void shutdown(143));

function run(command, commandArgs, env) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
    children.add(child);
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (signal) console.error(`\n${commandArgs.join(' ')}: ended by ${signal}`);
      resolve(code ?? 1);
    });
  });
}

const results = [];
try {
  if (engines.includes('webkit')) {
    webkitDriver = await startWebKitDriver();
    console.log(`WebKitWebDriver on port ${webkitDriver.port}, Xvfb display ${webkitDriver.display}`);
  }
  for (let round = 1; round <= repeat; round++) {
    for (const engine of engines) {
      const env = { ZX_ENGINE: engine, ...(engine === 'webkit' ? { ZX_WEBDRIVER_PORT: String(webkitDriver.port) } : {}) };
      if (suites.includes('elements')) {
        if (knownOnly && KNOWN_FAILURES[engine].length === 0) {
          console.log(`\n${engine}: no known failures listed.`);
        } else {
          const summary = join(outDir, `${engine}-elements-${round}.json`);
          rmSync(summary, { force: true });
          console.log(`\n=== ${engine}: element tests${knownOnly ? ' (known failures only)' : ''}${repeat > 1 ? `, round ${round}/${repeat}` : ''} ===`);
          const start = Date.now();
          const code = await run(
            process.execPath,
            ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.engines.config.mjs'],
            { ...env, ZX_WTR_SUMMARY: summary, ...(knownOnly ? { ZX_KNOWN_FAILURES: 'only' } : {}), ...(slow ? { ZX_SLOW: '1' } : {}), ...(args.files ? { ZX_FILES: args.files } : {}) },
          );
          const files = existsSync(summary) ? JSON.parse(readFileSync(summary, 'utf8')).files : [];
          results.push({ round, engine, suite: 'elements', code, seconds: (Date.now() - start) / 1000, files });
        }
      }
      if (suites.includes('pages') && !knownOnly) {
        console.log(`\n=== ${engine}: example pages${repeat > 1 ? `, round ${round}/${repeat}` : ''} ===`);
        const start = Date.now();
        const code = await run(process.execPath, ['--test', '--test-reporter=spec', 'scripts/test/engines/example-pages.test.mjs'], env);
        results.push({ round, engine, suite: 'pages', code, seconds: (Date.now() - start) / 1000 });
      }
    }
  }
} finally {
  await webkitDriver?.stop();
}

writeFileSync(join(outDir, 'summary.json'), JSON.stringify(results, null, 2));
console.log('\n=== test:engines summary ===');
for (const result of results) {
  const tests = result.files
    ? (() => {
        const sum = (key) => result.files.reduce((total, file) => total + file[key], 0);
        return `, ${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped in ${result.files.length} files`;
      })()
    : '';
  console.log(`${repeat > 1 ? `round ${result.round} ` : ''}${result.engine} ${result.suite}: ${result.code === 0 ? 'ok' : 'FAILED'} (${result.seconds.toFixed(0)} s${tests})`);
}
let exitCode = results.some((result) => result.code !== 0) ? 1 : 0;
if (knownOnly) {
  // Here a failure is expected: the defect is still there. A pass means it may be fixed.
  exitCode = 0;
  for (const engine of engines) {
    for (const known of KNOWN_FAILURES[engine]) {
      const files = results.filter((result) => result.engine === engine).flatMap((result) => result.files);
      const failed = files.some((file) => file.failures.includes(known.title));
      console.log(`${engine}: ${failed ? 'still fails' : 'PASSES NOW (remove it from KNOWN_FAILURES?)'}: ${known.title}`);
      if (!failed) exitCode = 1;
    }
  }
} else {
  for (const engine of engines) {
    for (const known of KNOWN_FAILURES[engine]) console.log(`${engine}: not run, known failure (${known.defect}): ${known.title}`);
  }
  console.log(`Element test files in each engine: ${ENGINE_FILES.length + (slow ? SLOW_ENGINE_FILES.length : 0)} (web-test-runner.engines.config.mjs); per-file results and times in ${outDir}/.`);
}
process.exit(exitCode);

/** Builds when the example pages' bundles are missing or older than a source (after `npm test` they are fresh). */
function buildWhenStale() {
  const outputs = ['packages/elements/dist/embed/zhixing.min.js', 'examples/react/app.bundle.js'];
  const sources = ['rollup.config.mjs', 'package-lock.json', 'tsconfig.base.json', 'examples/react/app.tsx', ...readdirSync('packages').map((pkg) => `packages/${pkg}/src`)];
  const newest = (path) => {
    if (!existsSync(path)) return 0;
    const info = statSync(path);
    if (!info.isDirectory()) return info.mtimeMs;
    return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
  };
  const oldestOutput = Math.min(...outputs.map((path) => (existsSync(path) ? statSync(path).mtimeMs : 0)));
  if (oldestOutput > Math.max(...sources.map(newest))) return;
  console.log('The example pages need a fresh build: npm run build');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
