// `zhixing-feed upload` against a real S3-API server (s3rver on 127.0.0.1, behind a small proxy that
// counts requests, slows PUTs down and injects errors): headers per file, only changed files sent,
// the grace period before old shard directories go, the order (a reader polling the bucket during
// uploads never sees a manifest pointing at a missing file), dry run, retries, 403.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import S3rver from 's3rver';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { loadPublishedFeed, main, referencedFiles } from '@zhixing/publisher/node';
import { CACHE_IMMUTABLE, UPLOAD_STATE_KEY, UploadError, createS3Client, uploadFeed } from '../dist/upload.js';

const TODAY = '2026-11-30';
const SAMPLE = 'examples/data/taoyuan-sample.csv';
const STATS = 'examples/data/taoyuan-stats.csv';
const COURT = 'examples/data/court.json';
const BUCKET = 'court';
const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-30T10:00:00Z');
const JSON_TYPE = 'application/json; charset=utf-8';
const HTML_TYPE = 'text/html; charset=utf-8';

const md5 = (data) => createHash('md5').update(data).digest('hex');

/** Every file of a folder, relative POSIX paths. */
async function files(dir, rel = '') {
  const out = [];
  for (const entry of await readdir(join(dir, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await files(dir, path)));
    else out.push(path);
  }
  return out.sort();
}

/**
 * MD5 of every file the upload sends: the content-addressed files the version references (the
 * current shard directory, the board's lists and pages) and the top-level files.
 */
async function feedHashes(dir) {
  const { dirs, files: referenced } = await referencedFiles(dir, await loadPublishedFeed(dir));
  const out = new Map();
  for (const path of await files(dir)) {
    const contentAddressed = path.startsWith('debtors/shards/') || path.startsWith('exposure/') && path !== 'exposure/index.json';
    if (path.startsWith('.zhixing/') || (contentAddressed && !referenced.has(path) && !dirs.some((d) => path.startsWith(`${d}/`)))) continue;
    out.set(path, md5(await readFile(join(dir, path))));
  }
  return out;
}

/** Content-addressed: the shard directories and the board's lists, pages and court lists. */
const isImmutable = (path) => path.startsWith('debtors/shards/') || /^exposure\/(lists|pages|courts)\//.test(path);

async function cli(args) {
  const lines = [];
  const code = await main(args, { log: (l) => lines.push(l), error: (l) => lines.push(l) });
  return { code, text: lines.join('\n') };
}

async function build(dir) {
  const { code, text } = await cli(['build', SAMPLE, '--out', dir, '--stats', STATS, '--court', COURT, '--today', TODAY]);
  assert.equal(code, 0, text);
}

async function removeOne(dir, id) {
  const { code, text } = await cli(['remove', id, '--reason', 'performed', '--date', TODAY, '--out', dir, '--today', TODAY]);
  assert.equal(code, 0, text);
}

/**
 * A proxy in front of s3rver: logs every request (method, key), can hold each PUT back (`gate`), and
 * can answer instead of the store (`hook` returns `{ status, code }`).
 */
