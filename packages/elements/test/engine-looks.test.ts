// Issue 20: what a reader sees must not depend on the engine. Runs in Chromium (`npm test`), Firefox
// and WebKit (`npm run test:engines`): the differences these tests catch were found by looking at the
// example pages in the three engines (`npm run screens:engines`).
//   - the board's list: a classic scroll bar (Firefox without overlay scroll bars) sits inside the
//     list's border, clear of its rounded corners, drawn as a track; the dividers run up to it;
//   - the lookup: the search button beside the identifier input, at its top, wherever both fit;
//     nothing wider than the widget at 320–640 px, in Chinese and English, plain and elder mode;
//   - fonts: the widgets' own sans stack (the --zx-font-family token), never the page's serif;
//   - icons: drawn (SVG), not glyphs from whichever font the engine finds, the same size everywhere.
import { expect, fixture, html } from '@open-wc/testing';
import { createFixtures, fixtureNames } from '@zhixing/mocks';
import { setupWorker } from 'msw/browser';
import { resetSources } from '../src/internal/source';
import { frames, serveDataset, showWidget, sizeViewport, type WidgetKind } from './layout.utils';

const worker = setupWorker();
const plain = createFixtures();

/** Text glyphs that were used as icons: arrows, triangles, geometric shapes, dingbats, ⓘ, ＝. */
const ICON_GLYPHS = /[\u2190-\u21ff\u2460-\u24ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\uff1d]/u;

async function slot(width?: number): Promise<HTMLElement> {
  const page = await fixture<HTMLDivElement>(html`<div class="host-page"><div class="slot"></div></div>`);
  const el = page.querySelector<HTMLElement>('.slot')!;
  if (width) el.style.setProperty('width', `${width}px`);
  return el;
}

