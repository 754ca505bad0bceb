// The built one-tag embed (dist/embed/zhixing.min.js and its chunks) in Chromium, under a strict CSP
// with Trusted Types: a page with only the gauge downloads only the gauge's chunks; elements added
// later are loaded when they appear; the loader included twice (another URL) is harmless.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { launch, watchProblems } from '../lib/browser.mjs';
import { publishDemoFeed } from '../lib/demo-data.mjs';
import { createStaticServer, listen } from '../lib/static-server.mjs';

const DIR = 'tmp/embed-loader-page';
const EMBED = '/packages/elements/dist/embed/';

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>loader</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html" />
<link rel="icon" href="data:," />
<script type="module" src="${EMBED}zhixing.min.js"></script>
<script src="${EMBED}zhixing.min.js?again"></script>
<script type="module" src="./page.js"></script>
</head><body>
<zx-execution-gauge loading="eager" src="/examples/feed/"><a href="/">fallback</a></zx-execution-gauge>
</body></html>`;
// A page script using the app module's exports (zhixing.min.js itself is a classic script).
const SCRIPT = `import { configure, VERSION } from '${EMBED}zhixing-app.min.js';
window.__embed = { configure: typeof configure, version: VERSION };`;

describe('the built one-tag embed', () => {
  let server;
  let base;
  let browser;
  const requested = [];

  before(async () => {
    await publishDemoFeed('examples/feed');
    await mkdir(DIR, { recursive: true });
    await writeFile(`${DIR}/index.html`, PAGE);
    await writeFile(`${DIR}/page.js`, SCRIPT);
    server = createStaticServer({ root: '.', onRequest: (r) => requested.push(r.path) });
    base = await listen(server);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('loads only what the page has, then what is added later, with no errors', async () => {
    const page = await browser.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${base}${DIR}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('zx-execution-gauge')?.shadowRoot?.querySelector('[role="meter"][aria-valuenow]'), { timeout: 15000 });
    const chunks = () => requested.filter((p) => p.startsWith(EMBED)).map((p) => p.slice(EMBED.length));
    const first = chunks();
    assert.ok(first.some((f) => f.startsWith('zhixing-gauge-')), `gauge chunk loaded: ${first}`);
    assert.ok(!first.some((f) => /^zhixing-(lookup|board)-|^zx-/.test(f)), `nothing but the gauge's code: ${first}`);
    assert.deepEqual(await page.evaluate(() => ['zx-debtor-lookup', 'zx-exposure-board'].map((t) => !!customElements.get(t))), [false, false]);
    assert.deepEqual(await page.evaluate(() => window.__embed), { configure: 'function', version: JSON.parse(await readFile('packages/elements/package.json', 'utf8')).version });

    // Added after load, as a CMS fragment or a single-page app would.
    await page.evaluate(() => {
      const holder = document.createElement('div');
      for (const tag of ['zx-debtor-lookup', 'zx-exposure-board']) {
        const el = document.createElement(tag);
        el.setAttribute('loading', 'eager');
        el.setAttribute('src', '/examples/feed/');
        holder.append(el);
      }
      document.body.append(holder);
    });
    await page.waitForFunction(
      () => document.querySelector('zx-debtor-lookup')?.shadowRoot?.querySelector('form') && document.querySelector('zx-exposure-board')?.shadowRoot?.querySelectorAll('[part~="entry"]').length > 0,
      { timeout: 15000 },
    );
    const later = chunks().slice(first.length);
    assert.ok(later.some((f) => f.startsWith('zhixing-lookup-')) && later.some((f) => f.startsWith('zhixing-board-')), `later chunks: ${later}`);
    // Each chunk once, however many copies of the loader run.
    const files = chunks().filter((f) => f.startsWith('zhixing-'));
    assert.equal(new Set(files).size, files.length, `a chunk was downloaded twice: ${files}`);
    assert.deepEqual(problems, []);
  });
});
