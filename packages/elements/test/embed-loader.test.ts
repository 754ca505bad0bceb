// The one-tag embed's loader (src/zhixing-loader.ts → dist/embed/zhixing.min.js): it defines only the
// elements on the page, when their tags appear (at load or later), is harmless when loaded twice, and
// gives the gauge the statistics-only client while the lookup and the board share one full client.
import { expect } from '@open-wc/testing';
import { FEED_BASE, until } from './helpers';

const TAGS = ['zx-execution-gauge', 'zx-debtor-lookup', 'zx-exposure-board'] as const;
const defined = () => TAGS.filter((tag) => customElements.get(tag));

describe('the embed loader', () => {
  const added: Element[] = [];
  afterEach(() => {
    for (const el of added.splice(0)) el.remove();
  });
  function add(html: string): Element {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    document.body.append(holder);
    added.push(holder);
    return holder;
  }

  it('defines nothing on a page without Zhixing elements, then each element when its tag appears', async () => {
    add('<p>no widgets here</p>');
    const loader = await import('../src/zhixing-loader');
    expect(loader.VERSION).to.be.a('string');
    expect(loader.configure).to.be.a('function');
    await new Promise((r) => setTimeout(r, 50));
    expect(defined()).to.deep.equal([]);

    // Nested in added markup, as a CMS fragment inserted after load would be.
    add(`<section><zx-execution-gauge loading="eager" src="${FEED_BASE}"></zx-execution-gauge></section>`);
    await until(() => !!customElements.get('zx-execution-gauge'), 'the gauge defined');
    expect(defined()).to.deep.equal(['zx-execution-gauge']);

    const board = document.createElement('zx-exposure-board');
    added.push(board);
    document.body.append(board);
    await until(() => !!customElements.get('zx-exposure-board'), 'the board defined');
    expect(defined()).to.deep.equal(['zx-execution-gauge', 'zx-exposure-board']);
  });

  it('is harmless when loaded twice, and defines on request what it cannot see', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      // A second copy of the same loader (another URL, so the module runs again).
      const again = await import(/* @vite-ignore */ `${new URL('../src/zhixing-loader.ts', import.meta.url).href}?again`);
      await again.defineElements('zx-debtor-lookup');
      expect(customElements.get('zx-debtor-lookup')).to.not.equal(undefined);
      await again.defineElements();
      expect(defined()).to.deep.equal([...TAGS]);
      let rejected: unknown;
      await again.defineElements('zx-nope').catch((error: unknown) => (rejected = error));
      expect(rejected).to.be.instanceOf(RangeError);
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = original;
    }
  });

  it('gives the gauge the statistics-only client; the lookup and the board share one full client', async () => {
    const holder = add(`
      <zx-execution-gauge src="${FEED_BASE}"></zx-execution-gauge>
      <zx-execution-gauge src="${FEED_BASE}"></zx-execution-gauge>
      <zx-debtor-lookup src="${FEED_BASE}"></zx-debtor-lookup>
      <zx-exposure-board src="${FEED_BASE}"></zx-exposure-board>`);
    await until(() => defined().length === 3, 'all defined');
    const client = (tag: string, i = 0) => (holder.querySelectorAll(tag)[i] as unknown as { resolveClient(): Record<string, unknown> }).resolveClient();
    const gauge = client('zx-execution-gauge');
    expect(gauge).to.equal(client('zx-execution-gauge', 1));
    expect(gauge.getStats).to.be.a('function');
    expect(gauge.searchDebtors).to.equal(undefined);
    expect(client('zx-debtor-lookup')).to.equal(client('zx-exposure-board'));
    expect(client('zx-debtor-lookup').searchDebtors).to.be.a('function');
  });
});
