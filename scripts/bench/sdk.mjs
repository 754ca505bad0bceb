// The SDK in Chromium, on exposure feeds of N realistic entries, each against the plain-JavaScript
// floor in the same page, interleaved (A/B, then B/A):
//   validate  validateRecords(items, ExposureItem) on parsed JSON   vs  JSON.parse of the same text,
//             and vs the contract check alone (the compiled validator on each item, no screening)
//   load      client.getExposure() (fetch + parse + validate + screen) vs  fetch + res.json()
//   304       client.getExposure({ revalidate: true }) answered 304  vs  a bare fetch with If-None-Match
// Iterations are bounded by count and by a time budget per row (at least `min`).
import { openPage, withTimeout } from './browser.mjs';
import { pairedRatio, summary } from './stats.mjs';

async function inPage({ base, min, max, budgetMs }) {
  const sdk = window.__sdk;
  const url = `${base}exposure.json`;
  const loop = async (body) => {
    const start = performance.now();
    for (let i = 0; i < max && (i < min || performance.now() - start < budgetMs); i++) {
      await body(i);
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  const out = { parse: [], validate: [], check: [], sdkLoad: [], plainLoad: [], sdk304: [], bare304: [], errors: [] };
  const text = await (await fetch(url)).text();
  out.textBytes = new TextEncoder().encode(text).length;
  let items = 0;
  // 1. validate vs JSON.parse
  try {
    await loop(async (i) => {
      const steps = [
        () => {
          const t = performance.now();
          JSON.parse(text);
          out.parse.push(performance.now() - t);
        },
        () => {
          const data = JSON.parse(text);
          items = data.items.length;
          const t = performance.now();
          const result = sdk.validateRecords(data.items, sdk.validators.ExposureItem, 'items');
          out.validate.push(performance.now() - t);
          out.kept = result.records.length;
        },
        () => {
          // The contract check that validateRecords starts with, alone: the floor under its figure.
          const data = JSON.parse(text);
          const check = sdk.validators.ExposureItem;
          const t = performance.now();
          let passed = 0;
          for (const item of data.items) if (check.reuse(item).success) passed++;
          out.check.push(performance.now() - t);
          out.passed = passed;
        },
      ];
      if (i % 2) steps.reverse();
      for (const step of steps) step();
    });
  } catch (error) {
    out.errors.push(`validate: ${error.message}`);
  }
  out.items = items;
  // 2. getExposure (a new client each time: a first visit) vs fetch + json
  try {
    await loop(async (i) => {
      const steps = [
        async () => {
          const client = sdk.createClient({ source: sdk.staticSource(base) });
          const t = performance.now();
          const snapshot = await client.getExposure();
          out.sdkLoad.push(performance.now() - t);
          out.shown = snapshot.items.length;
        },
        async () => {
          const t = performance.now();
          await (await fetch(url)).json();
          out.plainLoad.push(performance.now() - t);
        },
      ];
      if (i % 2) steps.reverse();
      for (const step of steps) await step();
    });
  } catch (error) {
    out.errors.push(`getExposure: ${error.message}`);
  }
  // 3. 304 revalidation: the client already holds the feed; the source answers Not Modified.
  try {
    const client = sdk.createClient({ source: sdk.staticSource(base) });
    await client.getExposure();
    const etag = (await fetch(url, { method: 'HEAD' })).headers.get('etag');
    await loop(async (i) => {
      const steps = [
        async () => {
          const t = performance.now();
          const snapshot = await client.getExposure({ revalidate: true });
          out.sdk304.push(performance.now() - t);
          if (!snapshot.notModified) out.errors.push('304: the SDK did not report notModified');
        },
        async () => {
          const t = performance.now();
          const response = await fetch(url, { headers: { 'if-none-match': etag } });
          out.bare304.push(performance.now() - t);
          if (response.status !== 304) out.errors.push(`304: bare fetch got ${response.status}`);
        },
      ];
      if (i % 2) steps.reverse();
      for (const step of steps) await step();
    });
  } catch (error) {
    out.errors.push(`304: ${error.message}`);
  }
  return out;
}

export async function run({ browser, base, routes, feeds, sizes, rates, quick, log = console.error }) {
  const out = {};
  for (const rate of rates) {
    const { page, close } = await openPage(browser, { rate });
    try {
      await page.goto(`${base}pages/sdk.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__ready === true, { timeout: 30_000 });
      for (const n of sizes) {
        routes.set(`/exposure/${n}/exposure.json`, `/data/exposure-${n}-a.json`);
        const big = n >= 100_000;
        const options = { base: `/exposure/${n}/`, min: quick ? 1 : big ? 2 : 5, max: quick ? 2 : big ? 3 : 15, budgetMs: quick ? 2_000 : big ? 15_000 : 6_000 * rate };
        const r = await withTimeout(page.evaluate(inPage, options), 600_000, `sdk ${n}`);
        const validate = summary(r.validate);
        const row = {
          items: r.items,
          kept: r.kept,
          shown: r.shown,
          feedBytes: r.textBytes,
          parseMs: summary(r.parse),
          validateMs: validate,
          recordsPerSecond: validate.n ? Math.round(r.items / (validate.median / 1000)) : undefined,
          validateVsParse: pairedRatio(r.validate, r.parse),
          checkMs: summary(r.check),
          checkRecordsPerSecond: r.check.length ? Math.round(r.items / (summary(r.check).median / 1000)) : undefined,
          checkVsParse: pairedRatio(r.check, r.parse),
          getExposureMs: summary(r.sdkLoad),
          plainFetchParseMs: summary(r.plainLoad),
          getExposureVsPlain: pairedRatio(r.sdkLoad, r.plainLoad),
          revalidate304Ms: summary(r.sdk304, 2),
          bare304Ms: summary(r.bare304, 2),
          errors: [...new Set(r.errors)],
        };
        (out[`${rate}x`] ??= {})[n] = row;
        log(`  sdk ${rate}× ${n}: validate ${validate.median} ms (${row.recordsPerSecond} rec/s, ${row.validateVsParse.median}× parse; contract check alone ${row.checkRecordsPerSecond} rec/s, ${row.checkVsParse.median}× parse), getExposure ${row.getExposureMs.median} ms (${row.getExposureVsPlain.median}× plain), 304 ${row.revalidate304Ms.median} ms vs ${row.bare304Ms.median} ms${row.errors.length ? ` ERRORS ${row.errors.join('; ')}` : ''}`);
      }
    } finally {
      await close();
    }
  }
  return out;
}
