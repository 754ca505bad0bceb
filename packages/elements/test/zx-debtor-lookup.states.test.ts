// Paging, loading, failures and hostile data.
import { expect, fixture, html } from '@open-wc/testing';
import { buildStaticFeed, createStaticFeedHandlers, edgeCaseIds, edgeCaseRecords, fixtureIds, fixtureNames, generateDebtors } from '@zhixing/mocks';
import { createClient, httpSource, type DebtorRecord, type ZhixingClient } from '@zhixing/sdk';
import '../src/zx-debtor-lookup/zx-debtor-lookup.define';
import type { ZxErrorDetail } from '../src/internal';
import type { LookupQuery, ZxDebtorLookup } from '../src/zx-debtor-lookup/zx-debtor-lookup.component';
import { API_BASE, FEED_BASE, createMockEnvironment, shadowText, until } from './helpers';
import { FakeClock, everythingRendered, expectResult, nextOutcome, searchFor, typeInto, ui } from './zx-debtor-lookup.utils';

const env = createMockEnvironment();
before(() => env.start());
afterEach(() => env.reset());
after(() => env.stop());

const debtorRequests = <T extends { route: string }>(log: T[]): T[] => log.filter((r) => r.route === 'debtors');

const SHARED_NAME = '欧阳志远';

/** 23 records for one name: three pages of ten. */
function namesakes(): DebtorRecord[] {
  return generateDebtors({ count: 23, seed: 7, idPrefix: 'page' }).map((record) => ({ ...record, name: SHARED_NAME }));
}

/** A client that gives up at once: failures show without waiting for retries. */
function impatientClient(): ZhixingClient {
  return createClient({ source: httpSource(API_BASE), retry: { retries: 0 } });
}

async function lookup(client?: ZhixingClient): Promise<ZxDebtorLookup> {
  return client
    ? fixture<ZxDebtorLookup>(html`<zx-debtor-lookup .client=${client}></zx-debtor-lookup>`)
    : fixture<ZxDebtorLookup>(html`<zx-debtor-lookup src=${API_BASE} source-kind="api"></zx-debtor-lookup>`);
}

