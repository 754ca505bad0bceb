import { expect, fixture, html } from '@open-wc/testing';
import { edgeCaseRecords, fixtureNames } from '@zhixing/mocks';
import type { DishonestDebtor } from '@zhixing/sdk';
import '../src/zx-exposure-board/zx-exposure-board.define';
import type { ZxErrorDetail, ZxLoadDetail } from '../src/internal';
import type { ZxExposureBoard, ZxUpdateDetail } from '../src/zx-exposure-board/zx-exposure-board.component';
import { createMockEnvironment, FEED_BASE, until } from './helpers';
import { choose, clientOn, FakeClock, nextEvent, NOON, poll, TODAY, view } from './zx-exposure-board.utils';

const env = createMockEnvironment({ today: TODAY });

async function board(clock: FakeClock, attributes: { mode?: string; lang?: string } = {}): Promise<ZxExposureBoard> {
  const el = await fixture<ZxExposureBoard>(
    html`<zx-exposure-board mode=${attributes.mode ?? 'embedded'} lang=${attributes.lang ?? 'zh-CN'} .client=${clientOn(clock)}></zx-exposure-board>`,
  );
  await poll(clock, el);
  return el;
}

describe('<zx-exposure-board> embedded', () => {
  before(() => env.start());
  afterEach(() => env.reset());
  after(() => env.stop());

  it('shows the seed fixture: header, dishonest section first, only what may be published', async () => {
    const clock = new FakeClock();
    const el = await board(clock);
    el.style.setProperty('--zx-board-list-height', '200rem'); // every row in view at once
    await until(() => view(el).entries().length === 14, 'all rows');
    const ui = view(el);
    expect(ui.text()).to.include('桃源县人民法院');
    expect(ui.text()).to.include('执行曝光台');
    expect(ui.text()).to.include('举报电话 0736-6681180');
    expect(ui.text()).to.include('2024年第二季度曝光');
    expect(ui.text()).to.match(/数据截至 \d{4}年\d+月\d+日 \d\d:\d\d/);
    expect(ui.names()).to.include(fixtureNames.person);
    expect(ui.names()).to.include(fixtureNames.company);
    // A consumption restriction is another legal status: never among the dishonest debtors.
    expect(ui.names()).not.to.include(fixtureNames.restrictedOnly);
    expect(ui.text()).to.include('4307251990****1235');
    expect(ui.text()).to.include('失信情形');
    expect(ui.text()).to.include('共 14 条');
    await expect(el).to.be.accessible();
  });

  it('keeps the sections apart and offers the rewards section only when the source has it', async () => {
    const clock = new FakeClock();
    const el = await board(clock);
    const ui = view(el);
    const options = [...ui.select('section').options].map((o) => o.textContent?.trim());
    expect(options).to.deep.equal(['失信被执行人（14 条）', '限制消费人员（6 条）', '悬赏公告（2 条）']);
    choose(ui.select('section'), 'restricted');
    await el.updateComplete;
    expect(el.section).to.equal('restricted');
    expect(ui.names()).to.include(fixtureNames.restrictedOnly);
    expect(ui.text()).to.include('执行标的');
    await expect(el).to.be.accessible();
    choose(ui.select('section'), 'rewards');
    await el.updateComplete;
    expect(ui.text()).to.include('悬赏条件');
    expect(ui.text()).to.include('有效期');
    await expect(el).to.be.accessible();
  });

  it('filters by party kind and sorts by amount', async () => {
    const clock = new FakeClock();
    const el = await board(clock);
    const ui = view(el);
    choose(ui.select('kind'), 'organization');
    await el.updateComplete;
    expect(ui.names().every((name) => name.endsWith('公司'))).to.equal(true);
    expect(ui.text()).to.include('共 4 条');
    choose(ui.select('kind'), 'all');
    choose(ui.select('sort'), 'amount');
    await el.updateComplete;
    // 湖南沅江建筑工程有限公司 owes 2,250,000 yuan: the most.
    expect(ui.names()[0]).to.equal('湖南沅江建筑工程有限公司');
    expect(ui.entries()[0]!.textContent).to.include('2,250,000元');
    await expect(el).to.be.accessible();
  });

  it('keeps list semantics on the virtual rows and lets keyboard users scroll the region', async () => {
    const clock = new FakeClock();
    const el = await board(clock);
    const viewport = view(el).viewport()!;
    expect(viewport.getAttribute('role')).to.equal('region');
    expect(viewport.tabIndex).to.equal(0);
    expect(viewport.getAttribute('aria-label')).to.include('失信被执行人名单，共 14 条');
    const rows = view(el).entries();
    expect(rows[0]!.getAttribute('aria-setsize')).to.equal('14');
    expect(rows[0]!.getAttribute('aria-posinset')).to.equal('1');
    expect(el.shadowRoot!.querySelector('ul.rows')!.getAttribute('role')).to.equal('list');
    // No style="…" attributes anywhere (strict CSP): positions go through the CSSOM.
    expect(el.shadowRoot!.querySelector('[style]:not(.spacer):not(.rows)')).to.equal(null);
  });

  it('removes a debtor the court removed at the next poll, announces it and fires zx-update', async () => {
    const clock = new FakeClock();
    const el = await board(clock);
    expect(view(el).names()).to.include('向春梅');
    env.api.removeRecord('sx-2023-0788');
    const update = nextEvent<ZxUpdateDetail>(el, 'zx-update');
    await poll(clock, el);
    expect(view(el).names()).not.to.include('向春梅');
    expect(await update).to.deep.equal({ added: 0, removed: 1, changed: 0, total: 21 });
    expect(view(el).announcer()).to.equal('移除 1 条');
    await expect(el).to.be.accessible();
  });

  it('announces added entries politely, and changed ones not at all', async () => {
    const clock = new FakeClock();
    const el = await board(clock);
    const fresh: DishonestDebtor = { ...edgeCaseRecords(TODAY).hostileName, id: 'new-1', name: '新增甲' };
    env.api.addRecord(fresh);
    env.api.addRecord({ ...fresh, id: 'new-2', name: '新增乙' });
    await poll(clock, el);
    expect(view(el).names()).to.include.members(['新增甲', '新增乙']);
    expect(view(el).announcer()).to.equal('新增 2 条');
    env.api.updateRecord('sx-2023-0788', { amountUnperformed: 1_234_500 });
    const update = nextEvent<ZxUpdateDetail>(el, 'zx-update');
    await poll(clock, el);
    expect((await update).changed).to.equal(1);
    expect(view(el).announcer()).to.equal('新增 2 条'); // unchanged: nothing new to announce
    expect(view(el).text()).to.include('12,345元');
  });

  it('never shows an entry past its publication end, a removed one or a minor; names stay text', async () => {
    const edge = edgeCaseRecords(TODAY);
    for (const record of Object.values(edge)) env.api.addRecord(record);
    const clock = new FakeClock();
    const el = await board(clock);
    const names = view(el).names();
    expect(names).not.to.include(edge.expired.name);
    expect(names).not.to.include(edge.removed.name);
    expect(names).not.to.include(edge.minor.name);
    expect(names).to.include(edge.hostileName.name);
    expect(el.shadowRoot!.querySelector('img[src=x]')).to.equal(null);
    // A source that leaked a full ID: shown masked.
    expect(view(el).text()).not.to.include(edge.unmaskedId.idNumber!);
    expect(view(el).text()).to.include(`${edge.unmaskedId.idNumber!.slice(0, 10)}****`);
    await expect(el).to.be.accessible();
  });

  it('drops an entry whose publication ends at midnight while the source answers 304', async () => {
    const ending: DishonestDebtor = { ...edgeCaseRecords(TODAY).hostileName, id: 'ends-today', name: '今日到期', publicationEndsOn: TODAY };
    env.api.addRecord(ending);
    const clock = new FakeClock('2024-05-15T23:59:00+08:00');
    const el = await board(clock);
    expect(view(el).names()).to.include('今日到期');
    clock.set('2024-05-16T00:00:30+08:00');
    await poll(clock, el);
    expect(env.api.requests.at(-1)!.status).to.equal(200); // unchanged: same ETag, no If-None-Match sent by hand (no CORS preflight)
    expect(view(el).names()).not.to.include('今日到期');
    expect(view(el).announcer()).to.equal('移除 1 条');
  });

  it('keeps the last good data while the source is down, says since when, and recovers by itself', async () => {
    const clock = new FakeClock();
    const el = await board(clock);
    env.api.setFault({ kind: 'status', status: 503 });
    const error = nextEvent<ZxErrorDetail>(el, 'zx-error');
    await poll(clock, el);
    const detail = await error;
    expect(detail.keptLastGood).to.equal(true);
    expect(detail.status).to.equal(503);
    expect(view(el).stale()?.textContent).to.include('自 2024年5月15日 12:00 起无法更新');
    expect(view(el).names()).to.include(fixtureNames.person);
    await expect(el).to.be.accessible();
    await poll(clock, el); // still down: the subscription backs off and tries again
    expect(view(el).stale()).to.not.equal(null);
    env.api.setFault(null);
    await poll(clock, el);
    expect(view(el).stale()).to.equal(null);
    expect(view(el).names()).to.include(fixtureNames.person);
  });

  it('withholds entries that end while the source is down', async () => {
    const ending: DishonestDebtor = { ...edgeCaseRecords(TODAY).hostileName, id: 'ends-today', name: '今日到期', publicationEndsOn: TODAY };
    env.api.addRecord(ending);
    const clock = new FakeClock('2024-05-15T23:59:00+08:00');
    const el = await board(clock);
    env.api.setFault({ kind: 'network-error' });
    clock.set('2024-05-16T00:00:30+08:00');
    await poll(clock, el);
    expect(view(el).stale()).to.not.equal(null);
    expect(view(el).names()).not.to.include('今日到期');
    expect(view(el).names()).to.include(fixtureNames.person);
    env.api.setFault(null);
    const updates: ZxUpdateDetail[] = [];
    el.addEventListener('zx-update', (event) => updates.push((event as CustomEvent<ZxUpdateDetail>).detail));
    await poll(clock, el);
    expect(view(el).stale()).to.equal(null);
    expect(updates).to.deep.equal([]); // already gone: not reported twice
  });

  it('shows an error with a retry button when the first load fails, then loads on retry', async () => {
    env.api.setFault({ kind: 'status', status: 500 });
    const clock = new FakeClock();
    const el = await board(clock);
    expect(view(el).error()?.textContent).to.include('数据源暂时不可用');
    await expect(el).to.be.accessible();
    env.api.setFault(null);
    const loaded = nextEvent<ZxLoadDetail>(el, 'zx-load');
    view(el).button('retry-button')!.click();
    await loaded;
    await el.updateComplete;
    expect(view(el).error()).to.equal(null);
    expect(view(el).names()).to.include(fixtureNames.person);
  });

  it('says so when no source is configured', async () => {
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board></zx-exposure-board>`);
    expect(view(el).error()?.textContent).to.include('未配置数据源');
    await expect(el).to.be.accessible();
  });

  it('reads a static feed from src', async () => {
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board src=${FEED_BASE} refresh-seconds="3600"></zx-exposure-board>`);
    await until(() => view(el).names().length > 0, 'the feed to load');
    expect(view(el).names()).to.include(fixtureNames.person);
  });

  it('speaks English when lang="en"', async () => {
    const clock = new FakeClock();
    const el = await board(clock, { lang: 'en' });
    const text = view(el).text();
    expect(text).to.include("Taoyuan County People's Court");
    expect(text).to.include('Enforcement exposure board');
    expect(text).to.include('Tip-off line 0736-6681180');
    expect(text).to.include('Q2 2024 exposure');
    expect(text).to.include('Amount unperformed');
    expect(text).to.include('14 entries');
    expect([...view(el).select('section').options].map((o) => o.textContent?.trim())[0]).to.equal('Dishonest debtors (14)');
    await expect(el).to.be.accessible();
  });

  it('refuses unknown enumerated values visibly (issue 13.9) and clamps bad numbers', async () => {
    const clock = new FakeClock();
    const el = await fixture<ZxExposureBoard>(
      html`<zx-exposure-board mode="carousel" section="everything" kind="robots" sort="random" page-size="-3" heading-level="12" .client=${clientOn(clock)}></zx-exposure-board>`,
    );
    await poll(clock, el);
    const notice = el.shadowRoot!.querySelector('[role=alert]')!.textContent!;
    for (const attribute of ['mode', 'section', 'kind', 'sort']) expect(notice).to.contain(attribute);
    expect(view(el).names()).to.deep.equal([]);
    await expect(el).to.be.accessible();
    for (const attribute of ['mode', 'section', 'kind', 'sort']) el.removeAttribute(attribute);
    el.mode = 'embedded';
    el.section = 'dishonest';
    el.kind = 'all';
    el.sort = 'published';
    await el.updateComplete;
    expect(view(el).viewport()).to.not.equal(null); // embedded
    expect(view(el).names()).to.include(fixtureNames.person); // dishonest, all kinds
    expect(el.shadowRoot!.querySelector('.heading')!.getAttribute('aria-level')).to.equal('6');
    await expect(el).to.be.accessible();
  });
});
