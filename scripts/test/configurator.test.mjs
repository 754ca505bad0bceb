// The tools for web editors, in Chromium, as a person uses them (after `npm run build`):
// configurator.html (the form, its live preview, the link and code it writes, "check the address")
// and frame.html (the iframe page) with zhixing-resizer.min.js on a host page; also both from a
// release folder as scripts/release.mjs writes it. The demo feed is published into tmp/configurator/.
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launch, watchProblems } from '../lib/browser.mjs';
import { publishDemoFeed } from '../lib/demo-data.mjs';
import { createStaticServer, listen } from '../lib/static-server.mjs';
import { buildRelease, elementsPackage, loaderName } from '../release.mjs';
import { CONFIGURATOR, linkFromConfigurator, loadEmbedLink, setOption, typeInto } from './lib/configurator.mjs';

const DIR = 'tmp/configurator';
const FEED = `${DIR}/feed/`;
const EMBED = 'packages/elements/dist/embed/';
const VERSION = elementsPackage().version;
const RELEASE = `${DIR}/release/${VERSION}/`;

const { formatEmbedLink, isProblem, parseEmbedLink } = await loadEmbedLink();

/** In the page: the widget in `root`'s subtree (or the document) shows data. */
function showsData(selector) {
  const el = document.querySelector(selector);
  const root = el?.shadowRoot;
  if (!root) return false;
  if (el.localName === 'zx-execution-gauge') return !!root.querySelector('[role="meter"][aria-valuenow]');
  if (el.localName === 'zx-debtor-lookup') return !!root.querySelector('form input');
  return (root.textContent ?? '').length > 50 && !root.querySelector('[role="alert"]');
}

