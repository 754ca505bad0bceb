#!/usr/bin/env node
// `npm run screens:engines`: the example pages in Chromium, Firefox ESR and WebKitGTK side by side,
// for a person to look at (issue 20). Publishes the demo feeds and serves the repository as
// `npm start` does, opens each page at 360 px and 1280 px wide (and the signage page at
// 1920 × 1080), saves tmp/screens/engines/<engine>-<page>-<width>.png and writes
// tmp/screens/engines/index.html with one column per engine and one row per page × width.
//
//   npm run screens:engines [-- --pages=county-site,media-center] [--engines=chromium,firefox] [--no-build]
//
// Every engine gets the same viewport: as wide as asked and as tall as the page (at most 4000 px),
// then a viewport screenshot (WebDriver has no full-page one). MiniBrowser's window cannot be
// narrower than 447 px: WebKit's 360 px shots show the page in a 360 px iframe of a wider window
// (the page's media queries see 360 px), cropped by index.html. Chromium runs with visible
// scrollbars (no --hide-scrollbars), as a reader sees it. Needs a CJK font for legible Chinese
// (`apt-get install fonts-wqy-microhei`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { CHROMIUM } from './lib/browser.mjs';
import { publishDemoFeed, publishProvinceFeed } from './lib/demo-data.mjs';
import { sizeViewport, startWebKitDriver } from './lib/engines.mjs';
import { createStaticServer, listen } from './lib/static-server.mjs';
import { openEngine } from './test/lib/engine-browsers.mjs';
import { visitWidgets, widgetsReady } from './test/lib/example-pages.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const ENGINES = ['chromium', 'firefox', 'webkit'];
const engines = args.engines ? args.engines.split(',') : ENGINES;
const ALL_PAGES = ['county-site', 'media-center', 'cms-article', 'county-gauge', 'bilingual', 'province'];
const pages = args.pages ? args.pages.split(',') : ALL_PAGES;
const OUT = 'tmp/screens/engines';
const MAX_HEIGHT = 4000;

/** Page × size: every page at 360 and 1280 px; the signage page at 1920 × 1080 too. */
const shots = pages.flatMap((page) => [
  { page, width: 360 },
  { page, width: 1280 },
  ...(page === 'media-center' ? [{ page, width: 1920, height: 1080 }] : []),
]);
const shotName = (engine, shot) => `${engine}-${shot.page}-${shot.width}${shot.height ? `x${shot.height}` : ''}.png`;

if (args['no-build'] !== 'true' && !existsSync('packages/elements/dist/embed/zhixing.min.js')) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await publishDemoFeed('examples/feed');
await publishProvinceFeed('examples/province-feed');
const server = createStaticServer({ root: '.' });
// The 360 px frame for MiniBrowser (its window is at least 447 px wide): same origin as the pages.
const [serve] = server.listeners('request');
server.removeAllListeners('request');
server.on('request', (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname !== '/__screens/frame.html') return serve(request, response);
  const src = url.searchParams.get('src') ?? '/';
  const width = Number(url.searchParams.get('width'));
  const height = Number(url.searchParams.get('height'));
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(
    `<!DOCTYPE html><html><head><style>html,body{margin:0;background:#777}iframe{display:block;border:0;background:#fff}</style></head>` +
      `<body><iframe id="page" src="${encodeURI(src)}" width="${width}" height="${height}"></iframe></body></html>`,
  );
});
const base = await listen(server);
await mkdir(OUT, { recursive: true });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** In the page: ready when every widget shows data (or after 30 s: the picture shows what is there). */
async function settle(evaluate) {
  const start = Date.now();
  for (;;) {
    await evaluate(visitWidgets);
    const state = await evaluate(widgetsReady);
    if (state?.ready || state?.error || Date.now() - start > 30_000) {
      if (!state?.ready) console.warn(`  not ready: ${state?.error ?? state?.why}`);
      break;
    }
    await sleep(200);
  }
  await evaluate(() => window.scrollTo(0, 0));
  await sleep(300);
}

const pageHeight = () => Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0);

async function chromiumShots(list) {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check', '--disable-extensions'],
  });
  try {
    for (const shot of list) {
      const page = await browser.newPage();
      await page.setViewport({ width: shot.width, height: shot.height ?? 1000 });
      await page.goto(`${base}examples/${shot.page}/`, { waitUntil: 'load' });
      await settle((fn) => page.evaluate(fn));
      if (!shot.height) {
        await page.setViewport({ width: shot.width, height: Math.min(MAX_HEIGHT, await page.evaluate(pageHeight)) });
        await sleep(500);
      }
      await page.screenshot({ path: `${OUT}/${shotName('chromium', shot)}` });
      await page.close();
      console.log(`  chromium ${shot.page} ${shot.width}`);
    }
  } finally {
    await browser.close();
  }
}

