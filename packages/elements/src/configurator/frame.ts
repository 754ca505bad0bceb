// The iframe page (dist/embed/frame.html, also in each release folder) for CMSs that keep an
// `<iframe>` but no script: `frame.html#zhixing=gauge&src=…&metric=…` (the link-embed fragment,
// internal/embed-link.ts) shows that widget filling the frame, and tells the page around it its
// height (`parent.postMessage({ zhixing: 'resize', height }, '*')`; zhixing-resizer.min.js on the
// host page applies it).
//
// Which sources it shows: the frame's own site (`'self'`) and whatever frame.html's own script tag
// lists in `data-zx-sources` (shipped: `'self'` only). An administrator who serves the release on
// one site and the feed on another adds the feed folder there:
//   <script src="./zhixing-<version>.min.js" data-zx-sources="'self' https://court.example/zhixing/feed/"></script>
// Any other source gets a short note and a plain link, never a widget: anyone can frame this page
// with any fragment, so it must not become a viewer for arbitrary data.
import { isProblem, parseEmbedLink, sourceAllowed, splitList, type EmbedLink } from '../internal/embed-link.js';
import { widgetFor } from '../internal/link-embeds.js';

const root = document.getElementById('zx-frame')!;
const folder = new URL('./', location.href).href;

/** `'self'` plus the sources listed on this page's own scripts (those loaded from this folder). */
function allowedSources(): string[] {
  const allowed = ["'self'"];
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[data-zx-sources]')) {
    if (script.src && new URL('./', script.src).href === folder) allowed.push(...splitList(script.getAttribute('data-zx-sources')));
  }
  return allowed;
}

/** Where a person can read the data without this frame: the feed's readable page, or the API base. */
const readablePage = (embed: EmbedLink): string =>
  embed.attributes.some(([name, value]) => name === 'source-kind' && value === 'api') ? embed.src : new URL('index.html', embed.src).href;

/** A short bilingual note (Chinese first), with a plain link when there is somewhere to go. */
function note(zh: string, en: string, href?: string): void {
  const box = document.createElement('div');
  box.className = 'zx-frame-note';
  box.setAttribute('role', 'note');
  for (const [lang, text] of [['zh-CN', zh], ['en', en]] as const) {
    const p = document.createElement('p');
    p.lang = lang;
    p.textContent = text;
    box.append(p);
  }
  if (href) {
    const p = document.createElement('p');
    const a = document.createElement('a');
    a.href = href;
    a.textContent = href;
    // In a frame, a link opens in its own tab (the frame may be too small to read a page in).
    a.target = '_blank';
    a.rel = 'noopener';
    p.append(a);
    box.append(p);
  }
  root.replaceChildren(box);
}

function show(): void {
  const embed = parseEmbedLink(location.href, location.href);
  if (!embed) {
    note(
      '此页面用于在 iframe 中显示执行信息公开组件，地址中缺少 #zhixing=… 部分。请用配置工具（configurator.html）生成 iframe 代码。',
      'This page shows a Zhixing widget in an iframe; its address lacks the #zhixing=… part. Make the iframe code with the configurator (configurator.html).',
      new URL('configurator.html', folder).href,
    );
    return;
  }
  if (isProblem(embed)) {
    console.warn(`[zhixing] frame.html: ${embed.problem} (${embed.detail})`);
    note('无法显示组件：iframe 的地址有误，请用配置工具重新生成 iframe 代码。', 'Cannot show the widget: the iframe’s address is malformed. Make the iframe code again with the configurator.');
    return;
  }
  if (!sourceAllowed(embed.src, allowedSources(), location.href)) {
    console.warn(`[zhixing] frame.html does not show data from ${embed.src}: add it to data-zx-sources on the script tag in frame.html (${location.href.split('#')[0]})`);
    note(
      `此处不显示来自 ${embed.src} 的数据：该地址不在本 iframe 页面允许的数据地址中（网站管理员可在 frame.html 的 data-zx-sources 中加入）。可打开以下页面查看：`,
      `Data from ${embed.src} is not shown here: this iframe page does not allow that address (the site administrator can add it to data-zx-sources in frame.html). You can read it here:`,
      readablePage(embed),
    );
    return;
  }
  if (embed.ignored.length) console.warn(`[zhixing] frame.html: ignored ${embed.ignored.join(', ')}`);
  const lang = embed.attributes.find(([name]) => name === 'lang')?.[1];
  document.documentElement.lang = lang ?? 'zh-CN';
  const widget = widgetFor(embed);
  widget.removeAttribute('data-zx-link');
  const fallback = document.createElement('a');
  fallback.href = readablePage(embed);
  fallback.textContent = lang?.startsWith('en') ? 'View the court’s enforcement information' : '查看本院执行信息公开';
  fallback.target = '_blank';
  fallback.rel = 'noopener';
  widget.append(fallback);
  root.replaceChildren(widget);
}

// The content's height to the page around the frame, whenever it changes (data arrives, a search
// shows results, the widget's own layout changes).
let posted = -1;
function postHeight(): void {
  if (window.parent === window) return;
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === posted) return;
  posted = height;
  window.parent.postMessage({ zhixing: 'resize', height }, '*');
}

show();
addEventListener('hashchange', show);
new ResizeObserver(postHeight).observe(root);
