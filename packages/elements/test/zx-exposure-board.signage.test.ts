import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { fixtureNames } from '@zhixing/mocks';
import '../src/zx-exposure-board/zx-exposure-board.define';
import { ZxExposureBoard } from '../src/zx-exposure-board/zx-exposure-board.component';
import { createMockEnvironment } from './helpers';
import { sizeViewport } from './layout.utils';
import { clientOn, FakeClock, poll, TODAY, view } from './zx-exposure-board.utils';

const env = createMockEnvironment({ today: TODAY });
const originalReducedMotion = ZxExposureBoard.prefersReducedMotion;

async function nextPageNames(pages: FakeClock, el: ZxExposureBoard): Promise<string[]> {
  pages.fireNext();
  await el.updateComplete;
  return view(el).names();
}

/** A signage board whose polls run on `clock` and page turns on `pages` (two clocks: nothing is mistaken). */
async function signage(clock: FakeClock, pages: FakeClock, lang = 'zh-CN'): Promise<ZxExposureBoard> {
  const el = await fixture<ZxExposureBoard>(
    html`<zx-exposure-board mode="signage" lang=${lang} .client=${clientOn(clock)} .timers=${pages}></zx-exposure-board>`,
  );
  // A screen's proportions (four cards fit: a smaller box shows fewer per page), but not the whole
  // test page: leave room for the pointer to leave it.
  await sizeViewport(1600, 1000);
  el.style.setProperty('--zx-board-signage-height', '760px');
  await poll(clock, el);
  return el;
}

