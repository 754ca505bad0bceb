// The shared plumbing every element inherits: lazy first render below the fold, safe double
// registration, page-wide language and elder mode.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { defineElement } from '../src/internal/define';
import { ZhixingElement } from '../src/internal/zhixing-element';
import { until } from './helpers';

class ZxProbe extends ZhixingElement {
  renders = 0;
  protected override render() {
    this.renders++;
    return litHtml`<p>${this.locale} ${this.elderActive ? 'elder' : 'normal'}</p>`;
  }
}
defineElement('zx-probe', ZxProbe);

describe('ZhixingElement plumbing', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('data-zx-elder');
  });

  it('renders nothing (and so fetches nothing) below the fold until scrolled near', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><div class="spacer"></div><zx-probe></zx-probe></div>`);
    (page.querySelector('.spacer') as HTMLElement).style.setProperty('height', '5000px');
    const probe = page.querySelector('zx-probe') as ZxProbe;
    await new Promise((r) => setTimeout(r, 100));
    expect(probe.renders).to.equal(0);
    probe.scrollIntoView();
    await until(() => probe.renders > 0, 'first render after scrolling');
    expect(probe.shadowRoot!.textContent).to.contain('zh-CN');
  });

  it('renders at once with loading="eager"', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><div class="spacer"></div><zx-probe loading="eager"></zx-probe></div>`);
    (page.querySelector('.spacer') as HTMLElement).style.setProperty('height', '5000px');
    const probe = page.querySelector('zx-probe') as ZxProbe;
    await probe.updateComplete;
    expect(probe.renders).to.equal(1);
  });

  it('follows the page language and elder mode', async () => {
    const probe = await fixture<ZxProbe>(html`<div lang="en"><zx-probe></zx-probe></div>`).then((d) => d.querySelector('zx-probe') as ZxProbe);
    await until(() => probe.renders > 0, 'render');
    expect(probe.shadowRoot!.textContent).to.contain('en normal');
    document.documentElement.setAttribute('data-zx-elder', '');
    await until(() => probe.shadowRoot!.textContent!.includes('elder'), 'elder mode');
    expect(probe.hasAttribute('data-elder')).to.equal(true);
  });

  it('does not crash when a tag is defined twice, and warns about another version', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('zx-probe', ZxProbe);
      expect(warnings).to.have.length(0);
      class Other extends ZhixingElement {
        static override version = '9.9.9';
      }
      defineElement('zx-probe', Other);
      expect(warnings).to.have.length(1);
      expect(customElements.get('zx-probe')).to.equal(ZxProbe);
    } finally {
      console.warn = original;
    }
  });
});
