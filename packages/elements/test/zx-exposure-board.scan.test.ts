// The code to scan on signage (`qr-href`, issue 22). Decoding it back from a real screenshot is
// scripts/test/signage-scan.test.mjs (Node + jsQR); here: which addresses are shown at all, what a
// person reads beside the code, languages, modes, and that the drawn modules are uqr's matrix.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { encode } from 'uqr';
import '../src/zx-exposure-board/zx-exposure-board.define';
import type { ZxExposureBoard } from '../src/zx-exposure-board/zx-exposure-board.component';
import { QUIET_ZONE, scanTarget } from '../src/zx-exposure-board/zx-exposure-board.scan';
import { createMockEnvironment } from './helpers';
import { sizeViewport } from './layout.utils';
import { clientOn, FakeClock, poll, settle, TODAY } from './zx-exposure-board.utils';

const env = createMockEnvironment({ today: TODAY });

async function signage(attrs: { href?: string; label?: string; lang?: string; mode?: string } = {}): Promise<ZxExposureBoard> {
  // One board at a time: a second full-screen board would sit below the fold, and a lazy board
  // out of view waits before it renders at all.
  fixtureCleanup();
  const clock = new FakeClock();
  const el = await fixture<ZxExposureBoard>(
    html`<zx-exposure-board mode=${attrs.mode ?? 'signage'} lang=${attrs.lang ?? 'zh-CN'} qr-href=${attrs.href ?? 'https://www.taoyuan.gov.cn/zxcx/'} qr-label=${attrs.label ?? ''} .client=${clientOn(clock)} .timers=${new FakeClock()}></zx-exposure-board>`,
  );
  await sizeViewport(1600, 1000);
  el.style.setProperty('--zx-board-signage-height', '760px');
  await poll(clock, el);
  return el;
}

const part = (el: ZxExposureBoard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function drawn(el: ZxExposureBoard): Promise<SVGSVGElement> {
  await settle(() => el.shadowRoot!.querySelector('svg.scan-code') !== null, 'the code to be drawn');
  await el.updateComplete;
  return el.shadowRoot!.querySelector<SVGSVGElement>('svg.scan-code')!;
}

/** The dark modules the SVG path paints, as a matrix (each `M x y h n v1 h -n z` is a run). */
function paintedModules(svg: SVGSVGElement): boolean[][] {
  const size = Number(svg.dataset.modules);
  const grid = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const d = svg.querySelector('path')!.getAttribute('d')!;
  for (const [, x, y, n] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) for (let i = 0; i < Number(n); i++) grid[Number(y)]![Number(x) + i] = true;
  return grid;
}

describe('<zx-exposure-board mode="signage" qr-href>', () => {
  before(() => env.start());
  afterEach(() => env.reset());
  after(() => env.stop());

  it('draws the address as a QR code — exactly the encoder’s modules, black on white with the quiet zone — with the address written beside it', async () => {
    const el = await signage();
    const svg = await drawn(el);
    const expected = encode('https://www.taoyuan.gov.cn/zxcx/', { ecc: 'M', border: 0 });
    expect(Number(svg.dataset.modules)).to.equal(expected.size);
    expect(paintedModules(svg)).to.deep.equal(expected.data.map((row) => row.map(Boolean)));
    const side = expected.size + 2 * QUIET_ZONE;
    expect(svg.getAttribute('viewBox')).to.equal(`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`);
    expect(svg.querySelector('rect')!.getAttribute('fill')).to.equal('#fff');
    // WebKit has no forced-colors mode (and no forced-color-adjust property): nothing there would repaint the code.
    if (CSS.supports('forced-color-adjust', 'none')) expect(getComputedStyle(svg).forcedColorAdjust).to.equal('none');
    expect(text(part(el, 'scan-caption'))).to.equal('扫码查询');
    expect(text(part(el, 'scan-address'))).to.equal('www.taoyuan.gov.cn/zxcx');
    // The picture is for phones; screen readers get the same words as text.
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('a tel: address is the tip-off line: 扫码拨打 and the number written out; en reads "Scan to call"', async () => {
    const zh = await signage({ href: 'tel:0736-6681180' });
    await drawn(zh);
    expect(text(part(zh, 'scan-caption'))).to.equal('扫码拨打');
    expect(text(part(zh, 'scan-address'))).to.equal('0736-6681180');
    const en = await signage({ href: 'tel:0736-6681180', lang: 'en' });
    await drawn(en);
    expect(text(part(en, 'scan-caption'))).to.equal('Scan to call');
    const web = await signage({ lang: 'en' });
    await drawn(web);
    expect(text(part(web, 'scan-caption'))).to.equal('Scan to look up');
  });

  it('qr-label replaces the caption (as text: markup in it is shown, never run)', async () => {
    const el = await signage({ label: '<b>扫码</b>查询本院失信被执行人' });
    await drawn(el);
    expect(text(part(el, 'scan-caption'))).to.equal('<b>扫码</b>查询本院失信被执行人');
    expect(part(el, 'scan-caption')!.querySelector('b')).to.equal(null);
  });

  it('shows no code for an address a phone must not be sent to, nor in embedded mode', async () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/', 'https://user:pw@example.org/', 'tel:call-me', `https://example.org/${'a'.repeat(300)}`]) {
      const el = await signage({ href });
      await el.updateComplete;
      expect(part(el, 'scan'), href).to.equal(null);
    }
    const embedded = await signage({ mode: 'embedded' });
    expect(part(embedded, 'scan')).to.equal(null);
  });

  it('follows a changed address, and goes when the attribute is removed', async () => {
    const el = await signage();
    const first = (await drawn(el)).querySelector('path')!.getAttribute('d');
    el.setAttribute('qr-href', 'tel:12368');
    await settle(() => text(part(el, 'scan-address')) === '12368' && el.shadowRoot!.querySelector('svg.scan-code path')?.getAttribute('d') !== first, 'the new code');
    expect(Number((await drawn(el)).dataset.modules)).to.equal(encode('tel:12368', { ecc: 'M', border: 0 }).size);
    el.removeAttribute('qr-href');
    await el.updateComplete;
    expect(part(el, 'scan')).to.equal(null);
  });

  it('resolves a relative address against the page, and writes phone numbers without spaces into the code', () => {
    expect(scanTarget('/zxcx/', 'https://www.taoyuan.gov.cn/news/1.html')).to.deep.equal({ href: 'https://www.taoyuan.gov.cn/zxcx/', text: 'www.taoyuan.gov.cn/zxcx', kind: 'web' });
    expect(scanTarget('tel:0736 668 1180')).to.deep.equal({ href: 'tel:07366681180', text: '0736 668 1180', kind: 'tel' });
    expect(scanTarget('TEL:+86-736-6681180')?.href).to.equal('tel:+86-736-6681180');
    expect(scanTarget('  ')).to.equal(undefined);
    expect(scanTarget('tel:%E0%A4%A')).to.equal(undefined);
  });
});