/** Family names of a computed font-family, without quotes: '"PingFang SC", serif' → ['PingFang SC', 'serif']. */
function families(value: string): string[] {
  return value.split(',').map((name) => name.trim().replace(/^["']|["']$/g, '')).filter(Boolean);
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Everything in a shadow root that reaches beyond the host's right edge (or the form's scroll width). */
function overflow(host: HTMLElement): string[] {
  const right = host.getBoundingClientRect().right;
  const problems: string[] = [];
  for (const el of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
    const box = el.getBoundingClientRect();
    if (box.right > right + 0.5) problems.push(`<${el.localName}.${el.className}> ends at ${box.right.toFixed(1)} > ${right.toFixed(1)}`);
  }
  const form = host.shadowRoot!.querySelector('form')!;
  if (form.scrollWidth > form.clientWidth + 1) problems.push(`form scrolls: ${form.scrollWidth} > ${form.clientWidth}`);
  return problems;
}

describe('looks the same in every engine (issue 20)', function () {
  this.timeout(120_000);
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'error' });
    await sizeViewport(1024, 768);
  });
  afterEach(() => {
    worker.resetHandlers();
    resetSources();
  });
  after(() => worker.stop());

  describe('the board list', () => {
    it('has whole dividers, and a scroll bar (where one takes room) inside its border, clear of the rounded corners', async () => {
      const { api } = serveDataset(worker, plain);
      const el = await showWidget('board', await slot(800), api, '');
      const root = el.shadowRoot!;
      const list = root.querySelector<HTMLElement>('[part~=list]')!;
      const style = getComputedStyle(list);
      const gutter = list.offsetWidth - list.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
      const box = list.getBoundingClientRect();
      const contentLeft = box.left + list.clientLeft;
      const rows = [...root.querySelectorAll<HTMLElement>('.rows > .row')];
      expect(rows.length).to.be.greaterThan(1);
      for (const row of rows) {
        const r = row.getBoundingClientRect();
        expect(Math.abs(r.left - contentLeft), 'a divider starts at the content edge').to.be.at.most(1);
        expect(Math.abs(r.width - list.clientWidth), `a divider spans the visible width (${r.width} vs ${list.clientWidth})`).to.be.at.most(1);
        expect(getComputedStyle(row).borderBottomStyle).to.equal('solid');
      }
      // The element that draws the list's right border: the scroller or a frame around it.
      let frame: HTMLElement = list;
      while (parseFloat(getComputedStyle(frame).borderRightWidth) === 0 && frame.parentElement) frame = frame.parentElement;
      const frameStyle = getComputedStyle(frame);
      expect(parseFloat(frameStyle.borderRightWidth), 'the list has a right border').to.be.at.least(1);
      console.log(`[engine-looks] scroll bar ${gutter} px; border on <${frame.localName}.${frame.className}>`);
      if (gutter > 0) {
        const f = frame.getBoundingClientRect();
        const radius = Math.max(parseFloat(frameStyle.borderTopRightRadius), parseFloat(frameStyle.borderBottomRightRadius));
        const innerTop = f.top + parseFloat(frameStyle.borderTopWidth);
        const innerBottom = f.bottom - parseFloat(frameStyle.borderBottomWidth);
        const innerRight = f.right - parseFloat(frameStyle.borderRightWidth);
        // The bar is the list's right strip: inside the frame's border, and where the border is rounded, below/above the curve.
        expect(box.right, 'the scroll bar is inside the right border').to.be.at.most(innerRight + 0.5);
        if (frame === list) expect(radius, 'a scroll bar on the bordered box covers its rounded corners').to.equal(0);
        else {
          expect(box.top, 'the scroll bar starts below the rounded corner').to.be.at.least(innerTop + radius - 0.5);
          expect(box.bottom, 'the scroll bar ends above the rounded corner').to.be.at.most(innerBottom - radius + 0.5);
        }
        if (CSS.supports('scrollbar-color', 'red blue')) expect(style.getPropertyValue('scrollbar-color'), 'the bar is drawn as a visible track').not.to.equal('auto');
      }
    });
  });

  describe('the lookup form', () => {
    const cases: { width: number; lang: string; elder: boolean; beside: boolean }[] = [];
    for (const lang of ['zh-CN', 'en']) {
      for (const width of [320, 360, 400, 447, 500, 600, 640]) {
        // Beside wherever the input keeps 11em next to the 6em button (plain: from 320 px; elder, 22 px type: from 447 px).
        cases.push({ width, lang, elder: false, beside: true });
        cases.push({ width, lang, elder: true, beside: width >= 447 });
      }
    }
    it('keeps the search button beside the identifier input, at its top, and nothing overflows (320–640 px, zh-CN/en, elder)', async () => {
      const { api } = serveDataset(worker, plain);
      const problems: string[] = [];
      for (const { width, lang, elder, beside } of cases) {
        const host = await slot(width);
        const el = document.createElement('zx-debtor-lookup');
        el.setAttribute('src', api);
        el.setAttribute('source-kind', 'api');
        el.setAttribute('lang', lang);
        if (elder) el.setAttribute('data-elder', '');
        host.append(el);
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        await frames(2);
        const root = el.shadowRoot!;
        const input = root.querySelector('#identifier')!.getBoundingClientRect();
        const button = root.querySelector('button[type=submit]')!.getBoundingClientRect();
        const where = `${width} px ${lang}${elder ? ' elder' : ''}`;
        if (beside) {
          if (Math.abs(button.top - input.top) > 0.5) problems.push(`${where}: button top ${button.top.toFixed(1)} ≠ input top ${input.top.toFixed(1)}`);
          if (button.left < input.right) problems.push(`${where}: button not beside the input`);
        }
        problems.push(...overflow(el).map((problem) => `${where}: ${problem}`));
        host.parentElement!.remove();
      }
      expect(problems).to.deep.equal([]);
    });

    it('at 447 px the button is beside the input (the width Firefox wrapped it at)', async () => {
      const host = await slot(447);
      const { api } = serveDataset(worker, plain);
      const el = await showWidget('lookup', host, api, fixtureNames.person);
      const root = el.shadowRoot!;
      const input = root.querySelector('#identifier')!.getBoundingClientRect();
      const button = root.querySelector('button[type=submit]')!.getBoundingClientRect();
      expect(Math.abs(button.top - input.top)).to.be.at.most(0.5);
      expect(overflow(el)).to.deep.equal([]);
    });
  });

  describe('fonts', () => {
    for (const kind of ['gauge', 'lookup', 'board'] as WidgetKind[]) {
      it(`${kind}: its own sans stack on the host and inside, never the page's serif`, async () => {
        const { api } = serveDataset(worker, plain);
        const host = await slot();
        host.style.setProperty('font-family', 'serif');
        const el = await showWidget(kind, host, api, fixtureNames.person);
        const token = families(getComputedStyle(el).getPropertyValue('--zx-font-family'));
        expect(token[0], 'the token names a font stack').to.equal('-apple-system');
        expect(token).to.include('Microsoft YaHei');
        expect(token.at(-1)).to.equal('sans-serif');
        expect(families(getComputedStyle(el).fontFamily), 'host').to.deep.equal(token);
        const inside = textNodes(el.shadowRoot!).filter((node) => node.textContent!.trim() && node.parentElement);
        expect(inside.length).to.be.greaterThan(0);
        for (const node of inside) {
          const parent = node.parentElement!;
          expect(families(getComputedStyle(parent).fontFamily), `<${parent.localName}> "${node.textContent!.trim().slice(0, 20)}"`).to.deep.equal(token);
        }
        for (const control of el.shadowRoot!.querySelectorAll('button, input, select')) {
          expect(families(getComputedStyle(control).fontFamily), control.localName).to.deep.equal(token);
        }
      });
    }

    it("the host page's own font only when it sets the token", async () => {
      const { api } = serveDataset(worker, plain);
      const host = await slot();
      host.style.setProperty('font-family', 'serif');
      const el = await showWidget('gauge', host, api, '');
      // On the element (as every token): `inherit` hands it the page's font.
      el.style.setProperty('--zx-font-family', 'inherit');
      await frames(1);
      expect(families(getComputedStyle(el).fontFamily)).to.deep.equal(['serif']);
      const host2 = await slot();
      const el2 = await showWidget('gauge', host2, api, '');
      el2.style.setProperty('--zx-font-family', '"Noto Serif", serif');
      await frames(1);
      expect(families(getComputedStyle(el2.shadowRoot!.querySelector('[part~=caption]')!).fontFamily)).to.deep.equal(['Noto Serif', 'serif']);
    });
  });

  describe('icons', () => {
    /** The three elements in the states that show icons: a comparison arrow, field errors and result disclosures, signage paging. */
    async function withIcons(): Promise<HTMLElement[]> {
      const { api } = serveDataset(worker, plain);
      const gauge = await showWidget('gauge', await slot(600), api, '', { compare: 'target', target: '90' });
      const lookup = await showWidget('lookup', await slot(600), api, fixtureNames.person, {}, false);
      // A malformed identifier: the field error with its warning icon.
      const id = lookup.shadowRoot!.querySelector<HTMLInputElement>('#identifier')!;
      id.value = '12';
      id.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      id.dispatchEvent(new Event('blur'));
      const board = await showWidget('board', await slot(900), api, '', { mode: 'signage' });
      await frames(3);
      return [gauge, lookup, board];
    }

    it('are drawn, not text glyphs: no glyph left in any shadow root, every icon hidden from readers', async () => {
      for (const el of await withIcons()) {
        const glyphs = textNodes(el.shadowRoot!)
          .map((node) => node.textContent!)
          .filter((text) => ICON_GLYPHS.test(text));
        expect(glyphs, el.localName).to.deep.equal([]);
        const icons = [...el.shadowRoot!.querySelectorAll('svg.icon')];
        expect(icons.length, `${el.localName} shows icons`).to.be.greaterThan(0);
        for (const icon of icons) expect(icon.closest('[aria-hidden=true]'), 'aria-hidden').not.to.equal(null);
      }
    });

    it('are 1em square in every engine (the same rendered size)', async () => {
      const sizes: string[] = [];
      for (const el of await withIcons()) {
        for (const icon of el.shadowRoot!.querySelectorAll<SVGSVGElement>('svg.icon')) {
          if (icon.getClientRects().length === 0) continue;
          const box = icon.getBoundingClientRect();
          const em = parseFloat(getComputedStyle(icon).fontSize);
          sizes.push(`${el.localName} ${icon.classList[1]} ${box.width.toFixed(1)}×${box.height.toFixed(1)} at ${em}px`);
          expect(Math.abs(box.width - em), `${el.localName} ${icon.classList[1]} width`).to.be.at.most(1);
          expect(Math.abs(box.height - em), `${el.localName} ${icon.classList[1]} height`).to.be.at.most(1);
          expect(getComputedStyle(icon).fill, 'filled with the text colour').to.equal(getComputedStyle(icon).color);
        }
      }
      console.log(`[engine-looks] icons: ${sizes.join('; ')}`);
      expect(sizes.length).to.be.greaterThan(3);
    });
  });
});