async function nextPage(el: ZxDebtorLookup, which: 'next' | 'previous') {
  const outcome = nextOutcome(el);
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~=pager-button][part~=${which}]`)!.click();
  return expectResult(outcome);
}

describe('<zx-debtor-lookup> paging', () => {
  it('pages through the API ten at a time and moves focus to the results heading', async () => {
    for (const record of namesakes()) env.api.addRecord(record);
    const el = await lookup();
    const first = await expectResult(searchFor(el, SHARED_NAME));
    expect(first.total).to.equal(23);
    const u = ui(el);
    expect(u.names()).to.have.length(10);
    expect(u.pager()!.textContent).to.contain('第 1/3 页');
    expect(u.pager()!.getAttribute('aria-label')).to.equal('查询结果分页');
    const previous = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=previous]')!;
    expect(previous.disabled).to.equal(true);
    await expect(el).to.be.accessible();

    const searches: LookupQuery[] = [];
    el.addEventListener('zx-search', (e) => searches.push((e as CustomEvent<LookupQuery>).detail));
    const second = await nextPage(el, 'next');
    expect(second.page).to.equal(2);
    expect(searches[0]).to.deep.include({ name: SHARED_NAME, page: 2, pageSize: 10 });
    expect(u.pager()!.textContent).to.contain('第 2/3 页');
    expect(el.shadowRoot!.activeElement?.id).to.equal('results-heading');
    const third = await nextPage(el, 'next');
    expect(third.items).to.have.length(3);
    expect(u.names()).to.have.length(3);
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=next]')!.disabled).to.equal(true);
    await nextPage(el, 'previous');
    expect(u.pager()!.textContent).to.contain('第 2/3 页');
    // Page 2 again comes from the client's cache.
    const pagesAsked = debtorRequests(env.api.requests).map((r) => new URL(r.url).searchParams.get('page'));
    expect(pagesAsked).to.deep.equal(['1', '2', '3']);
    await expect(el).to.be.accessible();
  });

  it('pages a static feed on the client', async () => {
    const base = 'https://feed-paging.zhixing.test/court/';
    const files = buildStaticFeed({ ...env.dataset, debtors: [...env.dataset.debtors, ...namesakes()] });
    const feed = createStaticFeedHandlers({ baseUrl: base, files });
    env.worker.use(...feed.handlers);
    const el = await fixture<ZxDebtorLookup>(html`<zx-debtor-lookup src=${base}></zx-debtor-lookup>`);
    const first = await expectResult(searchFor(el, SHARED_NAME));
    expect(first.total).to.equal(23);
    expect(ui(el).names()).to.have.length(10);
    await nextPage(el, 'next');
    const third = await nextPage(el, 'next');
    expect(third.page).to.equal(3);
    expect(ui(el).names()).to.have.length(3);
    expect(ui(el).pager()!.textContent).to.contain('第 3/3 页');
  });
});

describe('<zx-debtor-lookup> loading and races', () => {
  it('shows a visible, announced loading state', async () => {
    env.api.setFault({ kind: 'latency', ms: 400 }, { route: 'debtors', times: 1 });
    const el = await lookup();
    const outcome = searchFor(el, fixtureNames.person);
    await el.updateComplete;
    const u = ui(el);
    expect(u.results().getAttribute('aria-busy')).to.equal('true');
    expect(u.status()).to.equal('正在查询…');
    expect(el.shadowRoot!.querySelector('[role=status]')!.closest('[aria-busy]'), 'the live region is not inside the busy container').to.equal(null);
    await expect(el).to.be.accessible();
    await expectResult(outcome);
    expect(u.results().getAttribute('aria-busy')).to.equal('false');
  });

  it('never shows a slow first answer that arrives after a fast second one', async () => {
    env.api.setFault({ kind: 'latency', ms: 800 }, { route: 'debtors', times: 1 });
    const el = await lookup();
    const results: string[] = [];
    el.addEventListener('zx-result', (e) => results.push((e as CustomEvent<{ query: { name: string } }>).detail.query.name));
    const u = ui(el);
    typeInto(u.name, fixtureNames.person);
    u.form.requestSubmit(); // slow
    const second = searchFor(el, fixtureNames.caseOnly); // fast
    await expectResult(second);
    expect(u.names()).to.deep.equal([fixtureNames.caseOnly]);
    // Wait until the mock has answered the slow request too, then look again.
    await until(() => env.api.requests.some((r) => r.fault === 'latency'), 'the slow answer', 4000);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(u.names()).to.deep.equal([fixtureNames.caseOnly]);
    expect(shadowText(el)).not.to.contain(fixtureNames.person);
    expect(results).to.deep.equal([fixtureNames.caseOnly]);
  });
});

describe('<zx-debtor-lookup> failures', () => {
  it('429 with Retry-After: says when to retry and holds the search button until then', async () => {
    env.api.setFault({ kind: 'status', status: 429, retryAfter: 1 }, { route: 'debtors', times: 1 });
    const el = await lookup(impatientClient());
    const outcome = await searchFor(el, fixtureNames.person);
    expect(outcome.kind).to.equal('error');
    const detail = (outcome as { detail: ZxErrorDetail }).detail;
    expect(detail.code).to.equal('http');
    expect(detail.status).to.equal(429);
    const u = ui(el);
    expect(u.error()!.getAttribute('role')).to.equal('alert');
    expect(u.error()!.textContent).to.contain('查询过于频繁，请在 1 秒后再试');
    expect(u.submit.getAttribute('aria-disabled')).to.equal('true');
    expect(u.button('重试'), 'no retry button while rate-limited').to.equal(undefined);
    await expect(el).to.be.accessible();
    u.form.requestSubmit();
    await el.updateComplete;
    expect(debtorRequests(env.api.requests)).to.have.length(1);
    await until(() => u.submit.getAttribute('aria-disabled') === 'false', 'the Retry-After to pass', 4000);
    expect(u.button('重试')).to.not.equal(undefined);
    const retried = nextOutcome(el);
    u.form.requestSubmit();
    expect((await expectResult(retried)).total).to.equal(2);
    expect(u.error()).to.equal(null);
  });

  it('500: a clear message and a retry that re-runs the last query', async () => {
    env.api.setFault({ kind: 'status', status: 500 }, { route: 'debtors' });
    const el = await lookup(impatientClient());
    const outcome = await searchFor(el, fixtureNames.person, fixtureIds.person);
    expect(outcome.kind).to.equal('error');
    const u = ui(el);
    expect(u.error()!.textContent).to.contain('数据源暂时不可用');
    expect(u.results().getAttribute('aria-busy')).to.equal('false');
    await expect(el).to.be.accessible();
    env.api.setFault(null);
    typeInto(u.name, 'someone else'); // the retry repeats what was searched, not what is typed now
    const retried = nextOutcome(el);
    u.button('重试')!.click();
    const result = await expectResult(retried);
    expect(result.query).to.deep.equal({ name: fixtureNames.person, identifier: '4307251990****1235' });
    const sent = debtorRequests(env.api.requests).at(-1)!;
    // The full ID never leaves the browser: the API gets the masked form.
    expect(new URL(sent.url).searchParams.get('identifier')).to.equal('4307251990****1235');
  });

  it('500 after the SDK retries (fake clock): the error shows once retries are spent', async () => {
    env.api.setFault({ kind: 'status', status: 500 }, { route: 'debtors' });
    const clock = new FakeClock();
    const client = createClient({ source: httpSource(API_BASE), timers: clock.timerApi, now: clock.now, random: () => 0.5 });
    const el = await lookup(client);
    let settled = false;
    const outcome = searchFor(el, fixtureNames.person).then((o) => ((settled = true), o));
    while (!settled) {
      clock.fireNext(5000);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect((await outcome).kind).to.equal('error');
    expect(debtorRequests(env.api.requests)).to.have.length(3);
    expect(ui(el).error()!.textContent).to.contain('数据源暂时不可用');
  });

  it('keeps the shown results, marked, when another page of them fails; hides them for a new name', async () => {
    for (const record of namesakes()) env.api.addRecord(record);
    const el = await lookup(impatientClient());
    await expectResult(searchFor(el, SHARED_NAME));
    env.api.setFault({ kind: 'status', status: 503 }, { route: 'debtors' });
    const outcome = nextOutcome(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=next]')!.click();
    const failed = await outcome;
    expect(failed.kind === 'error' && failed.detail.keptLastGood).to.equal(true);
    const u = ui(el);
    expect(u.error()!.textContent).to.contain('仍显示上次成功获取的数据');
    expect(u.names()).to.have.length(10);
    await expect(el).to.be.accessible();
    const other = await searchFor(el, fixtureNames.person);
    expect(other.kind === 'error' && other.detail.keptLastGood).to.equal(false);
    expect(u.names(), 'results for another name are not shown under its error').to.have.length(0);
  });

  it('a network failure reads as one', async () => {
    const el = await lookup(impatientClient());
    await until(() => shadowText(el).includes('桃源县人民法院'), 'court.json read at start-up');
    // The whole server stops answering: the elements' no-cors probe (which tells CORS refusals from
    // an unreachable server) fails too, as it would for real.
    env.api.setFault({ kind: 'network-error' }, { route: 'all' });
    await searchFor(el, fixtureNames.person);
    expect(ui(el).error()!.textContent).to.contain('无法连接数据源');
  });
});

describe('<zx-debtor-lookup> untrusted data', () => {
  it('never puts an unmasked ID from the API into the DOM', async () => {
    env.api.setFault({ kind: 'unmasked-ids' }, { route: 'debtors' });
    const el = await lookup();
    await expectResult(searchFor(el, fixtureNames.person));
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=detail-button]').forEach((b) => b.click());
    await el.updateComplete;
    expect(env.api.requests.some((r) => r.fault === 'unmasked-ids')).to.equal(true);
    const rendered = everythingRendered(el);
    expect(rendered).to.contain('4307251990****1235');
    expect(rendered).not.to.contain(fixtureIds.person);
    expect(rendered).not.to.contain(fixtureIds.person.slice(6, 14)); // the birth date
  });

  it('never puts an unmasked ID from a static feed into the DOM', async () => {
    const edge = edgeCaseRecords(env.dataset.today);
    const full = edgeCaseIds(env.dataset.today).unmaskedId;
    const base = 'https://feed-leaky.zhixing.test/';
    env.worker.use(...createStaticFeedHandlers({ baseUrl: base, files: buildStaticFeed({ ...env.dataset, debtors: [edge.unmaskedId] }) }).handlers);
    const el = await fixture<ZxDebtorLookup>(html`<zx-debtor-lookup src=${base}></zx-debtor-lookup>`);
    const result = await expectResult(searchFor(el, edge.unmaskedId.name));
    expect(result.total).to.equal(1);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=detail-button]')!.click();
    await el.updateComplete;
    expect(everythingRendered(el)).not.to.contain(full);
    expect(shadowText(el)).to.contain(`${full.slice(0, 10)}****${full.slice(14)}`);
  });

  it('renders a hostile name as text', async () => {
    const hostile = edgeCaseRecords(env.dataset.today).hostileName;
    env.api.addRecord(hostile);
    const el = await lookup();
    const result = await expectResult(searchFor(el, hostile.name));
    expect(result.total).to.equal(1);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=detail-button]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(ui(el).names()).to.deep.equal(['<img src=x onerror="alert(1)">']);
    expect(ui(el).status()).to.equal('找到 1 条记录。');
    await expectResult(searchFor(el, `${hostile.name}x`));
    expect(ui(el).status()).to.contain('<img src=x onerror="alert(1)">x');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('links a restriction order safely', async () => {
    const [record] = generateDebtors({ count: 40, seed: 3, idPrefix: 'order' }).filter((r) => r.type === 'consumption-restriction');
    env.api.addRecord({ ...record!, name: '冯晓东', orderUrl: 'https://court.example/orders/1.pdf' } as DebtorRecord);
    const el = await lookup();
    await expectResult(searchFor(el, '冯晓东'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=detail-button]')!.click();
    await el.updateComplete;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~=order-link]')!;
    expect(link.href).to.equal('https://court.example/orders/1.pdf');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.target).to.equal('_blank');
    expect(link.textContent).to.contain('限制消费令');
    await expect(el).to.be.accessible();
  });
});

describe('<zx-debtor-lookup> anti-abuse hook', () => {
  it('sends the headers the host page supplies; the hook sees the ID masked', async () => {
    const el = await lookup();
    const seen: LookupQuery[] = [];
    el.antiAbuse = async (query) => {
      seen.push(query);
      return { 'x-captcha-token': 'tok-123' };
    };
    await expectResult(searchFor(el, fixtureNames.person, fixtureIds.person));
    expect(seen).to.deep.equal([{ name: fixtureNames.person, identifier: '4307251990****1235', page: 1, pageSize: 10 }]);
    expect(debtorRequests(env.api.requests)[0]!.headers['x-captcha-token']).to.equal('tok-123');
  });

  it('does not search when the hook rejects, and says why', async () => {
    const el = await lookup();
    el.antiAbuse = () => Promise.reject(new Error('captcha closed'));
    const outcome = await searchFor(el, fixtureNames.person);
    expect(outcome.kind === 'error' && outcome.detail.code).to.equal('anti-abuse');
    expect(debtorRequests(env.api.requests)).to.have.length(0);
    expect(ui(el).error()!.textContent).to.contain('未能完成安全验证，本次没有查询');
    await expect(el).to.be.accessible();
    el.antiAbuse = async () => ({});
    const retried = nextOutcome(el);
    ui(el).button('重试')!.click();
    expect((await expectResult(retried)).total).to.equal(2);
  });
});

describe('<zx-debtor-lookup> source changes', () => {
  it("adds the court's own data page beside the national link, never instead of it", async () => {
    const base = 'https://feed-own-page.zhixing.test/';
    const court = { ...env.dataset.court, dataPageUrl: 'https://court.example/zhixing/' };
    env.worker.use(...createStaticFeedHandlers({ baseUrl: base, files: buildStaticFeed({ ...env.dataset, court }) }).handlers);
    const el = await fixture<ZxDebtorLookup>(html`<zx-debtor-lookup src=${base}></zx-debtor-lookup>`);
    await until(() => el.shadowRoot!.querySelectorAll('[part~=notice] a').length === 2, 'the court page link');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~=notice] a')].map((a) => a.href);
    expect(links).to.deep.equal(['https://zxgk.court.gov.cn/', 'https://court.example/zhixing/']);
    await expect(el).to.be.accessible();
  });


  it('drops what it showed when the source changes', async () => {
    const el = await lookup();
    await expectResult(searchFor(el, fixtureNames.person));
    el.src = FEED_BASE;
    el.sourceKind = 'static';
    await el.updateComplete;
    expect(ui(el).names()).to.have.length(0);
    expect(ui(el).status()).to.equal('');
  });
});
