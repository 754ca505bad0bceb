// The widgets on the host pages courts really have: county CMS table layouts, floats, narrow
// sidebars, themes that shrink the root font or force content-box sizing, data with long unbroken
// strings, and old libraries that add enumerable properties to Object.prototype / Array.prototype.
// Every check is on rendered geometry: widths, font sizes, nothing cut off, the page not widened.
import { expect, fixture, html } from '@open-wc/testing';
import { createFixtures, fixtureNames } from '@zhixing/mocks';
import { setupWorker } from 'msw/browser';
import { resetSources } from '../src/internal/source';
import { legibilityProblems, longTextFixtures, serveDataset, showWidget, sizeViewport, UNBROKEN, type WidgetKind } from './layout.utils';

const worker = setupWorker();
const plain = createFixtures();
const longText = longTextFixtures();
const KINDS: WidgetKind[] = ['board', 'gauge', 'lookup'];
/** The smallest type anything in a widget may have at the default 16 px root. */
const MIN_FONT = 14;

/** A host page: `layout` puts a slot for the widget among ordinary page content. */
async function hostPage(layout: 'table' | 'float' | 'sidebar' | 'column'): Promise<HTMLElement> {
  const page = await fixture<HTMLDivElement>(html`<div class="host-page">
    <h1>桃源县人民法院 执行公开</h1>
    ${layout === 'table'
      ? html`<table><tbody><tr><td class="slot"></td><td>左侧导航 · 首页 · 执行公开 · 联系我们</td></tr></tbody></table>`
      : layout === 'float'
        ? html`<div class="slot float"></div><p>正文：本院依法公布失信被执行人名单、限制消费人员名单及悬赏公告，欢迎社会各界监督。</p>`
        : layout === 'sidebar'
          ? html`<div class="cols"><aside class="slot"></aside><main><p>正文内容，正文内容，正文内容。</p></main></div>`
          : html`<div class="slot"></div>`}
  </div>`);
  // Layout as a CMS template writes it (the test page has no CSP; the widgets never do this).
  const float = page.querySelector<HTMLElement>('.float');
  float?.style.setProperty('float', 'left');
  float?.style.setProperty('margin-right', '1em');
  const cols = page.querySelector<HTMLElement>('.cols');
  if (cols) {
    cols.style.setProperty('display', 'flex');
    cols.style.setProperty('gap', '16px');
    page.querySelector<HTMLElement>('aside')!.style.setProperty('width', '200px');
    page.querySelector<HTMLElement>('aside')!.style.setProperty('flex', 'none');
  }
  return page.querySelector<HTMLElement>('.slot')!;
}

