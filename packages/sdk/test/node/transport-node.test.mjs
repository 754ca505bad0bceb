// The built SDK's HTTP transport in Node (undici fetch) against a hostile or broken source served
// for real by node:http on 127.0.0.1 (issue 9): redirect loops, cross-origin redirects, a gzip bomb,
// an oversized shard, a lying Content-Length, error bodies that never end, Retry-After as an
// HTTP-date from a server whose clock is off. Run `npm run build` first.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { ContentTypeError, DEFAULT_MAX_RESPONSE_BYTES_BY_GROUP, HttpError, RedirectError, ResponseTooLargeError, ZhixingError, createClient, staticSource } from '@zhixing/sdk';
import { buildStaticFeed, createFixtures } from '@zhixing/mocks';

const MiB = 1024 * 1024;
const dataset = createFixtures();
const files = buildStaticFeed({ court: dataset.court, statsIndex: dataset.statsIndex, stats: dataset.stats, exposure: dataset.exposure, debtors: dataset.debtors });
const courtJson = JSON.stringify(files.get('court.json'));

/** gzip of `{"a":"aaaa…"}` with `size` bytes once decoded: a bomb, ~1000:1. */
async function gzipBomb(size) {
  const gzip = createGzip({ level: 9 });
  const parts = [];
  gzip.on('data', (chunk) => parts.push(chunk));
  const done = once(gzip, 'end');
  const filler = Buffer.alloc(MiB, 'a');
  gzip.write('{"a":"');
  for (let written = 0; written < size; written += MiB) {
    if (!gzip.write(filler)) await once(gzip, 'drain');
  }
  gzip.end('"}');
  await done;
  return Buffer.concat(parts);
}

/** Writes `total` bytes in 64 KiB chunks, honouring back-pressure; stops when the client goes away. Resolves with the bytes written. */
async function stream(res, total, chunk = Buffer.alloc(64 * 1024, 'a')) {
  let written = 0;
  let closed = false;
  res.on('close', () => (closed = true));
  while (written < total && !closed) {
    written += chunk.byteLength;
    if (!res.write(chunk)) {
      await new Promise((resolve) => {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.on('drain', done);
        res.on('close', done);
      });
    }
  }
  if (!closed) res.end();
  return written;
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));
}

async function failure(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

const quick = { retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 5000 }, timeoutMs: 10_000, cacheTtlMs: 0 };

