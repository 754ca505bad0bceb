// `npm run test:compat`: the example pages and the documented snippet (classic and module, under a
// strict CSP with Trusted Types) in Chromium 69, 80, 92 (old headless builds from the npm registry,
// see chromium.mjs) and the current Debian Chromium. Each page must show data in every widget, with
// no uncaught error, console error or CSP violation, and the gauge's figure at its designed size.
// In Chromium 68, below the supported range, the snippet pages must keep their fallback links and
// log only the one "too old" warning. Screenshots and results.json go to tmp/compat/. Needs
// `npm run build` first.
//   node scripts/compat/run.mjs [--browsers=68,69,80,92,current] [--pages=snippet,classic-csp]
import { mkdir, writeFile } from 'node:fs/promises';
import { publishDemoFeed } from '../lib/demo-data.mjs';
import { createStaticServer, listen } from '../lib/static-server.mjs';
import { CHROMIUM } from '../lib/browser.mjs';
import { CACHE, oldChromium } from './chromium.mjs';
import { launchChromium } from './cdp.mjs';
import { COMPAT_PAGES, writeComparePages } from './pages.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]?.split(',');
const browsers = arg('browsers') ?? ['68', '69', '80', '92', 'current'];
/** Older than the oldest supported Chromium (69): nothing may be defined, the links stay, one warning says why. */
const UNSUPPORTED = new Set(['68']);
const pages = COMPAT_PAGES.filter((p) => !arg('pages') || arg('pages').includes(p.name));

/** In the page (plain ES2017: it runs in Chromium 69 too): is every Zhixing element showing data? */
const READY = `(function () {
  var els = [].slice.call(document.querySelectorAll('zx-execution-gauge, zx-debtor-lookup, zx-exposure-board'));
  if (!els.length) return { ready: false, why: 'no widgets' };
  for (var i = 0; i < els.length; i++) {
    var el = els[i], root = el.shadowRoot;
    if (!root) { el.scrollIntoView(); return { ready: false, why: el.localName + ' not upgraded' }; }
    var error = root.querySelector('[part~="error"]');
    if (error) return { ready: false, error: el.localName + ': ' + error.textContent.trim() };
    var text = root.textContent || '';
    var ok = el.localName === 'zx-execution-gauge'
      ? (el.getAttribute('view') === 'trend' ? root.querySelectorAll('[part~="trend-table"] tbody tr').length > 0
        : el.getAttribute('metric') === 'money-recovered' ? /亿元|million/.test(text) : !!root.querySelector('[role="meter"][aria-valuenow]'))
      : el.localName === 'zx-exposure-board' ? root.querySelectorAll('[part~="entry"]').length > 0 : !!root.querySelector('form');
    if (!ok) { el.scrollIntoView(); return { ready: false, why: el.localName + ' has no data yet' }; }
  }
  return { ready: true, count: els.length };
})()`;

/** In the page: every Zhixing element left as written (no shadow root), its fallback link visible. */
const FALLBACK = `(function () {
  var els = [].slice.call(document.querySelectorAll('zx-execution-gauge, zx-debtor-lookup, zx-exposure-board'));
  return els.length > 0 && els.every(function (el) { var a = el.querySelector('a'); return !el.shadowRoot && !customElements.get(el.localName) && a && a.offsetParent !== null; });
})()`;

/** Layout facts a broken fallback shows up in (the issue: gauge figure at 16 px instead of 42 px). */
const LAYOUT = `(function () {
  var out = {};
  var gauge = document.querySelector('zx-execution-gauge:not([metric="money-recovered"])');
  var figure = gauge && gauge.shadowRoot && gauge.shadowRoot.querySelector('[part~="value"]');
  if (figure) out.gaugeFigurePx = parseFloat(getComputedStyle(figure).fontSize);
  var caption = gauge && gauge.shadowRoot && gauge.shadowRoot.querySelector('[part~="caption"]');
  if (caption) out.gaugeCaption = caption.textContent.trim();
  var dial = gauge && gauge.shadowRoot && gauge.shadowRoot.querySelector('svg');
  if (dial) { var r = dial.getBoundingClientRect(); out.gaugeDial = [Math.round(r.width), Math.round(r.height)]; }
  var board = document.querySelector('zx-exposure-board');
  var entry = board && board.shadowRoot && board.shadowRoot.querySelector('[part~="entry"]');
  if (entry) { var e = entry.getBoundingClientRect(); out.boardEntry = [Math.round(e.width), Math.round(e.height)]; }
  out.height = Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);
  return out;
})()`;

