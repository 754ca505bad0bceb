// What readers get whatever the page does: the right language on every piece of text (and the
// element following `lang` changes), focus kept after Retry, and one announcement per change.
import { expect, fixture, html } from '@open-wc/testing';
import { fixtureNames } from '@zhixing/mocks';
import { createClient, httpSource, type ZhixingClient } from '@zhixing/sdk';
import '../src/zx-debtor-lookup/zx-debtor-lookup.define';
import '../src/zx-execution-gauge/zx-execution-gauge.define';
import '../src/zx-exposure-board/zx-exposure-board.define';
import type { ZxDebtorLookup } from '../src/zx-debtor-lookup/zx-debtor-lookup.component';
import type { ZxExecutionGauge } from '../src/zx-execution-gauge/zx-execution-gauge.component';
import type { ZxExposureBoard } from '../src/zx-exposure-board/zx-exposure-board.component';
import { API_BASE, createMockEnvironment, shadowText, until } from './helpers';
import { expectResult, nextOutcome, searchFor, ui } from './zx-debtor-lookup.utils';
import { choose, view } from './zx-exposure-board.utils';

const env = createMockEnvironment({ today: '2024-05-15' });
before(() => env.start());
afterEach(() => env.reset());
after(() => env.stop());

const HAN = /[\u3400-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{3,}/;

/** The nearest `lang` inside the shadow root, or the host's own language (what the text inherits). */
function langAt(node: Node, host: Element): string {
  const element = node instanceof Element ? node : node.parentElement;
  const tagged = element?.closest('[lang]');
  if (tagged) return tagged.getAttribute('lang') ?? '';
  return host.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
}

/** Each visible text node of the shadow root with the language a screen reader would use for it. */
function textLanguages(host: Element): { text: string; lang: string }[] {
  const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
  const out: { text: string; lang: string }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (!text || node.parentElement?.closest('[aria-hidden=true],[hidden],style')) continue;
    out.push({ text, lang: langAt(node, host) });
  }
  return out;
}

/** English UI: Chinese text is marked zh-CN, English text is not; and the reverse never happens. */
function expectLanguagesMarked(host: Element): void {
  const texts = textLanguages(host);
  const chineseAsEnglish = texts.filter((t) => HAN.test(t.text) && !/^zh/i.test(t.lang));
  const englishAsChinese = texts.filter((t) => !HAN.test(t.text) && LATIN_WORD.test(t.text) && /^zh/i.test(t.lang));
  expect(chineseAsEnglish.map((t) => `${t.lang}: ${t.text}`), 'Chinese text read with an English voice').to.deep.equal([]);
  expect(englishAsChinese.map((t) => `${t.lang}: ${t.text}`), 'English text read with a Chinese voice').to.deep.equal([]);
  expect(texts.some((t) => HAN.test(t.text))).to.equal(true, 'the test saw some Chinese data');
}

function impatient(): ZhixingClient {
  return createClient({ source: httpSource(API_BASE), retry: { retries: 0 } });
}

