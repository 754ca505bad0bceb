// Link embeds (issue 18): a widget inserted into a CMS article as an ordinary link. The format is read
// as editors leave it (percent-encoded, `&amp;`, full-width, spaces, extra attributes), only sources
// the template allows become widgets, only a link on its own line becomes the block widget, and
// hostile links stay links. The real editors are driven in scripts/test/cms/.
import { expect } from '@open-wc/testing';
import { formatEmbedLink, isMarked, isProblem, parseEmbedLink, sourceAllowed, type EmbedLink } from '../src/internal/embed-link';
import { upgradeLinks } from '../src/internal/link-embeds';
import '../src/zx-execution-gauge/zx-execution-gauge.define';
import '../src/zx-debtor-lookup/zx-debtor-lookup.define';
import '../src/zx-exposure-board/zx-exposure-board.define';
import { createMockEnvironment, FEED_BASE, until } from './helpers';

const PAGE = 'https://www.taoyuan.gov.cn/art/2026/12/7/art_1.html';
const GAUGE = `${FEED_BASE}index.html#zhixing=gauge&src=${FEED_BASE}&metric=closure-rate&target=90`;

function parsed(href: string, base = PAGE): EmbedLink {
  const result = parseEmbedLink(href, base);
  if (!result || isProblem(result)) throw new Error(`not an embed: ${href} → ${JSON.stringify(result)}`);
  return result;
}

