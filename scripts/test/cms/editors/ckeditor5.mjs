// Drives CKEditor 5 (the `ckeditor5` npm package, classic editor) the way a web editor does: the
// toolbar's Link button and its balloon form, the Source button; what the CMS saves is `getData()`.
// The host page (scripts/test/cms/pages/ckeditor5.js) imports this module for `recipe.config` (and so keys.mjs: no Node imports there).
import { pressWith, replaceFocusedText } from '../keys.mjs';

const EDITABLE = '.ck-editor__main .ck-editor__editable';
const FORM = '.ck-link-form';
const SOURCE_BUTTON = '.ck-toolbar button.ck-source-editing-button';

/** In the page: how many paragraphs the editable has and whether the last one has text. */
function lastParagraph(root) {
  const all = root.querySelectorAll(':scope > p');
  return { paragraphs: all.length, hasText: (all[all.length - 1]?.textContent ?? '').replace(/[\s\u00a0\u200b\u2060\ufeff]/g, '') !== '' };
}

/**
 * In the page: is the caret collapsed at the end of the editable's last paragraph (and are there
 * `count` paragraphs, that last one empty, when `count` is given)? Checked in the DOM and in the
 * editor's model, which follows the DOM selection a moment later (and may put it back where a click
 * had put it).
 */
function caretAtEnd(sel, count) {
  const blank = (text) => text.replace(/[\s\u00a0\u200b\u2060\ufeff]/g, '') === '';
  const root = document.querySelector(sel);
  const all = root.querySelectorAll(':scope > p');
  const last = all[all.length - 1];
  const dom = document.getSelection();
  if (!last || !dom.isCollapsed || !last.contains(dom.focusNode)) return false;
  const rest = document.createRange();
  rest.setStart(dom.focusNode, dom.focusOffset);
  rest.setEnd(last, last.childNodes.length);
  if (!blank(rest.toString())) return false;
  if (count !== null && (all.length !== count || !blank(last.textContent))) return false;
  const model = window.editor.model.document;
  const modelRoot = model.getRoot();
  const position = model.selection.getFirstPosition();
  return (
    model.selection.isCollapsed &&
    position.parent === modelRoot.getChild(modelRoot.childCount - 1) &&
    position.offset === position.parent.maxOffset
  );
}

/**
 * Clicks into the editable below its text, as a person does to write at the end (in the middle: the
 * "Powered by CKEditor" badge of a GPL licence sits at the bottom right).
 */
async function clickBelowText(handle) {
  const box = await handle.boundingBox();
  await handle.click({ offset: { x: box.width / 2, y: box.height - 4 } });
}

/** The field of the link form labelled `label` ("Link URL", "Displayed text"). */
function field(page, label) {
  return page.waitForSelector(`${FORM} ::-p-aria(${label})`, { visible: true });
}

export default {
  id: 'ckeditor5',
  name: 'CKEditor 5 (48.5)',
  hasSourceMode: true,

  async open(page, base, { recipe = false } = {}) {
    await page.goto(new URL(`scripts/test/cms/pages/ckeditor5.html${recipe ? '?recipe=1' : ''}`, base).href);
    await page.waitForSelector('html[data-editor-ready]');
    const state = await page.$eval('html', (html) => html.dataset.editorReady);
    if (state !== 'ckeditor5') throw new Error(`CKEditor 5 did not start: ${state}`);
    await page.waitForSelector(EDITABLE, { visible: true });
  },

  async insertLink(page, { href, text }) {
    // Click into the text and go to its end; a paragraph that already has text gets a new one after it.
    await clickBelowText(await page.$(EDITABLE));
    await pressWith(page, 'Control', 'End');
    await page.waitForFunction(caretAtEnd, {}, EDITABLE, null);
    const { paragraphs, hasText } = await page.$eval(EDITABLE, lastParagraph);
    if (hasText) {
      await page.keyboard.press('Enter');
      await page.waitForFunction(caretAtEnd, {}, EDITABLE, paragraphs + 1);
    }
    const links = await page.$$eval(`${EDITABLE} a`, (list) => list.length);
    await page.click('.ck-toolbar button[data-cke-tooltip-text^="Link"]');
    const url = await field(page, 'Link URL');
    await url.click();
    await replaceFocusedText(page, '');
    await url.type(href);
    const label = await field(page, 'Displayed text');
    await label.click();
    await replaceFocusedText(page, text);
    await page.click(`${FORM} button[type="submit"]`);
    await page.waitForFunction((sel) => !document.querySelector(sel)?.checkVisibility(), {}, FORM);
    await page.waitForFunction((sel, n) => document.querySelectorAll(`${sel} a`).length > n, {}, EDITABLE, links);
  },

  async setSource(page, html) {
    await page.click(SOURCE_BUTTON);
    const area = await page.waitForSelector('.ck-source-editing-area textarea', { visible: true });
    await area.click();
    await replaceFocusedText(page, html);
    await page.click(SOURCE_BUTTON);
    await page.waitForSelector(EDITABLE, { visible: true });
  },

  async saved(page) {
    return page.evaluate(() => window.editor.getData());
  },

  recipe: {
    summary:
      'Add the GeneralHtmlSupport plugin; allow $customElement (kept with its inner HTML as written), the three tags with their attributes, and script[src].',
    config: {
      plugins: ['GeneralHtmlSupport'],
      htmlSupport: {
        allow: [
          { name: '$customElement' },
          {
            name: 'zx-execution-gauge',
            attributes: ['src', 'court', 'metric', 'view', 'period', 'compare', 'target', 'label', 'period-picker', 'source-kind', 'elder', 'loading', 'lang'],
          },
          {
            name: 'zx-debtor-lookup',
            attributes: ['src', 'court', 'live', 'live-delay', 'page-size', 'heading-level', 'source-kind', 'elder', 'loading', 'lang'],
          },
          {
            name: 'zx-exposure-board',
            attributes: [
              'src', 'court', 'mode', 'section', 'kind', 'sort', 'page-seconds', 'page-size', 'refresh-seconds', 'paused', 'heading-level',
              'offline-cache', 'qr-href', 'qr-label', 'source-kind', 'elder', 'loading', 'lang',
            ],
          },
          { name: 'script', attributes: ['src', 'type', 'defer', 'async', 'charset'] },
        ],
      },
    },
  },
};
