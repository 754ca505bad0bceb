// Every answer the SDK does not read to the end has its body cancelled, so the connection closes
// instead of staying open while a slow server trickles on (issue 20): error statuses (each retry's
// too), a 404 taken as an empty shard, a web page, a refused hook, the caller's abort, a per-attempt
// timeout and the overall deadline. A real node:http server on 127.0.0.1 trickles every body one
// byte at a time and never ends it; the test waits until the server sees each socket closed.
// The test keeps every Response it hands the SDK: Node's fetch would otherwise close a forgotten
// body once the garbage collector finds it (sometime), and browsers do not even do that, so only a
// cancelled body passes. Run `npm run build` first.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, beforeEach, describe, it } from 'node:test';
import { AbortError, ContentTypeError, HookError, HttpError, TimeoutError, createClient, staticSource } from '@zhixing/sdk';

/** Polls `condition` until it holds (bounded); never a fixed sleep. */
async function until(condition, what, tries = 500) {
  for (let i = 0; i < tries && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(condition(), what);
}

async function failure(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('bodies the SDK does not consume are cancelled: the server sees the connection close', () => {
  let server;
  let base;
  /** Every request's socket, with its path. */
  const requests = [];
  /** A promise and its resolve function (Node 20 has no Promise.withResolvers). */
  const gate = () => {
    let resolve;
    const promise = new Promise((r) => (resolve = r));
    return { promise, resolve };
  };
  let late = gate();
  const open = () => requests.filter((r) => !r.socket.destroyed);

  before(async () => {
    server = createServer(async (req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      requests.push({ path, socket: req.socket });
      // /late/: no answer at all until the test releases it.
      if (path.startsWith('/late/')) await late.promise;
      if (req.socket.destroyed) return;
      const [, kind] = path.split('/');
      const status = kind.startsWith('error') || kind === 'late' ? 500 : kind === 'missing' ? 404 : 200;
      const type = kind === 'page' ? 'text/html; charset=utf-8' : 'application/json';
      res.writeHead(status, { 'content-type': type });
      res.flushHeaders();
      // A first byte now (not for /error-silent/: headers only), then one byte every 200 ms, never the end.
      if (!path.startsWith('/error-silent/')) res.write(kind === 'page' ? '<' : '{');
      const timer = setInterval(() => res.write(' '), 200);
      res.on('close', () => clearInterval(timer));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  /** Every Response the SDK received, held so that only an explicit cancel can end its body. */
  const responses = [];
  const fetch = async (input, init) => {
    const response = await globalThis.fetch(input, init);
    responses.push(response);
    return response;
  };
  /** A fetch that does not end the body when the request is aborted (some polyfills): the SDK must cancel it itself. */
  const deafFetch = (input, init) => fetch(input, { ...init, signal: undefined });
  beforeEach(() => {
    requests.length = 0;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const quick = { retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 5000 }, timeoutMs: 20_000, cacheTtlMs: 0, fetch };

  it('a 500 whose body trickles: each of the three attempts’ bodies is cancelled', async () => {
    const error = await failure(createClient({ source: staticSource(`${base}/error/`), ...quick }).getCourt());
    assert.ok(error instanceof HttpError && error.status === 500, String(error));
    assert.equal(requests.length, 3);
    await until(() => open().length === 0, `${open().length} of 3 connections still open`);
  });

  it('a 500 that sends its headers and then nothing', async () => {
    const error = await failure(createClient({ source: staticSource(`${base}/error-silent/`), ...quick }).getCourt());
    assert.ok(error instanceof HttpError && error.status === 500, String(error));
    assert.equal(requests.length, 3);
    await until(() => open().length === 0, `${open().length} of 3 connections still open`);
  });

  it('a 404 taken as an empty shard, whose body trickles', async () => {
    const client = createClient({ source: staticSource(`${base}/missing/`), ...quick });
    // The manifest itself is missing here too: a 404 that is not allowed is an HttpError, its body cancelled as well.
    const error = await failure(client.getCourt());
    assert.equal(error.status, 404);
    await until(() => open().length === 0, 'the 404 connection is still open');
  });

  it('a web page (200 text/html) whose body trickles', async () => {
    const error = await failure(createClient({ source: staticSource(`${base}/page/`), ...quick }).getCourt());
    assert.ok(error instanceof ContentTypeError, String(error));
    assert.equal(requests.length, 1);
    await until(() => open().length === 0, 'the page’s connection is still open');
  });

  it('an afterResponse hook that throws', async () => {
    const hooks = { afterResponse: [() => { throw new Error('metrics down'); }] };
    const error = await failure(createClient({ source: staticSource(`${base}/slow/`), ...quick, hooks }).getCourt());
    assert.ok(error instanceof HookError, String(error));
    await until(() => open().length === 0, 'the connection is still open');
  });

  it('the caller aborts while the body trickles (even with a fetch that does not end the body on abort)', async () => {
    const controller = new AbortController();
    const pending = failure(createClient({ source: staticSource(`${base}/slow/`), ...quick, fetch: deafFetch }).getCourt({ signal: controller.signal }));
    await until(() => requests.length === 1, 'the request arrived');
    controller.abort();
    assert.ok((await pending) instanceof AbortError);
    await until(() => open().length === 0, 'the connection is still open after the abort');
  });

  it('each attempt times out while its body trickles (timeoutMs; the same fetch)', async () => {
    const error = await failure(createClient({ source: staticSource(`${base}/slow/`), ...quick, fetch: deafFetch, timeoutMs: 300 }).getCourt());
    assert.ok(error instanceof TimeoutError, String(error));
    assert.ok(requests.length >= 1);
    await until(() => open().length === 0, `${open().length} of ${requests.length} connections still open`);
  });

  it('no answer within timeoutMs from a fetch that ignores the abort: the timeout arrives at once, and the answer that comes later has its body cancelled', async () => {
    late = gate();
    let error;
    failure(createClient({ source: staticSource(`${base}/late/`), ...quick, fetch: deafFetch, timeoutMs: 300, retry: { retries: 0 } }).getCourt()).then((e) => (error = e));
    await until(() => error !== undefined, 'no error while the source has not answered: the timeout waited for the fetch');
    assert.ok(error instanceof TimeoutError && error.limit === 'timeoutMs', String(error));
    assert.equal(responses.filter((r) => r.url.includes('/late/')).length, 0, 'the error came before any answer');
    late.resolve();
    await until(() => responses.some((r) => r.url.includes('/late/')), 'the late answer arrived');
    await until(() => open().length === 0, 'the late answer’s connection is still open');
  });

  it('the overall deadline passes while the body trickles (deadlineMs; the same fetch)', async () => {
    const error = await failure(createClient({ source: staticSource(`${base}/slow/`), ...quick, fetch: deafFetch, deadlineMs: 300 }).getCourt());
    assert.ok(error instanceof TimeoutError && error.limit === 'deadlineMs', String(error));
    await until(() => open().length === 0, 'the connection is still open after the deadline');
  });
});