describe('<zx-exposure-board mode="signage">', () => {
  before(() => env.start());
  afterEach(async () => {
    env.reset();
    ZxExposureBoard.prefersReducedMotion = originalReducedMotion;
    await resetMouse();
  });
  after(() => env.stop());

  it('shows the header (court, period, count, as-of, tip-off) and the first page of dishonest debtors', async () => {
    const el = await signage(new FakeClock(), new FakeClock());
    const ui = view(el);
    const text = ui.text();
    expect(text).to.include('桃源县人民法院');
    expect(text).to.include('2024年第二季度曝光');
    expect(el.shadowRoot!.querySelector('[part~=header]')!.textContent).to.include('共 22 条');
    expect(text).to.include('举报电话 0736-6681180');
    expect(text).to.match(/数据截至 \d{4}年/);
    expect(ui.sectionTitle()).to.equal('失信被执行人 14 条');
    expect(ui.entries()).to.have.length(4);
    expect(ui.pageIndicator()).to.equal('第 1 / 7 页');
    expect(ui.motionNote()).to.equal('每 12 秒自动翻页');
    await expect(el).to.be.accessible();
  });

  it('turns pages by itself, one section after the other, and wraps around', async () => {
    const pages = new FakeClock();
    const el = await signage(new FakeClock(), pages);
    const ui = view(el);
    expect(pages.size).to.equal(1);
    const seen: string[] = [];
    for (let i = 0; i < 7; i++) {
      pages.fireNext();
      await el.updateComplete;
      seen.push(`${ui.pageIndicator()} ${ui.sectionTitle()}`);
      expect(pages.size).to.equal(1); // one timer, never more
    }
    expect(seen).to.deep.equal([
      '第 2 / 7 页 失信被执行人 14 条',
      '第 3 / 7 页 失信被执行人 14 条',
      '第 4 / 7 页 失信被执行人 14 条',
      '第 5 / 7 页 限制消费人员 6 条',
      '第 6 / 7 页 限制消费人员 6 条',
      '第 7 / 7 页 悬赏公告 2 条',
      '第 1 / 7 页 失信被执行人 14 条',
    ]);
    for (let i = 0; i < 4; i++) {
      pages.fireNext();
      await el.updateComplete;
    }
    expect(ui.sectionTitle()).to.include('限制消费人员');
    expect([...ui.names(), ...(await nextPageNames(pages, el))]).to.include(fixtureNames.restrictedOnly);
    await expect(el).to.be.accessible();
  });

  it('pauses and resumes with the button (label switches), and with the paused attribute', async () => {
    const pages = new FakeClock();
    const el = await signage(new FakeClock(), pages);
    const ui = view(el);
    const button = ui.button('pause-button')!;
    expect(button.textContent).to.include('暂停翻页');
    button.click();
    await el.updateComplete;
    expect(el.paused).to.equal(true);
    expect(el.hasAttribute('paused')).to.equal(true);
    expect(button.textContent).to.include('继续翻页');
    expect(ui.motionNote()).to.equal('自动翻页已暂停');
    expect(pages.size).to.equal(0);
    await expect(el).to.be.accessible();
    button.click();
    button.blur();
    await el.updateComplete;
    expect(el.paused).to.equal(false);
    expect(pages.size).to.equal(1);
  });

  it('pauses while the pointer is over the board (WCAG 2.2.2)', async () => {
    const pages = new FakeClock();
    const el = await signage(new FakeClock(), pages);
    const box = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await el.updateComplete;
    expect(pages.size).to.equal(0);
    expect(view(el).motionNote()).to.equal('自动翻页已暂停');
    await sendMouse({ type: 'move', position: [Math.round(box.left + 10), Math.round(box.bottom + 40)] });
    await el.updateComplete;
    expect(pages.size).to.equal(1);
    expect(view(el).motionNote()).to.equal('每 12 秒自动翻页');
  });

  it('pauses while focus is inside, and keyboard users can page manually', async () => {
    const pages = new FakeClock();
    const el = await signage(new FakeClock(), pages);
    const ui = view(el);
    ui.button('next-button')!.focus();
    await el.updateComplete;
    expect(pages.size).to.equal(0);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(ui.pageIndicator()).to.equal('第 2 / 7 页');
    // While not turning by itself, the page number is announced.
    expect(el.shadowRoot!.querySelector('[part~=page-indicator]')!.getAttribute('aria-live')).to.equal('polite');
    ui.button('previous-button')!.click();
    ui.button('previous-button')!.click();
    await el.updateComplete;
    expect(ui.pageIndicator()).to.equal('第 7 / 7 页');
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    await el.updateComplete;
    expect(pages.size).to.equal(1);
    expect(el.shadowRoot!.querySelector('[part~=page-indicator]')!.getAttribute('aria-live')).to.equal('off');
  });

  it('does not page by itself when the user prefers reduced motion: a note and manual buttons instead', async () => {
    ZxExposureBoard.prefersReducedMotion = () => true;
    const pages = new FakeClock();
    const el = await signage(new FakeClock(), pages);
    const ui = view(el);
    expect(pages.size).to.equal(0);
    expect(ui.motionNote()).to.include('减少动态效果');
    expect(ui.button('pause-button')).to.equal(null);
    ui.button('next-button')!.click();
    await el.updateComplete;
    expect(ui.pageIndicator()).to.equal('第 2 / 7 页');
    ui.button('next-button')!.blur();
    await el.updateComplete;
    expect(pages.size).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('speaks English and passes axe in elder mode', async () => {
    const el = await signage(new FakeClock(), new FakeClock(), 'en');
    el.elder = true;
    await el.updateComplete;
    expect(el.hasAttribute('data-elder')).to.equal(true);
    const text = view(el).text();
    expect(text).to.include('Enforcement exposure board');
    expect(text).to.include('22 entries');
    expect(view(el).sectionTitle()).to.equal('Dishonest debtors: 14');
    // Elder mode: half as many (larger) cards per page, so more pages.
    expect(view(el).pageIndicator()).to.equal('Page 1 of 11');
    expect(view(el).motionNote()).to.equal('Pages turn every 12 seconds');
    expect(view(el).button('pause-button')!.textContent).to.include('Pause paging');
    await expect(el).to.be.accessible();
  });

  it('offers no pausing when everything fits on one page', async () => {
    for (const item of env.api.exposureItems.slice(3)) env.api.removeRecord(item.id);
    const pages = new FakeClock();
    const el = await signage(new FakeClock(), pages);
    expect(view(el).pageIndicator()).to.equal('第 1 / 1 页');
    expect(view(el).button('pause-button')).to.equal(null);
    expect(view(el).button('next-button')!.disabled).to.equal(true);
    expect(pages.size).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('keeps the page in range when entries disappear', async () => {
    const clock = new FakeClock();
    const pages = new FakeClock();
    const el = await signage(clock, pages);
    for (let i = 0; i < 6; i++) {
      pages.fireNext(); // on to the rewards page
      await el.updateComplete;
    }
    expect(view(el).sectionTitle()).to.include('悬赏公告');
    for (const item of env.api.exposureItems.filter((i) => i.type === 'reward-notice')) env.api.removeRecord(item.id);
    await poll(clock, el);
    expect(view(el).pageIndicator()).to.equal('第 1 / 6 页');
    expect(view(el).text()).not.to.include('悬赏公告');
    await expect(el).to.be.accessible();
  });
});