describe('the link format, as editors leave it', () => {
  it('reads the widget, the source and the options', () => {
    expect(parsed(GAUGE)).to.deep.equal({
      tag: 'zx-execution-gauge',
      src: FEED_BASE,
      attributes: [
        ['metric', 'closure-rate'],
        ['target', '90'],
      ],
      ignored: [],
    });
  });

  it('survives percent-encoding, &amp;, full-width characters, spaces and case', () => {
    const variants = [
      // The whole fragment percent-encoded.
      `${FEED_BASE}index.html#zhixing%3Dgauge%26src%3D${encodeURIComponent(FEED_BASE)}%26metric%3Dclosure-rate%26target%3D90`,
      // Values percent-encoded one by one (URLSearchParams style).
      `${FEED_BASE}index.html#zhixing=gauge&src=${encodeURIComponent(FEED_BASE)}&metric=closure-rate&target=90`,
      // `&amp;` left in the attribute text, and double-escaped.
      `${FEED_BASE}index.html#zhixing=gauge&amp;src=${FEED_BASE}&amp;amp;metric=closure-rate&#38;target=90`,
      // Typed with a Chinese input method: full-width ＃＆＝ and digits, an ideographic space.
      `${FEED_BASE}index.html＃zhixing＝gauge＆src＝${FEED_BASE}＆metric＝closure-rate＆target＝９０\u3000`,
      // Trailing and inserted spaces, a non-breaking space, upper case keys.
      ` ${FEED_BASE}index.html#ZhiXing=Gauge&SRC=${FEED_BASE} &Metric=closure-rate&target=90 \u00a0`,
      // Only the separators percent-encoded, and only some of them.
      `${FEED_BASE}index.html#zhixing=gauge%26src%3D${FEED_BASE}%26metric=closure-rate&target%3D90`,
      // `#` itself percent-encoded.
      `${FEED_BASE}index.html%23zhixing=gauge&src=${FEED_BASE}&metric=closure-rate&target=90`,
    ];
    for (const href of variants) {
      const embed = parsed(href);
      expect(embed.tag, href).to.equal('zx-execution-gauge');
      expect(embed.src, href).to.equal(FEED_BASE);
      expect(embed.attributes, href).to.deep.equal([
        ['metric', 'closure-rate'],
        ['target', '90'],
      ]);
    }
  });

  it('upgrades an http source to https on an https page (CMSs rewrite http→https; mixed content is blocked)', () => {
    expect(parsed(`http://court.example/feed/index.html#zhixing=board&src=http://court.example/feed/`).src).to.equal('https://court.example/feed/');
    expect(parsed(`http://court.example/feed/#zhixing=board`, 'http://www.example/').src).to.equal('http://court.example/feed/');
  });

  it('takes the feed folder from the link itself when it names no src', () => {
    expect(parsed(`${FEED_BASE}index.html#zhixing=lookup`).src).to.equal(FEED_BASE);
    expect(parsed(`${FEED_BASE}#zhixing=lookup`).src).to.equal(FEED_BASE);
    const problem = parseEmbedLink('https://court.example/news/1.html#zhixing=lookup', PAGE);
    expect(problem && isProblem(problem) && problem.problem).to.equal('no-source');
  });

  it('passes only the widget’s own attributes; event handlers, style and unknown names are dropped', () => {
    const embed = parsed(`${FEED_BASE}#zhixing=board&mode=signage&onclick=alert(1)&style=color:red&slot=x&client=1&elder=1&paused=0&lang=en&page-size=6`);
    expect(embed.attributes).to.deep.equal([
      ['mode', 'signage'],
      ['elder', ''],
      ['lang', 'en'],
      ['page-size', '6'],
    ]);
    expect(embed.ignored).to.deep.equal(['onclick', 'style', 'slot', 'client']);
    expect(parsed(`${FEED_BASE}#zhixing=board&lang="><script>`).ignored).to.deep.equal(['lang']);
    // The gauge's options are not the board's.
    expect(parsed(`${FEED_BASE}#zhixing=gauge&mode=signage`).ignored).to.deep.equal(['mode']);
  });

  it('refuses what is not a widget link', () => {
    expect(parseEmbedLink('https://court.example/a.html', PAGE)).to.equal(null);
    expect(parseEmbedLink('https://court.example/a.html#zhixingx=1', PAGE)).to.equal(null);
    expect(parseEmbedLink('https://court.example/zhixing/a.html#top', PAGE)).to.equal(null);
    const cases: Array<[string, string]> = [
      [`${FEED_BASE}#zhixing=chart`, 'unknown-widget'],
      [`${FEED_BASE}#zhixing=`, 'unknown-widget'],
      [`javascript:alert(1)//#zhixing=gauge&src=${FEED_BASE}`, 'bad-link'],
      [`data:text/html,x#zhixing=gauge&src=${FEED_BASE}`, 'bad-link'],
      [`${FEED_BASE}#zhixing=gauge&src=javascript:alert(1)`, 'bad-source'],
      [`${FEED_BASE}#zhixing=gauge&src=https://user:pw@evil.example/feed/`, 'bad-source'],
      [`${FEED_BASE}#zhixing=gauge&src=http://[::1`, 'bad-source'],
    ];
    for (const [href, problem] of cases) {
      const result = parseEmbedLink(href, PAGE);
      expect(result && isProblem(result) && result.problem, href).to.equal(problem);
    }
    // A malformed escape is kept as written, never thrown.
    expect(parsed(`${FEED_BASE}#zhixing=gauge&label=%E0%A4%A&src=${FEED_BASE}`).attributes).to.deep.equal([['label', '%E0%A4%A']]);
    expect(isMarked(GAUGE)).to.equal(true);
    expect(isMarked('https://zhixing.example/')).to.equal(false);
  });

  it('writes links that read back the same', () => {
    const href = formatEmbedLink({ tag: 'zx-exposure-board', src: FEED_BASE, attributes: [['mode', 'signage'], ['section', 'restricted'], ['elder', '']] });
    expect(href.startsWith(`${FEED_BASE}index.html#zhixing=board&src=${FEED_BASE}&`)).to.equal(true);
    expect(parsed(href)).to.deep.equal({ tag: 'zx-exposure-board', src: FEED_BASE, attributes: [['mode', 'signage'], ['section', 'restricted'], ['elder', '']], ignored: [] });
    const label = formatEmbedLink({ tag: 'zx-execution-gauge', src: 'https://法院.example/数据/', attributes: [['label', '本院 结案率 & 目标']], page: 'https://court.example/执行公开/' });
    expect(label).to.match(/^https:\/\/court\.example\/执行公开\/#zhixing=gauge&src=https:\/\/xn--/);
    expect(parsed(label).attributes).to.deep.equal([['label', '本院 结案率 & 目标']]);
  });
});

describe('which sources a page allows', () => {
  const feed = 'https://court.example/zhixing/feed/';
  it('matches a folder at a path boundary, one host, http and https alike', () => {
    expect(sourceAllowed(feed, [feed], PAGE)).to.equal(true);
    expect(sourceAllowed(`${feed}2026/`, ['https://court.example/zhixing/feed'], PAGE)).to.equal(true);
    expect(sourceAllowed('http://court.example/zhixing/feed/', [feed], PAGE)).to.equal(true);
    expect(sourceAllowed('https://court.example/zhixing/feedback/', ['https://court.example/zhixing/feed'], PAGE)).to.equal(false);
    expect(sourceAllowed('https://court.example.evil.example/zhixing/feed/', [feed], PAGE)).to.equal(false);
    expect(sourceAllowed('https://evil.example/zhixing/feed/', [feed], PAGE)).to.equal(false);
    expect(sourceAllowed('https://court.example:8443/zhixing/feed/', [feed], PAGE)).to.equal(false);
    expect(sourceAllowed('https://court.example/zhixing/feed/../../uploads/', [feed], PAGE)).to.equal(false);
    expect(sourceAllowed(feed, [], PAGE)).to.equal(false);
  });
  it("'self' is this page's own site only", () => {
    expect(sourceAllowed('https://www.taoyuan.gov.cn/feed/', ["'self'"], PAGE)).to.equal(true);
    expect(sourceAllowed('https://uploads.taoyuan.gov.cn/feed/', ['self'], PAGE)).to.equal(false);
  });
});

describe('links in an article become widgets', function () {
  this.timeout(120_000);
  const env = createMockEnvironment();
  let article: HTMLElement;
  const settings = { sources: [FEED_BASE], containers: '.article' };
  before(() => env.start());
  after(() => env.stop());
  beforeEach(() => {
    article = document.createElement('div');
    article.className = 'article';
    document.body.append(article);
  });
  afterEach(() => {
    article.remove();
    env.reset();
  });

  function write(markup: string): void {
    // The CMS's saved HTML, as the page template prints it (the test builds it; the widgets never parse HTML).
    article.innerHTML = markup;
  }
  const link = (href: string, text = '查看本院执行工作统计') => `<a href="${href.replace(/&/g, '&amp;')}" target="_blank" rel="noopener" data-mce-href="x">${text}</a>`;
  const widgets = () => [...article.querySelectorAll('zx-execution-gauge, zx-debtor-lookup, zx-exposure-board')];

  it('a link alone in its paragraph becomes the widget, with its options and the link inside as fallback', async () => {
    write(`<p>本院执行工作情况如下：</p><p>${link(GAUGE)}</p><p>以上数据每月更新。</p>`);
    expect(upgradeLinks(document, settings)).to.deep.equal(['zx-execution-gauge']);
    const [gauge] = widgets();
    expect(gauge!.getAttribute('src')).to.equal(FEED_BASE);
    expect(gauge!.getAttribute('metric')).to.equal('closure-rate');
    expect(gauge!.getAttribute('target')).to.equal('90');
    expect(gauge!.querySelector('a')!.textContent).to.equal('查看本院执行工作统计');
    expect(gauge!.parentElement!.localName).to.equal('p');
    await until(() => !!gauge!.shadowRoot?.querySelector('[role="meter"][aria-valuenow]'), 'the gauge showing data');
    // Called again (a second copy of the loader, the next mutation batch): nothing doubles.
    expect(upgradeLinks(document, settings)).to.deep.equal([]);
    expect(widgets()).to.have.length(1);
  });

  it('the editors’ wrappers (<span style>, <font>, <strong>, tables) do not narrow or indent the widget', async () => {
    write(`<table style="width:100%"><tbody><tr><td>
      <p style="text-indent:2em;text-align:center;letter-spacing:3px;white-space:nowrap;font-weight:bold"><span style="font-size:12px;font-family:宋体"><font color="red"><strong>${link(`${FEED_BASE}#zhixing=board&src=${FEED_BASE}`, '曝光台')}</strong></font></span>&nbsp;<br></p>
    </td></tr></tbody></table>`);
    expect(upgradeLinks(document, settings)).to.deep.equal(['zx-exposure-board']);
    const board = widgets()[0] as HTMLElement;
    const paragraph = article.querySelector('p')!;
    expect(board.parentElement).to.equal(paragraph);
    expect(paragraph.querySelector('span, font, strong')).to.equal(null);
    const style = getComputedStyle(board);
    expect([style.textIndent, style.textAlign, style.letterSpacing, style.whiteSpace, style.fontWeight]).to.deep.equal(['0px', 'start', 'normal', 'normal', '400']);
    expect(board.getBoundingClientRect().width).to.be.closeTo(paragraph.getBoundingClientRect().width, 1);
  });

  it('two links on one line, split by <br>: two widgets; a link in running text stays a link', () => {
    write(`<p>${link(GAUGE)}<br>${link(`${FEED_BASE}#zhixing=lookup`, '查询')}</p>
      <p>请点击${link(GAUGE, '这里')}查看本院统计。</p>
      <p><strong>重要：${link(GAUGE, '统计')}</strong></p>`);
    expect(upgradeLinks(document, settings)).to.deep.equal(['zx-execution-gauge', 'zx-debtor-lookup']);
    expect(article.querySelectorAll('p')[1]!.querySelector('a')!.closest('zx-execution-gauge')).to.equal(null);
    expect(article.querySelectorAll('p')[2]!.querySelector('zx-execution-gauge')).to.equal(null);
  });

  it('hostile links stay plain links, exactly as written', () => {
    const hostile = [
      // Another source, on another site and on a look-alike host.
      `https://evil.example/feed/index.html#zhixing=gauge&src=https://evil.example/feed/`,
      `${FEED_BASE}index.html#zhixing=gauge&src=https://feed.zhixing.test.evil.example/taoyuan/`,
      // The allowed host, another folder (an upload folder on the court's site).
      `${FEED_BASE}index.html#zhixing=gauge&src=https://feed.zhixing.test/uploads/`,
      `${FEED_BASE}index.html#zhixing=gauge&src=${FEED_BASE}../uploads/`,
      // Not a web link at all.
      `javascript:alert(document.cookie)//#zhixing=gauge&src=${FEED_BASE}`,
      // Malformed fragments.
      `${FEED_BASE}#zhixing=<img src=x onerror=alert(1)>&src=${FEED_BASE}`,
      `${FEED_BASE}#zhixing=gauge&src=%ZZ`,
      `${FEED_BASE}#zhixing=gauge&src=`,
    ];
    write(hostile.map((href) => `<p>${link(href, 'x')}</p>`).join(''));
    const before = article.innerHTML;
    expect(upgradeLinks(document, settings)).to.deep.equal([]);
    expect(article.innerHTML).to.equal(before);
  });

  it('only inside the containers the template names; nothing when no source is allowed; never in an editing area', () => {
    const outside = document.createElement('aside');
    outside.innerHTML = `<p>${link(GAUGE)}</p>`;
    document.body.append(outside);
    write(`<p>${link(GAUGE)}</p><div contenteditable="true"><p>${link(GAUGE)}</p></div>`);
    try {
      expect(upgradeLinks(document, { sources: [] })).to.deep.equal([]);
      expect(upgradeLinks(document, { sources: [FEED_BASE], containers: 'not a [selector' })).to.deep.equal([]);
      expect(upgradeLinks(document, settings)).to.deep.equal(['zx-execution-gauge']);
      expect(outside.querySelector('zx-execution-gauge')).to.equal(null);
      expect(article.querySelector('[contenteditable] zx-execution-gauge')).to.equal(null);
    } finally {
      outside.remove();
    }
  });

  it('through the loader: configure({ links }) upgrades links already there and links added later, once', async () => {
    write(`<p>${link(GAUGE)}</p>`);
    const loader = await import('../src/zhixing-loader');
    loader.configure({ links: { sources: [FEED_BASE], containers: '.article' } });
    await until(() => widgets().length === 1, 'the link already on the page upgraded');
    // A CMS fragment inserted after load (an article loaded by AJAX).
    const later = document.createElement('p');
    later.innerHTML = link(`${FEED_BASE}#zhixing=board&section=restricted`, '限制消费');
    article.append(later);
    await until(() => widgets().length === 2, 'the link added later upgraded');
    const board = widgets()[1]!;
    expect([board.localName, board.getAttribute('section'), board.getAttribute('src')]).to.deep.equal(['zx-exposure-board', 'restricted', FEED_BASE]);
    await until(() => (board.shadowRoot?.querySelectorAll('[part~="entry"]').length ?? 0) > 0, 'the board showing entries');
    loader.configure({ links: { sources: [] } });
  });

  it('a link a CMS saved with _href / data-mce-href beside a rewritten href still works', () => {
    write(`<p><a href="../../zhixing/feed/index.html" _href="${GAUGE.replace(/&/g, '&amp;')}">统计</a></p>`);
    expect(upgradeLinks(document, settings)).to.deep.equal(['zx-execution-gauge']);
  });
});
