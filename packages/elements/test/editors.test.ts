// What an editor sees when an attribute is wrong: an unknown value of an enumerated attribute is
// refused visibly (on the page, in the console, in `zx-error`), naming the attribute, the value and
// the allowed values — never replaced by a default that publishes another figure.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/zx-debtor-lookup/zx-debtor-lookup.define';
import '../src/zx-execution-gauge/zx-execution-gauge.define';
import '../src/zx-exposure-board/zx-exposure-board.define';
import type { ZxErrorDetail } from '../src/internal';
import type { ZhixingElement } from '../src/internal/zhixing-element';
import { API_BASE, createMockEnvironment, shadowText, until } from './helpers';

const env = createMockEnvironment({ today: '2024-05-15' });
before(() => env.start());
afterEach(() => env.reset());
after(() => env.stop());

/** Captures console.error while `run` runs. */
async function consoleErrors<T>(run: () => Promise<T>): Promise<{ value: T; logged: string[] }> {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  try {
    return { value: await run(), logged };
  } finally {
    console.error = original;
  }
}

const cases: { tag: string; attribute: string; value: string; allowed: string[]; wrongContent?: string }[] = [
  { tag: 'zx-execution-gauge', attribute: 'metric', value: 'actual-execution', allowed: ['closure-rate', 'actual-execution-rate', 'money-recovered'], wrongContent: '结案率 =' },
  { tag: 'zx-execution-gauge', attribute: 'metric', value: 'closure_rate', allowed: ['closure-rate', 'actual-execution-rate', 'money-recovered'], wrongContent: '结案率 =' },
  { tag: 'zx-execution-gauge', attribute: 'compare', value: 'last-year', allowed: ['previous', 'target'] },
  { tag: 'zx-execution-gauge', attribute: 'view', value: 'trends', allowed: ['gauge', 'trend'], wrongContent: '结案率 =' },
  { tag: 'zx-execution-gauge', attribute: 'source-kind', value: 'API ', allowed: ['static', 'api'] },
  { tag: 'zx-exposure-board', attribute: 'mode', value: 'fullscreen', allowed: ['embedded', 'signage'] },
  { tag: 'zx-exposure-board', attribute: 'section', value: 'dishonest-debtors', allowed: ['dishonest', 'restricted', 'rewards'] },
  { tag: 'zx-exposure-board', attribute: 'kind', value: 'person', allowed: ['all', 'natural-person', 'organization'] },
  { tag: 'zx-exposure-board', attribute: 'sort', value: 'date', allowed: ['published', 'amount'] },
  { tag: 'zx-debtor-lookup', attribute: 'loading', value: 'later', allowed: ['lazy', 'eager'] },
  { tag: 'zx-debtor-lookup', attribute: 'source-kind', value: 'json', allowed: ['static', 'api'] },
];

function create(tag: string, attribute: string, value: string): HTMLElement {
  const element = document.createElement(tag);
  element.setAttribute('src', API_BASE);
  if (attribute !== 'source-kind') element.setAttribute('source-kind', 'api');
  if (attribute !== 'loading') element.setAttribute('loading', 'eager');
  element.setAttribute(attribute, value);
  return element;
}

describe('unknown values of enumerated attributes (13.9)', () => {
  for (const c of cases) {
    it(`<${c.tag} ${c.attribute}="${c.value}">: refused on the page, in the console and in zx-error`, async () => {
      const errors: ZxErrorDetail[] = [];
      const holder = await fixture<HTMLElement>(html`<div lang="zh-CN"></div>`);
      holder.addEventListener('zx-error', (event) => errors.push((event as CustomEvent<ZxErrorDetail>).detail));
      const { value: el, logged } = await consoleErrors(async () => {
        const element = create(c.tag, c.attribute, c.value) as ZhixingElement;
        holder.append(element);
        await until(() => !!element.shadowRoot?.querySelector('[role=alert]'), 'the notice');
        return element;
      });
      const notice = shadowText(el);
      expect(notice).to.contain(c.attribute);
      expect(notice).to.contain(`“${c.value}”`);
      for (const allowed of c.allowed) expect(notice).to.contain(allowed);
      if (c.wrongContent) expect(notice).not.to.contain(c.wrongContent); // nothing else published
      expect(logged.some((line) => line.includes(`${c.attribute}="${c.value}"`) && c.allowed.every((a) => line.includes(a)))).to.equal(true, logged.join('\n'));
      expect(errors.map((e) => e.code)).to.include('invalid-attribute');
      await expect(el).to.be.accessible();

      // Corrected: the element works, the notice goes.
      el.setAttribute(c.attribute, c.allowed[c.allowed.length - 1]!);
      await until(() => !el.shadowRoot!.querySelector('[role=alert]') || !shadowText(el).includes(c.value), 'the notice gone');
      expect(shadowText(el)).not.to.contain('无效');
    });
  }

  it('English UI: the notice is in English, allowed values listed', async () => {
    const holder = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const { value: el } = await consoleErrors(async () => {
      const element = create('zx-execution-gauge', 'metric', 'closure_rate');
      holder.append(element);
      await until(() => !!element.shadowRoot?.querySelector('[role=alert]'), 'the notice');
      return element;
    });
    expect(shadowText(el)).to.contain('the metric attribute has an unknown value “closure_rate”. Allowed values: closure-rate, actual-execution-rate, money-recovered.');
    await expect(el).to.be.accessible();
  });

  it('a wrong value set from JavaScript is refused the same way; an empty optional attribute is fine', async () => {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const { value: el } = await consoleErrors(async () => {
      const element = create('zx-execution-gauge', 'compare', '') as HTMLElement & { metric: string };
      holder.append(element);
      await until(() => shadowText(element).includes('结案率 ='), 'the gauge');
      element.metric = 'money';
      await until(() => !!element.shadowRoot?.querySelector('[role=alert]'), 'the notice');
      return element;
    });
    expect(shadowText(el)).to.contain('“money”');
  });
});
