// What the editor drivers (editors/*.mjs) share: keyboard chords as a person presses them, and the
// caret checks of editors that edit in an iframe. No Node imports: host pages import the drivers too.

/** Presses `key` while `modifier` is held. */
export async function pressWith(page, modifier, key) {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  await page.keyboard.up(modifier);
}

/** Ctrl+key (the test machine is Linux). */
export const chord = (page, key) => pressWith(page, 'Control', key);

/** Selects everything in the focused field and replaces it by `text` in one input, as a paste does. */
export async function replaceFocusedText(page, text) {
  await chord(page, 'KeyA');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.sendCharacter(text);
}

/** In an editing frame: how many paragraphs the body has and whether the last one has text. */
export function lastParagraph(body) {
  const all = body.querySelectorAll(':scope > p');
  return { paragraphs: all.length, hasText: (all[all.length - 1]?.textContent ?? '').replace(/[\s\u00a0\u200b\u2060\ufeff]/g, '') !== '' };
}

/**
 * In an editing frame (runs in the page): is the caret collapsed at the end of the body's last
 * paragraph (and are there `count` paragraphs, that last one empty, when `count` is given)?
 */
export function caretAtEnd(count) {
  const blank = (text) => text.replace(/[\s\u00a0\u200b\u2060\ufeff]/g, '') === '';
  const all = document.body.querySelectorAll(':scope > p');
  const last = all[all.length - 1];
  const dom = document.getSelection();
  if (!last || !dom.isCollapsed || !last.contains(dom.focusNode)) return false;
  const rest = document.createRange();
  rest.setStart(dom.focusNode, dom.focusOffset);
  rest.setEnd(last, last.childNodes.length);
  if (!blank(rest.toString())) return false;
  return count === null || (all.length === count && blank(last.textContent));
}
