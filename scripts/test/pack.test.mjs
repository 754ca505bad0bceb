// The packages as a user gets them: `npm pack` each public package (after `npm run build`), install the
// tarballs offline (npm's cache only: nothing that is not in the lockfile) into fresh projects outside
// the repository, and use them there: TypeScript with moduleResolution NodeNext and Bundler, the React
// wrappers' typed props and callbacks (tsc --strict --jsx react-jsx), and plain Node ESM in which the
// packed publisher's CLI builds a feed from the sample spreadsheet and the README's SDK sample, as
// printed, reads it over HTTP.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { ROOT, readJson } from '../release.mjs';
import { createStaticServer, listen } from '../lib/static-server.mjs';

const run = promisify(execFile);
const PUBLIC = ['sdk', 'elements', 'react', 'publisher'];
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const npm = (args, cwd) => run('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, maxBuffer: 64 << 20 });
const tsc = async (cwd, project) => {
  try {
    await run(process.execPath, [TSC, '-p', project], { cwd, maxBuffer: 64 << 20 });
  } catch (error) {
    assert.fail(`tsc -p ${project} in ${cwd}:\n${error.stdout}${error.stderr}`);
  }
};

/** The README's "Five lines of SDK" sample, exactly as printed. */
async function readmeSample() {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Five lines of SDK'));
  return /```js\n([\s\S]*?)```/.exec(section)[1];
}
const README_FEED = 'http://127.0.0.1:8080/examples/feed/';

/**
 * The lockfile's versions of everything the packages need at run time (plus React for the React app),
 * as installed in the repository: where npm would find each dependency from the package needing it.
 */
function lockedDependencies() {
  const lock = readJson(join(ROOT, 'package-lock.json')).packages;
  const resolve = (from, name) => {
    for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
      const path = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (lock[path]) return path;
      if (!dir) throw new Error(`${name} (needed by ${from || 'the app'}) is not in package-lock.json`);
    }
  };
  const found = new Set();
  const visit = (from, names) => {
    for (const name of names.filter((n) => !n.startsWith('@zhixing/'))) {
      const path = resolve(from, name);
      if (found.has(path)) continue;
      found.add(path);
      visit(path, Object.keys({ ...lock[path].dependencies, ...lock[path].peerDependencies }));
    }
  };
  for (const dir of PUBLIC) visit(`packages/${dir}`, Object.keys(lock[`packages/${dir}`].dependencies ?? {}));
  visit('', ['react', 'react-dom', '@types/react']);
  return [...found];
}

