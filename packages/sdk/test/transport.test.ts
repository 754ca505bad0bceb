// The HTTP transport against a hostile or broken source (issue 9): size limits counted on the decoded
// body while streaming, redirects to another origin and redirect loops, error bodies cancelled,
// Retry-After as an HTTP-date judged by the server's own clock, typed errors for each, none retried.
// Fine-grained cases use a scripted fetch (what was requested, what was cancelled); the rest go
// through the real browser fetch and msw's service worker.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { DEFAULT_DEADLINE_MS, DEFAULT_TIMEOUT_MS, HookError, HttpError, RedirectError, ResponseTooLargeError, TimeoutError, ZhixingError, createClient, staticSource, type ZhixingErrorCode } from '../src/index';
import { createStatsClient } from '../src/stats';
import { DEFAULT_MAX_RESPONSE_BYTES, MAX_RETRY_AFTER_MS, parseRetryAfter, realTimers, Transport, type GetRequest, type TransportOptions } from '../src/client/transport';
import { FakeTimers, settle } from './fake-timers';

const ORIGIN = 'https://feed.hostile.test';
const URL_ = `${ORIGIN}/feed/court.json`;
const worker = setupWorker();

interface Call {
  url: string;
  init: RequestInit | undefined;
}

/** A fetch that answers from a script and records every call. */
function scripted(answer: (call: Call, n: number) => Response | Promise<Response>): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(input), init };
    calls.push(call);
    return answer(call, calls.length);
  }) as typeof fetch;
  return { fetch: fetchImpl, calls };
}

/** A body of `chunks` × `chunkSize` bytes ('a' inside a JSON string) that records what was pulled and whether it was cancelled. */
function trackedBody(chunks: number, chunkSize = 16 * 1024): { stream: ReadableStream<Uint8Array>; stats: { pulledBytes: number; cancelled: boolean } } {
  const stats = { pulledBytes: 0, cancelled: false };
  let sent = 0;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = 'a'.repeat(chunkSize);
      if (sent === 0) text = `"${text.slice(1)}`;
      if (sent === chunks - 1) text = `${text.slice(0, -1)}"`;
      const bytes = encoder.encode(text);
      stats.pulledBytes += bytes.byteLength;
      controller.enqueue(bytes);
      if (++sent >= chunks) controller.close();
    },
    cancel() {
      stats.cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { stream, stats };
}

