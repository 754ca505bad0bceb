// The printed notice (issue 22), the way a clerk makes it: the court's notice page opened in Chromium,
// never scrolled (the board sits below the first screen), printed to an A4 PDF — and the PDF's text read
// back with pdf.js. Every entry of the section must be there, each on one sheet with its masked ID and
// case number, no full ID anywhere, no control of the interactive board, and numbered pages.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { todayInChina, withholdReason } from '@zhixing/sdk';
import { launch, watchProblems } from '../lib/browser.mjs';
import { publishDemoFeed } from '../lib/demo-data.mjs';
import { createStaticServer, listen } from '../lib/static-server.mjs';

/** Texts of the interactive board that a notice must not carry. */
const CONTROLS = ['打印公告', '筛选与排序', '栏目', '排序', '上一页', '下一页', '暂停翻页', '可用方向键滚动'];

/** Each sheet's text, with pdf.js's spacing between glyph runs removed (Chinese has no spaces). */
async function sheets(pdf) {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const out = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    out.push({ spaced: content.items.map((item) => item.str).join(' '), text: content.items.map((item) => item.str).join('').replace(/\s+/g, '') });
  }
  await doc.destroy();
  return out;
}

describe('the printed notice', () => {
  let server;
  let base;
  let browser;

  before(async () => {
    await publishDemoFeed('examples/feed');
    server = createStaticServer({ root: '.' });
    base = await listen(server);
    browser = await launch();
    await mkdir('tmp/print', { recursive: true });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('printing the notice page, unscrolled, gives every dishonest debtor on A4 with masked IDs and page numbers, and no controls', async () => {
    const page = await browser.newPage();
    // A short window keeps the board out of the lazy margin whatever fonts the machine has (without
    // a CJK font the text above it is shorter: its top is ~950 px rather than over 1,000).
    await page.setViewport({ width: 1280, height: 600 });
    const problems = await watchProblems(page);
    await page.goto(`${base}examples/notice/`, { waitUntil: 'load' });
    // What a clerk's page has by the time they press Ctrl+P: the board loaded while the page was idle
    // (it was never scrolled to), the section read whole.
    await page.waitForFunction(
      () => {
        const board = document.querySelector('zx-exposure-board');
        const select = board?.shadowRoot?.querySelector('select[name="section"]');
        return select && board.paged?.wholeRows('dishonest', 'all', 'published', undefined) !== undefined;
      },
      { timeout: 30_000 },
    );
    const below = await page.$eval('zx-exposure-board', (b) => b.getBoundingClientRect().top > innerHeight + 200 && scrollY === 0);
    assert.ok(below, 'the board is well below the first screen (out of the lazy margin) and the page was not scrolled');
    const pdf = await page.pdf({ format: 'A4' });
    await writeFile('tmp/print/notice.pdf', pdf);
    await page.close();
    assert.deepEqual(problems, []);

    const feed = JSON.parse(await readFile('examples/feed/exposure.json', 'utf8'));
    // What may be published today, by the SDK's own rules (the board screens the same way).
    const today = todayInChina(new Date());
    const dishonest = feed.items.filter((item) => item.type === 'dishonest-debtor' && withholdReason(item, today) === undefined);
    assert.ok(dishonest.length > 100, `the demo section has ${dishonest.length} entries`);

    const pages = await sheets(pdf);
    assert.ok(pages.length > 1, 'more than one sheet');
    const all = pages.map((p) => p.text).join('');
    // Every entry, whole on one sheet: its name, its masked ID or credit code and its case number together.
    for (const item of dishonest) {
      const identifier = item.idNumber ?? item.creditCode ?? '';
      const name = item.name.replace(/\s+/g, '');
      const caseNumber = item.caseNumber.replace(/\s+/g, '');
      const sheet = pages.findIndex((p) => p.text.includes(name) && p.text.includes(identifier) && p.text.includes(caseNumber));
      assert.ok(sheet >= 0, `${item.name} ${identifier} ${item.caseNumber}: printed, whole on one sheet`);
    }
    // As many numbered rows as entries: 1 … n, none twice.
    assert.match(all, new RegExp(`失信被执行人${dishonest.length}条`));
    // No full resident ID anywhere (a masked one has ****).
    for (const p of pages) assert.doesNotMatch(p.spaced, /(?<![\dA-Z])\d{17}[\dX](?![\dA-Z])/);
    for (const control of CONTROLS) assert.ok(!all.includes(control), `"${control}" is not printed`);
    // The notice's head, once, and numbered sheets.
    assert.match(pages[0].text, /桃源县人民法院失信被执行人名单数据截至\d{4}年\d+月\d+日\d\d:\d\d/);
    pages.forEach((p, i) => assert.ok(p.text.includes(`第${i + 1}页，共${pages.length}页`), `sheet ${i + 1} is numbered`));
    assert.ok(all.includes('以人民法院最新公布的信息为准'));
  });
});
