// Reflow, zoom, elder mode (适老化), forced colours and signage on a phone: what a reader sees at
// 320/360 px, at 200 % zoom (a 640 px wide layout viewport), in Windows high-contrast mode and on
// the media-centre screen. Every check is on rendered geometry and computed colours.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createFixtures, fixtureNames } from '@zhixing/mocks';
import type { ExposureItem } from '@zhixing/sdk';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { resetSources } from '../src/internal/source';
import { until } from './helpers';
import { emulateMedia, frames, legibilityProblems, serveDataset, showWidget, WAIT_MS, type WidgetKind } from './layout.utils';

const worker = setupWorker();
const PHOTO_BASE = 'https://photos.layout.zhixing.test/';
const PHOTO = `<svg xmlns="http://www.w3.org/2000/svg" width="30" height="40"><rect width="30" height="40" fill="#8c959f"/></svg>`;
const plain = createFixtures();
/** The same records, each dishonest and restricted one with a published photo. */
const withPhotos = {
  ...plain,
  exposure: {
    ...plain.exposure,
    items: plain.exposure.items.map((item): ExposureItem => (item.type === 'reward-notice' ? item : { ...item, photo: { url: `${PHOTO_BASE}${item.id}.svg` } })),
  },
};

const visibleText = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every value a reader needs on a board: names, amounts, IDs, credit codes, case numbers, contacts… */
function boardValues(el: HTMLElement): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=entry] :is([part~=name], .amount-value, dd)')];
}

async function page(width: number): Promise<HTMLElement> {
  await setViewport({ width, height: 800 });
  const host = await fixture<HTMLDivElement>(html`<div><h1>执行公开</h1><div class="slot"></div></div>`);
  return host.querySelector<HTMLElement>('.slot')!;
}

/** Pairs of (text element, its colour, the background it is drawn on) that are the same colour. */
function invisibleText(host: HTMLElement): string[] {
  const problems: string[] = [];
  const background = (start: Element): string => {
    for (let node: Element | null = start; node; node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null)) {
      const color = getComputedStyle(node).backgroundColor;
      if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
    }
    return getComputedStyle(document.documentElement).backgroundColor;
  };
  for (const el of host.shadowRoot!.querySelectorAll('*')) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (!own || el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
    const color = getComputedStyle(el).color;
    const bg = background(el);
    if (color === bg) problems.push(`"${visibleText(el).slice(0, 24)}" (${el.localName}.${el.className}) is ${color} on ${bg}`);
  }
  return problems;
}

