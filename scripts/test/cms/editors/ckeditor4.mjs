// Drives CKEditor 4.22.1 (the `ckeditor4` npm package, standard preset) the way a web editor does:
// the toolbar's Link button and its dialog, the Source button; what the CMS saves is `getData()`.
// The host page (scripts/test/cms/pages/ckeditor4.js) imports this module for `recipe.config` (and so keys.mjs: no Node imports there).
import { caretAtEnd, lastParagraph, pressWith, replaceFocusedText } from '../keys.mjs';

const INSTANCE = 'content';
const DIALOG = '.cke_dialog';

/** The visible field of the open dialog whose label reads `label` (without the "required" star). */
async function dialogField(page, label) {
  await page.waitForFunction(
    (sel, text) =>
      [...document.querySelectorAll(`${sel} label`)].some(
        (l) => l.checkVisibility() && l.firstChild?.textContent.trim() === text && document.getElementById(l.htmlFor)?.checkVisibility(),
      ),
    {},
    DIALOG,
    label,
  );
  return page.evaluateHandle(
    (sel, text) => {
      const l = [...document.querySelectorAll(`${sel} label`)].find((x) => x.checkVisibility() && x.firstChild?.textContent.trim() === text);
      return document.getElementById(l.htmlFor);
    },
    DIALOG,
    label,
  );
}

const editorFrame = async (page) => (await page.waitForSelector('iframe.cke_wysiwyg_frame', { visible: true })).contentFrame();

export default {
  id: 'ckeditor4',
  name: 'CKEditor 4.22.1',
  hasSourceMode: true,

  async open(page, base, { recipe = false } = {}) {
    await page.goto(new URL(`scripts/test/cms/pages/ckeditor4.html${recipe ? '?recipe=1' : ''}`, base).href);
    await page.waitForSelector('html[data-editor-ready]');
    const state = await page.$eval('html', (html) => html.dataset.editorReady);
    if (state !== 'ckeditor4') throw new Error(`CKEditor 4 did not start: ${state}`);
    await editorFrame(page);
  },

  async insertLink(page, { href, text }) {
    const frame = await editorFrame(page);
    // Click into the text and go to its end; a paragraph that already has text gets a new one after it.
    await frame.click('body');
    await pressWith(page, 'Control', 'End');
    await frame.waitForFunction(caretAtEnd, {}, null);
    const { paragraphs, hasText } = await frame.$eval('body', lastParagraph);
    if (hasText) {
      await page.keyboard.press('Enter');
      await frame.waitForFunction(caretAtEnd, {}, paragraphs + 1);
    }
    const links = await frame.$$eval('body a', (list) => list.length);
    await page.click('.cke_toolbox a.cke_button__link');
    await page.waitForSelector(DIALOG, { visible: true });
    const label = await dialogField(page, 'Display Text');
    await label.click();
    await replaceFocusedText(page, text);
    // The whole URL goes into "URL": the dialog moves a typed "https://" into its Protocol list itself.
    const url = await dialogField(page, 'URL');
    await url.click();
    await url.type(href);
    await page.click(`${DIALOG} a.cke_dialog_ui_button_ok`);
    await page.waitForFunction((sel) => ![...document.querySelectorAll(sel)].some((d) => d.checkVisibility()), {}, DIALOG);
    await frame.waitForFunction((n) => document.querySelectorAll('body a').length > n, {}, links);
  },

  async setSource(page, html) {
    await page.click('.cke_toolbox a.cke_button__source');
    const area = await page.waitForSelector('textarea.cke_source', { visible: true });
    await area.click();
    await replaceFocusedText(page, html);
    await page.click('.cke_toolbox a.cke_button__source');
    await page.waitForSelector('.cke_toolbox a.cke_button__source.cke_button_off');
    await editorFrame(page);
  },

  async saved(page) {
    return page.evaluate((name) => window.CKEDITOR.instances[name].getData(), INSTANCE);
  },

  recipe: {
    summary: 'Allow the three tags with their attributes and script[src] through extraAllowedContent.',
    config: {
      extraAllowedContent:
        'zx-execution-gauge[src,court,metric,view,period,compare,target,label,period-picker,source-kind,elder,loading,lang];' +
        'zx-debtor-lookup[src,court,live,live-delay,page-size,heading-level,source-kind,elder,loading,lang];' +
        'zx-exposure-board[src,court,mode,section,kind,sort,page-seconds,page-size,refresh-seconds,paused,heading-level,offline-cache,qr-href,qr-label,source-kind,elder,loading,lang];' +
        'script[src,type,defer,async,charset]',
    },
  },
};
