// Drives wangEditor 5.1.23 (npm `@wangeditor/editor`, UMD build, createEditor + createToolbar with the
// default configuration) in real Chromium the way a web editor does: clicks in the editing area, the
// toolbar's 插入链接 modal (链接文本 + 链接地址 + 确定).
// Host page: scripts/test/cms/pages/wangeditor5.html (`?recipe=1` = the administrator recipe below).
//
// wangEditor 5 has NO source (HTML) mode. setSource(page, html, { via }) does what is possible instead:
//   via 'paste'  (default) — select all (Ctrl+A) in the editing area and dispatch a real
//                ClipboardEvent('paste') whose DataTransfer carries text/html (+ text/plain), then —
//                as Chromium does after a paste nobody cancelled — InputEvent('beforeinput',
//                { inputType: 'insertFromPaste', dataTransfer }) with the same data: that is the event
//                wangEditor 5 reads a text/html paste from in Chromium (editor.insertData →
//                dangerouslyInsertHtml). What a person pasting HTML copied from a page does.
//   via 'import' — editor.setHtml(html): what a CMS does when it loads saved or imported content.
import { chord } from '../keys.mjs';

const PAGE = 'scripts/test/cms/pages/wangeditor5.html';

const EDITABLE = '#editor-container [data-slate-editor]';

export default {
  id: 'wangeditor5',
  name: 'wangEditor 5.1.23',
  hasSourceMode: false,
  setSourceModes: ['paste', 'import'],

  async open(page, base, { recipe = false } = {}) {
    await page.goto(new URL(PAGE + (recipe ? '?recipe=1' : ''), base).href);
    await page.waitForFunction(() => window.zxEditorReady === true && !!window.editor && !!window.toolbar);
    await page.waitForSelector('#toolbar-container button[data-menu-key="insertLink"]', { visible: true });
    await page.waitForSelector(EDITABLE, { visible: true });
  },

  /**
   * Click at the end of the text (a new paragraph with Enter unless the editor is empty), click the
   * toolbar's link button, type 链接文本 and 链接地址, press 确定. With nothing selected wangEditor 5
   * inserts " " + link + " " (a space on each side, see Tu() in dist/index.js).
   */
  async insertLink(page, { href, text }) {
    await page.click(EDITABLE);
    await page.waitForFunction(() => !!window.editor.selection);
    await chord(page, 'End');
    const empty = await page.evaluate(() => window.editor.isEmpty());
    if (!empty) {
      const before = await page.evaluate(() => window.editor.children.length);
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => window.editor.children.length === n + 1, {}, before);
    }
    // The toolbar re-enables its buttons when it sees the new selection.
    await page.waitForSelector('#toolbar-container button[data-menu-key="insertLink"]:not(.disabled)', { visible: true });
    await page.click('#toolbar-container button[data-menu-key="insertLink"]');
    const modal = await page.waitForSelector('.w-e-modal', { visible: true });
    const inputs = await modal.$$('input[type="text"]');
    const labels = await Promise.all(inputs.map((i) => i.evaluate((el) => el.closest('label')?.textContent?.trim() ?? '')));
    const textBox = inputs[labels.findIndex((l) => /文本|text/i.test(l))];
    const urlBox = inputs[labels.findIndex((l) => /网址|链接地址|url/i.test(l))];
    if (!textBox || !urlBox) throw new Error(`link modal fields not found: ${JSON.stringify(labels)}`);
    await textBox.click();
    await chord(page, 'a');
    await page.keyboard.type(text);
    await urlBox.click();
    await chord(page, 'a');
    await page.keyboard.type(href);
    await (await modal.waitForSelector('button')).click();
    await page.waitForSelector('.w-e-modal', { hidden: true });
    await page.waitForFunction(
      (t) => [...document.querySelectorAll('#editor-container [data-slate-editor] a')].some((a) => a.textContent === t),
      {},
      text,
    );
  },

  /** No source mode: paste (default) or CMS import (editor.setHtml); see the header comment. */
  async setSource(page, html, { via = 'paste' } = {}) {
    if (via === 'import') {
      await page.evaluate((h) => window.editor.setHtml(h), html);
      return;
    }
    if (via !== 'paste') throw new Error(`unknown setSource mode ${via}`);
    await page.click(EDITABLE);
    await chord(page, 'a');
    await page.waitForFunction(() => {
      const s = window.editor.selection;
      return !!s && JSON.stringify(s.anchor) !== JSON.stringify(s.focus) || window.editor.isEmpty();
    });
    const before = await page.evaluate(() => window.editor.getHtml());
    await page.$eval(
      EDITABLE,
      (el, h) => {
        const data = new DataTransfer();
        const t = document.createElement('template');
        t.innerHTML = h;
        data.setData('text/html', h);
        data.setData('text/plain', t.content.textContent ?? '');
        const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
        el.dispatchEvent(paste);
        // In Chromium wangEditor 5 (slate) leaves a paste with text/html unhandled and takes the data
        // from the beforeinput/insertFromPaste that the browser fires next; a synthetic paste event has
        // no default action, so fire that beforeinput as Chromium would, with the same DataTransfer.
        if (!paste.defaultPrevented) {
          el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true, composed: true }));
        }
      },
      html,
    );
    await page.waitForFunction((b) => window.editor.getHtml() !== b, {}, before);
  },

  async saved(page) {
    return page.evaluate(() => window.editor.getHtml());
  },

  recipe: {
    summary:
      'none possible: no editorConfig key keeps <script> or unknown tags (the content is a Slate model; only registered element modules survive) — embed with the link dialog instead',
    config: {},
    /** Beyond configuration (checked once by hand, not in this page): only JavaScript can keep the tags. */
    note:
      'wangEditor.Boot.registerModule({ parseElemsHtml: [{ selector: "script,zx-execution-gauge,…", parseElemHtml }], elemsToHtml, renderElems, editorPlugin (isVoid) }) registered before createEditor makes setHtml/getHtml round-trip the snippet; renderElem needs snabbdom\'s h(), which the UMD build does not export, so it is a plugin build, not a setting',
  },
};
