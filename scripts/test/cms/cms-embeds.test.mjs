// The path a county web editor really takes (issue 18): the CMS's rich-text editor — the real editors
// from npm, in real Chromium — its ordinary link dialog or its source button; what the editor saves is
// put into an article page of a site template whose one script include allows the court's feed; each
// widget must show there exactly once, with its options, and hostile links must stay links.
// The administrator recipes (snippet form) are checked the same way. `npm run test:cms` (in .ci/run).
//
// The back office and the article are on 127.0.0.1, the court's feed on localhost (another origin, as a
// court's own server is): editors rewrite same-host URLs, and CORS is really exercised.
import assert from 'node:assert/strict';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { launch, watchProblems } from '../../lib/browser.mjs';
import { publishDemoFeed } from '../../lib/demo-data.mjs';
import { createStaticServer, listen } from '../../lib/static-server.mjs';

const DIR = 'tmp/cms';
const EMBED = '/packages/elements/dist/embed/zhixing.min.js';
const TAGS = 'zx-execution-gauge, zx-debtor-lookup, zx-exposure-board';

// Every driver in editors/ (CMS_EDITORS=tinymce,kindeditor runs only those; CMS_SHOW=1 prints what each editor saved).
const only = process.env.CMS_EDITORS?.split(',');
const drivers = [];
for (const file of (await readdir(new URL('./editors/', import.meta.url))).filter((f) => f.endsWith('.mjs')).sort()) {
  const driver = (await import(`./editors/${file}`)).default;
  if (!only || only.includes(driver.id)) drivers.push(driver);
}

/** The widgets an editor inserts: one per kind, with options that must arrive. */
function widgetLinks(feed) {
  return [
    { tag: 'zx-execution-gauge', attributes: { metric: 'closure-rate', target: '90' }, text: '查看本院执行工作统计', href: `${feed}index.html#zhixing=gauge&src=${feed}&metric=closure-rate&target=90` },
    // Typed with a Chinese input method: full-width separators.
    { tag: 'zx-debtor-lookup', attributes: { 'page-size': '5' }, text: '查询失信被执行人', href: `${feed}index.html#zhixing=lookup＆src=${feed}＆page-size=5` },
    { tag: 'zx-exposure-board', attributes: { section: 'restricted' }, text: '查看限制消费人员名单', href: `${feed}index.html#zhixing=board&src=${feed}&section=restricted` },
  ];
}
/** Links someone else could post: another source, a look-alike folder on the court's host, a script link. */
function hostileLinks(feed) {
  const other = feed.replace('localhost', '127.0.0.1');
  return [
    { text: '另一份名单', href: `${other}index.html#zhixing=board&src=${other}` },
    { text: '上传的名单', href: `${feed}index.html#zhixing=board&src=${new URL('../uploads/', feed).href}` },
  ];
}

