// Drives wangEditor 4.7.15 (npm `wangeditor`, dist/wangEditor.min.js, `new E('#editor').create()` with
// the default configuration) in real Chromium the way a web editor does: clicks in the editing area,
// the toolbar's 链接 panel (链接文字 + 链接 + 插入).
// Host page: scripts/test/cms/pages/wangeditor4.html (`?recipe=1` = the administrator recipe below).
//
// wangEditor 4 has NO source (HTML) mode either (its menus: head … code, splitLine, undo, redo; no
// "html"/"source"). setSource(page, html, { via }) does what is possible instead:
//   via 'paste'  (default) — select all (Ctrl+A) in the editing area and dispatch a real
//                ClipboardEvent('paste') whose DataTransfer carries text/html (+ text/plain). wangEditor 4
//                cancels every paste and inserts its own filtered copy (src/text/paste/parse-html.ts).
//   via 'import' — editor.txt.html(html): what a CMS does when it loads saved or imported content.
import { chord } from '../keys.mjs';

const PAGE = 'scripts/test/cms/pages/wangeditor4.html';
const EDITABLE = '#editor .w-e-text';
const LINK_MENU = '#editor .w-e-toolbar .w-e-menu[data-title="链接"]';

export default {
  id: 'wangeditor4',
  name: 'wangEditor 4.7.15',
  hasSourceMode: false,
  setSourceModes: ['paste', 'import'],

  async open(page, base, { recipe = false } = {}) {
    await page.goto(new URL(PAGE + (recipe ? '?recipe=1' : ''), base).href);
    await page.waitForFunction(() => window.zxEditorReady === true && !!window.editor);
    await page.waitForSelector(LINK_MENU, { visible: true });
    await page.waitForSelector(EDITABLE, { visible: true });
  },

  /**
   * Click at the end of the text (a new paragraph with Enter unless the editor is empty), click the
   * toolbar's 链接 menu, type 链接文字 and the address, press 插入.
   */
  async insertLink(page, { href, text }) {
    await page.click(EDITABLE);
    await chord(page, 'End');
    const empty = await page.evaluate(() => window.editor.txt.text().replace(/[\s\u200b]|&nbsp;/g, '') === '');
    if (!empty) {
      const before = await page.$$eval(`${EDITABLE} > *`, (els) => els.length);
      await page.keyboard.press('Enter');
      await page.waitForFunction((sel, n) => document.querySelectorAll(`${sel} > *`).length === n + 1, {}, EDITABLE, before);
    }
    // The 链接 menu edits the link under the caret while it shows as active; it refreshes that state on
    // the editor's keyup/mouseup, later on a busy machine. Wait until it is inactive (the caret is in
    // the new paragraph, not in the previous link), as a person sees the button state before clicking.
    for (let attempt = 1; ; attempt++) {
      const inactive = await page
        .waitForFunction((sel) => !document.querySelector(sel)?.classList.contains('w-e-active'), { timeout: 5000 }, LINK_MENU)
        .then(() => true, () => false);
      if (inactive) break;
      if (attempt === 3) throw new Error('wangEditor 4: the 链接 menu stays active (the caret is in a link)');
      await page.keyboard.press('End');
    }
    await page.click(LINK_MENU);
    const panel = await page.waitForSelector('#editor .w-e-panel-container', { visible: true });
    const inputs = await panel.$$('input[type="text"]');
    if (inputs.length < 2) throw new Error('link panel fields not found');
    const [textBox, urlBox] = inputs; // 链接文字, then the address ("如 https://...")
    await textBox.click();
    await chord(page, 'a');
    await page.keyboard.type(text);
    await urlBox.click();
    await chord(page, 'a');
    await page.keyboard.type(href);
    const ok = await panel.waitForSelector('.w-e-button-container button:not(.gray)');
    await ok.click();
    await page.waitForSelector('#editor .w-e-panel-container', { hidden: true });
    await page.waitForFunction(
      (sel, t) => [...document.querySelectorAll(`${sel} a`)].some((a) => a.textContent === t),
      {},
      EDITABLE,
      text,
    );
  },

  /** No source mode: paste (default) or CMS import (editor.txt.html); see the header comment. */
  async setSource(page, html, { via = 'paste' } = {}) {
    if (via === 'import') {
      await page.evaluate((h) => window.editor.txt.html(h), html);
      return;
    }
    if (via !== 'paste') throw new Error(`unknown setSource mode ${via}`);
    await page.click(EDITABLE);
    await chord(page, 'a');
    const before = await page.evaluate(() => window.editor.txt.html());
    const prevented = await page.$eval(
      EDITABLE,
      (el, h) => {
        const data = new DataTransfer();
        const t = document.createElement('template');
        t.innerHTML = h;
        data.setData('text/html', h);
        data.setData('text/plain', t.content.textContent ?? '');
        const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
        el.dispatchEvent(paste);
        return paste.defaultPrevented;
      },
      html,
    );
    if (!prevented) throw new Error('wangEditor 4 did not take the paste');
    await page.waitForFunction((b) => window.editor.txt.html() !== b, {}, before);
  },

  async saved(page) {
    return page.evaluate(() => window.editor.txt.html());
  },

  recipe: {
    summary:
      'none possible in editor.config: paste keeps only a[href,target]/img[src,alt]/td,th[colspan,rowspan] and drops <script>; only content loaded with editor.txt.html() (unfiltered) keeps the snippet',
    config: {},
  },
};
