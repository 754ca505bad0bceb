// An element shown in English loads its English texts before it renders. The gauge's figures must
// not wait for them: the requests go out while the texts download, nothing is shown in Chinese
// meanwhile, and no request is made twice (the first render joins the requests under way). The
// English tables are held here (one test file = one page, so none is loaded yet) and let go once the
// data was asked for. (The lookup and the board show their form and header first; their data waits.)
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { commonMessages } from '../src/internal/common-messages';
import '../src/zx-execution-gauge/zx-execution-gauge.define';
import { createMockEnvironment, FEED_BASE, shadowText } from './helpers';

const env = createMockEnvironment();
const realLoad = commonMessages.loadEn;

/** Forgets the English common texts and holds their next download until `release`. */
function holdEnglish(): { release: () => void; requested: () => boolean } {
  let release!: () => void;
  let requested = false;
  const held = new Promise<void>((resolve) => (release = resolve));
  commonMessages.en = undefined;
  commonMessages.pending = undefined;
  commonMessages.loadEn = () => {
    requested = true;
    return held.then(realLoad);
  };
  return { release, requested: () => requested };
}

async function mountEnglish(tag: string, attributes: Record<string, string>): Promise<HTMLElement> {
  const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  return el;
}

/** Every request the page sent, when sent (the mock logs them once answered, after its latency). */
const sent: string[] = [];
env.worker.events.on('request:start', ({ request }) => {
  if (request.url.startsWith(FEED_BASE)) sent.push(request.url.slice(FEED_BASE.length));
});

/** Waits for every request sent to be answered, then says whether any file was asked for twice. */
async function eachOnce(): Promise<void> {
  await waitUntil(() => env.feed.requests.length >= sent.length, 'every request answered', { timeout: 5000 });
  expect(sent.filter((path, i) => sent.indexOf(path) !== i), `${sent.join(', ')}: asked twice`).to.deep.equal([]);
}

describe('English pages: data and texts load together', () => {
  before(() => env.start());
  beforeEach(() => {
    sent.length = 0;
    // Slow answers: a request made again by the first update would be one more on the wire.
    env.feed.setFault({ kind: 'latency', ms: 300 });
  });
  afterEach(() => {
    env.reset();
    commonMessages.loadEn = realLoad;
  });
  after(() => env.stop());

  it('the gauge asks for its figures while its English texts download, and once only', async () => {
    // What the same gauge reads in Chinese: the English one reads no more.
    const zh = await fixture<HTMLElement>(html`<zx-execution-gauge src=${FEED_BASE} loading="eager"></zx-execution-gauge>`);
    await waitUntil(() => zh.shadowRoot?.querySelector('[role=meter]'), 'the Chinese gauge shows its figure', { timeout: 5000 });
    const chinese = [...sent].sort();
    zh.remove();
    env.reset();
    sent.length = 0;
    env.feed.setFault({ kind: 'latency', ms: 300 });

    const hold = holdEnglish();
    const el = await mountEnglish('zx-execution-gauge', { src: FEED_BASE, loading: 'eager' });
    await waitUntil(() => sent.includes('stats/index.json'), 'figures requested before the texts arrived', { timeout: 5000 });
    expect(hold.requested()).to.equal(true);
    // Nothing rendered yet: no Chinese loading text on an English page.
    expect(shadowText(el)).to.equal('');
    hold.release();
    await waitUntil(() => el.shadowRoot?.querySelector('[role=meter]'), 'the gauge shows its figure', { timeout: 5000 });
    expect(shadowText(el)).to.match(/Closure rate/);
    await eachOnce();
    expect([...sent].sort()).to.deep.equal(chinese);
  });

  it('removed while the texts download, then put back: the gauge still shows its figures', async () => {
    const hold = holdEnglish();
    const el = await mountEnglish('zx-execution-gauge', { src: FEED_BASE, loading: 'eager' });
    await waitUntil(() => sent.includes('stats/index.json'), 'figures requested', { timeout: 5000 });
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    hold.release();
    await waitUntil(() => el.shadowRoot?.querySelector('[role=meter]'), 'the gauge shows its figure after all', { timeout: 5000 });
  });

  it('figures answered before the texts arrive: the first render takes them from the client, not the network', async () => {
    env.feed.setFault(null);
    const hold = holdEnglish();
    const el = await mountEnglish('zx-execution-gauge', { src: FEED_BASE, loading: 'eager' });
    await waitUntil(() => env.feed.requests.some((request) => /stats\/\d/.test(request.url)), "the period's figures answered", { timeout: 5000 });
    expect(shadowText(el)).to.equal('');
    hold.release();
    await waitUntil(() => el.shadowRoot?.querySelector('[role=meter]'), 'the gauge shows its figure', { timeout: 5000 });
    await eachOnce();
  });
});
