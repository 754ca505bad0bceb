// Drives KindEditor 4.1.10 (npm `kindeditor`, default configuration) in real Chromium the way a web
// editor does: clicks and typing in the editing iframe, the toolbar's link dialog, the source button.
// Host page: scripts/test/cms/pages/kindeditor.html (`?recipe=1` = the administrator recipe below).
import { chord } from '../keys.mjs';

const PAGE = 'scripts/test/cms/pages/kindeditor.html';
const COMMON = ['id', 'class', 'src', 'court', 'source-kind', 'elder', 'loading', 'lang'];

/** Ctrl on Linux/Windows (the test machine), Meta on macOS. */

async function editFrame(page) {
  const handle = await page.waitForSelector('iframe.ke-edit-iframe', { visible: true });
  return handle.contentFrame();
}

export default {
  id: 'kindeditor',
  name: 'KindEditor 4.1.10',
  hasSourceMode: true,

  async open(page, base, { recipe = false } = {}) {
    await page.goto(new URL(PAGE + (recipe ? '?recipe=1' : ''), base).href);
    await page.waitForFunction(() => window.zxEditorReady === true && !!window.editor);
    await page.waitForSelector('.ke-toolbar span[data-name="link"]', { visible: true });
  },

  /**
   * KindEditor's link dialog has a URL field and a target select, no text field: a person types the
   * text in the document, selects it, clicks the link button, replaces the dialog's "http://" with
   * the address and presses 确定. The target select is left at its default (新窗口 → target="_blank").
   */
  async insertLink(page, { href, text }) {
    const frame = await editFrame(page);
    const body = await frame.waitForSelector('body');
    await body.click();
    await chord(page, 'End');
    const empty = await frame.evaluate(() => document.body.textContent.replace(/[\s\u200b]/g, '') === '');
    if (!empty) await page.keyboard.press('Enter');
    await page.keyboard.type(text);
    await page.keyboard.down('Shift');
    await page.keyboard.press('Home');
    await page.keyboard.up('Shift');
    await frame.waitForFunction((t) => String(document.getSelection()) === t, {}, text);

    await page.click('.ke-toolbar span[data-name="link"]');
    const url = await page.waitForSelector('.ke-dialog input#keUrl', { visible: true });
    await url.click();
    await chord(page, 'a');
    await page.keyboard.type(href);
    await page.click('.ke-dialog .ke-dialog-yes input[type="button"]');
    await page.waitForSelector('.ke-dialog', { hidden: true });
    // The link is in the document (its text selected); move the caret to the end for the next call.
    await frame.waitForFunction((t) => [...document.querySelectorAll('a[href]')].some((a) => a.textContent === t), {}, text);
    await chord(page, 'End');
  },

  /** The source button (HTML 代码): click it, replace the textarea's text as a paste does (one text insertion), click it again. */
  async setSource(page, html) {
    await page.click('.ke-toolbar span[data-name="source"]');
    const area = await page.waitForSelector('textarea.ke-edit-textarea', { visible: true });
    await area.click();
    await chord(page, 'a');
    await page.keyboard.press('Delete');
    await page.keyboard.sendCharacter(html); // Input.insertText: what pasting text into a textarea does
    await page.click('.ke-toolbar span[data-name="source"]');
    await page.waitForSelector('iframe.ke-edit-iframe', { visible: true });
  },

  async saved(page) {
    return page.evaluate(() => window.editor.html());
  },

  recipe: {
    summary:
      'htmlTags = KindEditor.options.htmlTags (the defaults: htmlTags replaces the whole map) plus script:[src] and the three zx- tags with their attributes',
    config: {
      htmlTags: {
        script: ['src'],
        'zx-execution-gauge': [...COMMON, 'metric', 'view', 'period', 'compare', 'target', 'label', 'period-picker'],
        'zx-debtor-lookup': [...COMMON, 'live', 'live-delay', 'page-size', 'heading-level'],
        'zx-exposure-board': [...COMMON, 'mode', 'section', 'kind', 'sort', 'page-seconds', 'page-size',
          'refresh-seconds', 'paused', 'heading-level', 'offline-cache', 'qr-href', 'qr-label'],
      },
    },
    /** How the page applies it. */
    apply: "K.create('textarea[name=\"content\"]', { htmlTags: Object.assign({}, KindEditor.options.htmlTags, recipe.config.htmlTags) })",
  },
};
