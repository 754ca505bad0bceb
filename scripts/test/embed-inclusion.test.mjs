// Hostile ways a CMS includes the one-tag embed (issue 12), in the current Chromium under a strict
// CSP with Trusted Types: each either keeps working or says on the page and in the console what is
// wrong and how to fix it. The old-Chromium matrix is `npm run test:compat` (scripts/compat/).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { launch, watchProblems } from '../lib/browser.mjs';
import { publishDemoFeed } from '../lib/demo-data.mjs';
import { createStaticServer, listen } from '../lib/static-server.mjs';

/** The version the built embed reports (packages/elements/package.json). */
const VERSION = JSON.parse(readFileSync(new URL('../../packages/elements/package.json', import.meta.url), 'utf8')).version;
const DIR = 'tmp/embed-inclusion';
const EMBED = '/packages/elements/dist/embed/';
const csp = (policies) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types ${policies}`;

const WIDGETS = `<zx-execution-gauge loading="eager" src="/examples/feed/"><a href="/">统计</a></zx-execution-gauge>
<zx-debtor-lookup loading="eager" src="/examples/feed/"><a href="/">查询</a></zx-debtor-lookup>`;
const page = ({ policies = 'lit-html', head }) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>inclusion</title>
<meta http-equiv="Content-Security-Policy" content="${csp(policies)}" />
<link rel="icon" href="data:," />
${head}
</head><body>
${WIDGETS}
</body></html>`;

const CASES = {
  // Pasted twice: once as a classic script, once as a module (another CMS block).
  twice: page({ head: `<script src="${EMBED}zhixing.min.js"></script>\n<script type="module" src="${EMBED}zhixing.min.js"></script>` }),
  // A page script configuring through the documented global before the embed has loaded.
  global: page({ head: `<script src="./settings.js"></script>\n<script src="${EMBED}zhixing.min.js"></script>` }),
  // A per-element bundle first (its own Lit: two "lit-html" policies, hence 'allow-duplicates'); both
  // as modules, so they run in this order.
  'after-bundle': page({ policies: "lit-html 'allow-duplicates'", head: `<script type="module" src="${EMBED}zx-execution-gauge.min.js"></script>\n<script type="module" src="${EMBED}zhixing.min.js"></script>` }),
  // The page's own element under our tag name, defined before the embed runs.
  predefined: page({ head: `<script src="./own-gauge.js"></script>\n<script src="${EMBED}zhixing.min.js"></script>` }),
  // An old CMS page extending the built-in prototypes with enumerable properties (Prototype.js /
  // MooTools style), before the embed and a per-element bundle run: the built code must not care.
  polluted: page({ head: `<script src="./prototype-era.js"></script>\n<script src="${EMBED}zhixing.min.js"></script>` }),
  'polluted-bundle': page({ policies: "lit-html 'allow-duplicates'", head: `<script src="../polluted/prototype-era.js"></script>\n<script type="module" src="${EMBED}zx-exposure-board.min.js"></script>\n<script type="module" src="${EMBED}zx-execution-gauge.min.js"></script>\n<script type="module" src="${EMBED}zx-debtor-lookup.min.js"></script>` }),
  // Trusted Types enforced and "lit-html" not among the allowed policies.
  'tt-blocked': page({ policies: 'site-policy', head: `<script src="${EMBED}zhixing.min.js"></script>` }),
};
const FILES = {
  'global/settings.js': `(window.zhixing = window.zhixing || []).push(function (api) { window.__seen = { version: api.version, configure: typeof api.configure, defineElements: typeof api.defineElements }; });`,
  'polluted/prototype-era.js': `Object.prototype.extend = function () { return this; }; Object.prototype.type = 'object'; Object.prototype.items = []; Array.prototype.each = function (f) { for (var i = 0; i < this.length; i++) f(this[i]); }; Array.prototype.first = 1; String.prototype.strip = function () { return this.trim(); };`,
  'predefined/own-gauge.js': `customElements.define('zx-execution-gauge', class extends HTMLElement { connectedCallback() { this.textContent = 'the site’s own gauge'; } });`,
};

/** In the page: are the gauge and the lookup showing data? */
const ready = (tags) =>
  tags.every((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    return tag === 'zx-execution-gauge' ? !!root?.querySelector('[role="meter"][aria-valuenow]') : !!root?.querySelector('form');
  });

