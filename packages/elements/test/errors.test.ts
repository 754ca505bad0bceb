// Errors that point at the real cause, against real servers (msw cannot fake a CORS refusal): the
// test page's own origin, the same dev server under a second origin (localhost ↔ 127.0.0.1: another
// origin, and it sends no CORS headers), and a closed port.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/zx-debtor-lookup/zx-debtor-lookup.define';
import '../src/zx-execution-gauge/zx-execution-gauge.define';
import type { ZxErrorDetail } from '../src/internal';
import { configure, resetSources } from '../src/internal/source';
import type { ZxDebtorLookup } from '../src/zx-debtor-lookup/zx-debtor-lookup.component';
import type { ZxExecutionGauge } from '../src/zx-execution-gauge/zx-execution-gauge.component';
import { shadowText, until } from './helpers';

/** The same dev server under another origin: answers, but without Access-Control-Allow-Origin. */
const OTHER_ORIGIN = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
/** Nothing listens on port 9: the connection is refused. */
const CLOSED = `${location.protocol}//127.0.0.1:9`;

beforeEach(() => {
  resetSources();
  configure({ clientOptions: { retry: { retries: 0 } } }); // one request per failure: the messages show at once
});
afterEach(() => resetSources());

/** Mounts markup inside a holder that collects zx-error details. */
async function mount<T extends HTMLElement>(markup: ReturnType<typeof html>, tag: string): Promise<{ el: T; errors: ZxErrorDetail[] }> {
  const errors: ZxErrorDetail[] = [];
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  holder.addEventListener('zx-error', (event) => errors.push((event as CustomEvent<ZxErrorDetail>).detail));
  const { render } = await import('lit');
  render(markup, holder);
  return { el: holder.querySelector<T>(tag)!, errors };
}

const noticeOf = (el: Element) => (el.shadowRoot?.querySelector('[part~=error]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('errors that say what to fix (13.10)', () => {
  it('a server without CORS headers: says so, names the URL, this site and the header to ask for — not "check the network"', async () => {
    const src = `${OTHER_ORIGIN}/examples/data/`;
    const { el, errors } = await mount<ZxExecutionGauge>(html`<zx-execution-gauge src=${src} loading="eager"></zx-execution-gauge>`, 'zx-execution-gauge');
    await until(() => errors.length > 0, 'zx-error', 20000);
    await el.updateComplete;
    const text = noticeOf(el);
    expect(text).to.contain('Access-Control-Allow-Origin');
    expect(text).to.contain(location.origin);
    expect(text).to.contain(OTHER_ORIGIN);
    expect(text).to.contain('网络是正常的');
    expect(text).not.to.contain('请检查网络');
    expect(text).to.contain('错误信息与处理办法');
    expect(errors[0]!.code).to.equal('cors');
    await expect(el).to.be.accessible();
  });

  it('the lookup checks its source at start-up: a CORS-less feed is reported before anyone searches, in English too', async () => {
    const src = `${OTHER_ORIGIN}/examples/data/`;
    const { el, errors } = await mount<ZxDebtorLookup>(html`<div lang="en"><zx-debtor-lookup src=${src} loading="eager"></zx-debtor-lookup></div>`, 'zx-debtor-lookup');
    await until(() => errors.length > 0, 'zx-error', 20000);
    await el.updateComplete;
    const text = noticeOf(el);
    expect(text).to.contain('court.json');
    expect(text).to.contain(`${src}court.json`);
    expect(text).to.contain('Access-Control-Allow-Origin');
    expect(text).to.contain('the network is fine');
    expect(el.shadowRoot!.querySelector('form')).to.not.equal(null); // the form stays
    await expect(el).to.be.accessible();
  });

  it('a wrong src (404): names the attribute, its value and the URL requested', async () => {
    const { el, errors } = await mount<ZxDebtorLookup>(html`<zx-debtor-lookup src="/no-such-feed/" loading="eager"></zx-debtor-lookup>`, 'zx-debtor-lookup');
    await until(() => errors.length > 0, 'zx-error', 20000);
    await el.updateComplete;
    const text = noticeOf(el);
    expect(text).to.contain('src 属性“/no-such-feed/”');
    expect(text).to.contain(`${location.origin}/no-such-feed/court.json`);
    expect(text).to.contain('HTTP 404');
    expect(errors[0]!.code).to.equal('http');
    await expect(el).to.be.accessible();
    // Retry keeps focus in the element (the notice is re-rendered).
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('.court-error [part~=retry-button]')!;
    retry.focus();
    retry.click();
    await until(() => errors.length > 1, 'the second failure', 20000);
    await until(() => el.shadowRoot!.activeElement !== null, 'focus back on the retry button');
    expect(el.shadowRoot!.activeElement!.getAttribute('part')).to.contain('retry-button');
  });

  it('a wrong period on the gauge: names both src and period', async () => {
    const { el, errors } = await mount<ZxExecutionGauge>(html`<zx-execution-gauge src="/no-such-feed/" period="2099" loading="eager"></zx-execution-gauge>`, 'zx-execution-gauge');
    await until(() => errors.length > 0, 'zx-error', 20000);
    await el.updateComplete;
    const text = noticeOf(el);
    expect(text).to.contain('src 属性“/no-such-feed/”');
    expect(text).to.contain('period 属性“2099”');
    expect(text).to.contain('/no-such-feed/stats/');
    await expect(el).to.be.accessible();
  });

  it('a server that does not answer at all: names the URL and the src attribute to check', async () => {
    const src = `${CLOSED}/feed/`;
    const { el, errors } = await mount<ZxExecutionGauge>(html`<zx-execution-gauge src=${src} loading="eager"></zx-execution-gauge>`, 'zx-execution-gauge');
    await until(() => errors.length > 0, 'zx-error', 20000);
    await el.updateComplete;
    const text = noticeOf(el);
    expect(text).to.contain('服务器没有应答');
    expect(text).to.contain(`src 属性“${src}”`);
    expect(text).not.to.contain('Access-Control-Allow-Origin');
    expect(errors[0]!.code).to.equal('network');
    await expect(el).to.be.accessible();
  });

  it('offline: only then does it say to check the network', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const { el, errors } = await mount<ZxExecutionGauge>(html`<zx-execution-gauge src=${`${CLOSED}/feed/`} loading="eager"></zx-execution-gauge>`, 'zx-execution-gauge');
      await until(() => errors.length > 0, 'zx-error', 20000);
      await el.updateComplete;
      expect(noticeOf(el)).to.contain('本机没有连接网络');
      expect(shadowText(el)).not.to.contain('错误信息与处理办法'); // the visitor's problem, not the editor's
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')).to.deep.equal(descriptor);
    }
  });
});
