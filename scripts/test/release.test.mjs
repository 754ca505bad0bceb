// The committed release (release/<version>/) cannot go stale silently: it is the version of the
// packages, every hash and SRI value matches its file, the zip holds the same files, it is byte for byte
// what `npm run release` makes of the current build, and the released loader works in Chromium from
// its own folder under a strict CSP, with SRI.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import { launch, watchProblems } from '../lib/browser.mjs';
import { publishDemoFeed } from '../lib/demo-data.mjs';
import { createStaticServer, listen } from '../lib/static-server.mjs';
import { ROOT, banner, buildRelease, elementsPackage, loaderName, readBuiltEmbed, readJson, releasedVersions, siblingReferences, sri } from '../release.mjs';

const pkg = elementsPackage();
const VERSION = pkg.version;
const DIR = join(ROOT, 'release', VERSION);
const read = (name) => readFileSync(join(DIR, name));
const listed = () => readdirSync(DIR, { recursive: true }).map(String).filter((n) => !statSync(join(DIR, n)).isDirectory()).sort();

/** Entries of a zip made by scripts/release.mjs (deflate, no data descriptors), read from its central directory. */
function unzip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buffer.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const offset = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = offset + 30 + buffer.readUInt16LE(offset + 26) + buffer.readUInt16LE(offset + 28);
    out.set(name, inflateRawSync(buffer.subarray(dataAt, dataAt + size)));
    at += 46 + nameLength + extra;
  }
  return out;
}

describe('the committed release', () => {
  it('is the version every public package carries, and the newest one is named', () => {
    for (const dir of ['sdk', 'elements', 'react', 'publisher']) {
      assert.equal(readJson(join(ROOT, 'packages', dir, 'package.json')).version, VERSION, `packages/${dir} has version ${VERSION}`);
      // The copies packed into each tarball (npm run release refreshes them) are the root's.
      for (const name of ['LICENSE', 'CHANGELOG.md']) assert.ok(readFileSync(join(ROOT, 'packages', dir, name)).equals(readFileSync(join(ROOT, name))), `packages/${dir}/${name} is the root's (run npm run release)`);
    }
    assert.ok(existsSync(DIR), `release/${VERSION}/ is committed (run npm run build && npm run release)`);
    const newest = releasedVersions()[0];
    assert.equal(newest, VERSION, 'no released folder is newer than the packages');
    assert.deepEqual(readJson(join(ROOT, 'release/latest.json')), { version: VERSION, path: `release/${VERSION}/`, loader: loaderName(VERSION), integrity: readJson(join(DIR, 'integrity.json')).integrity[loaderName(VERSION)] });
    assert.match(readFileSync(join(ROOT, 'release/README.md'), 'utf8'), new RegExp(`Newest / 最新版本: \\[${VERSION.replaceAll('.', '\\.')}\\]`));
    // The editors' guide's snippet names the current release.
    const guide = readFileSync(join(ROOT, 'docs/getting-started-web-editors.md'), 'utf8');
    assert.ok(guide.includes(`<script src="/zhixing/${VERSION}/${loaderName(VERSION)}"></script>`), 'docs/getting-started-web-editors.md names the current loader');
  });

  it('has a banner, a SHA-384 sum and an SRI value for every script, and nothing unlisted', () => {
    // Scripts, stylesheets and the pages (configurator.html, frame.html): every file a browser loads.
    const assets = listed().filter((n) => /\.(?:js|css|html)$/.test(n));
    const scripts = assets.filter((n) => n.endsWith('.js'));
    assert.ok(scripts.includes(loaderName(VERSION)), 'the loader carries the version in its name');
    const sums = read('SHA384SUMS').toString().trim().split('\n').map((line) => line.split(/ {2}/));
    assert.deepEqual(sums.map(([, name]) => name), assets);
    const { integrity, loader, version, name } = readJson(join(DIR, 'integrity.json'));
    assert.deepEqual([name, version, loader], [pkg.name, VERSION, loaderName(VERSION)]);
    assert.deepEqual(Object.keys(integrity).sort(), assets);
    for (const [hex, file] of sums) {
      const data = read(file);
      assert.equal(hex, createHash('sha384').update(data).digest('hex'), `SHA384SUMS of ${file}`);
      assert.equal(integrity[file], sri(data), `SRI of ${file}`);
      if (file.endsWith('.css')) continue;
      const text = data.toString();
      // A page names the scripts beside it, the loader by its versioned name.
      if (file.endsWith('.html')) {
        for (const ref of siblingReferences(text)) assert.ok(scripts.includes(ref), `${file} loads ./${ref}, which is in the release`);
        assert.ok(!text.includes('./zhixing.min.js'), `${file} loads the versioned loader`);
        continue;
      }
      assert.ok(text.startsWith(banner(pkg)), `${file} starts with the banner`);
      assert.match(text.split('\n')[0], new RegExp(`^/\\*! @zhixing/elements ${VERSION.replaceAll('.', '\\.')} \\| MIT License`));
      const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      for (const ref of siblingReferences(text)) assert.ok(scripts.includes(folder + ref), `${file} imports ./${ref}, which is in its folder`);
    }
    // The README's snippet is the loader with its SRI value.
    const readme = read('README.md').toString();
    assert.ok(readme.includes(`src="/zhixing/${VERSION}/${loader}"\n        integrity="${integrity[loader]}"`), 'README snippet carries the loader and its SRI');
    assert.deepEqual(listed(), [...assets, 'LICENSE', 'README.md', 'SHA384SUMS', 'integrity.json', `zhixing-embed-${VERSION}.zip`].sort());
  });

  it('has a zip holding exactly the folder', () => {
    const entries = unzip(read(`zhixing-embed-${VERSION}.zip`));
    const expected = listed().filter((n) => !n.endsWith('.zip'));
    assert.deepEqual([...entries.keys()].sort(), expected.map((n) => `zhixing-embed-${VERSION}/${n}`).sort());
    for (const name of expected) assert.ok(entries.get(`zhixing-embed-${VERSION}/${name}`).equals(read(name)), `${name} in the zip`);
  });

  it('is what `npm run release` makes of the current build', () => {
    const built = buildRelease(readBuiltEmbed(), pkg);
    assert.deepEqual(listed(), [...built.keys()].sort(), 'the same files (if not: npm run build && npm run release, then commit release/)');
    for (const [name, data] of built) assert.ok(data.equals(read(name)), `release/${VERSION}/${name} is stale: npm run build && npm run release, then commit release/`);
  });
});

