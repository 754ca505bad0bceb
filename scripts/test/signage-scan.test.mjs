// The code to scan on the media-center screen (issue 22): the example page at 1920×1080 in Chromium,
// a real screenshot, decoded back with a QR decoder (jsQR) — it must give the configured address.
// Also the size a phone needs from three metres, the address written beside it, and no card under it.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { launch, watchProblems } from '../lib/browser.mjs';
import { publishDemoFeed } from '../lib/demo-data.mjs';
import { createStaticServer, listen } from '../lib/static-server.mjs';

/** A module this many CSS px or more reads from 3 m (a 55" 1080p screen: 1 px ≈ 0.63 mm, so ≥ 3.8 mm). */
const MIN_MODULE_PX = 6;

/** Decodes the QR code in a PNG screenshot (undefined when none is found). */
function decode(png) {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data;
}

/** Waits until the board's code is drawn; returns where it is and what is written beside it. */
function scanState() {
  const board = document.querySelector('zx-exposure-board');
  const root = board?.shadowRoot;
  const code = root?.querySelector('svg.scan-code');
  if (!code || !root.querySelector('[part~="entry"]')) return undefined;
  const box = code.getBoundingClientRect();
  const cards = [...root.querySelectorAll('.card')].map((c) => c.getBoundingClientRect());
  const overlaps = cards.filter((c) => c.left < box.right && c.right > box.left && c.top < box.bottom && c.bottom > box.top).length;
  return {
    box: { left: box.left, top: box.top, width: box.width, height: box.height },
    modules: Number(code.dataset.modules),
    caption: root.querySelector('.scan-caption')?.textContent.trim(),
    address: root.querySelector('.scan-address')?.textContent.trim(),
    overlaps,
    viewport: { width: innerWidth, height: innerHeight },
  };
}

describe('signage: the code to scan', () => {
  let server;
  let base;
  let browser;

  before(async () => {
    await publishDemoFeed('examples/feed');
    server = createStaticServer({ root: '.' });
    base = await listen(server);
    browser = await launch();
    await mkdir('tmp/screens', { recursive: true });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(width, height) {
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    const problems = await watchProblems(page);
    await page.goto(`${base}examples/media-center/`, { waitUntil: 'load' });
    await page.waitForFunction(scanState, { timeout: 20_000 });
    return { page, problems };
  }

  it('decodes from a 1920×1080 screenshot of the media-center page to the configured address', async () => {
    const { page, problems } = await open(1920, 1080);
    const configured = await page.$eval('zx-exposure-board', (b) => b.getAttribute('qr-href'));
    assert.equal(configured, 'https://zxgk.court.gov.cn/');
    const state = await page.evaluate(scanState);
    const png = await page.screenshot({ type: 'png' });
    await writeFile('tmp/screens/media-center-scan.png', png);
    assert.equal(decode(png), configured);
    // Big enough for three metres, whole on screen, beside the cards (never over one).
    const modulePx = state.box.width / (state.modules + 8);
    assert.ok(modulePx >= MIN_MODULE_PX, `a module is ${modulePx.toFixed(1)} px, want ≥ ${MIN_MODULE_PX}`);
    assert.ok(state.box.width >= 240, `the code is ${state.box.width} px wide`);
    assert.ok(state.box.left >= 0 && state.box.top >= 0 && state.box.left + state.box.width <= 1920 && state.box.top + state.box.height <= 1080, JSON.stringify(state.box));
    assert.equal(state.overlaps, 0);
    assert.equal(state.caption, '扫码查询');
    assert.equal(state.address, 'zxgk.court.gov.cn');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a tip-off line (tel:) decodes to the number, written out beside it; a javascript: address shows no code', async () => {
    const { page, problems } = await open(1920, 1080);
    await page.$eval('zx-exposure-board', (b) => b.setAttribute('qr-href', 'tel:0736-6681180'));
    await page.waitForFunction(() => document.querySelector('zx-exposure-board').shadowRoot.querySelector('.scan-address')?.textContent.trim() === '0736-6681180');
    await page.waitForFunction(scanState);
    const state = await page.evaluate(scanState);
    assert.equal(state.caption, '扫码拨打');
    assert.equal(decode(await page.screenshot({ type: 'png' })), 'tel:0736-6681180');
    await page.$eval('zx-exposure-board', (b) => b.setAttribute('qr-href', 'javascript:alert(1)'));
    await page.waitForFunction(() => !document.querySelector('zx-exposure-board').shadowRoot.querySelector('.scan'));
    assert.equal(decode(await page.screenshot({ type: 'png' })), undefined);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('on a portrait screen (1080×1920) the code sits under the cards and still decodes', async () => {
    const { page, problems } = await open(1080, 1920);
    const state = await page.evaluate(scanState);
    assert.equal(state.overlaps, 0);
    assert.ok(state.box.top + state.box.height <= 1920);
    const modulePx = state.box.width / (state.modules + 8);
    assert.ok(modulePx >= MIN_MODULE_PX, `a module is ${modulePx.toFixed(1)} px, want ≥ ${MIN_MODULE_PX}`);
    const png = await page.screenshot({ type: 'png' });
    await writeFile('tmp/screens/media-center-scan-portrait.png', png);
    assert.equal(decode(png), 'https://zxgk.court.gov.cn/');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