describe('the configurator and the iframe page', () => {
  let server; // the repository root on 127.0.0.1, with CORS (as `npm start`)
  let plain; // tmp/configurator on another origin, without CORS headers
  let base;
  let plainBase;
  let closedPort;
  let browser;

  before(async () => {
    await rm(DIR, { recursive: true, force: true });
    await publishDemoFeed(FEED);
    // An address that is not a feed: court.json is an HTML page (a CMS's "not found" page served with 200).
    await mkdir(`${DIR}/not-a-feed`, { recursive: true });
    await writeFile(`${DIR}/not-a-feed/court.json`, '<!doctype html><title>页面不存在</title><p>页面不存在</p>');
    // The release folder exactly as `npm run release` writes it, from the current build.
    for (const [name, data] of buildRelease()) {
      await mkdir(dirname(join(RELEASE, name)), { recursive: true });
      await writeFile(join(RELEASE, name), data);
    }
    server = createStaticServer({ root: '.' });
    base = await listen(server);
    plain = createStaticServer({ root: DIR, cors: false });
    // Another origin for the browser: "localhost" is not "127.0.0.1".
    plainBase = (await listen(plain)).replace('127.0.0.1', 'localhost');
    // A port nothing listens on.
    const gone = createStaticServer({ root: DIR });
    closedPort = new URL(await listen(gone)).port;
    await new Promise((resolve) => gone.close(resolve));
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
    plain?.close();
  });

  async function open(path = CONFIGURATOR) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const problems = await watchProblems(page);
    await page.goto(new URL(path, base).href, { waitUntil: 'load' });
    await page.waitForSelector('#zx-feed');
    return { page, problems, close: () => context.close() };
  }
  const text = (page, selector) => page.$eval(selector, (el) => el.textContent ?? '');
  const value = (page, selector) => page.$eval(selector, (el) => el.value);
  /** Presses the check button and waits for its verdict in the live region. */
  async function check(page, feed) {
    await typeInto(page, '#zx-feed', feed);
    await page.click('#zx-check');
    await page.waitForFunction(() => /[✓✗]/.test(document.querySelector('#zx-check-status')?.textContent ?? ''), { timeout: 30_000 });
    return text(page, '#zx-check-status');
  }

  it('makes a gauge link from the form that reads back as the chosen options, with a live preview showing data', async () => {
    const feed = `${base}${FEED}`;
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const problems = await watchProblems(page);
    const href = await linkFromConfigurator(page, base, { widget: 'gauge', feed, options: { metric: 'actual-execution-rate', compare: 'target', target: '90', elder: true, lang: 'en' } });

    const link = parseEmbedLink(href, 'https://county.example/news/1.html');
    assert.ok(link && !isProblem(link), href);
    assert.equal(link.tag, 'zx-execution-gauge');
    assert.equal(link.src, feed.replace('http:', 'https:'), 'the source (an https page upgrades it)');
    assert.deepEqual(Object.fromEntries(link.attributes), { metric: 'actual-execution-rate', compare: 'target', target: '90', lang: 'en', elder: '' });
    assert.deepEqual(link.ignored, []);
    assert.ok(href.startsWith(`${feed}index.html#zhixing=gauge&`), `leads to the feed's readable page without scripts: ${href}`);

    // The preview is the element the link makes.
    await page.waitForFunction(showsData, { timeout: 30_000 }, '#zx-preview zx-execution-gauge');
    // (The element adds data-* attributes of its own.)
    const preview = await page.$eval('#zx-preview zx-execution-gauge', (el) => Object.fromEntries([...el.attributes].filter((a) => !a.name.startsWith('data-')).map((a) => [a.name, a.value])));
    assert.deepEqual(preview, { src: feed, metric: 'actual-execution-rate', compare: 'target', target: '90', lang: 'en', elder: '', loading: 'eager' });

    // The other outputs name the same widget and source.
    assert.equal(await value(page, '#zx-out-text'), 'View this court’s enforcement statistics', 'link text in the widget’s language');
    assert.equal(await value(page, '#zx-out-include'), `<script src="${base}${EMBED}zhixing.min.js" data-zx-sources="${feed}"></script>`);
    const tag = await value(page, '#zx-out-tag');
    assert.ok(tag.startsWith(`<zx-execution-gauge src="${feed}" metric="actual-execution-rate" compare="target" target="90" lang="en" elder>`), tag);
    assert.ok(tag.includes(`<a href="${feed}index.html">View this court’s enforcement statistics</a>`), tag);
    const iframe = await value(page, '#zx-out-frame');
    assert.match(iframe, new RegExp(`^<iframe src="${base}${EMBED}frame\\.html#zhixing=gauge&amp;src=`));
    assert.match(iframe, /height="360"/);
    assert.equal(await value(page, '#zx-out-resizer'), `<script src="${base}${EMBED}zhixing-resizer.min.js"></script>`);
    assert.deepEqual(problems, []);

    // A changed option re-creates the preview.
    await setOption(page, 'metric', 'money-recovered');
    await page.waitForFunction(() => document.querySelector('#zx-preview zx-execution-gauge')?.getAttribute('metric') === 'money-recovered');
    const after = parseEmbedLink(await value(page, '#zx-out-link'), base);
    assert.deepEqual(Object.fromEntries(after.attributes), { metric: 'money-recovered', compare: 'target', lang: 'en', elder: '' }, 'target is left out for money (a rate option)');

    // The trend view: the one-period options (compare) are left out; the preview shows the chart and table.
    await setOption(page, 'view', 'trend');
    await page.waitForFunction(() => document.querySelector('#zx-preview zx-execution-gauge')?.getAttribute('view') === 'trend');
    const trend = parseEmbedLink(await value(page, '#zx-out-link'), base);
    assert.deepEqual(Object.fromEntries(trend.attributes), { metric: 'money-recovered', view: 'trend', lang: 'en', elder: '' }, 'compare is left out for the trend');
    await page.waitForFunction(() => !!document.querySelector('#zx-preview zx-execution-gauge')?.shadowRoot?.querySelector('[part~="trend-table"] tbody tr'), { timeout: 30_000 });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('makes lookup and board links with their own options (numbers checked, signage options once signage is chosen)', async () => {
    const feed = `${base}${FEED}`;
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const problems = await watchProblems(page);
    const lookup = parseEmbedLink(await linkFromConfigurator(page, base, { widget: 'lookup', feed, options: { live: true, 'page-size': '20', 'heading-level': '3' } }), base);
    assert.equal(lookup.tag, 'zx-debtor-lookup');
    assert.deepEqual(Object.fromEntries(lookup.attributes), { live: '', 'page-size': '20', 'heading-level': '3' });
    await page.waitForFunction(showsData, { timeout: 30_000 }, '#zx-preview zx-debtor-lookup');

    const page2 = 'https://court.example/zxgk/';
    const board = parseEmbedLink(await linkFromConfigurator(page, base, { widget: 'board', feed, options: { mode: 'signage', 'page-seconds': '20', kind: 'organization', page: page2 } }), base);
    assert.equal(board.tag, 'zx-exposure-board');
    assert.deepEqual(Object.fromEntries(board.attributes), { mode: 'signage', kind: 'organization', 'page-seconds': '20' });
    assert.ok((await value(page, '#zx-out-link')).startsWith(`${page2}#zhixing=board&`), 'the readable page chosen');
    assert.match(await value(page, '#zx-out-frame'), /height="640"/);

    // Out of range: said next to the field, and left out of the link.
    await setOption(page, 'page-seconds', '2');
    assert.equal(await page.$eval('[name="page-seconds"]', (el) => el.getAttribute('aria-invalid')), 'true');
    assert.match(await text(page, '#zx-option-page-seconds-error'), /5 到 600/);
    assert.doesNotMatch(await value(page, '#zx-out-link'), /page-seconds/);
    await page.waitForFunction(showsData, { timeout: 30_000 }, '#zx-preview zx-exposure-board');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('checks a good feed: says it works and names the court, in a polite live region', async () => {
    const { page, problems, close } = await open();
    assert.deepEqual(await page.$eval('#zx-check-status', (el) => [el.getAttribute('role'), el.getAttribute('aria-live')]), ['status', 'polite']);
    const said = await check(page, `${base}${FEED}`);
    assert.match(said, /^✓ 可以使用：桃源县人民法院的数据/);
    // The periods of the feed are offered for the period field.
    assert.ok((await page.$$eval('#zx-periods option', (o) => o.length)) > 0, 'periods offered');
    assert.deepEqual(problems, []);
    await close();
  });

  it('checks from the keyboard alone: Enter in the address field', async () => {
    const { page, close } = await open(`${CONFIGURATOR}?lang=en`);
    await page.focus('#zx-feed');
    await page.keyboard.type(`${base}${FEED}court.json`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /✓/.test(document.querySelector('#zx-check-status')?.textContent ?? ''), { timeout: 30_000 });
    assert.match(await text(page, '#zx-check-status'), /^✓ Works: data of Taoyuan County People's Court/);
    // The address of a file in the folder is taken as the folder.
    assert.match(await text(page, '#zx-feed-used'), new RegExp(`Address used: ${base}${FEED}$`));
    await close();
  });

  it('says what is wrong: a wrong address (404), not a feed, CORS refused, no answer', async () => {
    const { page, close } = await open();
    assert.match(await check(page, `${base}${DIR}/nowhere/`), /地址有误：.*nowhere\/court\.json 不存在（HTTP 404）。请填写数据目录本身（以 \/ 结尾）/);
    assert.match(await check(page, `${base}${DIR}/not-a-feed/`), /返回的不是数据，而是一个网页/);
    // The feed on another origin whose server sends no CORS headers: it answered, so it is not "no answer".
    const refused = await check(page, `${plainBase}feed/`);
    assert.match(refused, /数据服务器有应答，但不允许其他网站读取（缺少跨域响应头 Access-Control-Allow-Origin/);
    assert.ok(refused.includes(new URL(base).origin), refused);
    // The same feed on another origin with CORS: fine.
    assert.match(await check(page, `${base.replace('127.0.0.1', 'localhost')}${FEED}`), /^✓/);
    assert.match(await check(page, `http://127.0.0.1:${closedPort}/feed/`), /无法连接 .*服务器没有应答/);
    // Not an address at all: said before any request.
    await typeInto(page, '#zx-feed', 'ftp://court.example/feed/');
    await page.click('#zx-check');
    await page.waitForFunction(() => /https:\/\/ 或 http:\/\//.test(document.querySelector('#zx-check-status')?.textContent ?? ''));
    await close();
  });

  it('has no accessibility violations (axe), in Chinese and in English, with every output and a check result shown', async () => {
    const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    // axe is injected from here: the page's own CSP would refuse it.
    await page.setBypassCSP(true);
    for (const lang of ['zh-CN', 'en']) {
      await linkFromConfigurator(page, `${base}${CONFIGURATOR}${lang === 'en' ? '?lang=en' : ''}`, { widget: 'board', feed: `${base}${DIR}/nowhere/`, options: { mode: 'signage', 'page-seconds': '1' } });
      await page.click('#zx-check');
      await page.waitForFunction(() => /✗/.test(document.querySelector('#zx-check-status')?.textContent ?? ''), { timeout: 30_000 });
      await page.evaluate(axe);
      // The configurator's own markup; the previewed widget has its own axe tests.
      const violations = await page.evaluate(async () => (await window.axe.run({ exclude: [['#zx-preview']] }, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
      assert.deepEqual(violations, [], lang);
    }
    await context.close();
  });

  it('switches to English and back', async () => {
    const { page, problems, close } = await open();
    assert.equal(await text(page, 'h1'), '执行信息公开组件配置工具');
    await page.click('.zx-cfg-lang');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await text(page, 'h1'), 'Zhixing widget configurator');
    assert.equal(await text(page, 'label[for="zx-feed"]'), 'Address of the court’s data folder');
    assert.match(page.url(), /\?lang=en$/);
    await page.click('.zx-cfg-lang');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    assert.deepEqual(problems, []);
    await close();
  });

  describe('frame.html', () => {
    const frameUrl = (src, attributes = [['metric', 'closure-rate']]) => formatEmbedLink({ tag: 'zx-execution-gauge', src, attributes, page: `${base}${EMBED}frame.html` });

    it('shows the widget with data for a source on its own site', async () => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const problems = await watchProblems(page);
      await page.goto(frameUrl(`${base}${FEED}`), { waitUntil: 'load' });
      await page.waitForFunction(showsData, { timeout: 30_000 }, '#zx-frame zx-execution-gauge');
      assert.equal(await page.$('.zx-frame-static'), null, 'the no-script note is gone');
      assert.deepEqual(problems, []);
      await context.close();
    });

    it('shows a note naming the source and a plain link, and no widget, for a source on another site', async () => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const other = `${plainBase}feed/`;
      await page.goto(frameUrl(other), { waitUntil: 'load' });
      await page.waitForSelector('.zx-frame-note');
      const note = await text(page, '.zx-frame-note');
      assert.ok(note.includes(`此处不显示来自 ${other} 的数据`) && note.includes(`Data from ${other} is not shown here`), note);
      assert.equal(await page.$eval('.zx-frame-note a', (a) => a.href), `${other}index.html`);
      assert.equal(await page.$('zx-execution-gauge, zx-debtor-lookup, zx-exposure-board'), null);
      await context.close();
    });

    it('on a host page with the resizer, the iframe the configurator wrote takes its content’s height; other frames are left alone', async () => {
      // The iframe code and resizer line exactly as the configurator writes them, on a page of another site.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await linkFromConfigurator(page, base, { widget: 'gauge', feed: `${base}${FEED}` });
      const iframe = await value(page, '#zx-out-frame');
      const resizer = await value(page, '#zx-out-resizer');
      await writeFile(`${DIR}/host.html`, `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">\n${resizer}\n</head><body>\n<h1>县政府网站</h1>\n${iframe}\n<iframe id="decoy" src="./decoy.html" height="100"></iframe>\n</body></html>`);
      await writeFile(`${DIR}/decoy.html`, '<!doctype html><title>decoy</title><p>not a Zhixing frame</p>');
      await page.goto(`${plainBase}host.html`, { waitUntil: 'load' });
      const frame = await (await page.waitForSelector('iframe[src*="frame.html"]')).contentFrame();
      await frame.waitForFunction(showsData, { timeout: 30_000 }, '#zx-frame zx-execution-gauge');
      // The frame is on another origin: compare its content's height (read inside) with the iframe's (outside) until they agree.
      const heights = async () => [
        await frame.evaluate(() => Math.ceil(document.getElementById('zx-frame').getBoundingClientRect().height)),
        await page.$eval('iframe[src*="frame.html"]', (el) => el.getBoundingClientRect().height),
      ];
      const deadline = Date.now() + 30_000;
      let [inside, outside] = await heights();
      while (Math.abs(inside - outside) > 1) {
        assert.ok(Date.now() < deadline, `the iframe is ${outside}px high, its content ${inside}px`);
        await page.waitForNetworkIdle({ idleTime: 100, timeout: 5_000 }).catch(() => undefined);
        [inside, outside] = await heights();
      }
      assert.match(await page.$eval('iframe[src*="frame.html"]', (el) => el.style.height), /^\d+px$/, 'the resizer set the height');

      // A frame that is not a Zhixing frame.html asks for a height: ignored.
      await page.evaluate(() => {
        window.seen = false;
        addEventListener('message', (e) => {
          if (e.source === document.getElementById('decoy').contentWindow) window.seen = true;
        });
      });
      const decoy = await (await page.$('#decoy')).contentFrame();
      await decoy.evaluate(() => parent.postMessage({ zhixing: 'resize', height: 900 }, '*'));
      // The resizer listened first, so once this page has seen the message the resizer has handled it.
      await page.waitForFunction(() => window.seen);
      assert.equal(await page.$eval('#decoy', (el) => el.style.height), '', 'the decoy keeps its height');
      await context.close();
    });
  });

  describe('from a release folder (as scripts/release.mjs writes it)', () => {
    it('the configurator loads the versioned loader, writes code naming it, and previews', async () => {
      const { page, problems, close } = await open(`${RELEASE}configurator.html`);
      assert.equal(await page.$eval('script[data-zx-loader]', (s) => s.src), `${base}${RELEASE}${loaderName(VERSION)}`);
      await page.click('#zx-widget-lookup');
      await typeInto(page, '#zx-feed', `${base}${FEED}`);
      await page.waitForFunction(showsData, { timeout: 30_000 }, '#zx-preview zx-debtor-lookup');
      assert.match(await value(page, '#zx-out-include'), new RegExp(`src="${base}${RELEASE}${loaderName(VERSION).replaceAll('.', '\\.')}"`));
      assert.match(await value(page, '#zx-out-frame'), new RegExp(`src="${base}${RELEASE}frame\\.html#zhixing=lookup&amp;`));
      assert.deepEqual(problems, []);
      await close();
    });

    it('frame.html shows the widget', async () => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const problems = await watchProblems(page);
      await page.goto(formatEmbedLink({ tag: 'zx-exposure-board', src: `${base}${FEED}`, page: `${base}${RELEASE}frame.html` }), { waitUntil: 'load' });
      await page.waitForFunction(showsData, { timeout: 30_000 }, '#zx-frame zx-exposure-board');
      assert.deepEqual(problems, []);
      await context.close();
    });
  });
});