async function firefoxShots(list) {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: (await import('./lib/engines.mjs')).FIREFOX, headless: true });
  try {
    for (const shot of list) {
      const page = await browser.newPage();
      await page.setViewport({ width: shot.width, height: shot.height ?? 1000 });
      await page.goto(`${base}examples/${shot.page}/`, { waitUntil: 'load' });
      await settle((fn) => page.evaluate(fn));
      if (!shot.height) {
        await page.setViewport({ width: shot.width, height: Math.min(MAX_HEIGHT, await page.evaluate(pageHeight)) });
        await sleep(500);
      }
      await page.screenshot({ path: `${OUT}/${shotName('firefox', shot)}` });
      await page.close();
      console.log(`  firefox ${shot.page} ${shot.width}`);
    }
  } finally {
    await browser.close();
  }
}

async function webkitShots(list) {
  const driver = await startWebKitDriver({ screen: '2400x4400x24' });
  const { remote } = await import('webdriverio');
  const { webkitCapabilities } = await import('./lib/engines.mjs');
  const browser = await remote({ hostname: '127.0.0.1', port: driver.port, logLevel: 'error', capabilities: { ...webkitCapabilities, 'wdio:enforceWebDriverClassic': true } });
  try {
    for (const shot of list) {
      const url = `${base}examples/${shot.page}/`;
      if (shot.width >= 447) {
        await sizeViewport(browser, shot.width, shot.height ?? 1000);
        await browser.url(url);
        await settle((fn) => browser.execute(fn));
        if (!shot.height) {
          await sizeViewport(browser, shot.width, Math.min(MAX_HEIGHT, await browser.execute(pageHeight)));
          await sleep(500);
        }
      } else {
        // A 360 px frame in a 447 px window; the frame is as tall as its page.
        await sizeViewport(browser, 447, 1000);
        await browser.url(`${base}__screens/frame.html?src=${encodeURIComponent(`/examples/${shot.page}/`)}&width=${shot.width}&height=1000`);
        const frame = await browser.$('#page');
        await browser.switchFrame(frame);
        await settle((fn) => browser.execute(fn));
        const height = Math.min(MAX_HEIGHT, await browser.execute(pageHeight));
        await browser.switchFrame(null);
        await browser.execute((h) => document.getElementById('page').setAttribute('height', String(h)), height);
        await sizeViewport(browser, 447, height);
        await sleep(800);
      }
      await browser.saveScreenshot(`${OUT}/${shotName('webkit', shot)}`);
      console.log(`  webkit ${shot.page} ${shot.width}`);
    }
  } finally {
    await browser.deleteSession().catch(() => {});
    await driver.stop();
  }
}

const run = { chromium: chromiumShots, firefox: firefoxShots, webkit: webkitShots };
try {
  for (const engine of engines) {
    console.log(`${engine}:`);
    await run[engine](shots);
  }
} finally {
  server.close();
}

const rows = shots
  .map((shot) => {
    const cells = ENGINES.map((engine) => {
      const file = shotName(engine, shot);
      const crop = engine === 'webkit' && shot.width < 447;
      return `<td><a href="${file}"><div class="shot" style="width:${shot.width / 2}px"><img src="${file}" alt="${engine} ${shot.page} ${shot.width}" loading="lazy"${crop ? ' class="crop"' : ''}></div></a></td>`;
    }).join('');
    return `<tr><th scope="row">${shot.page}<br>${shot.width}${shot.height ? ` × ${shot.height}` : ' px'}</th>${cells}</tr>`;
  })
  .join('\n');
await writeFile(
  `${OUT}/index.html`,
  `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Zhixing example pages in three engines</title>
<style>
body { font: 14px system-ui, sans-serif; margin: 1em; }
table { border-collapse: collapse; }
th, td { vertical-align: top; padding: 6px; border: 1px solid #ccc; }
thead th { position: sticky; top: 0; background: #fff; }
.shot { overflow: hidden; }
.shot img { display: block; width: 100%; }
.shot img.crop { width: ${(447 / 360) * 100}%; max-width: none; }
</style></head>
<body>
<h1>Example pages in Chromium, Firefox and WebKit</h1>
<p>Made by <code>npm run screens:engines</code> on ${new Date().toISOString()}. Shown at half size; click for the full PNG.
WebKit's 360 px pages are drawn in a 360 px iframe (MiniBrowser's window is at least 447 px wide).</p>
<table><thead><tr><th>page × width</th>${ENGINES.map((engine) => `<th>${engine}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`,
);
console.log(`${OUT}/index.html`);