async function evaluate(page, expression) {
  const { result, exceptionDetails } = await page.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
  if (exceptionDetails) throw new Error(`evaluate: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value;
}

async function openPage(browser, base, spec, label, unsupported = false) {
  const page = await browser.page();
  const problems = [];
  page.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => problems.push(`uncaught: ${d.exception?.description?.split('\n')[0] ?? d.text}`));
  page.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type === 'error' || type === 'warning') problems.push(`console.${type}: ${args.map((a) => a.value ?? a.description ?? '').join(' ').slice(0, 300)}`);
  });
  page.on('Log.entryAdded', ({ entry }) => {
    // Old Chromium names the Trusted Types directives it does not know yet: expected, harmless.
    if (entry.level === 'error' && !/favicon/.test(entry.url ?? '') && !/Unrecognized Content-Security-Policy directive '(require-)?trusted-types/.test(entry.text)) problems.push(`log: ${entry.text} ${entry.url ?? ''}`.trim());
  });
  await page.send('Runtime.enable');
  await page.send('Log.enable');
  await page.send('Page.enable');
  await page.send('Page.addScriptToEvaluateOnNewDocument', {
    source: `document.addEventListener('securitypolicyviolation', function (e) { console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI); });`,
  });
  await page.send('Emulation.setDeviceMetricsOverride', { width: spec.width, height: spec.height, deviceScaleFactor: 1, mobile: false });
  await page.send('Page.navigate', { url: `${base}${spec.path}` });
  // Loaded: polled (each call capped in cdp.mjs) rather than an event that a crash would never send.
  while ((await evaluate(page, `location.href + ' ' + document.readyState`)) !== `${base}${spec.path} complete`) await new Promise((r) => setTimeout(r, 100));
  let state = { ready: false };
  // Waits on the widgets, not on time; a generous cap only so a broken page ends the run.
  const cap = Date.now() + 90_000;
  // Too old: the legacy build's one warning is the sign it has decided.
  if (unsupported) while (!problems.length && Date.now() < cap) await new Promise((r) => setTimeout(r, 100));
  else do {
    state = await evaluate(page, READY);
    // Something went wrong already (an error, or "too old"): no need to wait for the widgets.
    if (state.ready || state.error || problems.length) break;
    await new Promise((r) => setTimeout(r, 200));
  } while (Date.now() < cap);
  if (state.ready && spec.search) {
    await evaluate(page, `(function () {
      var el = document.querySelector('zx-debtor-lookup'), input = el.shadowRoot.querySelector('input');
      input.value = ${JSON.stringify(spec.search)};
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      var button = el.shadowRoot.querySelector('form button[type="submit"], form button:not([type])');
      if (button) button.click(); else el.shadowRoot.querySelector('form').dispatchEvent(new Event('submit', { cancelable: true }));
    })()`);
    let found = false;
    const searchCap = Date.now() + 30_000;
    do {
      found = await evaluate(page, `(document.querySelector('zx-debtor-lookup').shadowRoot.querySelector('[part~="results"]') || { textContent: '' }).textContent.indexOf(${JSON.stringify(spec.search)}) >= 0`);
      if (found) break;
      await new Promise((r) => setTimeout(r, 200));
    } while (Date.now() < searchCap);
    if (!found) state = { ready: false, why: `lookup found no ${spec.search}` };
  }
  await evaluate(page, 'window.scrollTo(0, 0)');
  const layout = await evaluate(page, LAYOUT);
  if (spec.full && !process.env.COMPAT_VIEWPORT_ONLY) await page.send('Emulation.setDeviceMetricsOverride', { width: spec.width, height: Math.min(layout.height, 6000), deviceScaleFactor: 1, mobile: false });
  // (No requestAnimationFrame wait here: a headless page that is not in front may never run one;
  // captureScreenshot renders a fresh frame itself.)
  await page.send('Page.bringToFront');
  const shot = await page.send('Page.captureScreenshot', { format: 'png' });
  await writeFile(`${CACHE}/${label}-${spec.name}.png`, Buffer.from(shot.data, 'base64'));
  const fallback = unsupported ? await evaluate(page, FALLBACK) : undefined;
  await page.send('Page.navigate', { url: 'about:blank' });
  page.close();
  return { state, problems, layout, fallback };
}

await publishDemoFeed('examples/feed');
await writeComparePages();
await mkdir(CACHE, { recursive: true });
const server = createStaticServer({ root: '.' });
const base = await listen(server);
const results = [];
let failed = 0;
try {
  for (const name of browsers) {
    const old = name !== 'current';
    const { binary, libraries } = old ? oldChromium(Number(name)) : { binary: CHROMIUM };
    const browser = await launchChromium(binary, { libraries, old });
    try {
      for (const spec of pages) {
        if (old && spec.modernOnly) continue;
        // Below the range, the snippet pages say it all.
        if (UNSUPPORTED.has(name) && !['classic-csp', 'module-csp', 'snippet'].includes(spec.name)) continue;
        const { state, problems, layout, fallback } = await openPage(browser, base, spec, `chromium-${name}`, UNSUPPORTED.has(name));
        const layoutProblems = spec.check && !UNSUPPORTED.has(name) ? spec.check(layout) : [];
        const ok = UNSUPPORTED.has(name)
          ? fallback === true && problems.length === 1 && /too old for the Zhixing widgets/.test(problems[0])
          : !!state.ready && problems.length === 0 && layoutProblems.length === 0;
        if (!ok) failed++;
        results.push({ browser: browser.version, major: name, page: spec.name, ok, state, problems, layoutProblems, layout });
        console.log(`${ok ? 'ok  ' : 'FAIL'} ${browser.version.padEnd(28)} ${spec.name.padEnd(16)} ${ok ? JSON.stringify(layout) : JSON.stringify({ state, problems, layoutProblems })}`);
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}
await writeFile(`${CACHE}/results.json`, `${JSON.stringify({ measured: new Date().toISOString(), results }, null, 2)}\n`);
console.log(`${results.length - failed}/${results.length} page loads ok; screenshots in tmp/compat/`);
process.exitCode = failed ? 1 : 0;