/** The site's article template around what the CMS saved. */
const article = (body, sources) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>文章</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/examples/shared/page.css">
<script src="${EMBED}" data-zx-sources="${sources}" data-zx-containers=".article-body"></script>
</head><body><main><article><h1>县法院执行工作情况通报</h1>
<div class="article-body">
${body}
</div></article></main></body></html>`;

/** In the article: every widget's tag, options and whether it shows data; links left outside widgets. */
function inspect() {
  const widgets = [...document.querySelectorAll('zx-execution-gauge, zx-debtor-lookup, zx-exposure-board')].map((el) => {
    const root = el.shadowRoot;
    const error = root?.querySelector('[part~="error"]')?.textContent.trim();
    const ready =
      !!root &&
      (el.localName === 'zx-execution-gauge'
        ? !!root.querySelector('[role="meter"][aria-valuenow]')
        : el.localName === 'zx-exposure-board'
          ? root.querySelectorAll('[part~="entry"]').length > 0
          : !!root.querySelector('form'));
    if (!ready && !error) el.scrollIntoView();
    return { tag: el.localName, attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])), ready, error, width: el.getBoundingClientRect().width };
  });
  const links = [...document.querySelectorAll('a')].filter((a) => !a.closest('zx-execution-gauge, zx-debtor-lookup, zx-exposure-board')).map((a) => a.textContent.trim());
  return { widgets, links, bodyWidth: document.querySelector('.article-body').getBoundingClientRect().width };
}

describe('widgets inserted through real CMS rich-text editors', { concurrency: false }, () => {
  let server;
  let backOffice;
  let feed;
  let browser;
  let count = 0;

  before(async () => {
    await publishDemoFeed('examples/feed');
    server = createStaticServer({ root: '.' });
    backOffice = await listen(server);
    feed = `${backOffice.replace('127.0.0.1', 'localhost')}examples/feed/`;
    browser = await launch();
    await mkdir(DIR, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** Publishes `saved` in the article template and waits until every widget shows data (or an error). */
  async function publish(editor, method, saved) {
    const file = `${DIR}/${editor.id}-${method}-${++count}.html`;
    await writeFile(file, article(saved, feed));
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 1400 });
    const problems = await watchProblems(page);
    await page.goto(`${backOffice}${file}`, { waitUntil: 'load' });
    let state;
    for (let i = 0; i < 300; i++) {
      state = await page.evaluate(inspect);
      if (state.widgets.length && state.widgets.every((w) => w.ready || w.error)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await page.screenshot({ path: `${DIR}/${editor.id}-${method}.png`, fullPage: true });
    await page.close();
    return { state, problems, file };
  }

  function expectWidgets(state, expected, context) {
    assert.deepEqual(
      state.widgets.map((w) => w.tag),
      expected.map((w) => w.tag),
      `${context}: each widget exactly once, in order`,
    );
    state.widgets.forEach((widget, i) => {
      assert.equal(widget.error, undefined, `${context}: ${widget.tag}: ${widget.error}`);
      assert.ok(widget.ready, `${context}: ${widget.tag} shows no data`);
      for (const [name, value] of Object.entries(expected[i].attributes)) assert.equal(widget.attributes[name], value, `${context}: ${widget.tag} ${name}`);
      // As wide as the article: the editor's wrappers did not narrow it.
      assert.ok(widget.width >= state.bodyWidth - 2, `${context}: ${widget.tag} is ${widget.width}px in a ${state.bodyWidth}px article`);
    });
  }

  for (const editor of drivers) {
    describe(editor.name, { concurrency: false }, () => {
      it('the link dialog: each widget link shows as the live widget; hostile links stay links', async () => {
        const page = await browser.newPage();
        const backOfficeProblems = await watchProblems(page);
        await editor.open(page, backOffice);
        const links = widgetLinks(feed);
        for (const link of [...links, ...hostileLinks(feed)]) await editor.insertLink(page, link);
        const saved = await editor.saved(page);
        await page.close();
        if (process.env.CMS_SHOW) console.log(`${editor.name}, link dialog, saved:\n${saved}`);
        // Every href reached what the CMS saves with its fragment whole (attribute escaping aside).
        for (const link of links) assert.ok(saved.includes(link.href.replace(/&/g, '&amp;')) || saved.includes(link.href), `${editor.name} saved ${saved}`);
        const { state, problems } = await publish(editor, 'link-dialog', saved);
        expectWidgets(state, links, `${editor.name}, link dialog`);
        assert.deepEqual(state.links, hostileLinks(feed).map((l) => l.text), `${editor.name}: the hostile links stay links`);
        assert.deepEqual(problems, [], `${editor.name}: the article page`);
        assert.deepEqual(backOfficeProblems.filter((p) => !/favicon/.test(p)), [], `${editor.name}: the back office`);
      });

      it('the source button: links on their own lines become widgets, a link in running text stays a link', async () => {
        const page = await browser.newPage();
        await editor.open(page, backOffice);
        const links = widgetLinks(feed);
        const html = `<p>本院执行工作情况如下：</p>${links.map((l) => `<p><a href="${l.href.replace(/&/g, '&amp;')}">${l.text}</a></p>`).join('')}<p>也可以<a href="${links[1].href.replace(/&/g, '&amp;')}">在线查询</a>本院公布的名单。</p>`;
        await editor.setSource(page, html);
        const saved = await editor.saved(page);
        await page.close();
        if (process.env.CMS_SHOW) console.log(`${editor.name}, source, saved:\n${saved}`);
        const { state, problems } = await publish(editor, 'source', saved);
        expectWidgets(state, links, `${editor.name}, source ${editor.hasSourceMode ? 'button' : '(paste)'}`);
        assert.deepEqual(state.links, ['在线查询']);
        assert.deepEqual(problems, []);
      });

      it('a back office that includes the loader leaves the links in the editing area alone', async () => {
        const page = await browser.newPage();
        await editor.open(page, backOffice);
        const link = widgetLinks(feed)[0];
        await editor.insertLink(page, link);
        const before = await editor.saved(page);
        await page.evaluate(
          (src, sources) => {
            const script = document.createElement('script');
            script.src = src;
            script.setAttribute('data-zx-sources', sources);
            document.head.append(script);
          },
          EMBED,
          feed,
        );
        await page.waitForFunction(() => typeof window.zhixing === 'object' && !Array.isArray(window.zhixing));
        // One more link after the loader runs (its MutationObserver sees it).
        await editor.insertLink(page, widgetLinks(feed)[1]);
        const widgets = await page.evaluate((tags) => document.querySelectorAll(tags).length, TAGS);
        const after = await editor.saved(page);
        await page.close();
        assert.equal(widgets, 0, `${editor.name}: no widget inside the editor`);
        // What the CMS saves still has both links as links, whole.
        const hrefs = (html) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
        assert.deepEqual(hrefs(after), [...hrefs(before), widgetLinks(feed)[1].href], `${editor.name}: saved links:\n${before}\n${after}`);
        assert.ok(!/zx-(execution|debtor|exposure)/.test(after));
      });

      // wangEditor 5 and 4 have no setting that keeps the snippet (their drivers say why): the link method only.
      if (editor.recipe && Object.keys(editor.recipe.config).length) {
        it(`the administrator recipe keeps the tag snippet (${editor.recipe.summary})`, async () => {
          const page = await browser.newPage();
          await editor.open(page, backOffice, { recipe: true });
          const expected = [
            { tag: 'zx-execution-gauge', attributes: { metric: 'actual-execution-rate' } },
            { tag: 'zx-debtor-lookup', attributes: {} },
            { tag: 'zx-exposure-board', attributes: { section: 'dishonest', sort: 'amount' } },
          ];
          const snippet = `<zx-execution-gauge src="${feed}" metric="actual-execution-rate"><a href="${feed}index.html">查看本院执行工作统计</a></zx-execution-gauge>
<zx-debtor-lookup src="${feed}"><a href="https://zxgk.court.gov.cn/">前往中国执行信息公开网查询</a></zx-debtor-lookup>
<zx-exposure-board src="${feed}" section="dishonest" sort="amount"><a href="${feed}index.html">查看失信被执行人曝光名单</a></zx-exposure-board>`;
          await editor.setSource(page, snippet);
          const saved = await editor.saved(page);
          await page.close();
          const { state, problems } = await publish(editor, 'recipe', saved);
          expectWidgets(state, expected, `${editor.name}, recipe`);
          assert.deepEqual(problems, []);
        });
      }
    });
  }
});