describe('reflow, zoom, elder mode and forced colours', function () {
  // Several widgets per test on a busy 2-core machine: a bound on a hang, not a speed requirement.
  this.timeout(120_000);
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'error' });
  });
  beforeEach(() => {
    worker.use(http.get(`${PHOTO_BASE}*`, () => new HttpResponse(PHOTO, { headers: { 'Content-Type': 'image/svg+xml' } })));
  });
  afterEach(async () => {
    worker.resetHandlers();
    resetSources();
    await emulateMedia({});
  });
  after(async () => {
    worker.stop();
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [320, 360]) {
    it(`elder mode at ${width} px: every value of every board section wraps, none is cut or shrunk`, async () => {
      const { api } = serveDataset(worker, withPhotos);
      const slot = await page(width);
      const el = await showWidget('board', slot, api, '', { elder: '' });
      for (const section of ['dishonest', 'restricted', 'rewards']) {
        el.setAttribute('section', section);
        await until(() => el.shadowRoot!.querySelector('[part~=list]')?.getAttribute('aria-label')?.includes(section === 'rewards' ? '悬赏' : section === 'restricted' ? '限制' : '失信') ?? false, section, WAIT_MS);
        const viewport = el.shadowRoot!.querySelector<HTMLElement>('[part~=list]')!;
        // The top of the list, then its end (rows measured as they come into view).
        for (const position of ['top', 'end']) {
          viewport.scrollTop = position === 'top' ? 0 : viewport.scrollHeight;
          await frames(3);
          await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          await frames(2);
          expect(boardValues(el).length, `${section} ${position}`).to.be.above(0);
          expect(legibilityProblems(el, { minFontPx: 18 }), `${section} at the ${position}`).to.deep.equal([]);
        }
      }
    });
  }

  for (const kind of ['gauge', 'lookup'] as WidgetKind[]) {
    it(`${kind}: elder mode at 320 px reflows without cutting or shrinking`, async () => {
      const { api } = serveDataset(worker, plain);
      const slot = await page(320);
      const el = await showWidget(kind, slot, api, fixtureNames.person, { elder: '' });
      expect(legibilityProblems(el, { minFontPx: 18, minWidthPx: 280 })).to.deep.equal([]);
    });
  }

  it('200 % zoom (a 640 px layout viewport): credit codes and reward contacts are shown whole', async () => {
    const { api } = serveDataset(worker, plain);
    const slot = await page(640);
    const el = await showWidget('board', slot, api, '');
    for (const section of ['dishonest', 'restricted', 'rewards']) {
      el.setAttribute('section', section);
      await frames(3);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await frames(2);
      expect(legibilityProblems(el, { minFontPx: 14 }), section).to.deep.equal([]);
    }
  });

  it('signage at 400 % zoom (480 × 270 px) flows instead of clipping its cards to nothing', async () => {
    const { api } = serveDataset(worker, plain);
    await setViewport({ width: 480, height: 270 });
    const slot = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = await showWidget('board', slot, api, '', { mode: 'signage' });
    const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=entry]')];
    expect(cards.length).to.be.above(0);
    for (const card of cards) expect(card.getBoundingClientRect().height).to.be.above(80);
    expect(legibilityProblems(el, { minFontPx: 16 })).to.deep.equal([]);
  });

  it('elder mode makes signage text larger, never smaller (1080p)', async () => {
    const { api } = serveDataset(worker, plain);
    await setViewport({ width: 1920, height: 1080 });
    const sizes: Record<'plain' | 'elder', { name: number; value: number; heading: number }> = { plain: { name: 0, value: 0, heading: 0 }, elder: { name: 0, value: 0, heading: 0 } };
    for (const elder of [false, true]) {
      const slot = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = await showWidget('board', slot, api, '', elder ? { mode: 'signage', elder: '' } : { mode: 'signage' });
      const root = el.shadowRoot!;
      const px = (selector: string) => parseFloat(getComputedStyle(root.querySelector(selector)!).fontSize);
      sizes[elder ? 'elder' : 'plain'] = { name: px('[part~=entry] [part~=name]'), value: px('[part~=entry] dd'), heading: px('.heading') };
      expect(legibilityProblems(el, { minFontPx: 16 }), elder ? 'elder' : 'plain').to.deep.equal([]);
      slot.remove();
    }
    for (const key of ['name', 'value', 'heading'] as const) expect(sizes.elder[key], key).to.be.at.least(sizes.plain[key] * 1.1);
  });

  it('signage on a phone: a readable title, one page counter, whole card values', async () => {
    const { api } = serveDataset(worker, withPhotos);
    await setViewport({ width: 390, height: 844 });
    const slot = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = await showWidget('board', slot, api, '', { mode: 'signage' });
    const root = el.shadowRoot!;
    const title = root.querySelector<HTMLElement>('[part~=title]')!;
    // 执行曝光台 on one or two lines, never one character per line.
    expect(title.getBoundingClientRect().width).to.be.at.least(2.5 * parseFloat(getComputedStyle(title).fontSize));
    const counters = [...root.querySelectorAll('*')].filter((n) => [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && /第\s*\d+\s*\/\s*\d+\s*页|Page \d+ of \d+/.test(c.textContent ?? '')));
    expect(counters.map(visibleText)).to.have.length(1);
    expect(legibilityProblems(el, { minFontPx: 16 })).to.deep.equal([]);
  });

  for (const [width, height] of [[1920, 1080], [1366, 768]] as const) {
    it(`signage with page-size="12" and photos at ${width} × ${height}: amounts and IDs are never squeezed`, async () => {
      const { api } = serveDataset(worker, withPhotos);
      await setViewport({ width, height });
      const slot = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = await showWidget('board', slot, api, '', { mode: 'signage', 'page-size': '12' });
      await until(() => [...el.shadowRoot!.querySelectorAll('img[part~=photo]')].every((img) => (img as HTMLImageElement).complete), 'photos', WAIT_MS);
      await frames(3);
      for (const value of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=entry] :is(.amount-value, .identifier dd)')) {
        const size = parseFloat(getComputedStyle(value).fontSize);
        // "4307211996****0193" wraps to at most three lines: each at least six characters wide.
        expect(value.getBoundingClientRect().width, visibleText(value)).to.be.at.least(Math.min(6 * 0.55 * size, value.scrollWidth));
        expect(value.getBoundingClientRect().height, visibleText(value)).to.be.at.most(3.5 * size * 1.8);
      }
      expect(legibilityProblems(el, { minFontPx: 16 })).to.deep.equal([]);
    });
  }

  it('the gauge in a plain content column stays a figure: no taller than the column is wide, caption below the h1', async () => {
    const { api } = serveDataset(worker, plain);
    const slot = await page(1024);
    slot.style.setProperty('width', '800px');
    const h1 = slot.parentElement!.querySelector('h1')!;
    for (const metric of ['closure-rate', 'money-recovered']) {
      const el = await showWidget('gauge', slot, api, '', { metric });
      const root = el.shadowRoot!;
      const caption = root.querySelector<HTMLElement>('[part~=caption]')!;
      expect(parseFloat(getComputedStyle(caption).fontSize), metric).to.be.below(parseFloat(getComputedStyle(h1).fontSize));
      expect(el.getBoundingClientRect().height, metric).to.be.at.most(480);
      if (metric === 'money-recovered') {
        // The money card has no dial: its box is as tall as the figure in it, not a reserved semicircle.
        const dial = root.querySelector<HTMLElement>('[part~=gauge]')!;
        const figure = root.querySelector<HTMLElement>('[part~=value]')!;
        expect(dial.getBoundingClientRect().height).to.be.at.most(figure.getBoundingClientRect().height * 1.6 + 16);
      }
      el.remove();
    }
  });

  for (const [kind, attributes] of [
    ['board', {}],
    ['board', { mode: 'signage' }],
    ['board', { mode: 'signage', elder: '' }],
    ['gauge', { target: '90' }],
    ['lookup', {}],
  ] as Array<[WidgetKind, Record<string, string>]>) {
    it(`forced colours (${kind} ${JSON.stringify(attributes)}): no text is drawn in its background's colour`, async () => {
      const { api } = serveDataset(worker, plain);
      await setViewport({ width: 1280, height: 800 });
      await emulateMedia({ 'forced-colors': 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const slot = await fixture<HTMLDivElement>(html`<div></div>`);
      // Details closed: two open details of one name are two regions of the same name (axe landmark-unique).
      const el = await showWidget(kind, slot, api, fixtureNames.person, attributes, false);
      expect(invisibleText(el)).to.deep.equal([]);
      // The header and its court, title, period, tip-off phone and as-of line in particular.
      if (kind === 'board') {
        const header = el.shadowRoot!.querySelector<HTMLElement>('[part~=header]')!;
        expect(getComputedStyle(header).color).not.to.equal(getComputedStyle(header).backgroundColor);
      }
      await expect(el).to.be.accessible();
    });
  }
});