describe('widgets on hostile host pages', function () {
  // Several widgets per test on a busy 2-core machine: a bound on a hang, not a speed requirement.
  this.timeout(120_000);
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'error' });
    await sizeViewport(1024, 768);
  });
  afterEach(() => {
    worker.resetHandlers();
    resetSources();
    document.documentElement.style.removeProperty('font-size');
    document.head.querySelector('style.hostile')?.remove();
  });
  after(() => worker.stop());

  for (const layout of ['table', 'float', 'sidebar'] as const) {
    for (const kind of KINDS) {
      it(`${kind} in a ${layout} layout stays legible and usable`, async () => {
        const { api } = serveDataset(worker, plain);
        const slot = await hostPage(layout);
        const el = await showWidget(kind, slot, api, fixtureNames.person);
        // A sidebar is 200 px: the widget takes all of it; elsewhere it must not shrink below a phone's width.
        const minWidthPx = layout === 'sidebar' ? 199 : 300;
        expect(legibilityProblems(el, { minFontPx: MIN_FONT, minWidthPx })).to.deep.equal([]);
        if (layout === 'sidebar') expect(el.getBoundingClientRect().width).to.be.at.most(201);
      });
    }
  }

  it('a theme with html { font-size: 62.5% } does not shrink any widget below a legible size', async () => {
    document.documentElement.style.setProperty('font-size', '62.5%');
    const { api } = serveDataset(worker, plain);
    for (const kind of KINDS) {
      const slot = await hostPage('column');
      const el = await showWidget(kind, slot, api, fixtureNames.person);
      expect(legibilityProblems(el, { minFontPx: MIN_FONT, minWidthPx: 300 }), kind).to.deep.equal([]);
      expect(parseFloat(getComputedStyle(el).fontSize), kind).to.be.at.least(16);
    }
  });

  it('a theme with * { box-sizing: content-box } breaks no widget', async () => {
    const style = document.createElement('style');
    style.className = 'hostile';
    style.textContent = '*, *::before, *::after { box-sizing: content-box; } input, button, select { padding: 4px 8px; }';
    document.head.append(style);
    const { api } = serveDataset(worker, plain);
    for (const layout of ['column', 'sidebar'] as const) {
      for (const kind of KINDS) {
        const slot = await hostPage(layout);
        const el = await showWidget(kind, slot, api, fixtureNames.person);
        expect(legibilityProblems(el, { minFontPx: MIN_FONT }), `${kind} in ${layout}`).to.deep.equal([]);
        expect(el.getBoundingClientRect().width, `${kind} in ${layout}`).to.be.at.most(slot.getBoundingClientRect().width + 0.5);
      }
    }
  });

  for (const layout of ['column', 'sidebar', 'table'] as const) {
    it(`long unbroken strings in every text field wrap inside the widgets (${layout})`, async () => {
      const { api } = serveDataset(worker, longText);
      const name = longText.debtors.find((d) => d.type === 'dishonest-debtor' && d.partyKind === 'natural-person')!.name;
      for (const kind of KINDS) {
        const slot = await hostPage(layout);
        const el = await showWidget(kind, slot, api, name, kind === 'gauge' ? { label: `执结率${UNBROKEN}` } : {});
        // The long strings are on screen (not dropped), and nothing widened the page or got cut.
        expect(el.shadowRoot!.textContent, kind).to.include(UNBROKEN);
        expect(legibilityProblems(el, { minFontPx: MIN_FONT }), `${kind} in ${layout}`).to.deep.equal([]);
        expect(el.getBoundingClientRect().width, `${kind} in ${layout}`).to.be.at.most(Math.max(slot.getBoundingClientRect().width, 1024) + 0.5);
      }
    });
  }

  it('long unbroken strings on a signage board wrap inside its cards and header', async () => {
    const { api } = serveDataset(worker, longText);
    const slot = await hostPage('column');
    const el = await showWidget('board', slot, api, '', { mode: 'signage' });
    expect(el.shadowRoot!.querySelector('[part~=header]')!.textContent).to.include(UNBROKEN);
    expect(legibilityProblems(el, { minFontPx: MIN_FONT })).to.deep.equal([]);
  });

  it('enumerable properties added to Object.prototype and Array.prototype stop no widget', async () => {
    const { api } = serveDataset(worker, plain);
    const added: Array<[object, string]> = [
      [Object.prototype, 'extend'],
      [Object.prototype, 'zxPolluted'],
      [Array.prototype, 'each'],
      [Array.prototype, 'contains'],
    ];
    try {
      // What Prototype.js / MooTools-era pages do: plain assignment, so the properties are enumerable.
      for (const [target, key] of added) (target as Record<string, unknown>)[key] = function polluted() {};
      for (const kind of KINDS) {
        const slot = await hostPage('column');
        const errors: unknown[] = [];
        slot.addEventListener('zx-error', (event) => errors.push((event as CustomEvent).detail), true);
        const el = await showWidget(kind, slot, api, fixtureNames.person);
        expect(errors, kind).to.deep.equal([]);
        expect(el.shadowRoot!.textContent, kind).to.include(kind === 'gauge' ? '%' : fixtureNames.person);
        expect(legibilityProblems(el, { minFontPx: MIN_FONT, minWidthPx: 300 }), kind).to.deep.equal([]);
      }
    } finally {
      for (const [target, key] of added) delete (target as Record<string, unknown>)[key];
    }
  });
});