describe('language of parts (13.3)', () => {
  it('lookup in English: data (names, case numbers, courts, conduct) is marked zh-CN, the UI en', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><zx-debtor-lookup src=${API_BASE} source-kind="api" loading="eager"></zx-debtor-lookup></div>`);
    const el = wrapper.querySelector<ZxDebtorLookup>('zx-debtor-lookup')!;
    // In English the first render waits for the English texts (loaded on demand).
    await el.updateComplete;
    await expectResult(searchFor(el, fixtureNames.person));
    for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=detail-button]')) button.click();
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Dishonest conduct');
    expectLanguagesMarked(el);
    await expect(el).to.be.accessible();
  });

  it('lookup in English: the Chinese name in "no records found for …" is marked zh-CN', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><zx-debtor-lookup .client=${impatient()} loading="eager"></zx-debtor-lookup></div>`);
    const el = wrapper.querySelector<ZxDebtorLookup>('zx-debtor-lookup')!;
    // In English the first render waits for the English texts (loaded on demand).
    await el.updateComplete;
    await expectResult(searchFor(el, '无此人'));
    expect(ui(el).status()).to.equal('No records found for the name “无此人”.');
    expect(el.shadowRoot!.querySelector('.status [lang=zh-CN]')!.textContent).to.equal('无此人');
    await expect(el).to.be.accessible();
  });

  it('board in English (embedded and signage): names, courts and conduct are marked zh-CN', async () => {
    for (const mode of ['embedded', 'signage']) {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="en-GB"><zx-exposure-board mode=${mode} .client=${impatient()} loading="eager"></zx-exposure-board></div>`,
      );
      const el = wrapper.querySelector<ZxExposureBoard>('zx-exposure-board')!;
      el.style.setProperty('--zx-board-list-height', '200rem');
      await until(() => view(el).entries().length > 0, `${mode} entries`);
      expect(view(el).text()).to.contain('Enforcement exposure board');
      expectLanguagesMarked(el);
      await expect(el).to.be.accessible();
    }
  });

  it('the UI text carries the UI language even when the page language is one the element does not speak', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><zx-execution-gauge .client=${impatient()} loading="eager"></zx-execution-gauge></div>`);
    const el = wrapper.querySelector<ZxExecutionGauge>('zx-execution-gauge')!;
    await until(() => shadowText(el).includes('结案率 ='), 'the gauge');
    // Chinese UI inside a French page: without lang="zh-CN" a French voice would read it.
    for (const { text, lang } of textLanguages(el)) if (HAN.test(text)) expect(lang, text).to.match(/^zh/);
  });

  it('follows lang changed after render: on the element, on an ancestor, on a host component across shadow DOM', async () => {
    const section = await fixture<HTMLElement>(html`<section lang="zh-CN"><zx-execution-gauge .client=${impatient()} loading="eager"></zx-execution-gauge></section>`);
    const gauge = section.querySelector<ZxExecutionGauge>('zx-execution-gauge')!;
    await until(() => shadowText(gauge).includes('结案率 ='), 'Chinese gauge');
    section.setAttribute('lang', 'en');
    await until(() => shadowText(gauge).includes('Closure rate ='), 'English after the ancestor changed');
    gauge.setAttribute('lang', 'zh-CN');
    await until(() => shadowText(gauge).includes('结案率 ='), 'Chinese after the element changed');
    gauge.removeAttribute('lang');
    await until(() => shadowText(gauge).includes('Closure rate ='), 'back to the ancestor');

    // Inside another component's shadow root, the outer component's lang counts and is followed.
    const outer = await fixture<HTMLElement>(html`<div lang="zh-CN"></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('zx-execution-gauge') as ZxExecutionGauge;
    inner.client = impatient();
    inner.loading = 'eager';
    shadow.append(inner);
    await until(() => shadowText(inner).includes('结案率 ='), 'Chinese nested gauge');
    outer.setAttribute('lang', 'en');
    await until(() => shadowText(inner).includes('Closure rate ='), 'English nested gauge');
    const wrap = document.createElement('div');
    shadow.append(wrap);
    wrap.append(inner);
    wrap.setAttribute('lang', 'zh-CN');
    await until(() => shadowText(inner).includes('结案率 ='), 'Chinese after a lang change inside the host shadow root');
    await expect(inner).to.be.accessible();
  });
});

describe('focus after Retry (13.4)', () => {
  it('lookup: Retry that succeeds puts focus on the results heading; one that fails again on the new Retry button', async () => {
    const el = await fixture<ZxDebtorLookup>(html`<zx-debtor-lookup .client=${impatient()} loading="eager"></zx-debtor-lookup>`);
    env.api.setFault({ kind: 'status', status: 503 }, { route: 'debtors', times: 2 });
    const failed = await searchFor(el, fixtureNames.person);
    expect(failed.kind).to.equal('error');
    await expect(el).to.be.accessible();
    // Fails once more.
    let outcome = nextOutcome(el);
    ui(el).button('重试')!.focus();
    ui(el).button('重试')!.click();
    expect((await outcome).kind).to.equal('error');
    await until(() => el.shadowRoot!.activeElement !== null, 'focus back in the lookup');
    expect(el.shadowRoot!.activeElement!.getAttribute('part')).to.contain('retry-button');
    // Now succeeds.
    outcome = nextOutcome(el);
    ui(el).button('重试')!.click();
    expect((await outcome).kind).to.equal('result');
    await until(() => el.shadowRoot!.activeElement !== null, 'focus on the results');
    expect(el.shadowRoot!.activeElement!.id).to.equal('results-heading');
    expect(document.activeElement).to.equal(el);
    await expect(el).to.be.accessible();
  });

  it('board: Retry after a failed first load puts focus on the board heading, not <body>', async () => {
    env.api.setFault({ kind: 'status', status: 503 }, { route: 'exposure', times: 1 });
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board .client=${impatient()} loading="eager"></zx-exposure-board>`);
    await until(() => view(el).error() !== null, 'the error');
    await expect(el).to.be.accessible();
    const retry = view(el).button('retry-button')!;
    retry.focus();
    retry.click();
    await until(() => view(el).entries().length > 0, 'data after retry');
    await el.updateComplete;
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('role')).to.equal('heading');
    await expect(el).to.be.accessible();
  });
});

