// A corpus of injection payloads for text fields (issue 9: "zero script executions" as a standing
// regression test). A payload that executes calls `__xss(<its index>)` (or `alert`/`print`, which a test
// also hooks), so a test knows exactly which one ran. None contains a digit run long enough to look like
// an ID, so the SDK's scrubber has no reason to touch them.

export interface XssPayload {
  /** Stable index; the number a payload passes to `__xss`. */
  n: number;
  family: string;
  text: string;
}

const templates: Array<[family: string, make: (n: number) => string]> = [
  // script tags
  ['script', (n) => `<script>__xss(${n})</script>`],
  ['script', (n) => `<SCRIPT>__xss(${n})</SCRIPT>`],
  ['script', (n) => `<script src="data:text/javascript,__xss(${n})"></script>`],
  ['script', (n) => `"><script>__xss(${n})</script>`],
  ['script', (n) => `'><script>__xss(${n})</script>`],
  ['script', (n) => `</title></textarea></script><script>__xss(${n})</script>`],
  ['script', (n) => `<scr<script>ipt>__xss(${n})</scr</script>ipt>`],
  ['script', (n) => `<script>/*</script><script>*/__xss(${n})</script>`],
  ['script', (n) => `<script type="module">__xss(${n})</script>`],
  ['script', (n) => `<script\x20type="text/javascript">__xss(${n});</script>`],
  // event handlers
  ['handler', (n) => `<img src=x onerror=__xss(${n})>`],
  ['handler', (n) => `<img src="x" onerror="__xss(${n})">`],
  ['handler', (n) => `<IMG SRC=x OnErRoR=__xss(${n})>`],
  ['handler', (n) => `<img src=x onerror=__xss(${n})//`],
  ['handler', (n) => `<img/src=x/onerror=__xss(${n})>`],
  ['handler', (n) => `<body onload=__xss(${n})>`],
  ['handler', (n) => `<input autofocus onfocus=__xss(${n})>`],
  ['handler', (n) => `<select autofocus onfocus=__xss(${n})></select>`],
  ['handler', (n) => `<textarea autofocus onfocus=__xss(${n})></textarea>`],
  ['handler', (n) => `<details open ontoggle=__xss(${n})>`],
  ['handler', (n) => `<video><source onerror=__xss(${n})></video>`],
  ['handler', (n) => `<audio src=x onerror=__xss(${n})>`],
  ['handler', (n) => `<marquee onstart=__xss(${n})>x</marquee>`],
  ['handler', (n) => `<div onmouseover=__xss(${n})>hover</div>`],
  ['handler', (n) => `<a onclick=__xss(${n})>click</a>`],
  ['handler', (n) => `" onmouseover="__xss(${n})" x="`],
  ['handler', (n) => `' onfocus='__xss(${n})' autofocus='`],
  ['handler', (n) => `" autofocus onfocus="__xss(${n})`],
  ['handler', (n) => `<object data=x onerror=__xss(${n})></object>`],
  ['handler', (n) => `<style onload=__xss(${n})></style>`],
  ['handler', (n) => `<link rel=stylesheet href=x onerror=__xss(${n})>`],
  ['handler', (n) => `<form><button formaction=javascript:__xss(${n})>go</button></form>`],
  ['handler', (n) => `<isindex type=image src=1 onerror=__xss(${n})>`],
  ['handler', (n) => `<img src=x onerror=&#95;&#95;xss(${n})>`],
  ['handler', (n) => `<img src=x onerror="&#x5f;&#x5f;xss(${n})">`],
  // javascript: and data: URLs
  ['url', (n) => `javascript:__xss(${n})`],
  ['url', (n) => `JaVaScRiPt:__xss(${n})`],
  ['url', (n) => ` javascript:__xss(${n})`],
  ['url', (n) => `java\tscript:__xss(${n})`],
  ['url', (n) => `javascript&colon;__xss(${n})`],
  ['url', (n) => `<a href="javascript:__xss(${n})">link</a>`],
  ['url', (n) => `<a href="jav&#x09;ascript:__xss(${n})">link</a>`],
  ['url', (n) => `<iframe src="javascript:__xss(${n})"></iframe>`],
  ['url', (n) => `data:text/html,<script>__xss(${n})</script>`],
  ['url', (n) => `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x${n}</a>`],
  ['url', (n) => `<embed src="javascript:__xss(${n})">`],
  ['url', (n) => `vbscript:msgbox(${n})`],
  // SVG / MathML
  ['svg', (n) => `<svg onload=__xss(${n})>`],
  ['svg', (n) => `<svg><script>__xss(${n})</script></svg>`],
  ['svg', (n) => `<svg><animate onbegin=__xss(${n}) attributeName=x dur=1s>`],
  ['svg', (n) => `<svg><a xlink:href="javascript:__xss(${n})"><text x="20" y="20">x</text></a></svg>`],
  ['svg', (n) => `<svg><foreignObject><img src=x onerror=__xss(${n})></foreignObject></svg>`],
  ['svg', (n) => `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='__xss(${n})'/></svg>#x"/></svg>`],
  ['svg', (n) => `<svg><set attributeName=onmouseover to=__xss(${n})>`],
  ['mathml', (n) => `<math><mtext><table><mglyph><style><img src=x onerror=__xss(${n})>`],
  ['mathml', (n) => `<math href="javascript:__xss(${n})">CLICK</math>`],
  ['mathml', (n) => `<math><maction actiontype="statusline#" xlink:href="javascript:__xss(${n})">x</maction></math>`],
  // frames, templates, mutation XSS
  ['iframe', (n) => `<iframe srcdoc="<script>parent.__xss(${n})</script>"></iframe>`],
  ['iframe', (n) => `<iframe srcdoc="&lt;img src=x onerror=parent.__xss(${n})&gt;"></iframe>`],
  ['iframe', (n) => `<iframe src=x onload=__xss(${n})></iframe>`],
  ['template', (n) => `<template><img src=x onerror=__xss(${n})></template>`],
  ['template', (n) => `<noscript><p title="</noscript><img src=x onerror=__xss(${n})>">`],
  ['template', (n) => `<xmp><p title="</xmp><img src=x onerror=__xss(${n})>">`],
  ['template', (n) => `<listing>&lt;img src=x onerror=__xss(${n})&gt;</listing>`],
  ['template', (n) => `<!--<img src="--><img src=x onerror=__xss(${n})//">`],
  ['template', (n) => `<![CDATA[<img src=x onerror=__xss(${n})>]]>`],
  // Lit / template markers
  ['lit', (n) => `<?lit$${n}$>`],
  ['lit', (n) => `lit$${n}$`],
  ['lit', (n) => `<!--?lit$${n}$-->`],
  ['lit', (n) => `<!--lit-part ${n}--><img src=x onerror=__xss(${n})><!--/lit-part-->`],
  ['lit', (n) => `\${__xss(${n})}`],
  ['lit', (n) => `{{constructor.constructor('__xss(${n})')()}}`],
  ['lit', (n) => `{{__xss(${n})}}`],
  ['lit', (n) => `<%= __xss(${n}) %>`],
  ['lit', (n) => `#{__xss(${n})}`],
  ['lit', (n) => `[[__xss(${n})]]`],
  // CSS
  ['css', (n) => `<div style="width:expression(__xss(${n}))">x</div>`],
  ['css', (n) => `x</style><img src=x onerror=__xss(${n})>`],
  ['css', (n) => `</style><script>__xss(${n})</script>`],
  ['css', (n) => `<style>@import 'javascript:__xss(${n})';</style>`],
  ['css', (n) => `background:url(javascript:__xss(${n}))`],
  ['css', (n) => `expression(__xss(${n}))`],
  ['css', (n) => `<style>*{background:url("x${n}")}</style>`],
  // entity-encoded and escaped variants
  ['entity', (n) => `&lt;script&gt;__xss(${n})&lt;/script&gt;`],
  ['entity', (n) => `&#60;script&#62;__xss(${n})&#60;/script&#62;`],
  ['entity', (n) => `&#x3C;img src=x onerror=__xss(${n})&#x3E;`],
  ['entity', (n) => `%3Cscript%3E__xss(${n})%3C/script%3E`],
  ['entity', (n) => `\\u003cscript\\u003e__xss(${n})\\u003c/script\\u003e`],
  ['entity', (n) => `\\x3cimg src=x onerror=__xss(${n})\\x3e`],
  ['entity', (n) => `&amp;lt;b&amp;gt;${n}&amp;lt;/b&amp;gt;`],
  ['entity', (n) => `＜script＞__xss(${n})＜／script＞`],
  ['entity', (n) => `\uFE64img src=x onerror=__xss(${n})\uFE65`],
  // JSON- and string-breaking
  ['json', (n) => `"}]},"__proto__":{"polluted":${n}},"x":["`],
  ['json', (n) => `\\"; __xss(${n}); //`],
  ['json', (n) => `'; __xss(${n}); '`],
  ['json', (n) => `</script><script>__xss(${n})</script>{"a":"`],
  ['json', (n) => `\u2028__xss(${n})\u2029`],
  ['json', (n) => `"constructor":{"prototype":{"x":${n}}}`],
  ['json', (n) => `\`\${__xss(${n})}\``],
  // bidi / zero-width / invisible
  ['bidi', (n) => `正常\u202e>gmi<${n}`],
  ['bidi', (n) => `\u202e\u2066<img src=x onerror=__xss(${n})>\u2069`],
  ['bidi', (n) => `名\u200b字\u200c${n}\u200d\ufeff`],
  ['bidi', (n) => `\u2067السلام ${n}\u2069 张三`],
  ['bidi', (n) => `a\u0000b\u0008c${n}`],
  ['bidi', (n) => `行1\r\n行2\u000b行3 ${n}`],
  ['bidi', (n) => `Z̷̢͎̈́a̵͙̓l̴̨̛g̸̱̈́ǒ̶̭ ${n}`],
  ['bidi', (n) => `😀👨‍👩‍👧‍👦🏳️‍🌈 ${n}`],
  ['bidi', (n) => `\ud800孤立代理${n}`],
  // prototype-ish / DOM clobbering names
  ['clobber', (n) => `<form id=__xss><input name=x${n}></form>`],
  ['clobber', (n) => `<img name=getElementById id=x${n}>`],
  ['clobber', (n) => `__proto__ ${n}`],
  ['clobber', (n) => `constructor ${n}`],
  ['clobber', (n) => `<a id=defaultView name=x${n}>`],
  // meta / base
  ['meta', (n) => `<meta http-equiv="refresh" content="0;url=javascript:__xss(${n})">`],
  ['meta', (n) => `<base href="javascript:__xss(${n})//">`],
  ['meta', (n) => `<object data="data:text/html,<script>parent.__xss(${n})</script>"></object>`],
];