async function startProxy(targetPort) {
  const proxy = { log: [], hook: undefined, gate: undefined };
  proxy.server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const key = decodeURIComponent(url.pathname.replace(new RegExp(`^/${BUCKET}/?`), ''));
    const entry = { method: req.method, key, list: url.searchParams.get('list-type') === '2' };
    proxy.log.push(entry);
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const injected = proxy.hook?.(entry);
    if (injected) {
      res.writeHead(injected.status, { 'content-type': 'application/xml', ...(injected.headers ?? {}) });
      res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${injected.code}</Code><Message>injected by the test</Message><Key>${key}</Key></Error>`);
      return;
    }
    if (req.method === 'PUT' && proxy.gate) await proxy.gate(entry);
    const upstream = http.request({ host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    upstream.end(Buffer.concat(chunks));
  });
  await new Promise((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${proxy.server.address().port}`;
  /** Requests of one method since `mark`, with keys. */
  proxy.since = (mark, method) => proxy.log.slice(mark).filter((e) => e.method === method && e.key && !e.list);
  return proxy;
}

describe('zhixing-feed upload (S3 API, s3rver on 127.0.0.1)', () => {
  let root;
  let s3;
  let s3url;
  let proxy;
  let client;
  let feed;
  let feedV1;
  const env = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'zhixing-upload-'));
    s3 = new S3rver({ address: '127.0.0.1', port: 0, directory: join(root, 's3'), silent: true, configureBuckets: [{ name: BUCKET }] });
    const { port } = await s3.run();
    s3url = `http://127.0.0.1:${port}`;
    proxy = await startProxy(port);
    // s3rver's built-in account; the CLI takes them from the environment like any S3 tool.
    process.env.AWS_ACCESS_KEY_ID = 'S3RVER';
    process.env.AWS_SECRET_ACCESS_KEY = 'S3RVER';
    client = createS3Client({ endpoint: proxy.url, region: 'us-east-1', forcePathStyle: true });
    feed = join(root, 'feed');
    await build(feed);
    feedV1 = join(root, 'feed-v1');
    await cp(feed, feedV1, { recursive: true });
  });

  after(async () => {
    client?.destroy();
    await new Promise((resolve) => (proxy?.server ? proxy.server.close(resolve) : resolve()));
    await s3?.close().catch(() => undefined);
    if (env.id === undefined) delete process.env.AWS_ACCESS_KEY_ID;
    else process.env.AWS_ACCESS_KEY_ID = env.id;
    if (env.secret === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
    else process.env.AWS_SECRET_ACCESS_KEY = env.secret;
    if (root) await rm(root, { recursive: true, force: true });
  });

  const upload = (options) => uploadFeed({ dir: feed, target: { bucket: BUCKET, prefix: 'feed/' }, client, endpoint: proxy.url, sleep: () => Promise.resolve(), ...options });

  async function listKeys(prefix) {
    const keys = [];
    let token;
    do {
      const out = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix, ContinuationToken: token }));
      keys.push(...(out.Contents ?? []).map((o) => o.Key.slice(prefix.length)));
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token);
    return keys.sort();
  }

  it('--dry-run prints every file in upload order with counts and bytes, and changes nothing', async () => {
    const mark = proxy.log.length;
    const { code, text } = await cli(['upload', feed, '--to', `s3://${BUCKET}/feed/`, '--endpoint', proxy.url, '--force-path-style', '--dry-run']);
    assert.equal(code, 0, text);
    const local = await feedHashes(feed);
    assert.match(text, new RegExp(`would upload ${local.size} files|${local.size} files would be uploaded`));
    const at = (path) => {
      const i = text.indexOf(`   ${path}  `);
      assert.ok(i >= 0, `${path} listed:\n${text}`);
      return i;
    };
    const shard = [...local.keys()].find((p) => p.startsWith('debtors/shards/'));
    assert.ok(at(shard) < at('stats/index.json') && at('stats/index.json') < at('debtors/manifest.json'));
    assert.ok(at('court.json') < at('debtors/manifest.json'));
    assert.ok(at('debtors/manifest.json') < at('exposure.json') && at('exposure.json') < at('index.html'));
    assert.match(text, new RegExp(`   ${shard}  \\d+ B  新 new  ${JSON_TYPE}  ${CACHE_IMMUTABLE}`));
    assert.deepEqual(proxy.since(mark, 'PUT'), [], 'no PUT');
    assert.deepEqual(proxy.since(mark, 'DELETE'), [], 'no DELETE');
    assert.deepEqual(await listKeys('feed/'), []);
  });

  it('uploads every file once, each with its Content-Type and Cache-Control (as docs/publishing.md, section 7)', async () => {
    const mark = proxy.log.length;
    const report = await upload({ now: () => new Date(T0) });
    const local = await feedHashes(feed);
    assert.equal(report.uploaded, local.size);
    assert.equal(report.unchanged, 0);
    assert.deepEqual(await listKeys('feed/'), [...local.keys(), UPLOAD_STATE_KEY].sort());
    assert.equal(proxy.since(mark, 'PUT').length, local.size + 1, 'one PUT per file, and the state object');
    for (const [path, hash] of local) {
      const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `feed/${path}` }));
      const immutable = isImmutable(path);
      assert.equal(head.CacheControl, immutable ? CACHE_IMMUTABLE : 'no-cache', path);
      assert.equal(head.ContentType, path.endsWith('.html') ? HTML_TYPE : JSON_TYPE, path);
      assert.equal(head.ETag.replaceAll('"', ''), hash, `${path}: same bytes`);
    }
    assert.ok(local.has('index.html') && local.has('court.json') && local.has('stats/index.json'));
    // Readers get the headers too (anonymous GET straight from the store).
    const res = await fetch(`${s3url}/${BUCKET}/feed/debtors/manifest.json`);
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    assert.equal(res.headers.get('content-type'), JSON_TYPE);
  });

  it('uploading again with nothing changed sends nothing', async () => {
    const mark = proxy.log.length;
    const report = await upload({ now: () => new Date(T0 + HOUR) });
    assert.equal(report.uploaded, 0);
    assert.equal(report.unchanged, (await feedHashes(feed)).size);
    assert.equal(proxy.since(mark, 'PUT').length, 0);
    assert.equal(proxy.since(mark, 'HEAD').length, 0, 'the state object vouches for the headers');
  });

  it('after a removal only the changed files are sent (a delta, not the shards); files of the previous version stay for the grace period, then go', async () => {
    const before = await feedHashes(feed);
    await removeOne(feed, 'sx-2022-1186');
    const after = await feedHashes(feed);
    // The shards are kept (the removal is a delta over them); the board pages and lists the removal
    // changed are no longer referenced.
    const oldFiles = [...before.keys()].filter((p) => !after.has(p)).sort();
    assert.ok(!oldFiles.some((p) => p.startsWith('debtors/shards/')) && oldFiles.some((p) => p.startsWith('exposure/pages/')));
    const changed = [...after].filter(([path, hash]) => before.get(path) !== hash).map(([path]) => path);
    assert.ok(changed.includes('debtors/manifest.json') && changed.includes('exposure.json') && changed.includes('exposure/index.json'));
    assert.ok(changed.some((p) => p.startsWith('debtors/delta/')) && !changed.some((p) => p.startsWith('debtors/shards/')), 'a delta, no shard');
    assert.ok(changed.filter((p) => p.startsWith('exposure/pages/')).length < [...after.keys()].filter((p) => p.startsWith('exposure/pages/')).length / 2, 'most board pages are kept');
    assert.ok(!changed.includes('court.json') && !changed.includes('stats/index.json'), 'court and stats unchanged');

    let mark = proxy.log.length;
    const T1 = T0 + 2 * HOUR;
    const report = await upload({ now: () => new Date(T1) });
    const puts = proxy.since(mark, 'PUT').map((e) => e.key);
    assert.deepEqual(puts.filter((k) => k !== `feed/${UPLOAD_STATE_KEY}`).sort(), changed.map((p) => `feed/${p}`).sort(), 'exactly the changed files');
    assert.equal(puts.length, changed.length + 1);
    assert.equal(report.uploaded, changed.length);
    assert.equal(report.unchanged, after.size - changed.length);
    assert.equal(report.pending.length, oldFiles.length);
    assert.equal(report.notUploaded.olderShardFiles, oldFiles.length, 'the old directory is still in the folder, not uploaded');
    assert.equal(proxy.since(mark, 'DELETE').length, 0);
    console.log(`republish: ${puts.length} PUTs (${changed.length} changed files + state) of ${after.size} files`);

    // 47 h later: still there (a reader holding the old manifest keeps finding its shards).
    mark = proxy.log.length;
    const early = await upload({ now: () => new Date(T1 + 47 * HOUR) });
    assert.equal(early.deleted.length, 0);
    assert.equal(proxy.since(mark, 'DELETE').length + proxy.since(mark, 'PUT').length, 0);
    for (const path of oldFiles) assert.equal((await fetch(`${s3url}/${BUCKET}/feed/${path}`)).status, 200, path);

    // A dry run after the grace period lists them, deletes nothing.
    mark = proxy.log.length;
    const dry = await upload({ now: () => new Date(T1 + 49 * HOUR), dryRun: true });
    assert.deepEqual(dry.deleted, oldFiles);
    assert.equal(proxy.since(mark, 'DELETE').length, 0);

    mark = proxy.log.length;
    const late = await upload({ now: () => new Date(T1 + 49 * HOUR) });
    assert.deepEqual([...late.deleted].sort(), oldFiles);
    // (s3rver sometimes answers 500 to concurrent deletes in one folder: those are retried.)
    assert.deepEqual([...new Set(proxy.since(mark, 'DELETE').map((e) => e.key))].sort(), oldFiles.map((p) => `feed/${p}`));
    console.log(`grace period: ${oldFiles.length} files of the previous version deleted after 49 h (${late.retries} retries), none at 47 h`);
    assert.deepEqual(await listKeys('feed/'), [...after.keys(), UPLOAD_STATE_KEY].sort());
    const state = JSON.parse(await (await fetch(`${s3url}/${BUCKET}/feed/${UPLOAD_STATE_KEY}`)).text());
    assert.deepEqual(state.unreferenced, {});
  });

  it('refuses to replace a newer version in the bucket with an older folder', async () => {
    const mark = proxy.log.length;
    await assert.rejects(upload({ dir: feedV1, now: () => new Date(T0 + 60 * HOUR) }), (error) => error instanceof UploadError && /newer than/.test(error.message));
    assert.equal(proxy.since(mark, 'PUT').length, 0);
  });

  it('re-sends objects whose headers differ (e.g. uploaded by hand before), and leaves foreign objects alone', async () => {
    await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: `feed/${UPLOAD_STATE_KEY}` }));
    const court = await readFile(join(feed, 'court.json'));
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'feed/court.json', Body: court, ContentType: 'application/octet-stream' }));
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'feed/README.txt', Body: 'not ours' }));
    const mark = proxy.log.length;
    const report = await upload({ now: () => new Date(T0 + 70 * HOUR) });
    assert.deepEqual(proxy.since(mark, 'PUT').map((e) => e.key), ['feed/court.json', `feed/${UPLOAD_STATE_KEY}`]);
    assert.equal(report.steps.flatMap((s) => s.files).find((f) => f.path === 'court.json')?.reason, 'headers');
    assert.equal(report.otherObjects, 1);
    assert.equal((await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'feed/court.json' }))).ContentType, JSON_TYPE);
    assert.equal((await fetch(`${s3url}/${BUCKET}/feed/README.txt`)).status, 200, 'left alone');
  });

  // ---------------------------------------------------------------------------------------------
  // Order

  /**
   * A reader in a loop, straight at the store: the manifest, exposure.json, then every shard file the
   * manifest references (and every hot-name page those shards reference). A referenced file that the
   * publisher wrote for that version but the store answers 404 for (or serves incomplete) is a
   * violation. s3rver writes an object in place (real stores switch atomically), so a manifest caught
   * half-written is only counted (`torn`) and read again; transport errors are retried twice.
   */
  function startReader(prefix, dir) {
    const expected = new Map();
    const shardFilesFor = async (shardPath) => {
      if (!expected.has(shardPath)) expected.set(shardPath, new Set(await files(join(dir, 'debtors', dirname(shardPath))).catch(() => [])));
      return expected.get(shardPath);
    };
    const reader = { polls: 0, completed: 0, withManifest: 0, torn: 0, transportErrors: 0, versions: new Set(), violations: [], stop: false };
    const base = `${s3url}/${BUCKET}/${prefix}`;
    const get = async (url) => {
      for (let attempt = 1; ; attempt++) {
        try {
          const res = await fetch(url);
          return { status: res.status, text: await res.text() };
        } catch (error) {
          reader.transportErrors++;
          if (attempt === 3) return { status: 0, text: '', error };
        }
      }
    };
    const parse = (text) => {
      try {
        return JSON.parse(text);
      } catch {
        return undefined;
      }
    };
    reader.done = (async () => {
      const started = Date.now();
      for (; !reader.stop && reader.polls < 5000 && Date.now() - started < 60_000; reader.completed++) {
        reader.polls++;
        const res = await get(`${base}debtors/manifest.json`);
        if (res.status !== 200) continue;
        const manifest = parse(res.text);
        if (!manifest) {
          reader.torn++;
          continue;
        }
        reader.withManifest++;
        await get(`${base}exposure.json`);
        // The delta over the shards: every delta file the local folder has for that version.
        if (manifest.delta) {
          const deltaDir = dirname(manifest.delta.path);
          const local = await files(join(dir, 'debtors', deltaDir)).catch(() => []);
          await Promise.all(
            local.map(async (name) => {
              const res = await get(`${base}debtors/${deltaDir}/${name}`);
              if (res.status !== 200 || !parse(res.text)) reader.violations.push(`${manifest.version}: ${deltaDir}/${name} → ${res.status}`);
            }),
          );
        }
        // The paged board: every list the index names and every page of those lists.
        const indexRes = await get(`${base}exposure/index.json`);
        const index = indexRes.status === 200 ? parse(indexRes.text) : undefined;
        for (const ref of index?.lists ?? []) {
          const listRes = await get(`${base}exposure/${index.listPath.replace('{list}', ref.list)}`);
          const list = listRes.status === 200 ? parse(listRes.text) : undefined;
          if (!list) {
            reader.violations.push(`${index.version}: list ${ref.list} → ${listRes.status}`);
            continue;
          }
          await Promise.all(
            list.pages.map(async (page) => {
              const res = await get(`${base}exposure/${index.pagePath.replace('{page}', page.id)}`);
              if (res.status !== 200 || !parse(res.text)) reader.violations.push(`${index.version}: page ${page.id} → ${res.status}`);
            }),
          );
        }
        const present = await shardFilesFor(manifest.shardPath);
        const width = Math.max(1, (manifest.shardCount - 1).toString(16).length);
        const shardBase = `${base}debtors/${dirname(manifest.shardPath)}/`;
        reader.versions.add(manifest.version);
        const names = Array.from({ length: manifest.shardCount }, (_, i) => `${i.toString(16).padStart(width, '0')}.json`);
        await Promise.all(
          names.map(async (name) => {
            const shard = await get(shardBase + name);
            const body = shard.status === 200 ? parse(shard.text) : undefined;
            if (!body) {
              if (present.has(name)) reader.violations.push(`${manifest.version}: ${dirname(manifest.shardPath)}/${name} → ${shard.status}${shard.status === 200 ? ' (incomplete)' : ''}${shard.error ? ` ${shard.error.message}` : ''}`);
              return;
            }
            for (const hot of body.hot ?? []) {
              for (let page = 1; (page - 1) * hot.pageSize < hot.total; page++) {
                const file = await get(`${base}debtors/${hot.pagePath.replace('{page}', String(page))}`);
                if (file.status !== 200 || !parse(file.text)) reader.violations.push(`${manifest.version}: ${hot.pagePath} page ${page} → ${file.status}`);
              }
            }
          }),
        );
      }
    })();
    return reader;
  }

  /** Holds every PUT until the reader has completed four more polls (at most 3 s): it reads between any two writes. */
  const gateOn = (reader) => async () => {
    const until = reader.completed + 4;
    for (const started = Date.now(); reader.completed < until && !reader.stop && Date.now() - started < 3000; ) await delay(2);
  };

  it('a reader polling during uploads never sees a manifest that points at a missing file', async () => {
    const dir = join(root, 'order');
    await build(dir);
    const target = { bucket: BUCKET, prefix: 'order/' };
    try {
      for (const round of ['first upload', 'after a removal']) {
        const previous = round === 'after a removal' ? JSON.parse(await readFile(join(dir, 'debtors/manifest.json'), 'utf8')).version : undefined;
        if (previous) await removeOne(dir, 'sx-2022-1186');
        const current = JSON.parse(await readFile(join(dir, 'debtors/manifest.json'), 'utf8')).version;
        const reader = startReader('order/', dir);
        proxy.gate = gateOn(reader);
        const mark = proxy.log.length;
        const started = Date.now();
        const report = await uploadFeed({ dir, target, client, endpoint: proxy.url, concurrency: 2, now: () => new Date(T0) });
        const ms = Date.now() - started;
        reader.stop = true;
        await reader.done;
        const puts = proxy.since(mark, 'PUT').length;
        console.log(`ordering, ${round}: ${puts} PUTs in ${ms} ms; the reader polled ${reader.polls} times (${reader.withManifest} with a manifest, ${reader.torn} torn, ${reader.transportErrors} transport errors), ${reader.violations.length} violations`);
        assert.deepEqual(reader.violations, []);
        assert.ok(report.uploaded >= 11 && puts === report.uploaded + 1);
        // Four polls per PUT (two PUTs at a time may share them): several polls between any two writes.
        assert.ok(reader.polls >= puts && reader.polls >= 20, `polled ${reader.polls} times`);
        assert.ok(reader.withManifest >= 3, 'it read a manifest several times');
        // It polled across the switch: it saw the new version, and (second round) the previous one.
        assert.ok(reader.versions.has(current), [...reader.versions].join());
        if (previous) assert.ok(reader.versions.has(previous), [...reader.versions].join());
      }
    } finally {
      proxy.gate = undefined;
    }
  });

  it('the reader does catch a wrong order (manifest first), so the check above means something', async () => {
    const dir = join(root, 'wrong');
    await build(dir);
    const manifest = await readFile(join(dir, 'debtors/manifest.json'));
    const shardDir = `debtors/${dirname(JSON.parse(manifest).shardPath)}`;
    const reader = startReader('wrong/', dir);
    proxy.gate = gateOn(reader);
    try {
      await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'wrong/debtors/manifest.json', Body: manifest }));
      for (const name of await files(join(dir, shardDir))) {
        await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: `wrong/${shardDir}/${name}`, Body: await readFile(join(dir, shardDir, name)) }));
      }
    } finally {
      proxy.gate = undefined;
      reader.stop = true;
      await reader.done;
    }
    console.log(`wrong order: ${reader.polls} polls, ${reader.violations.length} violations seen`);
    assert.ok(reader.violations.length > 0);
  });

  // ---------------------------------------------------------------------------------------------
  // Failures

  it('retries after 500 and 503 SlowDown, then succeeds', async () => {
    const dir = join(root, 'retry');
    await build(dir);
    const failures = new Map([
      ['retry/debtors/manifest.json', [500, 'InternalError', 500, 'InternalError']],
      ['retry/court.json', [503, 'SlowDown']],
    ]);
    proxy.hook = ({ method, key }) => {
      const left = method === 'PUT' ? failures.get(key) : undefined;
      if (!left?.length) return undefined;
      const [status, code] = left.splice(0, 2);
      return { status, code };
    };
    const sleeps = [];
    const lines = [];
    const mark = proxy.log.length;
    try {
      const report = await uploadFeed({ dir, target: { bucket: BUCKET, prefix: 'retry/' }, client, endpoint: proxy.url, sleep: async (ms) => void sleeps.push(ms), log: (l) => lines.push(l) });
      assert.equal(report.retries, 3);
      assert.equal(sleeps.length, 3);
      assert.ok(sleeps[1] > sleeps[0] / 2 && sleeps.every((ms) => ms > 0 && ms <= 8000), `backoff ${sleeps}`);
    } finally {
      proxy.hook = undefined;
    }
    assert.equal(proxy.since(mark, 'PUT').filter((e) => e.key === 'retry/debtors/manifest.json').length, 3);
    assert.match(lines.join('\n'), /retrying PUT retry\/debtors\/manifest\.json.*InternalError HTTP 500/);
    assert.equal((await fetch(`${s3url}/${BUCKET}/retry/debtors/manifest.json`)).status, 200);
  });

  it('never uploads the manifest when a file it references keeps failing', async () => {
    const dir = join(root, 'broken');
    await build(dir);
    const manifest = JSON.parse(await readFile(join(dir, 'debtors/manifest.json'), 'utf8'));
    const victim = `broken/debtors/${dirname(manifest.shardPath)}/1.json`;
    proxy.hook = ({ method, key }) => (method === 'PUT' && key === victim ? { status: 500, code: 'InternalError' } : undefined);
    const mark = proxy.log.length;
    try {
      await assert.rejects(uploadFeed({ dir, target: { bucket: BUCKET, prefix: 'broken/' }, client, endpoint: proxy.url, sleep: () => Promise.resolve() }), (error) => {
        assert.ok(error instanceof UploadError);
        assert.equal(error.key, victim);
        assert.equal(error.status, 500);
        assert.match(error.message, /previous version/);
        return true;
      });
    } finally {
      proxy.hook = undefined;
    }
    assert.equal(proxy.since(mark, 'PUT').filter((e) => e.key === victim).length, 4, 'four attempts');
    const keys = await listKeys('broken/');
    assert.ok(!keys.includes('debtors/manifest.json') && !keys.includes('exposure.json') && !keys.includes('court.json'), keys.join(' '));
  });

  it('a 403 is not retried and ends the run with a message naming the bucket and the endpoint', async () => {
    // A key the store does not know: s3rver answers 403 InvalidAccessKeyId to the listing.
    process.env.AWS_ACCESS_KEY_ID = 'NOT-A-KEY';
    const mark = proxy.log.length;
    let result;
    try {
      result = await cli(['upload', feed, '--to', `s3://${BUCKET}/feed/`, '--endpoint', proxy.url, '--force-path-style']);
    } finally {
      process.env.AWS_ACCESS_KEY_ID = 'S3RVER';
    }
    assert.equal(result.code, 1, result.text);
    assert.match(result.text, new RegExp(`access denied by bucket ${BUCKET} at ${proxy.url.replaceAll('.', '\\.')} \\(InvalidAccessKeyId HTTP 403\\)`));
    assert.match(result.text, /拒绝访问/);
    assert.match(result.text, /AWS_ACCESS_KEY_ID/);
    assert.equal(proxy.log.slice(mark).length, 1, 'one request, no retry');

    // A 403 on one PUT (e.g. a key allowed to list but not to write there): no retry, no manifest.
    const dir = join(root, 'denied');
    await build(dir);
    proxy.hook = ({ method, key }) => (method === 'PUT' && key.startsWith('denied/debtors/shards/') ? { status: 403, code: 'AccessDenied' } : undefined);
    const mark2 = proxy.log.length;
    try {
      await assert.rejects(uploadFeed({ dir, target: { bucket: BUCKET, prefix: 'denied/' }, client, endpoint: proxy.url, concurrency: 1 }), /access denied by bucket court/);
    } finally {
      proxy.hook = undefined;
    }
    assert.equal(proxy.since(mark2, 'PUT').length, 1, 'stopped at the first refusal');
    assert.deepEqual(await listKeys('denied/'), []);
  });

  it('usage errors answer with exit code 2', async () => {
    assert.equal((await cli(['upload', feed])).code, 2);
    assert.equal((await cli(['upload', feed, '--to', 'https://example/'])).code, 2);
    assert.equal((await cli(['upload', feed, '--to', `s3://${BUCKET}/x/`, '--endpoint', proxy.url, '--force-path-style', '--concurrency', '0'])).code, 2);
  });
});
