// Chromium plumbing for the bench: one static server on 127.0.0.1 over a snapshot directory, fresh
// pages with CPU throttling (CDP Emulation.setCPUThrottlingRate), main-thread figures and the real
// bytes each page transferred (Resource Timing transferSize: encoded body + headers, as on the wire).
// A cold load runs in its own browser context (an empty HTTP cache, no code cache) rather than with
// the CDP Network domain on, which would add its own cost to every request.
import { createServer } from 'node:http';
import { launch } from '../lib/browser.mjs';
import { createStaticServer } from '../lib/static-server.mjs';
import { profileSummary } from './profile.mjs';

export { launch };

/**
 * The static server of scripts/lib/static-server.mjs (gzip, ETag/304, CORS), behind a router that
 * can switch a path to another file between loads (a feed's next version for refresh timings).
 */
export function createBenchServer(root) {
  const files = createStaticServer({ root });
  const handle = files.listeners('request')[0];
  const routes = new Map();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const target = routes.get(url.pathname);
    if (target) request.url = target + url.search;
    handle(request, response);
  });
  return { server, routes };
}

/** A fresh page in a fresh browser context (cold caches), CPU throttled `rate`×, Performance domain on. */
export async function openPage(browser, { rate = 1, width = 1280, height = 900 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  page.on('pageerror', (error) => console.error(`  page error (${page.url()}): ${error.message}`));
  return { page, cdp, close: () => context.close() };
}

export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(list.map(({ name, value }) => [name, value]));
  return { scriptDurationMs: m.ScriptDuration * 1000, taskDurationMs: m.TaskDuration * 1000, heapMB: m.JSHeapUsedSize / 2 ** 20, domNodes: m.Nodes };
}

/** JS heap after a full garbage collection, in MB. */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/** Bytes the page transferred so far, from Resource Timing (document + every resource), by initiator type. */
export function transferred(page) {
  return page.evaluate(() => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    const out = { total: 0, script: 0, data: 0, requests: entries.length };
    for (const e of entries) {
      out.total += e.transferSize;
      if (e.initiatorType === 'script' || /\.m?js(\?|$)/.test(e.name)) out.script += e.transferSize;
      else if (e.initiatorType === 'fetch' || e.initiatorType === 'xmlhttprequest') out.data += e.transferSize;
    }
    return out;
  });
}

export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}

/**
 * One cold load: navigate, wait for the page's own `window.__done` (the frame in which its content
 * is painted, timed from navigation start); main-thread JS from a V8 CPU profile of the load (self
 * time of everything but idle and "(program)", i.e. script, compile, GC and natives called from
 * script), Chromium's ScriptDuration/TaskDuration, and the bytes transferred.
 */
export async function measureLoad(browser, url, { rate, timeoutMs = 60_000, root, profile = true } = {}) {
  const { page, cdp, close } = await openPage(browser, { rate });
  try {
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await withTimeout(page.goto(url, { waitUntil: 'load', timeout: timeoutMs }), timeoutMs, url);
    const paintedMs = await withTimeout(page.evaluate(() => window.__done), timeoutMs, `${url} painted`);
    const cpu = profile ? await profileSummary((await cdp.send('Profiler.stop')).profile, root) : undefined;
    const m = await metrics(cdp);
    const bytes = await transferred(page);
    return { paintedMs, jsMs: cpu?.jsMs, cpu, ...m, bytes: bytes.total, scriptBytes: bytes.script, requests: bytes.requests };
  } finally {
    await close();
  }
}