describe('the packed packages in fresh projects', { timeout: 300_000 }, () => {
  let work;
  const tarballs = {};
  const thirdParty = new Map();

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'zhixing-pack-'));
    for (const dir of PUBLIC) {
      const { stdout } = await npm(['pack', `--workspace=packages/${dir}`, '--pack-destination', work, '--json'], ROOT);
      const [info] = JSON.parse(stdout);
      tarballs[dir] = { file: join(work, info.filename), files: info.files.map((f) => f.path), name: info.name };
    }
    // Third-party packages come from the repository's lockfile-pinned install, packed: no registry, no
    // cache needed, and the versions the repository's own tests run against.
    const deps = join(work, 'deps');
    await mkdir(deps);
    const { stdout } = await npm(['pack', ...lockedDependencies().map((path) => `./${path}`), '--ignore-scripts', '--pack-destination', deps, '--json'], ROOT);
    for (const info of JSON.parse(stdout)) thirdParty.set(info.name, join(deps, info.filename));
  });
  after(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('packs README, LICENSE, CHANGELOG, banners and metadata into every public package', async () => {
    for (const dir of PUBLIC) {
      const { files } = tarballs[dir];
      for (const name of ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']) assert.ok(files.includes(name), `${dir}: ${name} packed`);
      assert.ok(files.some((f) => f.startsWith('dist/types/') && f.endsWith('.d.ts')), `${dir}: declarations packed`);
      assert.ok(!files.some((f) => f.startsWith('test/') || f.includes('node_modules')), `${dir}: no tests or node_modules`);
      const pkg = readJson(join(ROOT, 'packages', dir, 'package.json'));
      for (const field of ['repository', 'homepage', 'bugs', 'license', 'description']) assert.ok(pkg[field], `${dir}: ${field}`);
      // A range, not a pin: `^` as a rule; `~` where later minors would drop Node 20 (the AWS SDK announces
      // Node ≥ 22 for its releases from January 2027, and it publishes a minor almost daily).
      for (const [dep, range] of Object.entries(pkg.dependencies ?? {})) assert.match(range, dep === '@aws-sdk/client-s3' ? /^~/ : /^\^/, `${dir}: ${dep} is a range, not a pin`);
    }
    assert.equal(readJson(join(ROOT, 'packages/mocks/package.json')).private, true, '@zhixing/mocks stays private');
    // The npm bundles carry the licence banner (stamped at prepack).
    const { stdout } = await run('tar', ['-xOzf', tarballs.elements.file, 'package/dist/embed/zhixing.min.js']);
    assert.match(stdout, /^\/\*! @zhixing\/elements \d+\.\d+\.\d+\S* \| MIT License/);
    const sdk = await run('tar', ['-xOzf', tarballs.sdk.file, 'package/dist/browser/zhixing-sdk.min.js'], { maxBuffer: 16 << 20 });
    assert.match(sdk.stdout, /^\/\*! @zhixing\/sdk \d+\.\d+\.\d+\S* \| MIT License/);
    // …and the build itself is left as it was (postpack), so size budgets keep measuring it.
    assert.ok(!(await readFile(join(ROOT, 'packages/elements/dist/embed/zhixing.min.js'), 'utf8')).startsWith('/*!'), 'dist/embed unstamped after npm pack');
  });

  it('installs offline into a plain Node project: the packed publisher builds a feed, the README sample reads it', async () => {
    const app = join(work, 'node-app');
    await mkdir(app);
    await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'node-app', private: true, type: 'module' }));
    await npm(['install', tarballs.sdk.file, tarballs.publisher.file, ...thirdParty.values()], app);
    const feed = join(app, 'feed');
    const data = join(ROOT, 'examples/data');
    await run(process.execPath, [join(app, 'node_modules/.bin/zhixing-feed'), 'build', join(data, 'taoyuan-sample.csv'), '--stats', join(data, 'taoyuan-stats.csv'), '--court', join(data, 'court.json'), '--out', feed], { cwd: app });
    const server = createStaticServer({ root: app });
    const base = await listen(server);
    try {
      await writeFile(join(app, 'sample.mjs'), (await readmeSample()).replace(README_FEED, new URL('feed/', base).href));
      const { stdout } = await run(process.execPath, ['sample.mjs'], { cwd: app });
      assert.match(stdout, /^结案率 \d+(\.\d+)? ?% \(\d+\/\d+\)$/m, stdout);
      assert.match(stdout, /刘建军 （2022）湘0725执1186号/, `the README's search finds 刘建军 in the demo data: ${stdout}`);
    } finally {
      server.close();
    }
  });

  it('type-checks with moduleResolution NodeNext and Bundler, and the React wrappers are typed', async () => {
    const app = join(work, 'ts-app');
    await mkdir(app);
    await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'ts-app', private: true, type: 'module' }));
    await npm(['install', ...PUBLIC.map((dir) => tarballs[dir].file), ...thirdParty.values()], app);
    const sample = (await readmeSample()).replace(README_FEED, 'https://court.example/zhixing/feed/');
    await writeFile(
      join(app, 'sdk.ts'),
      `${sample}
import { createStatsClient } from '@zhixing/sdk/stats';
import type { Rate, ZhixingClient } from '@zhixing/sdk';
import { buildStaticFeed } from '@zhixing/publisher';
import { ZxExecutionGauge } from '@zhixing/elements';
const typed: Rate | undefined = rate;
const percent: number | undefined = rate?.percent;
// @ts-expect-error closureRate may return undefined: reading .percent unguarded must not compile
rate.percent;
const c: ZhixingClient = client;
void [typed, percent, c, createStatsClient, buildStaticFeed, ZxExecutionGauge];
export {};
`,
    );
    await writeFile(
      join(app, 'app.tsx'),
      `import { DebtorLookup, ExecutionGauge, ExposureBoard } from '@zhixing/react';
// true only for \`any\`: assigning false fails to compile when a callback's event is untyped.
type IsAny<T> = 0 extends 1 & T ? true : false;
export const Page = () => (
  <>
    <ExecutionGauge
      src="https://court.example/zhixing/feed/"
      onLoad={(event) => {
        const typed: IsAny<typeof event> = false;
        console.log(typed, event.detail);
      }}
    />
    <DebtorLookup
      src="https://court.example/zhixing/feed/"
      onResult={(event) => {
        const typed: IsAny<typeof event.detail> = false;
        // @ts-expect-error total is a number
        event.detail.total.toUpperCase();
        console.log(typed);
      }}
    />
    <ExposureBoard
      src="https://court.example/zhixing/feed/"
      onUpdate={(event) => {
        const typed: IsAny<typeof event.detail> = false;
        console.log(typed);
      }}
    />
    {/* @ts-expect-error a number is not a feed address */}
    <ExposureBoard src={42} />
  </>
);
`,
    );
    const base = { strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [] };
    await writeFile(join(app, 'tsconfig.nodenext.json'), JSON.stringify({ compilerOptions: { ...base, module: 'NodeNext', moduleResolution: 'NodeNext' }, files: ['sdk.ts'] }));
    await writeFile(join(app, 'tsconfig.bundler.json'), JSON.stringify({ compilerOptions: { ...base, module: 'ESNext', moduleResolution: 'Bundler' }, files: ['sdk.ts'] }));
    await writeFile(join(app, 'tsconfig.react.json'), JSON.stringify({ compilerOptions: { ...base, module: 'NodeNext', moduleResolution: 'NodeNext', jsx: 'react-jsx' }, files: ['app.tsx'] }));
    await tsc(app, 'tsconfig.nodenext.json');
    await tsc(app, 'tsconfig.bundler.json');
    await tsc(app, 'tsconfig.react.json');
  });
});
