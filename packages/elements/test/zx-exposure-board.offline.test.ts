// Signage that survives a reboot: with `offline-cache`, the board keeps its last good feed in
// localStorage; a new board on a new client, with the network down, shows it marked stale with its
// time, screened again on the box's clock (an entry whose publication has ended is gone) and with the
// feed's removals honoured.
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../src/zx-exposure-board/zx-exposure-board.define';
import type { ZxExposureBoard } from '../src/zx-exposure-board/zx-exposure-board.component';
import { API_BASE, createMockEnvironment } from './helpers';
import { clientOn, FakeClock, poll, settle, TODAY, view } from './zx-exposure-board.utils';

const env = createMockEnvironment({ today: TODAY });
const storedKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('zhixing:exposure:'));

interface Feed {
  version: string;
  items: { id: string; name: string; type: string; publicationEndsOn?: string }[];
  removals?: { id: string; removedOn: string }[];
}

describe('<zx-exposure-board offline-cache>', () => {
  before(() => env.start());
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    env.reset();
    localStorage.clear();
  });
  after(() => env.stop());

  /** The API's feed with one dishonest entry listed as removed (a stale copy still in items) and one ending today. */
  async function servedFeed() {
    const feed = (await (await fetch(`${API_BASE}exposure`)).json()) as Feed;
    // Two entries a board shows on screen today (its default section and first rows).
    const clock = new FakeClock();
    const probe = await fixture<ZxExposureBoard>(html`<zx-exposure-board .client=${clientOn(clock)}></zx-exposure-board>`);
    await poll(clock, probe);
    const shown = new Set(view(probe).names());
    probe.remove();
    const dishonest = feed.items.filter((i) => shown.has(i.name) && feed.items.filter((j) => j.name === i.name).length === 1);
    const removed = dishonest[0]!;
    const ending = dishonest[1]!;
    ending.publicationEndsOn = TODAY;
    feed.removals = [...(feed.removals ?? []), { id: removed.id, removedOn: TODAY }];
    env.worker.use(http.get(`${API_BASE}exposure`, () => HttpResponse.json(feed, { headers: { ETag: `"${feed.version}"` } })));
    return { removed, ending };
  }

  it('after a reboot without network: the stored board, stale with its time, re-screened on the box clock, removals honoured', async () => {
    const { removed, ending } = await servedFeed();
    const clock = new FakeClock();
    const first = await fixture<ZxExposureBoard>(html`<zx-exposure-board offline-cache .client=${clientOn(clock)}></zx-exposure-board>`);
    await poll(clock, first);
    await settle(() => storedKeys().length === 2, 'the feed to be stored');
    const before = view(first).names();
    expect(before).to.include(ending.name);
    expect(before).to.not.include(removed.name);
    expect(view(first).stale()).to.equal(null);
    first.remove();

    // Two days later the box starts again; the court's server cannot be reached.
    env.worker.resetHandlers();
    env.worker.use(http.get(`${API_BASE}exposure`, () => HttpResponse.error()));
    const later = new FakeClock('2024-05-17T09:00:00+08:00');
    const board = await fixture<ZxExposureBoard>(html`<zx-exposure-board offline-cache .client=${clientOn(later)}></zx-exposure-board>`);
    later.fireNext();
    await settle(() => view(board).stale() !== null, 'the stale notice');
    await board.updateComplete;
    const names = view(board).names();
    expect(names.length).to.be.greaterThan(0);
    // Everything shown before but the ended entry (the rows below move up into its place).
    expect(names).to.include.members(before.filter((name) => name !== ending.name));
    expect(names).to.not.include(ending.name);
    expect(names).to.not.include(removed.name);
    // The time the court last confirmed the data: the first board's poll, at noon on 15 May (China time).
    expect(view(board).stale()!.textContent).to.contain('2024年5月15日 12:00');
    expect(view(board).error()).to.equal(null);
  });

  it('keeps nothing without the attribute, and shows the error when there is nothing kept', async () => {
    const clock = new FakeClock();
    const plain = await fixture<ZxExposureBoard>(html`<zx-exposure-board .client=${clientOn(clock)}></zx-exposure-board>`);
    await poll(clock, plain);
    expect(view(plain).names().length).to.be.greaterThan(0);
    expect(storedKeys()).to.deep.equal([]);
    plain.remove();

    env.worker.use(http.get(`${API_BASE}exposure`, () => HttpResponse.error()));
    const later = new FakeClock();
    const board = await fixture<ZxExposureBoard>(html`<zx-exposure-board offline-cache .client=${clientOn(later)}></zx-exposure-board>`);
    later.fireNext();
    await settle(() => view(board).error() !== null, 'the error notice');
    expect(view(board).names()).to.deep.equal([]);
    expect(view(board).stale()).to.equal(null);
  });
});
