import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fixtureIds, fixtureNames } from '@zhixing/mocks';
import { maskIdentifier, type SearchResult } from '@zhixing/sdk';
import '../src/zx-debtor-lookup/zx-debtor-lookup.define';
import type { LookupQuery, ZxDebtorLookup } from '../src/zx-debtor-lookup/zx-debtor-lookup.component';
import { API_BASE, FEED_BASE, createMockEnvironment, shadowText, until } from './helpers';
import { everythingRendered, expectResult, nextOutcome, searchFor, typeInto, ui } from './zx-debtor-lookup.utils';

const env = createMockEnvironment();
before(() => env.start());
afterEach(() => env.reset());
after(() => env.stop());

const debtorRequests = <T extends { route: string }>(log: T[]): T[] => log.filter((r) => r.route === 'debtors');

async function apiLookup(): Promise<ZxDebtorLookup> {
  return fixture<ZxDebtorLookup>(html`<zx-debtor-lookup src=${API_BASE} source-kind="api"></zx-debtor-lookup>`);
}

async function feedLookup(): Promise<ZxDebtorLookup> {
  return fixture<ZxDebtorLookup>(html`<zx-debtor-lookup src=${FEED_BASE}></zx-debtor-lookup>`);
}

describe('<zx-debtor-lookup>', () => {
  describe('before any search', () => {
    it('shows the form, the coverage notice and the link to the national site', async () => {
      const el = await apiLookup();
      const { form, name, id, submit, root } = ui(el);
      expect(form.getAttribute('role')).to.equal('search');
      expect(root.querySelector('label[for=name]')!.textContent).to.contain('被执行人姓名或名称');
      expect(root.querySelector('label[for=identifier]')!.textContent).to.contain('身份证号码或统一社会信用代码');
      expect(name.getAttribute('aria-invalid')).to.equal('false');
      expect(id.getAttribute('aria-describedby')).to.equal('id-hint');
      expect(submit.textContent!.trim()).to.equal('查询');
      const link = root.querySelector<HTMLAnchorElement>('[part~=notice] a')!;
      expect(link.href).to.equal('https://zxgk.court.gov.cn/');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(shadowText(el)).to.contain('全国法院失信被执行人名单以中国执行信息公开网');
      // The court's name arrives from the source; its dataPageUrl (the national site here) does not replace the link.
      await until(() => shadowText(el).includes('本查询仅涵盖桃源县人民法院公布的记录'), 'court name');
      expect(root.querySelectorAll('[part~=notice] a')).to.have.length(1);
      expect(ui(el).status()).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('says so when no source is configured', async () => {
      const el = await fixture<ZxDebtorLookup>(html`<zx-debtor-lookup></zx-debtor-lookup>`);
      const outcome = await searchFor(el, fixtureNames.person);
      expect(outcome.kind).to.equal('error');
      expect(ui(el).error()!.textContent).to.contain('未配置数据源');
      await expect(el).to.be.accessible();
    });
  });

  describe('searching the HTTP API', () => {
    it('finds a seed debtor by name, on each list it is on', async () => {
      const el = await apiLookup();
      const result = await expectResult(searchFor(el, fixtureNames.person));
      expect(result.total).to.equal(2);
      const u = ui(el);
      expect(u.status()).to.equal('找到 2 条记录。');
      expect(u.results().getAttribute('aria-busy')).to.equal('false');
      expect(u.names()).to.deep.equal([fixtureNames.person, fixtureNames.person]);
      expect(u.badges()).to.deep.equal(['失信被执行人', '限制消费']);
      const text = shadowText(el);
      expect(text).to.contain('失信被执行人（本页 1 条）');
      expect(text).to.contain('4307251990****1235');
      expect(text).to.contain('（2022）湘0725执1186号');
      expect(text).to.contain('桃源县人民法院');
      expect(text).to.contain('立案时间2022年5月16日');
      expect(text).to.contain('2022年5月16日');
      expect(text).to.contain('全部未履行');
      expect(text).to.contain('88,463元');
      expect(text).to.contain('发布时间');
      expect(text).to.contain('数据截至');
      expect(everythingRendered(el)).not.to.contain(fixtureIds.person);
      await expect(el).to.be.accessible();
    });

    it('narrows by ID number: only the 王伟 with that ID', async () => {
      const el = await apiLookup();
      const result = await expectResult(searchFor(el, fixtureNames.commonName, fixtureIds.commonName));
      expect(result.total).to.equal(1);
      expect(ui(el).badges()).to.deep.equal(['失信被执行人']);
      expect(shadowText(el)).to.contain(maskIdentifier(fixtureIds.commonName));
      const sent = debtorRequests(env.api.requests);
      expect(sent).to.have.length(1);
      expect(new URL(sent[0]!.url).searchParams.get('identifier')).to.equal(maskIdentifier(fixtureIds.commonName));
      await expect(el).to.be.accessible();
    });

    it('accepts a pasted ID with spaces, dashes and full-width digits', async () => {
      const el = await apiLookup();
      const pasted = '４３０７２５ 1990-0101-１２３５';
      typeInto(ui(el).id, pasted);
      await el.updateComplete;
      expect(ui(el).id.getAttribute('aria-invalid')).to.equal('false');
      const result = await expectResult(searchFor(el, ` ${fixtureNames.person} `, pasted));
      expect(result.total).to.equal(2);
      expect(new URL(debtorRequests(env.api.requests)[0]!.url).searchParams.get('identifier')).to.equal(maskIdentifier(fixtureIds.person));
    });

    it('finds an organisation by its credit code, shown in full', async () => {
      const el = await apiLookup();
      const result = await expectResult(searchFor(el, fixtureNames.company, fixtureIds.company.toLowerCase()));
      expect(result.total).to.equal(2);
      expect(shadowText(el)).to.contain('统一社会信用代码');
      expect(shadowText(el)).to.contain(fixtureIds.company);
      expect(shadowText(el)).to.contain('单位');
    });
  });

  describe('searching the static feed (default source kind)', () => {
    it('finds a seed debtor by name and by ID through the shard index', async () => {
      const el = await feedLookup();
      const byName = await expectResult(searchFor(el, fixtureNames.restrictedOnly));
      expect(byName.total).to.equal(1);
      expect(ui(el).badges()).to.deep.equal(['限制消费']);
      const byId = await expectResult(searchFor(el, fixtureNames.person, fixtureIds.person));
      expect(byId.total).to.equal(2);
      expect(ui(el).badges()).to.deep.equal(['失信被执行人', '限制消费']);
      const paths = env.feed.requests.map((r) => new URL(r.url).pathname);
      expect(paths.some((p) => p.endsWith('debtors/manifest.json'))).to.equal(true);
      expect(paths.some((p) => /debtors\/shards\/[0-9a-f]+\.json$/.test(p))).to.equal(true);
      expect(everythingRendered(el)).not.to.contain(fixtureIds.person);
      await expect(el).to.be.accessible();
    });

    it('finds an enforcement case only', async () => {
      const el = await feedLookup();
      await expectResult(searchFor(el, fixtureNames.caseOnly, fixtureIds.caseOnly));
      expect(ui(el).badges()).to.deep.equal(['被执行人（执行案件）']);
      expect(shadowText(el)).to.contain('执行中');
      expect(shadowText(el)).to.contain('72,000元');
    });
  });

  describe('input checks before any request', () => {
    it('rejects a wrong check digit as it is typed, and never searches with it', async () => {
      const el = await apiLookup();
      const u = ui(el);
      typeInto(u.name, fixtureNames.person);
      typeInto(u.id, '430725199001011234');
      await el.updateComplete;
      expect(u.id.getAttribute('aria-invalid')).to.equal('true');
      expect(u.id.getAttribute('aria-describedby')).to.contain('id-error');
      expect(u.idError()).to.contain('身份证号码校验位不正确');
      await expect(el).to.be.accessible();
      let searched = false;
      el.addEventListener('zx-search', () => (searched = true));
      u.form.requestSubmit();
      await el.updateComplete;
      expect(searched).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(u.id);
      expect(debtorRequests(env.api.requests)).to.have.length(0);
      // Correcting it clears the message.
      typeInto(u.id, fixtureIds.person);
      await el.updateComplete;
      expect(u.id.getAttribute('aria-invalid')).to.equal('false');
      expect(u.idError()).to.equal('');
    });

    it('rejects a wrong checksum over the static feed without fetching the index', async () => {
      const el = await feedLookup();
      const u = ui(el);
      typeInto(u.name, fixtureNames.company);
      typeInto(u.id, '91430725MA4L00003X');
      u.form.requestSubmit();
      await el.updateComplete;
      expect(u.idError()).to.contain('统一社会信用代码校验位不正确');
      expect(debtorRequests(env.feed.requests)).to.have.length(0);
    });

    it('says which problem the number has: length, characters, date, masked', async () => {
      const el = await apiLookup();
      const u = ui(el);
      typeInto(u.id, '4307251990');
      await el.updateComplete;
      expect(u.idError(), 'no complaint while still typing').to.equal('');
      u.id.dispatchEvent(new FocusEvent('blur'));
      await el.updateComplete;
      expect(u.idError()).to.contain('应为 18 位，现在是 10 位');
      typeInto(u.id, '43072519900101123五');
      await el.updateComplete;
      expect(u.idError()).to.contain('不允许的字符');
      typeInto(u.id, '430725199002301235');
      await el.updateComplete;
      expect(u.idError()).to.contain('出生日期');
      typeInto(u.id, '4307251990****1235');
      await el.updateComplete;
      expect(u.idError()).to.contain('****');
      await expect(el).to.be.accessible();
      expect(debtorRequests(env.api.requests)).to.have.length(0);
    });

    it('requires a name, and moves focus to it', async () => {
      const el = await apiLookup();
      const u = ui(el);
      u.form.requestSubmit();
      await el.updateComplete;
      expect(u.nameError()).to.contain('请输入被执行人姓名或名称');
      expect(u.name.getAttribute('aria-invalid')).to.equal('true');
      expect(u.name.getAttribute('aria-describedby')).to.contain('name-error');
      expect(el.shadowRoot!.activeElement).to.equal(u.name);
      expect(debtorRequests(env.api.requests)).to.have.length(0);
      await expect(el).to.be.accessible();
      typeInto(u.name, '张');
      await el.updateComplete;
      expect(u.nameError()).to.equal('');
    });
  });

  describe('IME composition (Chinese input methods)', () => {
    it('sends exactly one search: none while composing, one after', async () => {
      const el = await apiLookup();
      const u = ui(el);
      const searches: LookupQuery[] = [];
      el.addEventListener('zx-search', (e) => searches.push((e as CustomEvent<LookupQuery>).detail));
      u.name.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true, data: '' }));
      for (const partial of ['liu', 'liujian', 'liujianjun', fixtureNames.person]) {
        u.name.value = partial;
        u.name.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true, inputType: 'insertCompositionText', data: partial }));
      }
      const enter = new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, composed: true, cancelable: true });
      u.name.dispatchEvent(enter);
      expect(enter.defaultPrevented, 'Enter picks the candidate, it does not submit').to.equal(true);
      u.form.requestSubmit(); // even a submit that gets through is ignored mid-composition
      await el.updateComplete;
      expect(searches).to.have.length(0);
      u.name.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: fixtureNames.person }));
      const outcome = nextOutcome(el);
      u.form.requestSubmit();
      await expectResult(outcome);
      expect(searches).to.have.length(1);
      expect(searches[0]!.name).to.equal(fixtureNames.person);
      expect(debtorRequests(env.api.requests)).to.have.length(1);
    });

    it('in live mode searches after the composition ends, never during it', async () => {
      const el = await fixture<ZxDebtorLookup>(html`<zx-debtor-lookup src=${API_BASE} source-kind="api" live live-delay="20"></zx-debtor-lookup>`);
      const u = ui(el);
      u.name.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
      for (const partial of ['zhang', 'zhangdefu', fixtureNames.caseOnly]) {
        u.name.value = partial;
        u.name.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true, data: partial }));
      }
      await new Promise((resolve) => setTimeout(resolve, 100)); // several debounce periods pass mid-composition
      expect(debtorRequests(env.api.requests)).to.have.length(0);
      const outcome = nextOutcome(el);
      u.name.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: fixtureNames.caseOnly }));
      const result = await expectResult(outcome);
      expect(result.query.name).to.equal(fixtureNames.caseOnly);
      expect(debtorRequests(env.api.requests)).to.have.length(1);
      expect(ui(el).nameError(), 'live mode does not nag').to.equal('');
    });
  });

  describe('results', () => {
    it('expands and collapses the details with a disclosure button', async () => {
      const el = await apiLookup();
      await expectResult(searchFor(el, fixtureNames.person));
      const root = el.shadowRoot!;
      const button = root.querySelector<HTMLButtonElement>('.dishonest-debtor [part~=detail-button]')!;
      const detail = root.getElementById(button.getAttribute('aria-controls')!)!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(detail.hidden).to.equal(true);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(detail.hidden).to.equal(false);
      const text = detail.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('执行依据文号');
      expect(text).to.contain('（2021）湘0725民初2874号');
      expect(text).to.contain('做出执行依据单位');
      expect(text).to.contain('有履行能力而拒不履行生效法律文书确定义务');
      expect(text).to.contain('已履行部分');
      expect(text).to.contain('未履行部分');
      await expect(el).to.be.accessible();
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(detail.hidden).to.equal(true);
    });

    it('shows the legal representative of an organisation in its details', async () => {
      const el = await apiLookup();
      await expectResult(searchFor(el, fixtureNames.company));
      el.shadowRoot!.querySelector<HTMLButtonElement>('.dishonest-debtor [part~=detail-button]')!.click();
      await el.updateComplete;
      expect(shadowText(el)).to.contain('法定代表人或负责人');
      expect(shadowText(el)).to.contain('周建国');
    });

    it('says what was searched when nothing is found, with the ID masked', async () => {
      const el = await apiLookup();
      const result = await expectResult(searchFor(el, '查无此人', fixtureIds.person));
      expect(result.total).to.equal(0);
      const u = ui(el);
      expect(u.status()).to.equal('未找到姓名或名称为“查无此人”、号码为 4307251990****1235 的记录。');
      expect(u.results().querySelector('[part~=results-heading]')).to.equal(null);
      expect(everythingRendered(el)).not.to.contain(fixtureIds.person);
      await expect(el).to.be.accessible();
      await expectResult(searchFor(el, '查无此人'));
      expect(u.status()).to.equal('未找到姓名或名称为“查无此人”的记录。');
    });

    it('masks an ID number typed into the name field and says where it belongs', async () => {
      const el = await apiLookup();
      const spaced = `${fixtureIds.person.slice(0, 6)} ${fixtureIds.person.slice(6, 14)} ${fixtureIds.person.slice(14)}`;
      for (const typed of [fixtureIds.person, spaced, `张三${fixtureIds.person}`]) {
        await expectResult(searchFor(el, typed));
        const status = ui(el).status();
        expect(status, typed).to.contain('4307251990****1235');
        expect(status, typed).to.contain('请把号码填在“身份证号码或统一社会信用代码”栏');
        expect(everythingRendered(el), typed).not.to.contain(fixtureIds.person);
        expect(everythingRendered(el).replace(/\s/g, ''), typed).not.to.contain(fixtureIds.person);
      }
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'en');
      await expectResult(searchFor(el, fixtureIds.person));
      expect(ui(el).status()).to.contain('Put the number in the “ID number or unified social credit code” field');
      expect(everythingRendered(el)).not.to.contain(fixtureIds.person);
    });
  });

  describe('events', () => {
    it('fires zx-search with the identifier masked and zx-result with the SearchResult', async () => {
      const el = await apiLookup();
      const search = oneEvent(el, 'zx-search');
      const result = oneEvent(el, 'zx-result');
      void searchFor(el, fixtureNames.person, fixtureIds.person);
      const searchEvent = (await search) as CustomEvent<LookupQuery>;
      expect(searchEvent.bubbles && searchEvent.composed).to.equal(true);
      expect(searchEvent.detail).to.deep.equal({ name: fixtureNames.person, identifier: '4307251990****1235', page: 1, pageSize: 10 });
      expect(JSON.stringify(searchEvent.detail)).not.to.contain(fixtureIds.person);
      const resultEvent = (await result) as CustomEvent<SearchResult>;
      expect(resultEvent.detail.total).to.equal(2);
      expect(resultEvent.detail.query.identifier).to.equal('4307251990****1235');
      expect(JSON.stringify(resultEvent.detail)).not.to.contain(fixtureIds.person);
    });
  });

  describe('host page API', () => {
    it('search() fills the form and searches; heading-level sets the heading levels', async () => {
      const el = await fixture<ZxDebtorLookup>(html`<zx-debtor-lookup src=${API_BASE} source-kind="api" heading-level="3"></zx-debtor-lookup>`);
      const outcome = nextOutcome(el);
      await el.search(fixtureNames.person, fixtureIds.person);
      expect((await expectResult(outcome)).total).to.equal(2);
      expect(ui(el).name.value).to.equal(fixtureNames.person);
      const root = el.shadowRoot!;
      expect(root.querySelector('[part~=results-heading]')!.getAttribute('aria-level')).to.equal('3');
      expect(root.querySelector('[part~=group-heading]')!.getAttribute('aria-level')).to.equal('4');
      expect(root.querySelector('[part~=result-name]')!.getAttribute('aria-level')).to.equal('5');
    });
  });

  describe('language and modes', () => {
    it('speaks English when lang="en"', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><zx-debtor-lookup src=${API_BASE} source-kind="api"></zx-debtor-lookup></div>`);
      const el = wrapper.querySelector('zx-debtor-lookup')!;
      await el.updateComplete;
      const u = ui(el);
      expect(u.submit.textContent!.trim()).to.equal('Search');
      expect(shadowText(el)).to.contain('China Enforcement Information Disclosure');
      await until(() => shadowText(el).includes("Taoyuan County People's Court"), 'English court name');
      await expectResult(searchFor(el, fixtureNames.person));
      expect(u.status()).to.equal('2 records found.');
      expect(u.badges()).to.deep.equal(['Dishonest debtor', 'Consumption restriction']);
      const text = shadowText(el);
      expect(text).to.contain('16 May 2022');
      expect(text).to.contain('Not performed at all');
      expect(text).to.contain('¥88,463');
      expect(text).to.contain('Show details');
      await expect(el).to.be.accessible();
      typeInto(u.id, '430725199001011234');
      await el.updateComplete;
      expect(u.idError()).to.contain('The check digit of this ID number is wrong');
      await expectResult(searchFor(el, 'Nobody'));
      expect(u.status()).to.equal('No records found for the name “Nobody”.');
    });

    it('turns on the elder-friendly mode', async () => {
      const el = await fixture<ZxDebtorLookup>(html`<zx-debtor-lookup src=${API_BASE} source-kind="api" elder></zx-debtor-lookup>`);
      expect(el.hasAttribute('data-elder')).to.equal(true);
      await expectResult(searchFor(el, fixtureNames.person));
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard only', () => {
    it('Tab to the fields, type, Enter submits, Enter opens details', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><zx-debtor-lookup src=${API_BASE} source-kind="api"></zx-debtor-lookup></div>`);
      const el = wrapper.querySelector('zx-debtor-lookup')!;
      await el.updateComplete;
      const u = ui(el);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(u.name);
      await sendKeys({ type: fixtureNames.person });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(u.id);
      await sendKeys({ type: fixtureIds.person });
      const outcome = nextOutcome(el);
      await sendKeys({ press: 'Enter' });
      const result = await expectResult(outcome);
      expect(result.total).to.equal(2);
      // Submit button, the national-site link, then the first record's disclosure button.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(u.submit);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.tagName).to.equal('A');
      await sendKeys({ press: 'Tab' });
      const disclosure = el.shadowRoot!.activeElement as HTMLButtonElement;
      expect(disclosure.getAttribute('part')).to.equal('detail-button');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(disclosure.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: ' ' }); // the key value: 'Space' is a CDP key name that WebDriver BiDi and classic WebDriver do not know
      await el.updateComplete;
      expect(disclosure.getAttribute('aria-expanded')).to.equal('false');
    });
  });
});
