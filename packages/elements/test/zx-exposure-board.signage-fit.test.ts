// Signage with long texts (issue 20): on a screen nobody scrolls, no card may run past the screen's
// edge or under the paging buttons, whatever the conduct or reward texts: smaller type, then fewer
// cards per page, then (one card) an ellipsis in the long texts. Engine-neutral: also in Firefox and
// WebKit (npm run test:engines), where the type and its line breaks differ.
import { expect, fixture, html } from '@open-wc/testing';
import { createFixtures } from '@zhixing/mocks';
import type { ExposureItem } from '@zhixing/sdk';
import { setupWorker } from 'msw/browser';
import { resetSources } from '../src/internal/source';
import { frames, legibilityProblems, longTextFixtures, serveDataset, showWidget, sizeViewport } from './layout.utils';

const worker = setupWorker();
const plain = createFixtures();
const visibleText = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Realistic long texts (a conduct that lists every ground, reward conditions with the whole procedure); one entry with a text no card can hold. */
const CONDUCT =
  '被执行人具有履行能力而拒不履行生效法律文书确定的义务；以伪造证据、暴力、威胁等方法妨碍、抗拒执行；以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行；违反财产报告制度；违反限制消费令；无正当理由拒不履行执行和解协议。';
const CONDITIONS = '举报人提供被执行人可供执行的财产线索（银行存款、车辆、不动产、股权、到期债权等），经本院查证属实并实际执行到位的，按实际执行到位金额的百分之五给予奖励；举报人应当提供真实姓名和联系方式，本院对举报人信息严格保密。';
function longTexts(): typeof plain {
  const items = plain.exposure.items.map((item, i): ExposureItem => {
    if (item.type === 'dishonest-debtor') return { ...item, conduct: i === 2 ? CONDUCT.repeat(40) : CONDUCT.repeat(1 + (i % 3)) };
    if (item.type === 'reward-notice') return { ...item, conditions: CONDITIONS.repeat(2), rewardFormula: CONDITIONS };
    return item;
  });
  return { ...plain, exposure: { ...plain.exposure, items } };
}

describe('signage with long texts', function () {
  // Every page of a board walked, several boards: a bound on a hang, not a speed requirement.
  this.timeout(240_000);
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  afterEach(() => {
    worker.resetHandlers();
    resetSources();
  });
  after(async () => {
    worker.stop();
    await sizeViewport(800, 600);
  });

  for (const attributes of [{}, { 'page-size': '8' }, { 'page-size': '12' }, { elder: '' }] as Record<string, string>[]) {
    it(`signage at 1920 × 1080 with long texts (${JSON.stringify(attributes)}): every card of every page whole, on screen and above the buttons`, async function () {
      this.timeout(120_000);
      const { api } = serveDataset(worker, longTexts());
      await sizeViewport(1920, 1080);
      const slot = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = await showWidget('board', slot, api, '', { mode: 'signage', paused: '', ...attributes });
      const root = el.shadowRoot!;
      const seen = new Set<string>();
      const problems: string[] = [];
      let clamped = 0;
      for (let turn = 0; turn < 60; turn++) {
        await frames(3);
        const cards = [...root.querySelectorAll<HTMLElement>('[part~=entry]')];
        const key = cards.map((c) => visibleText(c.querySelector('[part~=name]')!)).join('|') + root.querySelector('[part~=section-title]')?.textContent;
        if (seen.has(key)) break;
        seen.add(key);
        const footer = root.querySelector<HTMLElement>('.footer')!.getBoundingClientRect();
        for (const card of cards) {
          const box = card.getBoundingClientRect();
          const name = visibleText(card.querySelector('[part~=name]')!);
          if (box.bottom > footer.top + 1) problems.push(`${name}: bottom ${box.bottom} under the buttons at ${footer.top}`);
          if (box.bottom > innerHeight + 1 || box.right > innerWidth + 1) problems.push(`${name}: past the screen (${box.right} × ${box.bottom})`);
          if (box.height < 40) problems.push(`${name}: squeezed to ${box.height} px`);
          if (card.hasAttribute('data-clamped')) {
            clamped++;
            // Only a page of one card may end a long text in an ellipsis; the rest of the card stays whole.
            if (cards.length !== 1) problems.push(`${name}: clamped beside ${cards.length - 1} other cards`);
            for (const dd of card.querySelectorAll<HTMLElement>('dd')) if (!dd.closest('.long') && dd.scrollHeight > dd.clientHeight + 1) problems.push(`${name}: ${dd.textContent} cut`);
          } else if (card.scrollHeight > card.clientHeight + 1) {
            problems.push(`${name}: content ${card.scrollHeight} px in a ${card.clientHeight} px card`);
          }
        }
        root.querySelector<HTMLButtonElement>('[part~=next-button]')!.click();
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      }
      expect(problems).to.deep.equal([]);
      expect(seen.size, 'pages visited').to.be.above(2);
      expect(clamped, 'the entry no card can hold ends in an ellipsis').to.be.at.least(1);
      expect(legibilityProblems(el, { minFontPx: 16 })).to.deep.equal([]);
    });
  }


  it('a screen its own header fills scrolls, reachable from the keyboard, and keeps focus through updates', async () => {
    const { api } = serveDataset(worker, longTextFixtures());
    await sizeViewport(800, 600);
    const slot = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = (await showWidget('board', slot, api, '', { mode: 'signage', paused: '' })) as HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };
    const board = el.shadowRoot!.querySelector<HTMLElement>('.signage')!;
    await frames(2);
    expect(board.hasAttribute('data-scroll'), 'the last resort: scrolling').to.equal(true);
    expect(board.getAttribute('tabindex')).to.equal('0');
    board.focus();
    for (let i = 0; i < 3; i++) {
      el.requestUpdate();
      await el.updateComplete;
      await frames(2);
      expect(el.shadowRoot!.activeElement, `focus after update ${i + 1}`).to.equal(board);
    }
  });
});
