// Firefox ESR and WebKitGTK for tests that drive whole pages (the example pages), behind one small
// interface: Firefox through puppeteer-core over WebDriver BiDi, WebKit (MiniBrowser under Xvfb)
// through webdriverio over classic WebDriver. WebKitWebDriver has no log endpoint and no BiDi, so
// what goes wrong on a WebKit page is collected by a script of our own, injected first into every
// HTML page the test server sends (`withProblemWatcher`), plus the server's own log of failed requests.
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { watchProblems } from '../../lib/browser.mjs';
import { FIREFOX, sizeViewport, startWebKitDriver, webkitCapabilities } from '../../lib/engines.mjs';

export const WATCHER_PATH = '/__zx-test/problem-watcher.js';

/**
 * In the page, before any of its own scripts: records console errors, uncaught errors and rejected
 * promises, resources that failed to load, and CSP violations into window.__zxProblems — what a
 * person would call "broken", as the Chromium test reads it from DevTools.
 */
function problemWatcher() {
  const problems = (window.__zxProblems = []);
  const text = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
  const consoleError = console.error;
  console.error = function (...args) {
    problems.push(`console: ${args.map(text).join(' ')}`);
    return consoleError.apply(this, args);
  };
  addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target instanceof Element) problems.push(`failed to load: <${target.localName}> ${target.src || target.href || ''}`);
      else problems.push(`uncaught: ${event.message} (${event.filename}:${event.lineno})`);
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => problems.push(`uncaught (in promise): ${text(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) => problems.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
}

const WATCHER = `(${problemWatcher})();\n`;

/**
 * Wraps a server made by createStaticServer: serves the watcher script, puts
 * `<script src="${WATCHER_PATH}">` first into every HTML page (a same-origin script: allowed by the
 * examples' `script-src 'self'`) and records every answer of 400 or more. Everything else is the
 * static server's own answer, headers included.
 */
export function withProblemWatcher(server) {
  const failed = [];
  const [handle] = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === WATCHER_PATH) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      response.end(WATCHER);
      return;
    }
    const writeHead = response.writeHead;
    response.writeHead = function (status, headers = {}) {
      if (status >= 400) failed.push(`HTTP ${status}: ${request.url}`);
      const html = status === 200 && /^text\/html/.test(String(headers['content-type'] ?? ''));
      if (!html) return writeHead.call(this, status, headers);
      // Our own copy of the page: uncompressed, not cached, the watcher inserted after <head>.
      const end = response.end;
      response.end = function (body) {
        const page = String(body ?? '').replace(/<head[^>]*>/i, (tag) => `${tag}<script src="${WATCHER_PATH}"></script>`);
        const { 'content-length': _length, 'content-encoding': _encoding, etag: _etag, ...rest } = headers;
        writeHead.call(this, status, { ...rest, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(page) });
        return end.call(this, request.method === 'HEAD' ? undefined : page);
      };
      return this;
    };
    // Ask the static server for the uncompressed page, never a 304.
    if (/\.html$|\/$/.test(path)) {
      delete request.headers['accept-encoding'];
      delete request.headers['if-none-match'];
    }
    handle(request, response);
  });
  return { failed };
}

/**
 * Opens `engine` ('firefox' | 'webkit'). WebKit uses the WebKitWebDriver at ZX_WEBDRIVER_PORT (set by
 * `npm run test:engines`), or starts its own Xvfb + driver when run on its own.
 * Resolves to { name, version, open(url, { width, height }) → page, close() }; a page has
 * evaluate(fn, ...args), click(selector), screenshot(path), problems() and close().
 */
export async function openEngine(engine, { server } = {}) {
  return engine === 'firefox' ? openFirefox() : openWebKit(server);
}

async function openFirefox() {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  const version = await browser.version();
  return {
    name: 'Firefox',
    version,
    async open(url, { width, height }) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      const problems = await watchProblems(page);
      await page.goto(url, { waitUntil: 'load' });
      return {
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        click: (selector) => page.click(selector),
        screenshot: (path) => page.screenshot({ path, fullPage: true }),
        problems: async () => problems,
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function openWebKit(server) {
  const port = Number(process.env.ZX_WEBDRIVER_PORT) || undefined;
  const own = port ? undefined : await startWebKitDriver();
  let browser;
  try {
    browser = await remote({ hostname: '127.0.0.1', port: port ?? own.port, logLevel: 'error', capabilities: { ...webkitCapabilities, 'wdio:enforceWebDriverClassic': true } });
  } catch (error) {
    await own?.stop();
    throw error;
  }
  return {
    name: 'WebKit',
    version: `WebKitGTK ${browser.capabilities.browserVersion}`,
    async open(url, { width, height }) {
      await sizeViewport(browser, width, height);
      const failedBefore = server?.failed.length ?? 0;
      await browser.url(url);
      return {
        evaluate: (fn, ...args) => browser.execute(fn, ...args),
        click: async (selector) => (await browser.$(selector)).click(),
        // Viewport only: WebDriver has no full-page screenshot.
        screenshot: (path) => browser.saveScreenshot(path),
        problems: async () => [...(await browser.execute(() => window.__zxProblems ?? ['problem watcher missing'])), ...(server?.failed.slice(failedBefore) ?? [])],
        close: async () => {},
      };
    },
    async close() {
      await browser.deleteSession().catch(() => {});
      await own?.stop();
    },
  };
}