/** Records each change of text in the element's live regions (role=status/alert, aria-live not off). */
function recordAnnouncements(el: Element): { texts: string[]; stop(): void } {
  const texts: string[] = [];
  const regions = () => [...el.shadowRoot!.querySelectorAll('[role=status],[role=alert],[aria-live]:not([aria-live=off])')];
  const last = new Map<Element, string>(regions().map((r) => [r, r.textContent?.trim() ?? '']));
  const observer = new MutationObserver(() => {
    for (const region of regions()) {
      const text = region.textContent?.trim() ?? '';
      if (text && text !== last.get(region)) texts.push(text);
      last.set(region, text);
    }
  });
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return { texts, stop: () => observer.disconnect() };
}

describe('announcements (13.5)', () => {
  it('board: a filter, section or sort change says the new count in the live region', async () => {
    const el = await fixture<ZxExposureBoard>(html`<zx-exposure-board .client=${impatient()} loading="eager"></zx-exposure-board>`);
    await until(() => view(el).entries().length > 0, 'entries');
    const shown = () => view(el).root.querySelector('[part~=counts]')!.textContent!.trim();
    choose(view(el).select('kind'), 'organization');
    await el.updateComplete;
    expect(shown()).to.match(/^共 \d+ 条$/);
    expect(view(el).announcer()).to.equal(`失信被执行人（单位），按发布日期（从新到旧）排序，${shown()}`);
    choose(view(el).select('sort'), 'amount');
    await el.updateComplete;
    expect(view(el).announcer()).to.equal(`失信被执行人（单位），按金额（从高到低）排序，${shown()}`);
    choose(view(el).select('section'), 'restricted');
    await el.updateComplete;
    expect(view(el).announcer()).to.match(/^限制消费人员（单位），按金额（从高到低）排序，共 \d+ 条$/);
    await expect(el).to.be.accessible();
  });

  it('lookup: "next page" is announced once (focus on the heading), the live region stays quiet', async () => {
    for (let i = 0; i < 23; i++) env.api.addRecord({ ...env.dataset.debtors[0]!, id: `same-${i}`, name: '欧阳志远' });
    const el = await fixture<ZxDebtorLookup>(html`<zx-debtor-lookup .client=${impatient()} loading="eager"></zx-debtor-lookup>`);
    const first = await expectResult(searchFor(el, '欧阳志远'));
    expect(first.total).to.be.greaterThan(10);
    const recorder = recordAnnouncements(el);
    const outcome = nextOutcome(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=pager-button][part~=next]')!.click();
    await expectResult(outcome);
    await until(() => el.shadowRoot!.activeElement?.id === 'results-heading', 'focus on the heading');
    recorder.stop();
    expect(recorder.texts).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement!.textContent).to.contain('第 2/');
    await expect(el).to.be.accessible();
  });
});