describe('the released loader in Chromium', () => {
  const PAGE_DIR = 'tmp/release-page';
  const RELEASE = `/release/${VERSION}/`;
  let server;
  let base;
  let browser;
  const requested = [];
  const integrity = readJson(join(DIR, 'integrity.json')).integrity;
  const page = (script, hash) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>release</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html" />
<link rel="icon" href="data:," />
<script type="module" src="${RELEASE}${script}" integrity="${hash}" crossorigin="anonymous"></script>
</head><body>
<zx-execution-gauge loading="eager" src="/examples/feed/"><a href="/">fallback</a></zx-execution-gauge>
</body></html>`;

  before(async () => {
    await publishDemoFeed('examples/feed');
    await mkdir(PAGE_DIR, { recursive: true });
    await writeFile(`${PAGE_DIR}/loader.html`, page(loaderName(VERSION), integrity[loaderName(VERSION)]));
    await writeFile(`${PAGE_DIR}/single.html`, page(`zx-execution-gauge-${VERSION}.min.js`, integrity[`zx-execution-gauge-${VERSION}.min.js`]));
    // One character of the hash changed: the browser must refuse the file.
    const wrong = integrity[loaderName(VERSION)].replace(/.(?==*$)/, (c) => (c === 'A' ? 'B' : 'A'));
    await writeFile(`${PAGE_DIR}/tampered.html`, page(loaderName(VERSION), wrong));
    server = createStaticServer({ root: ROOT, onRequest: (r) => requested.push(r.path) });
    base = await listen(server);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  const meter = (p) => p.waitForFunction(() => document.querySelector('zx-execution-gauge')?.shadowRoot?.querySelector('[role="meter"][aria-valuenow]'), { timeout: 30000 });

  it('renders the gauge with the versioned loader and its chunks from the release folder, SRI checked', async () => {
    const p = await browser.newPage();
    const problems = await watchProblems(p);
    const start = requested.length;
    await p.goto(`${base.replace(/\/$/, "")}/${PAGE_DIR}/loader.html`, { waitUntil: 'load' });
    await meter(p);
    const scripts = requested.slice(start).filter((r) => r.endsWith('.js'));
    assert.ok(scripts.every((r) => r.startsWith(RELEASE)), `every script from the release folder: ${scripts}`);
    assert.ok(scripts.some((r) => /zhixing-gauge-[\w-]{8}\.min\.js$/.test(r)), `the gauge's chunk loaded: ${scripts}`);
    assert.ok(!scripts.some((r) => /zhixing-(lookup|board)-/.test(r)), `nothing but the gauge's code: ${scripts}`);
    assert.equal(await p.evaluate(() => customElements.get('zx-execution-gauge')?.version), VERSION, 'the element reports the released version');
    assert.deepEqual(problems, []);
    await p.close();
  });

  it('renders with a self-contained single-element file', async () => {
    const p = await browser.newPage();
    const problems = await watchProblems(p);
    await p.goto(`${base.replace(/\/$/, "")}/${PAGE_DIR}/single.html`, { waitUntil: 'load' });
    await meter(p);
    assert.deepEqual(problems, []);
    await p.close();
  });

  it('refuses a loader whose SRI value does not match, leaving the fallback link', async () => {
    const p = await browser.newPage();
    const errors = [];
    p.on('console', (msg) => errors.push(msg.text()));
    const refused = new Promise((resolve) => p.on('console', (msg) => /integrity/i.test(msg.text()) && resolve(msg.text())));
    await p.goto(`${base.replace(/\/$/, "")}/${PAGE_DIR}/tampered.html`, { waitUntil: 'load' });
    assert.match(await refused, /integrity/i);
    assert.equal(await p.evaluate(() => customElements.get('zx-execution-gauge')), undefined);
    assert.equal(await p.evaluate(() => document.querySelector('zx-execution-gauge a')?.textContent), 'fallback');
    await p.close();
  });
});
