// Driving the configurator (packages/elements/dist/embed/configurator.html) as a person does, for
// tests: choose the widget, type the feed's address, set options; returns the link it writes.
// Also the link format itself (packages/elements/src/internal/embed-link.ts) for Node, compiled on
// the fly, so tests read the link back with the very functions the loader uses.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

export const CONFIGURATOR = 'packages/elements/dist/embed/configurator.html';

/** `parseEmbedLink`, `formatEmbedLink`, `sourceAllowed` … from the TypeScript source. */
export async function loadEmbedLink() {
  const source = await readFile(new URL('../../../packages/elements/src/internal/embed-link.ts', import.meta.url), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Replaces a text field's content by typing, as a person does (select all, type), then leaves it (change). */
export async function typeInto(page, selector, text) {
  await page.focus(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  if (text) await page.keyboard.type(text);
  else await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
}

/**
 * Sets one option by its attribute name (`metric`, `page-seconds`, `elder`, `lang`, `source-kind`
 * …) or `page` (the link's readable page): a select gets the value chosen, a checkbox is ticked for
 * `true` and cleared for `false`, a text field gets the value typed. Options that depend on others
 * (`page-seconds` needs `mode: 'signage'`) must come after them.
 */
export async function setOption(page, name, value) {
  const selector = name === 'page' ? '#zx-page' : `.zx-cfg-form [data-scope][name="${name}"]`;
  const field = await page.waitForSelector(selector, { visible: true, timeout: 10_000 });
  const kind = await field.evaluate((el) => (el instanceof HTMLSelectElement ? 'select' : el.type));
  if (kind === 'select') {
    await page.select(selector, String(value));
  } else if (kind === 'checkbox') {
    const checked = await field.evaluate((el) => el.checked);
    if (checked !== !!value) await field.click();
  } else {
    await typeInto(page, selector, String(value));
  }
  await field.dispose();
}

/**
 * Opens the configurator (`base`: the server's root URL, or the configurator page's own URL), makes
 * the link for `widget` ('gauge' | 'lookup' | 'board') reading `feed`, with `options` set in their
 * order, and returns the link's address (href) as the page shows it for copying.
 */
export async function linkFromConfigurator(page, base, { widget = 'gauge', feed, options = {} }) {
  const url = /\.html(?:[?#]|$)/.test(base) ? base : new URL(CONFIGURATOR, base).href;
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#zx-feed');
  await page.click(`#zx-widget-${widget}`);
  await typeInto(page, '#zx-feed', feed);
  for (const [name, value] of Object.entries(options)) await setOption(page, name, value);
  const href = await page.waitForFunction(() => document.querySelector('#zx-out-link')?.value || false, { timeout: 10_000 });
  return href.jsonValue();
}
