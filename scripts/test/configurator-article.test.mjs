// Issue 18, end to end: the configurator, opened from the committed release folder on a plain static
// server, writes a link; pasted as an editor's link into the example CMS article (examples/cms-article/,
// its site template allowing /examples/feed/), it shows as the live widget with the chosen options.
import assert from 'node:assert/strict';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { launch, watchProblems } from '../lib/browser.mjs';
import { publishDemoFeed } from '../lib/demo-data.mjs';
import { createStaticServer, listen } from '../lib/static-server.mjs';
import { linkFromConfigurator } from './lib/configurator.mjs';

const VERSION = JSON.parse(await readFile(new URL('../../release/latest.json', import.meta.url), 'utf8')).version;
const DIR = 'tmp/configurator-article';

describe('a link from the released configurator, pasted into the CMS article', () => {
  let server;
  let base;
  let browser;
  before(async () => {
    await publishDemoFeed('examples/feed');
    server = createStaticServer({ root: '.' });
    base = await listen(server);
    browser = await launch();
    await mkdir(DIR, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  const cases = [
    { widget: 'board', options: { section: 'restricted', sort: 'amount' }, tag: 'zx-exposure-board' },
    { widget: 'gauge', options: { metric: 'actual-execution-rate', target: '80' }, tag: 'zx-execution-gauge' },
  ];
  for (const { widget, options, tag } of cases) {
    it(`${widget}: the configurator's link becomes the widget with its options`, async () => {
      const tool = await browser.newPage();
      const href = await linkFromConfigurator(tool, `${base}release/${VERSION}/configurator.html`, { widget, feed: `${base}examples/feed/`, options });
      await tool.close();
      assert.match(href, /#zhixing=/);

      // The editor replaced the article's board link with the copied one, through the link dialog: the CMS saves
      // `<a href="…">` with `&` escaped as `&amp;`.
      const article = await readFile('examples/cms-article/index.html', 'utf8');
      const pasted = article.replace(/<a href="\/examples\/feed\/index\.html#zhixing=board[^"]*"/, `<a href="${href.replace(/&/g, '&amp;')}"`);
      assert.notEqual(pasted, article);
      const file = `${DIR}/${widget}.html`;
      // The article's relative links and stylesheets stay valid from tmp/.
      await writeFile(file, pasted.replaceAll('"../shared/', '"/examples/shared/').replaceAll('"./cms.css"', '"/examples/cms-article/cms.css"'));

      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 1600 });
      const problems = await watchProblems(page);
      await page.goto(`${base}${file}`, { waitUntil: 'load' });
      const selector = `zx-exposure-board[data-zx-link], zx-execution-gauge[data-zx-link]`;
      await page.waitForFunction(
        (tag, names) => {
          const all = [...document.querySelectorAll(tag)].filter((el) => names.every(([n, v]) => el.getAttribute(n) === v));
          const el = all[0];
          if (!el) return false;
          el.scrollIntoView();
          const root = el.shadowRoot;
          return !!root && (tag === 'zx-execution-gauge' ? !!root.querySelector('[role="meter"][aria-valuenow]') : root.querySelectorAll('[part~="entry"]').length > 0);
        },
        { timeout: 30_000 },
        tag,
        Object.entries(options),
      );
      const widgets = await page.evaluate((sel) => [...document.querySelectorAll(sel)].map((el) => el.localName), selector);
      await page.screenshot({ path: `${DIR}/${widget}.png`, fullPage: true });
      await page.close();
      assert.equal(widgets.filter((t) => t === tag).length, widget === 'gauge' ? 2 : 1, widgets.join(', '));
      assert.deepEqual(problems, []);
    });
  }
});