describe('the embed included in hostile ways', () => {
  let server;
  let base;
  let browser;
  const requested = [];

  before(async () => {
    await publishDemoFeed('examples/feed');
    for (const [name, html] of Object.entries(CASES)) {
      await mkdir(`${DIR}/${name}`, { recursive: true });
      await writeFile(`${DIR}/${name}/index.html`, html);
    }
    for (const [file, text] of Object.entries(FILES)) await writeFile(`${DIR}/${file}`, text);
    server = createStaticServer({ root: '.', onRequest: (r) => requested.push(r.path) });
    base = await listen(server);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(name) {
    // A fresh context each time: nothing cached from the case before.
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    const problems = await watchProblems(tab);
    requested.length = 0;
    await tab.goto(`${base}${DIR}/${name}/`, { waitUntil: 'load' });
    return { tab, problems };
  }
  const chunks = () => requested.filter((p) => p.startsWith(EMBED)).map((p) => p.slice(EMBED.length));

  /** Polls `fn` in the page from Node (puppeteer's own waitForFunction trips over a polluted Array.prototype). */
  async function poll(tab, fn, arg) {
    const start = Date.now();
    while (!(await tab.evaluate(fn, arg))) {
      if (Date.now() - start > 30_000) throw new Error(`timed out waiting for ${fn}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  for (const name of ['polluted', 'polluted-bundle']) {
    it(`on a page that adds enumerable properties to Object.prototype and Array.prototype (${name === 'polluted' ? 'the one-tag embed' : 'the per-element bundles'}): data shown, no error`, async () => {
      const { tab, problems } = await open(name);
      await poll(tab, ready, ['zx-execution-gauge', 'zx-debtor-lookup']);
      // The lookup answers a search (its own code path: query normalisation, shard lookup, screening).
      await tab.evaluate(() => {
        const root = document.querySelector('zx-debtor-lookup').shadowRoot;
        const input = root.querySelector('input');
        input.value = '刘建军';
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        root.querySelector('form').requestSubmit();
      });
      await poll(tab, () => /找到 \d+ 条记录/.test(document.querySelector('zx-debtor-lookup').shadowRoot.textContent));
      assert.deepEqual(problems, []);
      await tab.close();
    });
  }

  it('included twice (classic and module): works, each file downloaded once', async () => {
    const { tab, problems } = await open('twice');
    await tab.waitForFunction(ready, { timeout: 30_000 }, ['zx-execution-gauge', 'zx-debtor-lookup']);
    const files = chunks();
    assert.equal(new Set(files).size, files.length, `a file was downloaded twice: ${files}`);
    assert.ok(!files.some((f) => f.startsWith('legacy/')), `a modern browser gets the modern build: ${files}`);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('as a classic script, the API is window.zhixing (queued calls run once it loads)', async () => {
    const { tab, problems } = await open('global');
    await tab.waitForFunction(ready, { timeout: 30_000 }, ['zx-execution-gauge', 'zx-debtor-lookup']);
    assert.deepEqual(await tab.evaluate(() => window.__seen), { version: VERSION, configure: 'function', defineElements: 'function' });
    // Later pushes run at once.
    assert.equal(await tab.evaluate(() => new Promise((r) => window.zhixing.push((api) => r(api.version)))), VERSION);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('after a per-element bundle: the defined tag is not loaded again, the others load', async () => {
    const { tab, problems } = await open('after-bundle');
    await tab.waitForFunction(ready, { timeout: 30_000 }, ['zx-execution-gauge', 'zx-debtor-lookup']);
    const files = chunks();
    assert.ok(files.includes('zx-execution-gauge.min.js') && files.some((f) => f.startsWith('zhixing-lookup-')), `${files}`);
    assert.ok(!files.some((f) => f.startsWith('zhixing-gauge-')), `the gauge came from the bundle only: ${files}`);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('a tag the page defined itself: the console names the real cause, the other widgets work', async () => {
    const { tab, problems } = await open('predefined');
    await tab.waitForFunction(ready, { timeout: 30_000 }, ['zx-debtor-lookup']);
    await tab.waitForFunction(() => document.querySelector('zx-execution-gauge').textContent.includes('own gauge'));
    const messages = problems.join('\n');
    assert.match(messages, /<zx-execution-gauge> is already defined by another script on this page \(not Zhixing\)/);
    assert.doesNotMatch(messages, /unknown version/);
    assert.equal(problems.length, 1, messages);
    await tab.close();
  });

  it('Trusted Types without the "lit-html" policy: a note on the page and the fix in the console; the links stay', async () => {
    const { tab, problems } = await open('tt-blocked');
    await tab.waitForFunction(() => document.querySelectorAll('[data-zx-message]').length === 2, { timeout: 30_000 });
    const notes = await tab.evaluate(() => [...document.querySelectorAll('[data-zx-message]')].map((n) => [n.parentElement.localName, n.textContent, n.getAttribute('role')]));
    for (const [, text, role] of notes) {
      assert.match(text, /Trusted Types/);
      assert.equal(role, 'note');
    }
    assert.deepEqual(await tab.evaluate(() => [...document.querySelectorAll('zx-execution-gauge a, zx-debtor-lookup a')].map((a) => !!a.offsetParent)), [true, true]);
    assert.ok(problems.some((p) => /could not load <zx-(execution-gauge|debtor-lookup)>: .*trusted-types lit-html/.test(p)), problems.join('\n'));
    await tab.close();
  });
});