function build(): XssPayload[] {
  const out: XssPayload[] = templates.map(([family, make], n) => ({ n, family, text: make(n) }));
  const n = out.length;
  // One 10,000-character string of markup, and one long single "word" (layout must not break).
  out.push({ n, family: 'long', text: `${`<b onmouseover=__xss(${n})>长</b>`.repeat(400)}`.padEnd(10_000, '长').slice(0, 10_000) });
  out.push({ n: n + 1, family: 'long', text: `W${'Ｗ'.repeat(2_000)}${n + 1}` });
  out.push({ n: n + 2, family: 'long', text: `${'x'.repeat(9_990)}<s>${n + 2}</s>` });
  return out;
}

/** At least 100 payloads, each with a unique index. */
export const XSS_PAYLOADS: readonly XssPayload[] = build();

/**
 * http(s) URLs that carry markup in their path, query or fragment: valid for the contract, so they reach
 * `href`/`src` attributes and must stay inert there.
 */
export const XSS_URL_PAYLOADS: readonly string[] = [
  'https://files.xss.test/a.pdf?q=<script>__xss(900)</script>',
  'https://files.xss.test/a.pdf?q="><img src=x onerror=__xss(901)>',
  "https://files.xss.test/a.pdf?q='onmouseover='__xss(902)",
  'https://files.xss.test/a.pdf#"><svg onload=__xss(903)>',
  'https://files.xss.test/javascript:__xss(904)',
  'https://files.xss.test/%22%3E%3Cscript%3E__xss(905)%3C/script%3E',
  'https://files.xss.test/a.pdf?x=lit$906$&y=<?lit$906$>',
  'http://files.xss.test/a.pdf?u=\u202e\u200bfdp.exe',
];

/** URLs the contract must refuse (the record is reported, never shown). */
export const XSS_BAD_URLS: readonly string[] = [
  'javascript:__xss(950)',
  'JAVASCRIPT:__xss(951)',
  ' javascript:__xss(952)',
  'data:text/html,<script>__xss(953)</script>',
  'vbscript:msgbox(954)',
  'java\nscript:__xss(955)',
  '//files.xss.test/protocol-relative',
  'file:///etc/passwd',
];
