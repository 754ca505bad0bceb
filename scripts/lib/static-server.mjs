// A small static file server with the headers a Zhixing static feed needs when widgets on other
// sites read it: CORS (incl. the preflight that If-None-Match triggers), ETag/304 and gzip.
// Used by `npm start`, the Node example and the benchmarks; publishers can copy its header set.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
/** Files of a feed named after their content: the paged board's lists and pages, shard and delta directories. */
export const CONTENT_ADDRESSED = /\/(exposure\/(lists|pages|courts)\/[0-9a-z]+\.json|debtors\/(shards|delta)\/[0-9a-f]{16}\/)/;
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt']);

/**
 * `cors: false` leaves the CORS headers out (a server as many are set up: for tests of what a widget
 * or the configurator says then).
 * @param {{ root: string, headers?: Record<string, string>, cors?: boolean, onRequest?: (info: { method: string, path: string, status: number, bytes: number }) => void }} options
 */
/** Compressed bodies kept: files up to 4 MB, the 256 most recent. */
const GZIP_CACHE_MAX_FILE = 4 * 2 ** 20;
const GZIP_CACHE_ENTRIES = 256;

export function createStaticServer({ root, headers = {}, cors = true, onRequest }) {
  const base = resolve(root);
  const crossOrigin = cors ? corsHeaders : {};
  /** Compressed bodies by file and ETag (a changed file has a new ETag). */
  const gzipped = new Map();
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const finish = (status, body = '', extra = {}) => {
      response.writeHead(status, { ...crossOrigin, ...headers, ...extra });
      response.end(body);
      onRequest?.({ method: request.method ?? 'GET', path: url.pathname, status, bytes: Buffer.byteLength(body) });
    };
    if (request.method === 'OPTIONS') return finish(204, '', { 'access-control-max-age': '86400' });
    if (request.method !== 'GET' && request.method !== 'HEAD') return finish(405, '', { allow: 'GET, HEAD, OPTIONS' });

    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return finish(403);
    let info;
    try {
      info = await stat(file);
      if (info.isDirectory()) return finish(301, '', { location: `${url.pathname}/` });
    } catch {
      return finish(404, 'Not found', { 'content-type': 'text/plain; charset=utf-8' });
    }
    const etag = `"${createHash('sha1').update(`${info.size}-${info.mtimeMs}`).digest('base64url').slice(0, 16)}"`;
    const ext = extname(file);
    const common = {
      etag,
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      // Revalidate every time: the ETag makes that cheap, and a removed debtor must not linger in caches.
      // Content-addressed files (named after their content) never change: cached for good.
      'cache-control': CONTENT_ADDRESSED.test(url.pathname) ? 'public, max-age=31536000, immutable' : ext === '.json' ? 'no-cache' : 'public, max-age=60',
      vary: 'Accept-Encoding',
      'x-content-type-options': 'nosniff',
    };
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag)) return finish(304, '', common);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    let body = gzip ? gzipped.get(`${file} ${etag}`) : undefined;
    if (!body) {
      body = await readFile(file);
      if (gzip) {
        body = gzipSync(body);
        // Compressed once, as a CDN edge keeps it: the server's own gzip time must not count as the page's.
        if (body.length <= GZIP_CACHE_MAX_FILE) {
          gzipped.set(`${file} ${etag}`, body);
          if (gzipped.size > GZIP_CACHE_ENTRIES) gzipped.delete(gzipped.keys().next().value);
        }
      }
    }
    response.writeHead(200, { ...crossOrigin, ...headers, ...common, 'content-length': body.length, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    response.end(request.method === 'HEAD' ? undefined : body);
    onRequest?.({ method: request.method, path: url.pathname, status: 200, bytes: body.length });
  });
}

/** CORS for a public feed read by widgets on other origins (If-None-Match needs a preflight). */
export const corsHeaders = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'If-None-Match, Accept, X-Zhixing-Token',
  'access-control-expose-headers': 'ETag, Retry-After',
};

/** Listens on 127.0.0.1 (port 0 = any free port); resolves to the base URL. */
export function listen(server, port = 0, host = '127.0.0.1') {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise(`http://${host}:${typeof address === 'object' && address ? address.port : port}/`);
    });
  });
}
