// The pages of the compatibility matrix: the example pages as `npm start` serves them, and the
// documented snippet pasted both ways (classic `<script src>`, `<script type="module" src>`) under
// a strict CSP with Trusted Types, written to tmp/compat/pages/.
import { mkdir, writeFile } from 'node:fs/promises';

const EMBED = '/packages/elements/dist/embed/zhixing.min.js';
// The policy a site must allow: Lit renders through "lit-html" (docs/browser-support.md).
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const snippet = (scriptTag, lang = 'zh-CN') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>snippet</title>
<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}" />
<link rel="icon" href="data:," />
</head><body>
${scriptTag}
<zx-execution-gauge src="/examples/feed/" metric="closure-rate"><a href="/">查看本院执行工作统计</a></zx-execution-gauge>
<zx-debtor-lookup src="/examples/feed/"><a href="https://zxgk.court.gov.cn/">前往中国执行信息公开网查询失信被执行人</a></zx-debtor-lookup>
<zx-exposure-board src="/examples/feed/"><a href="/">查看失信被执行人曝光名单</a></zx-exposure-board>
</body></html>
`;

/** The gauge's figure at its designed size (the issue measured 16 px where 42 px was designed). */
const figureAtLeast = (px) => (layout) => (layout.gaugeFigurePx === undefined || layout.gaugeFigurePx >= px ? [] : [`gauge figure ${layout.gaugeFigurePx}px < ${px}px`]);

/** The gauge speaks English: its English texts arrived (they are loaded on demand). */
const inEnglish = (layout) => (layout.gaugeCaption === 'Closure rate' ? [] : [`gauge caption “${layout.gaugeCaption}”, not the English “Closure rate”`]);

export const COMPAT_PAGES = [
  { name: 'classic-csp', path: 'tmp/compat/pages/classic/', width: 1280, height: 1600, full: true, search: '刘建军', check: figureAtLeast(30) },
  { name: 'module-csp', path: 'tmp/compat/pages/module/', width: 1280, height: 1600, full: true, check: figureAtLeast(30) },
  { name: 'english-csp', path: 'tmp/compat/pages/english/', width: 1280, height: 1600, full: true, check: (layout) => [...figureAtLeast(30)(layout), ...inEnglish(layout)] },
  { name: 'snippet', path: 'examples/snippet/', width: 1280, height: 1600, full: true, check: figureAtLeast(30) },
  { name: 'county-site', path: 'examples/county-site/', width: 1280, height: 1600, full: true, search: '刘建军' },
  // Widgets inserted as links through a CMS editor's link dialog (issue 18): the legacy build upgrades them too.
  { name: 'cms-article', path: 'examples/cms-article/', width: 1280, height: 2400, full: true, search: '刘建军' },
  { name: 'county-gauge', path: 'examples/county-gauge/', width: 1280, height: 2200, full: true },
  { name: 'media-center', path: 'examples/media-center/', width: 1920, height: 1080 },
  { name: 'bilingual', path: 'examples/bilingual/', width: 1280, height: 1800, full: true },
  // React 19 and the example's own bundle are modern JavaScript: not an old-browser page.
  { name: 'react', path: 'examples/react/', width: 1280, height: 1400, full: true, modernOnly: true },
];

export async function writeComparePages() {
  for (const [dir, tag, lang] of [
    ['classic', `<script src="${EMBED}"></script>`],
    ['module', `<script type="module" src="${EMBED}"></script>`],
    // An English page: the English texts are a chunk of their own, loaded on demand (issue 21).
    ['english', `<script src="${EMBED}"></script>`, 'en'],
  ]) {
    await mkdir(`tmp/compat/pages/${dir}`, { recursive: true });
    await writeFile(`tmp/compat/pages/${dir}/index.html`, snippet(tag, lang));
  }
}
