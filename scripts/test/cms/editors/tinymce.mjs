// Drives TinyMCE 8 (the `tinymce` npm package) the way a web editor does: toolbar buttons, the
// link dialog and the source-code dialog; what the CMS saves is `getContent()`.
// The host page (scripts/test/cms/pages/tinymce.js) imports this module for `recipe.config` (and so keys.mjs: no Node imports there).
import { caretAtEnd, lastParagraph, pressWith, replaceFocusedText } from '../keys.mjs';

const DIALOG = '.tox-dialog';

/** Waits until no TinyMCE dialog is open; a dialog that stays (a confirm) is an error naming its text. */
async function dialogClosed(page, what) {
  try {
    await page.waitForFunction((sel) => !document.querySelector(sel), { timeout: 5000 }, DIALOG);
  } catch {
    const text = await page.$eval(DIALOG, (d) => d.innerText).catch(() => '');
    throw new Error(`TinyMCE: ${what}: a dialog is still open: ${text.replace(/\s+/g, ' ')}`);
  }
}

export default {
  id: 'tinymce',
  name: 'TinyMCE 8.9',
  hasSourceMode: true,

  async open(page, base, { recipe = false } = {}) {
    await page.goto(new URL(`scripts/test/cms/pages/tinymce.html${recipe ? '?recipe=1' : ''}`, base).href);
    await page.waitForSelector('html[data-editor-ready]');
    const state = await page.$eval('html', (html) => html.dataset.editorReady);
    if (state !== 'tinymce') throw new Error(`TinyMCE did not start: ${state}`);
    await page.waitForSelector('iframe.tox-edit-area__iframe');
  },

  async insertLink(page, { href, text }) {
    const frame = await (await page.$('iframe.tox-edit-area__iframe')).contentFrame();
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
    await page.click('.tox-toolbar__group button[aria-label^="Insert/edit link"]');
    const url = await page.waitForSelector(`${DIALOG} input[type="url"]`, { visible: true });
    await url.click();
    await url.type(href);
    // The dialog re-renders as the URL fills "Text to display": wait until the URL has settled, then take
    // the text field as it is now (a handle from before may be detached) and make sure it has the focus
    // before replacing its text (else the URL field's text is replaced).
    const TEXT = `${DIALOG} input[data-mce-name="text"]`;
    await page.waitForFunction((sel, value) => document.querySelector(`${sel} input[type="url"]`)?.value === value, {}, DIALOG, href);
    for (let attempt = 0; ; attempt++) {
      await (await page.waitForSelector(TEXT, { visible: true })).click();
      const focused = await page
        .waitForFunction((sel) => document.activeElement === document.querySelector(sel), { timeout: 2000 }, TEXT)
        .then(() => true, () => false);
      if (focused) break;
      if (attempt === 4) throw new Error('TinyMCE: the link dialog\'s text field never took the focus');
    }
    await replaceFocusedText(page, text);
    await page.waitForFunction(
      (sel, value, label) => document.querySelector(`${sel} input[type="url"]`)?.value === value && document.querySelector(`${sel} input[data-mce-name="text"]`)?.value === label,
      { timeout: 5000 },
      DIALOG,
      href,
      text,
    );
    await page.click(`${DIALOG} button[data-mce-name="Save"]`);
    await dialogClosed(page, 'link dialog');
    await frame.waitForFunction((n) => document.querySelectorAll('body a').length > n, {}, links);
  },

  async setSource(page, html) {
    await page.click('.tox-toolbar__group button[aria-label="Source code"]');
    const area = await page.waitForSelector(`${DIALOG} textarea`, { visible: true });
    await area.click();
    await replaceFocusedText(page, html);
    await page.click(`${DIALOG} button[data-mce-name="Save"]`);
    await dialogClosed(page, 'source code dialog');
  },

  async saved(page) {
    return page.evaluate(() => window.tinymce.activeEditor.getContent());
  },

  recipe: {
    summary:
      'Declare the three tags as (block) custom elements, list their attributes and script[src] in extended_valid_elements, and stop URL rewriting (convert_urls: false).',
    config: {
      custom_elements: 'zx-execution-gauge,zx-debtor-lookup,zx-exposure-board',
      extended_valid_elements:
        'zx-execution-gauge[src|court|metric|view|period|compare|target|label|period-picker|source-kind|elder|loading|lang],' +
        'zx-debtor-lookup[src|court|live|live-delay|page-size|heading-level|source-kind|elder|loading|lang],' +
        'zx-exposure-board[src|court|mode|section|kind|sort|page-seconds|page-size|refresh-seconds|paused|heading-level|offline-cache|qr-href|qr-label|source-kind|elder|loading|lang],' +
        'script[src|type|defer|async|charset]',
      convert_urls: false,
    },
  },
};
