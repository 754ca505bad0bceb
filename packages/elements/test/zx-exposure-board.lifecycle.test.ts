import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { edgeCaseRecords, fixtureNames, generateDebtors, taoyuanCourt } from '@zhixing/mocks';
import { createClient, httpSource, type DishonestDebtor, type ExposureFeed } from '@zhixing/sdk';
import type { PropertyValues } from 'lit';
import '../src/zx-exposure-board/zx-exposure-board.define';
import { defineElement } from '../src/internal';
import { ZxExposureBoard } from '../src/zx-exposure-board/zx-exposure-board.component';
import { createMockEnvironment, until } from './helpers';
import { clientOn, FakeClock, NOON, poll, settle, TODAY, view } from './zx-exposure-board.utils';

const env = createMockEnvironment({ today: TODAY });

/** Counts updates, to prove that an unchanged poll renders nothing. */
class CountingBoard extends ZxExposureBoard {
  updates = 0;
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.updates++;
  }
}
defineElement('zx-exposure-board-counting', CountingBoard);

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

// 1×1 transparent PNG.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0));

describe('<zx-exposure-board> lifecycle', () => {
  before(() => env.start());
  afterEach(() => env.reset());
  after(() => env.stop());

  it('does not render again when the source answers 304', async () => {
    const clock = new FakeClock();
    const el = await fixture<CountingBoard>(html`<zx-exposure-board-counting .client=${clientOn(clock)}></zx-exposure-board-counting>`);
    await poll(clock, el);
    await nextFrame();
    await nextFrame(); // sizes measured
    await el.updateComplete;
    const before = el.updates;
    for (let i = 0; i < 5; i++) await poll(clock, el);
    await nextFrame();
    // Unchanged polls: simple requests (no If-None-Match: no CORS preflight) answered with the same ETag.
    expect(env.api.requests.slice(-5).map((r) => [r.status, r.ifNoneMatch])).to.deep.equal(Array(5).fill([200, undefined]));
    expect(el.updates).to.equal(before);
    env.api.updateRecord('sx-2023-0788', { amountUnperformed: 100 });
    await poll(clock, el);
    expect(el.updates).to.be.greaterThan(before);
  });

  it('polls every refresh-seconds', async () => {
    const clock = new FakeClock();
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board refresh-seconds="30" .client=${clientOn(clock)}></zx-exposure-board>`);
    await poll(clock, el);
    await poll(clock, el);
    expect(clock.now().getTime() - Date.parse(NOON)).to.equal(30_000);
  });

  it('stops every timer when removed, and resumes polling when put back', async () => {
    const clock = new FakeClock();
    const pages = new FakeClock();
    const el = await fixture<ZxExposureBoard>(
      html`<zx-exposure-board mode="signage" .client=${clientOn(clock)} .timers=${pages}></zx-exposure-board>`,
    );
    await poll(clock, el);
    expect(clock.size).to.equal(1); // the next poll
    expect(pages.size).to.equal(1); // the next page turn
    const parent = el.parentElement!;
    el.remove();
    expect(clock.size).to.equal(0);
    expect(pages.size).to.equal(0);
    const requests = env.api.requests.length;
    parent.append(el);
    await el.updateComplete;
    expect(view(el).names()).to.include('邓超'); // the last data stays meanwhile
    await poll(clock, el);
    expect(env.api.requests.length).to.equal(requests + 1);
    expect(clock.size).to.equal(1);
    expect(pages.size).to.equal(1);
  });

  it('aborts a request in flight when removed: no timer is left', async () => {
    const clock = new FakeClock();
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board .client=${clientOn(clock)}></zx-exposure-board>`);
    await poll(clock, el);
    env.api.setFault({ kind: 'latency', ms: 200 });
    clock.fireNext();
    await settle(() => clock.inFlight === 1, 'the request to start');
    el.remove();
    await settle(() => clock.size === 0, 'the request timeout to be cleared');
    expect(clock.size).to.equal(0);
  });

  it('shows a photo only when the record has one, lazily, with alt text; initials when it fails', async () => {
    const base: DishonestDebtor = { ...edgeCaseRecords(TODAY).hostileName, publishedOn: TODAY };
    env.api.addRecord({ ...base, id: 'with-photo', name: '有照片', photo: { url: 'https://photos.zhixing.test/ok.png' } });
    env.api.addRecord({ ...base, id: 'broken-photo', name: '坏照片', photo: { url: 'https://photos.zhixing.test/missing.png', alt: '坏照片的证件照' } });
    let fail = () => {};
    const failing = new Promise<void>((resolve) => (fail = resolve));
    env.worker.use(
      http.get('https://photos.zhixing.test/ok.png', () => new HttpResponse(PNG, { headers: { 'Content-Type': 'image/png' } })),
      http.get('https://photos.zhixing.test/missing.png', async () => {
        await failing; // answer only once the test has looked at the image
        return new HttpResponse(null, { status: 404 });
      }),
    );
    const clock = new FakeClock();
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board .client=${clientOn(clock)}></zx-exposure-board>`);
    await poll(clock, el);
    const root = el.shadowRoot!;
    const photos = () => [...root.querySelectorAll<HTMLImageElement>('img[part~=photo]')];
    expect(photos().map((img) => [img.alt, img.loading])).to.deep.equal([
      ['坏照片的证件照', 'lazy'],
      ['有照片的照片', 'lazy'],
    ]);
    fail();
    await until(() => root.querySelectorAll('[part~=photo-placeholder]').length === 1, 'the broken photo to be replaced');
    expect(photos().map((img) => img.alt)).to.deep.equal(['有照片的照片']);
    expect(root.querySelector('[part~=photo-placeholder]')!.textContent).to.equal('坏');
    // Only the two records with a photo have one.
    expect(root.querySelectorAll('[part~=photo], [part~=photo-placeholder]')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('End reaches the last row even when the rows there are taller than any seen before (the list grows under it)', async () => {
    const items = generateDebtors({ count: 4_000, today: TODAY, seed: 11 }).filter((r): r is DishonestDebtor => r.type === 'dishonest-debtor').slice(0, 1_000);
    // The oldest entries (last in the list, newest first) have a conduct text of many lines: rows grow only when End shows them.
    const long = '被执行人有履行能力而拒不履行生效法律文书确定的义务，且以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行。'.repeat(6);
    const sorted = [...items].sort((a, b) => (a.publishedOn < b.publishedOn ? 1 : a.publishedOn > b.publishedOn ? -1 : 0));
    for (const item of sorted.slice(-8)) item.conduct = long;
    const body = JSON.stringify({ version: 'tall-1', generatedAt: NOON, court: taoyuanCourt, items } satisfies ExposureFeed);
    const clock = new FakeClock();
    const client = createClient({
      source: httpSource('https://tall.zhixing.test/'),
      timers: clock,
      now: clock.now,
      timeoutMs: 3_600_000,
      fetch: async () => new Response(body, { headers: { 'Content-Type': 'application/json', ETag: '"tall-1"' } }),
    });
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board .client=${client}></zx-exposure-board>`);
    clock.fireNext();
    await until(() => view(el).entries().length > 0, 'the list');
    const viewport = view(el).viewport()!;
    const rowHeight = () => view(el).entries()[0]!.getBoundingClientRect().height;
    const before = rowHeight();
    viewport.focus();
    await sendKeys({ press: 'End' });
    const lastInView = () => {
      const last = view(el).entries().find((row) => row.getAttribute('aria-posinset') === String(items.length));
      if (!last) return false;
      const frame = viewport.getBoundingClientRect();
      const box = last.getBoundingClientRect();
      return box.bottom <= frame.bottom + 1 && box.bottom >= frame.top;
    };
    await until(() => rowHeight() > before && lastInView(), 'taller rows, and the last one still in view');
  });

  it('keeps 100,000 entries to a few rendered rows that keyboard users can scroll through', async function () {
    this.timeout(120_000);
    const items = generateDebtors({ count: 190_000, today: TODAY, seed: 7 }).filter((r) => r.type === 'dishonest-debtor').slice(0, 100_000);
    expect(items).to.have.length(100_000);
    const feed: ExposureFeed = { version: 'big-1', generatedAt: NOON, court: taoyuanCourt, items };
    const body = JSON.stringify(feed);
    const clock = new FakeClock();
    const client = createClient({
      source: httpSource('https://big.zhixing.test/'),
      timers: clock,
      now: clock.now,
      timeoutMs: 3_600_000,
      fetch: async () => new Response(body, { headers: { 'Content-Type': 'application/json', ETag: '"big-1"' } }),
    });
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board .client=${client}></zx-exposure-board>`);
    clock.fireNext();
    await until(() => view(el).entries().length > 0, 'the big list', 60_000);
    await nextFrame();
    await el.updateComplete;
    const rows = () => view(el).entries();
    const positions = () => rows().map((row) => Number(row.getAttribute('aria-posinset')));
    expect(view(el).text()).to.include('共 100,000 条');
    expect(rows().length).to.be.within(3, 40);
    expect(rows()[0]!.getAttribute('aria-setsize')).to.equal('100000');
    expect(positions()[0]).to.equal(1);
    const viewport = view(el).viewport()!;
    viewport.focus();
    await sendKeys({ press: 'End' });
    await until(() => positions().includes(100_000), 'the end of the list', 10_000);
    await el.updateComplete;
    expect(rows().length).to.be.within(3, 40);
    // The last row is really in view.
    const last = rows().find((row) => row.getAttribute('aria-posinset') === '100000')!;
    const frame = viewport.getBoundingClientRect();
    const box = last.getBoundingClientRect();
    expect(box.bottom).to.be.within(frame.top, frame.bottom + 1);
    viewport.scrollTop = viewport.scrollHeight / 2;
    await until(() => positions().some((p) => p > 40_000 && p < 60_000), 'the middle of the list', 10_000);
    expect(rows().length).to.be.within(3, 40);
    await expect(el).to.be.accessible();
  });
});
