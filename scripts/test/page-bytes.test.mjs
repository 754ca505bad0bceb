// The page budgets of size-budgets.json count the scripts `pageScripts` reads from the built files.
// Here Chromium loads real pages through the one-tag loader, and what it fetches must be exactly that
// list: a chunk the static reading misses (or counts in vain) would make a page budget wrong.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { pageScripts } from '../bench/size.mjs';
import { launch } from '../lib/browser.mjs';
import { publishDemoFeed } from '../lib/demo-data.mjs';
import { createStaticServer, listen } from '../lib/static-server.mjs';

const TAGS = { gauge: 'zx-execution-gauge', lookup: 'zx-debtor-lookup', board: 'zx-exposure-board' };
const PAGES = [['gauge'], ['lookup'], ['board'], ['gauge', 'lookup', 'board']];

describe('the scripts a page downloads', () => {
  let server;
  let base;
  let browser;

  before(async () => {
    await publishDemoFeed('examples/feed');
    server = createStaticServer({ root: '.' });
    base = await listen(server);
    browser = await launch();
    await mkdir('tmp/page-bytes', { recursive: true });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const elements of PAGES) {
    it(`with ${elements.join(' + ')}: what Chromium fetches is what the page budget counts`, async () => {
      const name = elements.join('-');
      const body = elements.map((e) => `<${TAGS[e]} src="/examples/feed/" loading="eager"></${TAGS[e]}>`).join('\n');
      await writeFile(`tmp/page-bytes/${name}.html`, `<!doctype html><meta charset="utf-8"><script src="/packages/elements/dist/embed/zhixing.min.js"></script>\n${body}\n`);
      const page = await browser.newPage();
      try {
        const fetched = new Set();
        page.on('response', (response) => {
          const path = new URL(response.url()).pathname;
          if (path.endsWith('.js')) fetched.add(path.slice(1));
        });
        await page.goto(`${base}tmp/page-bytes/${name}.html`, { waitUntil: 'load' });
        // Every element shows its data (or its error): all its code has arrived.
        await page.waitForFunction(
          (tags) => tags.every((tag) => [...document.querySelectorAll(tag)].every((el) => el.shadowRoot && el.hasUpdated !== false && !el.shadowRoot.querySelector('[aria-busy="true"]'))),
          { timeout: 30_000 },
          elements.map((e) => TAGS[e]),
        );
        await page.waitForNetworkIdle({ idleTime: 300, timeout: 30_000 });
        assert.deepEqual([...fetched].sort(), await pageScripts(elements));
      } finally {
        await page.close();
      }
    });
  }
});

describe('what the built bundles do not carry', () => {
  it('no CSS comment: the build strips them from every css`` template, also those with an apostrophe or quotes', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const dirs = ['packages/elements/dist/embed', 'packages/elements/dist/embed/legacy'];
    const left = [];
    for (const dir of dirs) {
      for (const name of await readdir(dir)) {
        if (!name.endsWith('.js')) continue;
        const code = await readFile(`${dir}/${name}`, 'utf8');
        // terser drops the script's own comments; one written like the sources' CSS comments can only be CSS.
        for (const match of code.matchAll(/\/\* [A-Z][^*]*\*\//g)) left.push(`${dir}/${name}: ${match[0].slice(0, 80)}`);
      }
    }
    assert.deepEqual(left, []);
  });
});