describe('transport in Node against a hostile source on 127.0.0.1', () => {
  let server;
  let other;
  let base;
  let otherBase;
  let bomb;
  /** path prefix → requests seen */
  const hits = new Map();
  const count = (prefix) => hits.get(prefix) ?? 0;
  /** Closed error responses, and how many bytes each big answer wrote. */
  const closedErrors = [];
  const written = {};
  const declaredClosed = [];
  const retryAfterSeen = [];
  let clockOffsetMs = 0;
  const PAGE_TYPES = ['text/html; charset=utf-8', 'application/xhtml+xml', 'TEXT/HTML'];
  const TYPES = ['application/json', 'application/json; charset=utf-8', 'application/vnd.zhixing+json', 'application/problem+json;charset=UTF-8', 'text/plain; charset=utf-8', 'application/octet-stream', undefined];

  before(async () => {
    bomb = await gzipBomb(128 * MiB);
    server = createServer(async (req, res) => {
      const url = new URL(req.url, 'http://x');
      const prefix = url.pathname.split('/')[1];
      hits.set(prefix, count(prefix) + 1);
      switch (prefix) {
        case 'loop': {
          const n = Number(url.searchParams.get('n') ?? 0);
          res.writeHead(302, { location: `/loop/court.json?n=${n + 1}` });
          return res.end();
        }
        case 'same':
          if (url.pathname === '/same/court.json') {
            res.writeHead(301, { location: '/same/v2/court.json' });
            return res.end();
          }
          res.writeHead(200, { 'content-type': 'application/json' });
          return res.end(courtJson);
        case 'away':
          res.writeHead(302, { location: `${otherBase}/court.json` });
          return res.end();
        case 'bomb':
          res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': bomb.byteLength });
          return res.end(bomb);
        case 'huge':
          // 50 MB shard, chunked: no Content-Length to refuse it by.
          res.writeHead(200, { 'content-type': 'application/json' });
          written.huge = await stream(res, 50 * 1000 * 1000);
          return;
        case 'declared':
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(50 * 1000 * 1000) });
          res.write('{"a":"');
          res.on('close', () => declaredClosed.push(Date.now()));
          return; // and never more
        case 'error':
          // A 500 whose body never ends.
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.on('close', () => closedErrors.push(Date.now()));
          await stream(res, Number.POSITIVE_INFINITY, Buffer.alloc(1024, 'e'));
          return;
        case 'busy': {
          // A server whose clock is `clockOffsetMs` off: 503 first, asking for 1 s by HTTP-date.
          retryAfterSeen.push(Date.now());
          if (count('busy') % 2 === 1) {
            const serverNow = Date.now() + clockOffsetMs;
            res.writeHead(503, { date: new Date(serverNow).toUTCString(), 'retry-after': new Date(serverNow + 2000).toUTCString() });
            return res.end('busy');
          }
          res.writeHead(200, { 'content-type': 'application/json' });
          return res.end(courtJson);
        }
        case 'cms': {
          // A CMS answering a wrong address with its own page, status 200: /cms/<n>/court.json with the
          // n-th page type; /cms/json/… serves the real court.json as text/html.
          const [, , which] = url.pathname.split('/');
          res.writeHead(200, { 'content-type': PAGE_TYPES[Number(which)] ?? 'text/html' });
          return res.end(which === 'json' ? courtJson : `<!doctype html><html><body>${'<p>栏目不存在</p>'.repeat(4096)}</body></html>`);
        }
        case 'typed': {
          // court.json as static hosts serve it: /typed/<n>/court.json with the n-th type, or none.
          const type = TYPES[Number(url.pathname.split('/')[2])];
          res.writeHead(200, type === undefined ? {} : { 'content-type': type });
          return res.end(courtJson);
        }
        default:
          res.writeHead(404);
          return res.end();
      }
    });
    other = createServer((req, res) => {
      hits.set('other', count('other') + 1);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(courtJson);
    });
    [base, otherBase] = await Promise.all([listen(server), listen(other)]);
  });

  after(() => {
    server.closeAllConnections();
    other.closeAllConnections();
    server.close();
    other.close();
  });

  it('exports the new typed errors', () => {
    for (const Class of [RedirectError, ResponseTooLargeError]) assert.equal(Object.getPrototypeOf(Class), ZhixingError);
  });

  it('a redirect loop: RedirectError after one fetch’s worth of requests (undici: 21), not 63', async () => {
    const error = await failure(createClient({ source: staticSource(`${base}/loop/`), ...quick }).getCourt());
    assert.ok(error instanceof RedirectError, String(error));
    assert.equal(error.code, 'redirect');
    assert.equal(error.reason, 'loop');
    assert.ok(count('loop') <= 21, `${count('loop')} requests`);
  });

  it('a same-origin redirect is followed', async () => {
    const court = await createClient({ source: staticSource(`${base}/same/`), ...quick }).getCourt();
    assert.equal(court.id, dataset.court.id);
    assert.equal(count('same'), 2);
  });

  it('a redirect to another origin (another port) is refused, not retried', async () => {
    const error = await failure(createClient({ source: staticSource(`${base}/away/`), ...quick }).getCourt());
    assert.ok(error instanceof RedirectError, String(error));
    assert.equal(error.reason, 'cross-origin');
    assert.equal(error.location, `${otherBase}/court.json`);
    assert.equal(count('away'), 1);
    assert.equal(count('other'), 1);
  });

  it('a gzip bomb (128 MiB decoded) stops at the court group’s 1 MiB default: ResponseTooLargeError, one request, memory bounded', async () => {
    assert.ok(bomb.byteLength < MiB, `bomb is ${bomb.byteLength} bytes`);
    const before = process.memoryUsage();
    const error = await failure(createClient({ source: staticSource(`${base}/bomb/`), ...quick }).getCourt());
    const afterwards = process.memoryUsage();
    assert.ok(error instanceof ResponseTooLargeError, String(error));
    assert.equal(error.code, 'too-large');
    assert.equal(error.limitBytes, DEFAULT_MAX_RESPONSE_BYTES_BY_GROUP.court);
    assert.equal(error.limitBytes, MiB);
    assert.ok(error.receivedBytes <= 2 * MiB, `read ${error.receivedBytes}`);
    assert.equal(count('bomb'), 1);
    const grown = afterwards.heapUsed + afterwards.arrayBuffers - (before.heapUsed + before.arrayBuffers);
    assert.ok(grown < 64 * MiB, `grew by ${(grown / MiB).toFixed(1)} MiB`);
  });

  it('a 50 MB shard without Content-Length is cut off near the limit and the connection released', async () => {
    const error = await failure(createClient({ source: staticSource(`${base}/huge/`), ...quick }).getCourt());
    assert.ok(error instanceof ResponseTooLargeError, String(error));
    assert.equal(count('huge'), 1);
    for (let i = 0; i < 50 && written.huge === undefined; i++) await new Promise((r) => setTimeout(r, 20));
    assert.ok(written.huge !== undefined, 'the server is still writing: the body was not cancelled');
    assert.ok(written.huge < 20 * 1000 * 1000, `server wrote ${written.huge} bytes`);
  });

  it('a Content-Length over the limit is refused at once, without waiting for the body', async () => {
    const started = Date.now();
    const error = await failure(createClient({ source: staticSource(`${base}/declared/`), ...quick, timeoutMs: 3000 }).getCourt());
    assert.ok(error instanceof ResponseTooLargeError, String(error));
    assert.equal(error.declared, true);
    assert.equal(error.receivedBytes, 50 * 1000 * 1000);
    assert.ok(Date.now() - started < 2000, 'waited for the body');
    assert.equal(count('declared'), 1);
    for (let i = 0; i < 50 && declaredClosed.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(declaredClosed.length, 1, 'the connection was not released');
  });

  it('cancels the body of every error answer: all three endless 500 bodies end', async () => {
    const error = await failure(createClient({ source: staticSource(`${base}/error/`), ...quick }).getCourt());
    assert.ok(error instanceof HttpError, String(error));
    assert.equal(error.status, 500);
    assert.equal(count('error'), 3);
    for (let i = 0; i < 100 && closedErrors.length < 3; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(closedErrors.length, 3, `${closedErrors.length} of 3 error bodies cancelled`);
  });

  it('a web page where data was expected (a CMS answering 200 text/html) fails at once: ContentTypeError naming the URL and the type, not retried', async () => {
    for (const [folder, type] of [['0', 'text/html'], ['1', 'application/xhtml+xml'], ['2', 'text/html'], ['json', 'text/html']]) {
      hits.set('cms', 0);
      const url = `${base}/cms/${folder}/court.json`;
      const error = await failure(createClient({ source: staticSource(`${base}/cms/${folder}/`), ...quick }).getCourt());
      assert.ok(error instanceof ContentTypeError, `${url}: ${error}`);
      assert.equal(error.code, 'validation');
      assert.equal(error.contentType, type);
      assert.equal(error.url, url);
      assert.ok(error.message.startsWith(`${url} answered with a web page (Content-Type: ${type}), not data: check the address`), error.message);
      assert.equal(count('cms'), 1, 'not retried');
    }
  });

  it('JSON is read whatever else static hosts call it: application/json, any +json, text/plain, application/octet-stream, no type at all', async () => {
    for (let i = 0; i < TYPES.length; i++) {
      const court = await createClient({ source: staticSource(`${base}/typed/${i}/`), ...quick }).getCourt();
      assert.equal(court.id, dataset.court.id, String(TYPES[i]));
    }
  });

  for (const [label, offset] of [['1 h ahead', 3_600_000], ['1 h behind', -3_600_000]]) {
    it(`Retry-After as an HTTP-date from a server clock ${label} means the 2 s it says`, async () => {
      clockOffsetMs = offset;
      retryAfterSeen.length = 0;
      hits.set('busy', 0);
      const court = await createClient({ source: staticSource(`${base}/busy/`), ...quick }).getCourt();
      assert.equal(court.id, dataset.court.id);
      assert.equal(retryAfterSeen.length, 2);
      const waited = retryAfterSeen[1] - retryAfterSeen[0];
      // HTTP-dates have whole seconds: 2 s asked → between 1 and 3 s waited.
      assert.ok(waited >= 1000 && waited < 3500, `waited ${waited} ms`);
    });
  }
});