/** A body that never sends anything: records cancellation. */
function stalledBody(): { stream: ReadableStream<Uint8Array>; stats: { cancelled: boolean } } {
  const stats = { cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull: () => new Promise<void>(() => undefined),
    cancel() {
      stats.cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { stream, stats };
}

/** A Response with properties a constructed Response cannot have (redirected, url, type, a 304 with a body). */
function shaped(response: Response, props: { redirected?: boolean; url?: string; type?: ResponseType; status?: number }): Response {
  const define: PropertyDescriptorMap = {};
  for (const [key, value] of Object.entries(props)) define[key] = { value, configurable: true };
  if (props.status !== undefined) define.ok = { value: props.status >= 200 && props.status < 300, configurable: true };
  return Object.defineProperties(response, define);
}

function transport(fetchImpl: typeof fetch, extra: Partial<TransportOptions> = {}): Transport {
  return new Transport({
    fetch: fetchImpl,
    timeoutMs: 5000,
    retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 30_000 },
    timers: realTimers,
    random: () => 0,
    now: () => Date.now(),
    ...extra,
  });
}

async function failure(promise: Promise<unknown>): Promise<ZhixingError> {
  try {
    await promise;
  } catch (error) {
    return error as ZhixingError;
  }
  throw new Error('expected the call to fail');
}

const get = (t: Transport, extra: Partial<GetRequest> = {}) => t.get({ url: URL_, ...extra });

describe('transport against a hostile source', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  afterEach(() => worker.resetHandlers());

  describe('response size', () => {
    it('stops a streamed body without Content-Length as soon as it passes maxResponseBytes: cancelled, one request', async () => {
      const bodies: ReturnType<typeof trackedBody>['stats'][] = [];
      const { fetch: f, calls } = scripted(() => {
        const { stream, stats } = trackedBody(128); // 2 MiB of valid JSON
        bodies.push(stats);
        return new Response(stream, { headers: { 'content-type': 'application/json' } });
      });
      const error = await failure(get(transport(f, { maxResponseBytes: 64 * 1024 })));
      expect(error).to.be.instanceOf(ResponseTooLargeError);
      expect(error).to.be.instanceOf(ZhixingError);
      expect(error.code).to.equal('too-large');
      expect(error.name).to.equal('ResponseTooLargeError');
      expect((error as ResponseTooLargeError).limitBytes).to.equal(64 * 1024);
      expect((error as ResponseTooLargeError).declared).to.equal(false);
      expect(calls).to.have.length(1);
      expect(bodies[0]!.cancelled).to.equal(true);
      // Reading stopped at the limit (at most a chunk or two past it), not at the 2 MiB end.
      expect(bodies[0]!.pulledBytes).to.be.at.most(64 * 1024 + 2 * 16 * 1024);
    });

    it('refuses a Content-Length over the limit before reading any of the body', async () => {
      const { stream, stats } = trackedBody(4);
      const { fetch: f, calls } = scripted(() => new Response(stream, { headers: { 'content-length': String(50 * 1024 * 1024) } }));
      const error = await failure(get(transport(f)));
      expect(error.code).to.equal('too-large');
      expect((error as ResponseTooLargeError).declared).to.equal(true);
      expect((error as ResponseTooLargeError).receivedBytes).to.equal(50 * 1024 * 1024);
      expect(stats.cancelled).to.equal(true);
      expect(stats.pulledBytes).to.equal(0);
      expect(calls).to.have.length(1);
    });

    it('counts bytes, not characters: exactly the limit passes, one byte more does not', async () => {
      const json = JSON.stringify({ name: '张伟'.repeat(100) }); // 3 bytes per character
      const size = new TextEncoder().encode(json).byteLength;
      const exact = scripted(() => new Response(json));
      const ok = await get(transport(exact.fetch, { maxResponseBytes: size }));
      expect(ok.status).to.equal(200);
      expect(ok.status === 200 && ok.body).to.deep.equal(JSON.parse(json));
      const over = scripted(() => new Response(json));
      const error = await failure(get(transport(over.fetch, { maxResponseBytes: size - 1 })));
      expect(error.code).to.equal('too-large');
      expect(over.calls).to.have.length(1);
    });

    it('defaults to 8 MiB: a 9 MiB answer is refused, a 1 MiB one accepted', async () => {
      expect(DEFAULT_MAX_RESPONSE_BYTES).to.equal(8 * 1024 * 1024);
      const big = trackedBody(9 * 64); // 9 MiB
      const error = await failure(get(transport(scripted(() => new Response(big.stream)).fetch)));
      expect(error.code).to.equal('too-large');
      expect(big.stats.cancelled).to.equal(true);
      expect(big.stats.pulledBytes).to.be.below(9 * 1024 * 1024);
      const small = trackedBody(64); // 1 MiB
      const result = await get(transport(scripted(() => new Response(small.stream)).fetch));
      expect(result.status).to.equal(200);
    });

    it('falls back to the default for a NaN or negative limit', async () => {
      for (const bad of [Number.NaN, -1]) {
        const big = trackedBody(9 * 64);
        const error = await failure(get(transport(scripted(() => new Response(big.stream)).fetch, { maxResponseBytes: bad })));
        expect(error.code, String(bad)).to.equal('too-large');
        expect((error as ResponseTooLargeError).limitBytes).to.equal(DEFAULT_MAX_RESPONSE_BYTES);
      }
    });

    it('takes a per-request limit over the transport’s', async () => {
      const json = JSON.stringify({ items: 'x'.repeat(2000) });
      const error = await failure(get(transport(scripted(() => new Response(json)).fetch), { maxResponseBytes: 1000 }));
      expect(error.code).to.equal('too-large');
      const result = await get(transport(scripted(() => new Response(json)).fetch, { maxResponseBytes: 100 }), { maxResponseBytes: 4000 });
      expect(result.status).to.equal(200);
    });

    it('through the client and the real browser fetch: a 9 MiB streamed file is refused after one request', async () => {
      let requests = 0;
      let pulled = 0;
      worker.use(
        http.get(`${ORIGIN}/big/court.json`, () => {
          requests++;
          let sent = 0;
          const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
          const stream = new ReadableStream<Uint8Array>({
            pull(controller) {
              pulled += chunk.byteLength;
              controller.enqueue(chunk);
              if (++sent >= 9 * 16) controller.close();
            },
          });
          return new HttpResponse(stream, { headers: { 'content-type': 'application/json' } });
        }),
      );
      const client = createClient({ source: staticSource(`${ORIGIN}/big/`), retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2 } });
      const error = await failure(client.getCourt());
      expect(error).to.be.instanceOf(ResponseTooLargeError);
      expect(requests).to.equal(1);
      expect(pulled).to.be.at.least(1);
    });
  });

  describe('redirects', () => {
    it('refuses a redirect that ended on another origin: RedirectError, body cancelled, not retried', async () => {
      const bodies: ReturnType<typeof trackedBody>['stats'][] = [];
      const { fetch: f, calls } = scripted(() => {
        const { stream, stats } = trackedBody(1);
        bodies.push(stats);
        return shaped(new Response(stream), { redirected: true, url: 'https://evil.example/court.json' });
      });
      const error = await failure(get(transport(f)));
      expect(error).to.be.instanceOf(RedirectError);
      expect(error.code).to.equal('redirect');
      expect((error as RedirectError).reason).to.equal('cross-origin');
      expect((error as RedirectError).location).to.equal('https://evil.example/court.json');
      expect(calls).to.have.length(1);
      expect(bodies[0]!.cancelled).to.equal(true);
    });

    it('counts another port or scheme as another origin', async () => {
      for (const to of [`${ORIGIN}:8443/feed/court.json`, 'http://feed.hostile.test/feed/court.json', 'https://sub.feed.hostile.test/feed/court.json']) {
        const error = await failure(get(transport(scripted(() => shaped(new Response('{}'), { redirected: true, url: to })).fetch)));
        expect(error.code, to).to.equal('redirect');
      }
    });

    it('refuses a cross-origin redirect before a 404 could pass as an empty shard', async () => {
      const { fetch: f } = scripted(() => shaped(new Response('nope', { status: 404 }), { redirected: true, url: 'https://evil.example/x' }));
      const error = await failure(get(transport(f), { allowNotFound: true }));
      expect(error.code).to.equal('redirect');
    });

    it('keeps same-origin redirects', async () => {
      const { fetch: f } = scripted(() => shaped(new Response('{"ok":true}'), { redirected: true, url: `${ORIGIN}/feed/v2/court.json` }));
      const result = await get(transport(f));
      expect(result.status).to.equal(200);
      expect(result.status === 200 && result.body).to.deep.equal({ ok: true });
    });

    it('through the real browser fetch: a same-origin redirect is followed, one to another origin refused', async () => {
      let evilRequests = 0;
      worker.use(
        http.get(`${ORIGIN}/moved/court.json`, () => new HttpResponse(null, { status: 302, headers: { location: `${ORIGIN}/moved/v2/court.json` } })),
        http.get(`${ORIGIN}/moved/v2/court.json`, () => HttpResponse.json({ ok: 'same-origin' })),
        http.get(`${ORIGIN}/away/court.json`, () => new HttpResponse(null, { status: 302, headers: { location: 'https://evil.hostile.test/court.json' } })),
        http.get('https://evil.hostile.test/court.json', () => {
          evilRequests++;
          return HttpResponse.json({ ok: 'evil' });
        }),
      );
      const t = transport(fetch.bind(globalThis));
      const same = await t.get({ url: `${ORIGIN}/moved/court.json` });
      expect(same).to.deep.include({ status: 200, body: { ok: 'same-origin' } });
      const error = await failure(t.get({ url: `${ORIGIN}/away/court.json` }));
      expect(error.code).to.equal('redirect');
      expect((error as RedirectError).reason).to.equal('cross-origin');
      expect(evilRequests).to.equal(1);
    });

    it('Node-style redirect loop ("redirect count exceeded" in the cause): RedirectError after one fetch', async () => {
      const { fetch: f, calls } = scripted(() => {
        throw new TypeError('fetch failed', { cause: new Error('redirect count exceeded') });
      });
      const error = await failure(get(transport(f)));
      expect(error).to.be.instanceOf(RedirectError);
      expect((error as RedirectError).reason).to.equal('loop');
      expect(calls).to.have.length(1);
    });

    it('browser-style redirect loop ("Failed to fetch", no cause): the retry asks with redirect: manual and stops at the redirect', async () => {
      const redirectBodies: ReturnType<typeof trackedBody>['stats'][] = [];
      const { fetch: f, calls } = scripted((call) => {
        if (call.init?.redirect !== 'manual') throw new TypeError('Failed to fetch');
        const { stream, stats } = trackedBody(1);
        redirectBodies.push(stats);
        return shaped(new Response(stream), { type: 'opaqueredirect', status: 0 });
      });
      const error = await failure(get(transport(f)));
      expect(error).to.be.instanceOf(RedirectError);
      expect((error as RedirectError).reason).to.equal('loop');
      expect(calls.map((c) => c.init?.redirect ?? 'follow')).to.deep.equal(['follow', 'manual']);
      expect(redirectBodies[0]!.cancelled).to.equal(true);
    });

    it('a manual-mode retry that gets a readable 3xx (Node, other fetches) also ends as a loop', async () => {
      const { fetch: f, calls } = scripted((call) => {
        if (call.init?.redirect !== 'manual') throw new TypeError('Failed to fetch');
        return new Response(null, { status: 302, headers: { location: '/feed/court.json' } });
      });
      const error = await failure(get(transport(f)));
      expect((error as RedirectError).reason).to.equal('loop');
      expect((error as RedirectError).location).to.equal('/feed/court.json');
      expect(calls).to.have.length(2);
    });

    it('a plain network failure is still retried, and a good answer to the manual-mode retry is used', async () => {
      const flaky = scripted((_, n) => {
        if (n === 1) throw new TypeError('Failed to fetch');
        return new Response('{"ok":1}');
      });
      expect(await get(transport(flaky.fetch))).to.deep.include({ status: 200, body: { ok: 1 } });
      expect(flaky.calls).to.have.length(2);
      const down = scripted(() => {
        throw new TypeError('Failed to fetch');
      });
      const error = await failure(get(transport(down.fetch)));
      expect(error.code).to.equal('network');
      expect(down.calls).to.have.length(3);
      // Node: a failure with a cause that is not about redirects keeps following redirects on retry.
      const refused = scripted(() => {
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
      });
      await failure(get(transport(refused.fetch)));
      expect(refused.calls.map((c) => c.init?.redirect ?? 'follow')).to.deep.equal(['follow', 'follow', 'follow']);
    });

    it('through the real browser fetch: a redirect loop costs at most one fetch’s worth of requests plus one', async () => {
      let requests = 0;
      worker.use(
        http.get(`${ORIGIN}/loop/court.json`, ({ request }) => {
          requests++;
          const n = Number(new URL(request.url).searchParams.get('n') ?? 0);
          return new HttpResponse(null, { status: 302, headers: { location: `${ORIGIN}/loop/court.json?n=${n + 1}` } });
        }),
      );
      const error = await failure(transport(fetch.bind(globalThis)).get({ url: `${ORIGIN}/loop/court.json` }));
      expect(error.code).to.equal('redirect');
      expect((error as RedirectError).reason).to.equal('loop');
      // Chromium follows 20 redirects (21 requests); the manual-mode retry adds one. Without the fix: 63.
      expect(requests).to.be.at.most(22);
    });
  });

  describe('bodies that are not used are cancelled', () => {
    for (const status of [500, 503, 429, 403, 404, 410]) {
      it(`cancels the body of every ${status} answer`, async () => {
        const bodies: ReturnType<typeof trackedBody>['stats'][] = [];
        const { fetch: f, calls } = scripted(() => {
          const { stream, stats } = trackedBody(2);
          bodies.push(stats);
          return new Response(stream, { status });
        });
        const error = await failure(get(transport(f)));
        expect(error).to.be.instanceOf(HttpError);
        expect(calls.length).to.equal([500, 503, 429].includes(status) ? 3 : 1);
        expect(bodies.every((b) => b.cancelled)).to.equal(true);
      });
    }

    it('cancels the body of a 404 taken as an empty shard and of a 304', async () => {
      const notFound = trackedBody(2);
      expect(await get(transport(scripted(() => new Response(notFound.stream, { status: 404 })).fetch), { allowNotFound: true })).to.deep.equal({ status: 404 });
      expect(notFound.stats.cancelled).to.equal(true);
      const notModified = trackedBody(2);
      const result = await get(transport(scripted(() => shaped(new Response(notModified.stream), { status: 304 })).fetch), { validators: { etag: '"v1"' } });
      expect(result.status).to.equal(304);
      expect(result.status === 304 && result.headers).to.be.instanceOf(Headers);
      expect(notModified.stats.cancelled).to.equal(true);
    });

    it('a body that stalls times out (TimeoutError) and is cancelled, even when the fetch does not end it on abort', async () => {
      const timers = new FakeTimers();
      const bodies: { cancelled: boolean }[] = [];
      const { fetch: f, calls } = scripted(() => {
        const { stream, stats } = stalledBody();
        bodies.push(stats);
        return new Response(stream);
      });
      const pending = failure(get(transport(f, { timers, timeoutMs: 1000, retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 0 } })));
      await settle();
      expect(timers.delays).to.deep.equal([1000]);
      timers.runNext();
      const error = await pending;
      expect(error.code).to.equal('timeout');
      expect(calls).to.have.length(1);
      expect(bodies[0]!.cancelled).to.equal(true);
    });
  });

  describe('defaults: a stalled source is not waited for three times', () => {
    const court = { id: 'hn-changde-taoyuan', name: '桃源县人民法院', regionCode: '430725' };
    const json = { 'content-type': 'application/json' };

    /** Runs the fake clock, one timer at a time, until `pending` settles; returns its outcome. */
    async function drive<T>(timers: FakeTimers, pending: Promise<T>): Promise<T> {
      let done = false;
      const watched = pending.finally(() => (done = true));
      for (let i = 0; i < 100 && !done; i++) {
        await settle(); // the SDK's own steps (each attempt's fetch, its timers) run before the clock moves
        if (!done) timers.runNext();
      }
      return watched;
    }

    const stalling = () => {
      const bodies: { cancelled: boolean }[] = [];
      const scriptedFetch = scripted(() => {
        const { stream, stats } = stalledBody();
        bodies.push(stats);
        return new Response(stream, { headers: json });
      });
      return { ...scriptedFetch, bodies };
    };

    it('a body that stalls after the headers reaches the caller as a TimeoutError within 12 s (DEFAULT_DEADLINE_MS), not after 3 × 10 s', async () => {
      expect(DEFAULT_TIMEOUT_MS).to.equal(10_000);
      expect(DEFAULT_DEADLINE_MS).to.equal(12_000);
      const timers = new FakeTimers();
      const { fetch: f, calls, bodies } = stalling();
      const error = await drive(timers, failure(createClient({ source: staticSource(`${ORIGIN}/feed/`), fetch: f, timers, random: () => 0.5 }).getCourt()));
      expect(error).to.be.instanceOf(TimeoutError);
      expect((error as TimeoutError).limit).to.equal('deadlineMs');
      expect(timers.now).to.equal(12_000);
      expect(calls.length).to.be.within(1, 2);
      expect(bodies.every((b) => b.cancelled)).to.equal(true);
    });

    it('the same holds for the statistics-only client, and `deadlineMs: Infinity` restores the old 3 × 10 s', async () => {
      const timers = new FakeTimers();
      const { fetch: f } = stalling();
      const statsOnly = await drive(timers, failure(createStatsClient({ source: staticSource(`${ORIGIN}/feed/`), fetch: f, timers, random: () => 0.5 }).getCourt()));
      expect((statsOnly as TimeoutError).limit).to.equal('deadlineMs');
      expect(timers.now).to.equal(12_000);
      const unlimited = new FakeTimers();
      const { fetch: g, calls } = stalling();
      const error = await drive(unlimited, failure(createClient({ source: staticSource(`${ORIGIN}/feed/`), fetch: g, timers: unlimited, random: () => 0.5, deadlineMs: Infinity }).getCourt()));
      expect((error as TimeoutError).limit).to.equal('timeoutMs');
      expect(calls).to.have.length(3);
      expect(unlimited.now).to.be.greaterThan(30_000);
    });

    it('quick transient failures are still retried with the default options', async () => {
      const timers = new FakeTimers();
      const { fetch: f, calls } = scripted((_call, n) =>
        n === 1 ? new Response('busy', { status: 503 }) : n === 2 ? Promise.reject(new TypeError('Failed to fetch')) : new Response(JSON.stringify(court), { headers: json }),
      );
      const answer = await drive(timers, createClient({ source: staticSource(`${ORIGIN}/feed/`), fetch: f, timers, random: () => 0.5 }).getCourt());
      expect(answer.id).to.equal(court.id);
      expect(calls).to.have.length(3);
      expect(timers.now).to.be.below(DEFAULT_DEADLINE_MS);
    });
  });

  describe('Retry-After', () => {
    const serverNow = Date.parse('2025-03-01T08:00:00Z');

    async function firstWait(headers: Record<string, string>, localNow: number): Promise<{ delays: number[]; error?: ZhixingError }> {
      const timers = new FakeTimers();
      const { fetch: f } = scripted(() => new Response('busy', { status: 503, headers }));
      const t = transport(f, { timers, now: () => localNow, retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 5000 } });
      let error: ZhixingError | undefined;
      const pending = get(t).catch((e: ZhixingError) => {
        error = e;
      });
      await settle();
      const delays = timers.delays;
      while (timers.runNext()) await settle();
      await pending;
      return error ? { delays, error } : { delays };
    }

    const retryAt = new Date(serverNow + 3000).toUTCString();
    const serverDate = new Date(serverNow).toUTCString();

    it('measures an HTTP-date against the response’s Date header: a server clock 1 h ahead still means 3 s', async () => {
      const { delays } = await firstWait({ 'retry-after': retryAt, date: serverDate }, serverNow - 3_600_000);
      expect(delays).to.deep.equal([3000]);
    });

    it('a server clock 1 h behind still means 3 s, not an immediate retry', async () => {
      const { delays } = await firstWait({ 'retry-after': retryAt, date: serverDate }, serverNow + 3_600_000);
      expect(delays).to.deep.equal([3000]);
    });

    it('without a Date header, uses the local clock', async () => {
      const { delays } = await firstWait({ 'retry-after': retryAt }, serverNow + 1000);
      expect(delays).to.deep.equal([2000]);
    });

    it('gives up at once, telling how long, when the server asks longer than maxRetryAfterMs', async () => {
      const { delays, error } = await firstWait({ 'retry-after': new Date(serverNow + 60_000).toUTCString(), date: serverDate }, serverNow + 3_600_000);
      expect(delays).to.deep.equal([]);
      expect(error?.retryAfterMs).to.equal(60_000);
    });

    it('parses and bounds values', () => {
      expect(parseRetryAfter('3', 0)).to.equal(3000);
      expect(parseRetryAfter(' 120 ', 0)).to.equal(120_000);
      expect(parseRetryAfter('99999999999999999999', 0)).to.equal(MAX_RETRY_AFTER_MS);
      expect(parseRetryAfter(retryAt, serverNow + 10_000, serverDate)).to.equal(3000);
      expect(parseRetryAfter(new Date(serverNow - 60_000).toUTCString(), 0, serverDate)).to.equal(0);
      expect(parseRetryAfter('Fri, 31 Dec 9999 23:59:59 GMT', serverNow, serverDate)).to.equal(MAX_RETRY_AFTER_MS);
      expect(parseRetryAfter(retryAt, serverNow, 'not a date')).to.equal(3000);
      // RFC 850 and asctime forms are HTTP-dates too.
      expect(parseRetryAfter('Saturday, 01-Mar-25 08:00:03 GMT', serverNow)).to.equal(3000);
      expect(parseRetryAfter('Sat Mar  1 08:00:03 2025', serverNow - new Date(serverNow).getTimezoneOffset() * 60_000)).to.be.a('number');
      for (const junk of ['-5', '3.5', '1e3', 'soon', '', 'NaN', '0x10', '+3', 'Mon']) {
        expect(parseRetryAfter(junk, serverNow), junk).to.equal(undefined);
      }
      expect(parseRetryAfter(null, 0)).to.equal(undefined);
    });
  });

  describe('typed errors', () => {
    it('HookError: a ZhixingError with code "hook", the host’s exception as cause', () => {
      const thrown = new Error('token service down');
      const error = new HookError('headers', thrown, URL_);
      expect(error).to.be.instanceOf(ZhixingError);
      expect(error.code).to.equal('hook');
      expect(error.name).to.equal('HookError');
      expect(error.hook).to.equal('headers');
      expect(error.cause).to.equal(thrown);
      expect(error.url).to.equal(URL_);
      expect(error.message).to.contain('token service down');
    });

    it('never retries too-large, redirect or hook errors', async () => {
      const codes: ZhixingErrorCode[] = [];
      const cases: [string, () => Response][] = [
        ['too-large', () => new Response('x'.repeat(100))],
        ['redirect', () => shaped(new Response('{}'), { redirected: true, url: 'https://evil.example/' })],
      ];
      for (const [code, answer] of cases) {
        const { fetch: f, calls } = scripted(answer);
        const error = await failure(get(transport(f, { maxResponseBytes: 50 })));
        codes.push(error.code);
        expect(calls, code).to.have.length(1);
      }
      expect(codes).to.deep.equal(['too-large', 'redirect']);
      // A hook error thrown while preparing a request is passed through untouched, not retried.
      let calls = 0;
      const hook = new HookError('headers', new Error('boom'));
      const error = await failure(
        get(
          transport((async () => {
            calls++;
            throw hook;
          }) as typeof fetch),
        ),
      );
      expect(error).to.equal(hook);
      expect(calls).to.equal(1);
    });
  });
});
