// `zhixing-feed upload`: a feed folder to S3-compatible object storage (AWS S3, Aliyun OSS, Tencent COS,
// Huawei OBS, MinIO …) in the order that keeps every reader consistent — the remote twin of write.ts.
//
// Order (each step starts only when every upload of the step before it succeeded):
//  0. list the prefix (ListObjectsV2, paged) and read `.zhixing-upload-state.json`; refuse when the
//     bucket holds a newer version than the folder;
//  1. the content-addressed files the local version references — the shard directory the manifest
//     points at (`debtors/shards/<hash>/…`) and the paged board's lists, pages and court lists
//     (`exposure/lists|pages|courts/<id>.json`), never changed once written — in parallel (bounded);
//  2. the statistics of each period, then 3. `stats/index.json` and `court.json`;
//  4. `debtors/manifest.json`, then 5. `exposure.json` and `exposure/index.json`: from here on readers
//     see the new version;
//  6. the readable page: `list-<n>.html`, then `index.html`, then the remote `list-<n>.html` the folder
//     no longer has deleted at once (a removed entry must not stay readable there), as write.ts does;
//  7. the other objects of the feed that are no longer part of it (older shard directories …) deleted
//     once unreferenced for the grace period (`--delete-after`, default 48 h), so that a reader holding
//     the previous manifest keeps finding its shards.
//
// Unchanged files are skipped: same size and the object's ETag equals the file's MD5 (true of a
// single-part PUT on every store named above; an upload is always one PUT here), or the state object
// recorded that MD5 together with the ETag the store answered (stores whose ETag is not the MD5, e.g.
// SSE-KMS; a multipart ETag `…-N` left by another tool never matches, so such a file is sent once
// more). Headers cannot be listed: an object the state does not vouch for is checked with HEAD.
//
// "Part of the feed" is what the local manifest and exposure index reference plus the top-level files:
// an older shard directory or board page kept in the folder (see `prune --keep`) is not uploaded, and in the bucket it is deleted
// after the grace period. Only objects with a feed's names are ever deleted; anything else under the
// prefix is left alone. Since when an object has been unreferenced is recorded in the state object
// (the LastModified of the manifest that dropped it would do for one publication, but a court that
// publishes more often than the grace period would then never see old directories go).
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { feedPaths } from '@zhixing/sdk';
import { nowInChina } from './feed.js';
import { isReadableListPage } from './readable-page.js';
import { compareVersions } from './version.js';
import { loadPublishedFeed, referencedFiles } from './write.js';

/** The object, under the prefix, that records what was uploaded and since when objects are unreferenced. */
export const UPLOAD_STATE_KEY = '.zhixing-upload-state.json';

/** Cache-Control of content-addressed files (their name changes with their content). */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control of files that change between versions: revalidated (ETag → 304) before each use. */
export const CACHE_REVALIDATE = 'no-cache';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/** The steps of an upload, in order. */
export const UPLOAD_STEPS = ['shards', 'stats', 'indexes', 'manifest', 'exposure', 'pages', 'index-page'] as const;
/** One step of an upload. */
export type UploadStep = (typeof UPLOAD_STEPS)[number];

const STEP_TEXT: Readonly<Record<UploadStep, { zh: string; en: string }>> = {
  shards: { zh: '分片目录和曝光台分页（不可变）', en: 'shard directory and board pages (immutable)' },
  stats: { zh: '各期间统计', en: 'statistics of each period' },
  indexes: { zh: 'stats/index.json、court.json', en: 'stats/index.json, court.json' },
  manifest: { zh: '查询索引清单 debtors/manifest.json', en: 'lookup manifest debtors/manifest.json' },
  exposure: { zh: '曝光台 exposure.json、exposure/index.json', en: 'exposure board exposure.json, exposure/index.json' },
  pages: { zh: '文字版分页 list-*.html', en: 'readable pages list-*.html' },
  'index-page': { zh: '文字版首页 index.html', en: 'readable page index.html' },
};

/** Where to upload: `s3://<bucket>/<prefix>/`. */
export interface UploadTarget {
  bucket: string;
  /** '' or ending with '/'. */
  prefix: string;
}

/** Parses `s3://<bucket>/<prefix>/` (the prefix may be empty). */
export function parseS3Url(url: string): UploadTarget {
  const m = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(url.trim());
  const bucket = m?.[1] ?? '';
  if (!m || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new UploadUsageError(`--to ${url}: 应写成 s3://<存储桶>/<前缀>/ / must be s3://<bucket>/<prefix>/`);
  }
  const path = (m[2] ?? '').replace(/^\/+/, '');
  const segments = path.split('/').filter((s, i, all) => s !== '' || i < all.length - 1);
  if (segments.some((s) => s === '' || s === '.' || s === '..')) throw new UploadUsageError(`--to ${url}: 前缀中有空的、“.”或“..”路径段 / the prefix has an empty, "." or ".." segment`);
  const prefix = segments.filter(Boolean).join('/');
  return { bucket, prefix: prefix ? `${prefix}/` : '' };
}

/** A wrong option value of `upload` (the CLI answers with its help text, exit code 2). */
export class UploadUsageError extends Error {
  override name = 'UploadUsageError';
}

/** An upload that failed or was refused; `key` and `status` when one object was the cause. */
export class UploadError extends Error {
  override name = 'UploadError';
  readonly key: string | undefined;
  readonly status: number | undefined;
  readonly code: string | undefined;
  /** What was done before the failure. */
  report: UploadReport | undefined;
  constructor(message: string, details: { key?: string; status?: number; code?: string; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.key = details.key;
    this.status = details.status;
    this.code = details.code;
  }
}

/** Options of {@link createS3Client}. */
export interface S3ClientOptions {
  /** e.g. `https://s3.oss-cn-hangzhou.aliyuncs.com`; default AWS S3. */
  endpoint?: string;
  /** Default AWS_REGION / AWS_DEFAULT_REGION, else `us-east-1` with an endpoint (the SDK's own resolution without). */
  region?: string;
  /** `https://endpoint/bucket/key` instead of `https://bucket.endpoint/key` (MinIO, s3rver). */
  forcePathStyle?: boolean;
}

/**
 * An S3 client for any S3-compatible store. Credentials come from the SDK's usual chain
 * (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY [/ AWS_SESSION_TOKEN], or a profile). Flexible checksums
 * only when an operation requires them (stores other than AWS reject the newer checksum headers);
 * the SDK's own retries are off because {@link uploadFeed} retries, with one policy it reports.
 */
export function createS3Client(options: S3ClientOptions = {}): S3Client {
  const region = options.region ?? (options.endpoint ? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1' : undefined);
  return new S3Client({
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(region ? { region } : {}),
    forcePathStyle: options.forcePathStyle ?? false,
    maxAttempts: 1,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 120_000 },
  });
}

/** Retry policy: attempts in all, and the first backoff (doubled each time, with jitter). */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8_000 };

/** Options of {@link uploadFeed}. */
export interface UploadOptions {
  /** The feed folder (holding exposure.json and debtors/manifest.json). */
  dir: string;
  target: UploadTarget;
  /** An S3 client ({@link createS3Client}); tests inject one. */
  client: Pick<S3Client, 'send'>;
  /** Named in messages; default "AWS S3". */
  endpoint?: string;
  /** List and plan only: nothing is written or deleted. */
  dryRun?: boolean;
  /** Grace period before an unreferenced object is deleted, hours. Default 48. */
  deleteAfterHours?: number;
  /** Uploads (and checks) at the same time. Default 4. */
  concurrency?: number;
  /** Default the system clock. */
  now?: () => Date;
  retry?: Partial<RetryPolicy>;
  /** Default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Progress lines (steps done, retries). */
  log?: (line: string) => void;
}

/** Why a file is sent. */
export type UploadReason = 'new' | 'changed' | 'headers';

/** One file to send. */
export interface PlannedFile {
  /** Relative to the feed folder (and the prefix). */
  path: string;
  bytes: number;
  reason: UploadReason;
  contentType: string;
  cacheControl: string;
}

/** What an upload did (or, with `dryRun`, would do). */
export interface UploadReport {
  dryRun: boolean;
  /** `s3://bucket/prefix/`. */
  target: string;
  endpoint: string;
  /** The version of the local manifest. */
  version: string;
  /** The version the bucket served before, if any. */
  remoteVersion?: string;
  /** Files to send, step by step, in order. */
  steps: Array<{ step: UploadStep; files: PlannedFile[]; unchanged: number }>;
  /** Files sent (dry run: to send). */
  uploaded: number;
  uploadedBytes: number;
  /** Files already there, unchanged. */
  unchanged: number;
  unchangedBytes: number;
  /** Objects deleted (dry run: to delete), relative paths, in order. */
  deleted: string[];
  /** Unreferenced objects kept for the grace period. */
  pending: Array<{ path: string; unreferencedSince: string; deleteAfter: string }>;
  /** Local files not uploaded: files of older shard directories, and files that are not part of a feed. */
  notUploaded: { olderShardFiles: number; other: string[] };
  /** Objects under the prefix that are not feed files: left alone. */
  otherObjects: number;
  /** Requests repeated after a transient error. */
  retries: number;
  /** Whether the state object was written. */
  stateWritten: boolean;
}

interface LocalFile {
  path: string;
  abs: string;
  size: number;
  md5: string;
  contentType: string;
  cacheControl: string;
  step: UploadStep;
}

interface RemoteObject {
  size: number;
  etag: string;
}

interface StateEntry {
  md5: string;
  size: number;
  etag: string;
  contentType: string;
  cacheControl: string;
}

/** The state object's content. */
interface UploadState {
  format: 1;
  updatedAt?: string;
  /** What this tool uploaded (or verified): the ETag the store gave, for the MD5 and headers sent. */
  objects: Record<string, StateEntry>;
  /** Feed objects the current version no longer references, and since when (ISO). */
  unreferenced: Record<string, string>;
}

// ---------------------------------------------------------------------------------------------
// The local folder

/** Relative paths (POSIX) of every file; names starting with "." (temporary files and folders) are skipped. */
async function listFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(dir, rel), { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.includes('.tmp-')) continue;
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Whether a path has one of a feed's names (the only objects this tool ever deletes). */
function isFeedPath(path: string): boolean {
  return path.startsWith('debtors/') || path.startsWith('exposure/') || /^stats\/[^/]+\.json$/.test(path) || path === feedPaths.court() || path === feedPaths.exposure() || path === 'index.html' || isReadableListPage(path);
}

function md5Hex(data: Uint8Array): string {
  return createHash('md5').update(data).digest('hex');
}

interface LocalFeed {
  version: string;
  files: LocalFile[];
  olderShardFiles: number;
  other: string[];
}

async function scanLocal(dir: string, concurrency: number): Promise<LocalFeed> {
  let published;
  try {
    published = await loadPublishedFeed(dir);
  } catch (error) {
    throw new UploadError(`${dir}: 不是可上传的数据目录 / not a feed folder: ${(error as Error).message}`, { cause: error });
  }
  const { manifest, exposure } = published;
  if (!manifest || !exposure) throw new UploadError(`${dir}: 没有 ${feedPaths.shardManifest()} 或 ${feedPaths.exposure()}，先用 build 发布 / no ${feedPaths.shardManifest()} or ${feedPaths.exposure()}: publish with build first`);
  const shardDir = posix.normalize(posix.join(posix.dirname(feedPaths.shardManifest()), posix.dirname(manifest.shardPath)));
  if (!shardDir.startsWith('debtors/shards')) throw new UploadError(`${feedPaths.shardManifest()}: 分片路径 ${manifest.shardPath} 不在 debtors/shards/ 下 / shard path ${manifest.shardPath} is outside debtors/shards/`);
  // Content-addressed: the shard directory `debtors/shards/<hash>/` and the paged board's lists and
  // pages (`exposure/pages/<id>.json` …); the old flat layout (`debtors/shards/<id>.json`) changes in place.
  const immutable = shardDir !== 'debtors/shards';
  const referenced = await referencedFiles(dir, published);
  const isReferenced = (path: string) => referenced.files.has(path) || referenced.dirs.some((d) => path.startsWith(`${d}/`));
  const files: Array<Omit<LocalFile, 'md5' | 'size'>> = [];
  const other: string[] = [];
  let olderShardFiles = 0;
  let shardFiles = 0;
  for (const path of (await listFiles(dir)).sort()) {
    let step: UploadStep | undefined;
    let cacheControl = CACHE_REVALIDATE;
    if (isReferenced(path)) {
      step = 'shards';
      cacheControl = CACHE_IMMUTABLE;
      if (path.startsWith(`${shardDir}/`)) shardFiles++;
    } else if (!immutable && path.startsWith(`${shardDir}/`) && !path.slice(shardDir.length + 1).includes('/')) {
      step = 'stats';
      shardFiles++;
    } else if (path === feedPaths.shardManifest()) step = 'manifest';
    else if (path === feedPaths.exposure() || path === feedPaths.exposureIndex()) step = 'exposure';
    else if (path === feedPaths.statsIndex() || path === feedPaths.court()) step = 'indexes';
    else if (/^stats\/[^/]+\.json$/.test(path)) step = 'stats';
    else if (isReadableListPage(path)) step = 'pages';
    else if (path === 'index.html') step = 'index-page';
    else if (path.startsWith('debtors/shards/') || path.startsWith('debtors/delta/') || path.startsWith('exposure/')) olderShardFiles++;
    else other.push(path);
    if (step) files.push({ path, abs: join(dir, ...path.split('/')), step, cacheControl, contentType: CONTENT_TYPES[posix.extname(path)] ?? 'application/octet-stream' });
  }
  if (shardFiles === 0 && manifest.recordCount > 0) throw new UploadError(`${dir}: ${feedPaths.shardManifest()} 指向的 ${shardDir}/ 在本地不存在或为空，拒绝上传 / ${shardDir}/, which the manifest points at, is missing or empty here: refused`);
  const missing = [...referenced.files].filter((path) => !files.some((f) => f.path === path));
  if (missing.length) throw new UploadError(`${dir}: ${feedPaths.exposureIndex()} 引用的 ${missing.length} 个文件在本地不存在（如 ${missing[0]}），拒绝上传 / ${missing.length} files ${feedPaths.exposureIndex()} references are missing here (e.g. ${missing[0]}): refused`);
  const hashed = await mapLimit(files, Math.max(concurrency, 8), async (f) => {
    const data = await readFile(f.abs);
    return { ...f, size: data.byteLength, md5: md5Hex(data) };
  });
  const versions = [manifest.version, exposure.version, ...(published.exposureIndex ? [published.exposureIndex.version] : [])].sort((a, b) => compareVersions(b, a));
  return { version: versions[0]!, files: hashed, olderShardFiles, other };
}

// ---------------------------------------------------------------------------------------------
// Errors and retries

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  Code?: string;
  $metadata?: { httpStatusCode?: number };
  $response?: { headers?: Record<string, string | undefined> };
}

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ECONNABORTED', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'UND_ERR_SOCKET']);
const TRANSIENT_NAMES = new Set(['SlowDown', 'Throttling', 'ThrottlingException', 'ThrottledException', 'RequestThrottled', 'TooManyRequests', 'TooManyRequestsException', 'RequestLimitExceeded', 'RequestTimeout', 'RequestTimeoutException', 'InternalError', 'ServiceUnavailable', 'TimeoutError']);
const AUTH_NAMES = new Set(['AccessDenied', 'InvalidAccessKeyId', 'SignatureDoesNotMatch', 'InvalidToken', 'ExpiredToken', 'AccountProblem', 'AllAccessDisabled', 'Forbidden', 'Unauthorized']);

function statusOf(error: unknown): number | undefined {
  return (error as SdkError | undefined)?.$metadata?.httpStatusCode;
}

function codeOf(error: unknown): string | undefined {
  const e = error as SdkError | undefined;
  return e?.Code ?? (e?.name && e.name !== 'Error' ? e.name : undefined) ?? e?.code;
}

/** 5xx, 429, throttling and timeouts, and network errors: worth another attempt. Other 4xx never. */
export function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  const e = error as SdkError | undefined;
  if (e?.name && TRANSIENT_NAMES.has(e.name)) return true;
  if (status !== undefined && status > 0) return status >= 500 || status === 429;
  return (e?.code !== undefined && NETWORK_CODES.has(e.code)) || /socket hang up|ECONNRESET|network/i.test(e?.message ?? '');
}

function retryAfterMs(error: unknown): number | undefined {
  const value = (error as SdkError | undefined)?.$response?.headers?.['retry-after'];
  if (!value) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, 30_000) : undefined;
}

/** One sentence (zh / en) for a failed request, naming the bucket and endpoint. */
export function explainError(error: unknown, bucket: string, endpoint: string, key?: string): string {
  const status = statusOf(error);
  const code = codeOf(error) ?? 'Error';
  const detail = `${code}${status ? ` HTTP ${status}` : ''}${key ? `, ${key}` : ''}`;
  const where = `存储桶 ${bucket}（${endpoint}）`;
  const whereEn = `bucket ${bucket} at ${endpoint}`;
  const e = error as SdkError | undefined;
  if (e?.name === 'CredentialsProviderError' || /Could not load credentials/i.test(e?.message ?? '')) {
    return `没有找到访问密钥：请设置环境变量 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY / no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`;
  }
  if (status === 401 || status === 403 || AUTH_NAMES.has(code)) {
    return `${where}拒绝访问（${detail}）：请检查 AWS_ACCESS_KEY_ID、AWS_SECRET_ACCESS_KEY，该密钥对此存储桶的列举、读、写、删除权限，以及 --region / access denied by ${whereEn} (${detail}): check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, the key's permission to list, read, write and delete in this bucket, and --region`;
  }
  if (code === 'NoSuchBucket') return `${where}不存在（${detail}）/ ${whereEn} does not exist (${detail})`;
  if (code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed' || code === 'IncorrectEndpoint' || status === 301) {
    return `${where}不在这个地域（${detail}）：请用 --region 或 --endpoint 指定存储桶所在的地域 / ${whereEn} is in another region (${detail}): give its region with --region or --endpoint`;
  }
  if (code === 'SecondLevelDomainForbidden') return `${where}不接受路径形式的地址（${detail}）：去掉 --force-path-style / ${whereEn} refuses path-style addresses (${detail}): drop --force-path-style`;
  if (e?.code && NETWORK_CODES.has(e.code)) return `无法连接 ${endpoint}（${detail}）：检查 --endpoint 和网络 / cannot reach ${endpoint} (${detail}): check --endpoint and the network`;
  return `${where}：${detail}：${e?.message ?? String(error)} / ${whereEn}: ${detail}: ${e?.message ?? String(error)}`;
}

/** Runs `fn` for every item, at most `limit` at a time; stops starting new ones after a failure, then throws the first. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i]!);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  if (failure) throw failure.error;
  return results;
}

// ---------------------------------------------------------------------------------------------
// The upload

const normalizeEtag = (etag: string | undefined) => (etag ?? '').replace(/^W\//, '').replace(/"/g, '').toLowerCase();
const normalizeHeader = (value: string | undefined) => (value ?? '').replace(/\s+/g, '').toLowerCase();

/**
 * Uploads the feed in `dir` (see the top of this file for the order). Resolves with what was done;
 * rejects with an {@link UploadError} (carrying the partial report) when anything failed — a failure
 * before the manifest leaves the bucket serving the previous version intact.
 */
export async function uploadFeed(options: UploadOptions): Promise<UploadReport> {
  const { client, target, dir } = options;
  const endpoint = options.endpoint ?? 'AWS S3';
  const dryRun = options.dryRun ?? false;
  const deleteAfterHours = options.deleteAfterHours ?? 48;
  const concurrency = options.concurrency ?? 4;
  if (!(deleteAfterHours >= 0)) throw new UploadUsageError(`--delete-after ${deleteAfterHours}: 应为不小于 0 的小时数 / must be hours ≥ 0`);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UploadUsageError(`--concurrency ${concurrency}: 应为 1 到 64 / must be 1 to 64`);
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const policy = { ...DEFAULT_RETRY, ...options.retry };
  const log = options.log ?? (() => undefined);
  const key = (path: string) => `${target.prefix}${path}`;
  const targetUrl = `s3://${target.bucket}/${target.prefix}`;

  const report: UploadReport = {
    dryRun,
    target: targetUrl,
    endpoint,
    version: '',
    steps: [],
    uploaded: 0,
    uploadedBytes: 0,
    unchanged: 0,
    unchangedBytes: 0,
    deleted: [],
    pending: [],
    notUploaded: { olderShardFiles: 0, other: [] },
    otherObjects: 0,
    retries: 0,
    stateWritten: false,
  };

  const fail = (error: unknown, path?: string): never => {
    if (error instanceof UploadError || error instanceof UploadUsageError) throw error;
    const status = statusOf(error);
    const code = codeOf(error);
    throw new UploadError(explainError(error, target.bucket, endpoint, path === undefined ? undefined : key(path)), {
      ...(path !== undefined ? { key: key(path) } : {}),
      ...(status !== undefined ? { status } : {}),
      ...(code !== undefined ? { code } : {}),
      cause: error,
    });
  };
  /** One request, repeated with backoff after transient errors. */
  const request = async <T>(what: string, path: string | undefined, fn: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (error) {
        if (attempt >= policy.attempts || !isTransient(error)) return fail(error, path);
        const delay = retryAfterMs(error) ?? Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
        report.retries++;
        log(`  重试 / retrying ${what}${path === undefined ? '' : ` ${key(path)}`} (${attempt}/${policy.attempts - 1}): ${codeOf(error) ?? 'Error'}${statusOf(error) ? ` HTTP ${statusOf(error)}` : ''}`);
        await sleep(delay);
      }
    }
  };

  // 0. Local folder, remote listing, state.
  const local = await scanLocal(dir, concurrency);
  report.version = local.version;
  report.notUploaded = { olderShardFiles: local.olderShardFiles, other: local.other };
  const byPath = new Map(local.files.map((f) => [f.path, f]));

  const remote = new Map<string, RemoteObject>();
  let token: string | undefined;
  for (const seen = new Set<string>(); ; ) {
    const out = await request('LIST', undefined, () => client.send(new ListObjectsV2Command({ Bucket: target.bucket, ...(target.prefix ? { Prefix: target.prefix } : {}), ...(token ? { ContinuationToken: token } : {}) })));
    for (const o of out.Contents ?? []) {
      if (!o.Key?.startsWith(target.prefix) || o.Key.endsWith('/')) continue;
      remote.set(o.Key.slice(target.prefix.length), { size: o.Size ?? -1, etag: normalizeEtag(o.ETag) });
    }
    token = out.IsTruncated ? out.NextContinuationToken : undefined;
    // A store that hands out the same token twice would otherwise page for ever.
    if (!token || seen.has(token)) break;
    seen.add(token);
  }

  const loaded = remote.has(UPLOAD_STATE_KEY) ? await readState(await getText(UPLOAD_STATE_KEY), log) : emptyState();
  const state: UploadState = { format: 1, objects: {}, unreferenced: { ...loaded.unreferenced } };

  // Never go back: a bucket serving a newer version than this folder is left alone.
  for (const path of [feedPaths.shardManifest(), feedPaths.exposure(), feedPaths.exposureIndex()]) {
    const r = remote.get(path);
    const l = byPath.get(path);
    if (!l) continue;
    if (!r || (r.etag === l.md5 && r.size === l.size)) continue;
    let version: unknown;
    try {
      version = (JSON.parse(await getText(path)) as { version?: unknown }).version;
    } catch (error) {
      if (error instanceof UploadError) throw error;
    }
    if (typeof version !== 'string') continue;
    if (path === feedPaths.shardManifest()) report.remoteVersion = version;
    if (compareVersions(version, local.version) > 0) {
      throw new UploadError(`${targetUrl} 上的 ${path} 是版本 ${version}，比本地的 ${local.version} 新，拒绝上传（版本只能前进；是否选错了目录？）/ ${path} in ${targetUrl} is version ${version}, newer than ${local.version} here: refused (versions only go forward; wrong folder?)`);
    }
  }

  // What to send: new, changed, or with other headers than these.
  const toCheck: Array<{ file: LocalFile; remote: RemoteObject }> = [];
  const plan = new Map<string, PlannedFile>();
  const planned = (f: LocalFile, reason: UploadReason) => plan.set(f.path, { path: f.path, bytes: f.size, reason, contentType: f.contentType, cacheControl: f.cacheControl });
  for (const f of local.files) {
    const r = remote.get(f.path);
    const known = loaded.objects[f.path];
    if (!r) planned(f, 'new');
    else if (r.size !== f.size || !(r.etag === f.md5 || (known?.md5 === f.md5 && known.etag === r.etag))) planned(f, 'changed');
    else if (known && known.md5 === f.md5 && known.etag === r.etag && known.contentType === f.contentType && known.cacheControl === f.cacheControl) {
      state.objects[f.path] = known;
    } else toCheck.push({ file: f, remote: r });
  }
  await mapLimit(toCheck, concurrency, async ({ file, remote: r }) => {
    let head;
    try {
      head = await request('HEAD', file.path, () => client.send(new HeadObjectCommand({ Bucket: target.bucket, Key: key(file.path) })));
    } catch (error) {
      // Deleted since the listing: send it.
      if (error instanceof UploadError && error.status === 404) return void planned(file, 'new');
      throw error;
    }
    if (normalizeHeader(head.ContentType) === normalizeHeader(file.contentType) && normalizeHeader(head.CacheControl) === normalizeHeader(file.cacheControl)) {
      state.objects[file.path] = { md5: file.md5, size: file.size, etag: r.etag, contentType: file.contentType, cacheControl: file.cacheControl };
    } else planned(file, 'headers');
  });
  for (const step of UPLOAD_STEPS) {
    const files = local.files.filter((f) => f.step === step);
    const send = files.filter((f) => plan.has(f.path)).map((f) => plan.get(f.path)!);
    if (files.length) report.steps.push({ step, files: send, unchanged: files.length - send.length });
    report.unchanged += files.length - send.length;
    report.unchangedBytes += files.filter((f) => !plan.has(f.path)).reduce((n, f) => n + f.size, 0);
    // A dry run reports the plan; a real run counts each upload as it succeeds.
    if (dryRun) {
      report.uploaded += send.length;
      report.uploadedBytes += send.reduce((n, f) => n + f.bytes, 0);
    }
  }

  // What to delete: readable pages the folder no longer has at once, other feed objects after the grace period.
  const leftoverPages: string[] = [];
  const unreferenced: string[] = [];
  for (const path of [...remote.keys()].sort()) {
    if (byPath.has(path) || path === UPLOAD_STATE_KEY) continue;
    if (!isFeedPath(path)) report.otherObjects++;
    else if (isReadableListPage(path)) leftoverPages.push(path);
    else unreferenced.push(path);
  }
  for (const path of Object.keys(state.unreferenced)) if (!unreferenced.includes(path)) delete state.unreferenced[path];
  const graceMs = deleteAfterHours * 3_600_000;
  /** Expired ones are deleted; the others are listed as pending. New ones count from `since`. */
  const sortOut = (since: string) => {
    const expired: string[] = [];
    report.pending = [];
    for (const path of unreferenced) {
      const from = state.unreferenced[path] ?? since;
      const at = new Date(Date.parse(from) + graceMs);
      if (at.getTime() <= now().getTime()) expired.push(path);
      else report.pending.push({ path, unreferencedSince: from, deleteAfter: at.toISOString() });
    }
    return expired;
  };

  if (dryRun) {
    report.deleted = [...leftoverPages, ...sortOut(now().toISOString())];
    return report;
  }

  // 1–7. Step by step; each only after the one before it succeeded.
  let failure: UploadError | undefined;
  /** When exposure.json (the last of the two switching files) was in place: the new version is served. */
  let liveAt: string | undefined;
  try {
    for (const { step, files } of report.steps) {
      await mapLimit(files, step === 'manifest' || step === 'exposure' || step === 'index-page' ? 1 : concurrency, async (p) => {
        const f = byPath.get(p.path)!;
        const body = await readFile(f.abs);
        if (md5Hex(body) !== f.md5) throw new UploadError(`${f.path} 在上传过程中被改动（是否正在运行 build？）；请在发布完成后重新上传 / ${f.path} changed during the upload (is a build running?): upload again when it has finished`, { key: key(f.path) });
        const out = await request('PUT', f.path, () =>
          client.send(
            new PutObjectCommand({
              Bucket: target.bucket,
              Key: key(f.path),
              Body: body,
              ContentLength: body.byteLength,
              ContentType: f.contentType,
              CacheControl: f.cacheControl,
              ContentMD5: Buffer.from(f.md5, 'hex').toString('base64'),
              Metadata: { 'zhixing-md5': f.md5 },
            }),
          ),
        );
        state.objects[f.path] = { md5: f.md5, size: f.size, etag: normalizeEtag(out.ETag) || f.md5, contentType: f.contentType, cacheControl: f.cacheControl };
        report.uploaded++;
        report.uploadedBytes += f.size;
      });
      const sent = files.reduce((n, f) => n + f.bytes, 0);
      const unchanged = report.steps.find((s) => s.step === step)!.unchanged;
      log(`${STEP_TEXT[step].zh}：上传 ${files.length} 个（${formatBytes(sent)}），未变 ${unchanged} 个 / ${STEP_TEXT[step].en}: ${files.length} uploaded (${formatBytes(sent)}), ${unchanged} unchanged`);
      if (step === 'exposure') liveAt = now().toISOString();
    }
    // Leftover readable pages: at once, after index.html no longer links to them.
    await mapLimit(leftoverPages, concurrency, async (path) => {
      await request('DELETE', path, () => client.send(new DeleteObjectCommand({ Bucket: target.bucket, Key: key(path) })));
      report.deleted.push(path);
    });
    // The grace period of newly unreferenced objects starts when the new version went live.
    const since = liveAt ?? now().toISOString();
    for (const path of unreferenced) state.unreferenced[path] ??= since;
    const expired = sortOut(since);
    await mapLimit(expired, concurrency, async (path) => {
      await request('DELETE', path, () => client.send(new DeleteObjectCommand({ Bucket: target.bucket, Key: key(path) })));
      report.deleted.push(path);
      delete state.unreferenced[path];
    });
    if (report.deleted.length) log(`删除 ${report.deleted.length} 个不再使用的对象 / deleted ${report.deleted.length} objects no longer used`);
  } catch (error) {
    failure = error instanceof UploadError ? error : new UploadError((error as Error).message, { cause: error });
    if (!liveAt) failure.message += `\n存储桶仍提供之前的版本，清单未上传；问题解决后重新运行即可 / the bucket still serves the previous version (the manifest was not uploaded): run upload again once the problem is solved`;
  }

  // The state: only once the new version is served (before that, the old manifest still references
  // what the folder dropped); written only when it changed.
  if (liveAt) {
    for (const path of Object.keys(state.unreferenced)) if (report.deleted.includes(path)) delete state.unreferenced[path];
    const changed = JSON.stringify({ o: sortKeys(state.objects), u: sortKeys(state.unreferenced) }) !== JSON.stringify({ o: sortKeys(loaded.objects), u: sortKeys(loaded.unreferenced) });
    if (changed) {
      state.updatedAt = now().toISOString();
      const text = JSON.stringify(state);
      try {
        await request('PUT', UPLOAD_STATE_KEY, () =>
          client.send(new PutObjectCommand({ Bucket: target.bucket, Key: key(UPLOAD_STATE_KEY), Body: text, ContentType: CONTENT_TYPES['.json'], CacheControl: 'no-store' })),
        );
        report.stateWritten = true;
      } catch (error) {
        const message = `${UPLOAD_STATE_KEY} 未能写入，下次上传会把宽限期从那时算起 / could not be written; the next upload restarts the grace periods: ${(error as Error).message}`;
        failure ??= new UploadError(message, { cause: error });
      }
    }
  }
  if (failure) {
    failure.report = report;
    throw failure;
  }
  return report;

  async function getText(path: string): Promise<string> {
    const out = await request('GET', path, () => client.send(new GetObjectCommand({ Bucket: target.bucket, Key: key(path) })));
    return (await out.Body?.transformToString('utf-8')) ?? '';
  }
}

function emptyState(): UploadState {
  return { format: 1, objects: {}, unreferenced: {} };
}

async function readState(text: string, log: (line: string) => void): Promise<UploadState> {
  try {
    const parsed = JSON.parse(text) as Partial<UploadState>;
    if (parsed.format === 1 && parsed.objects && typeof parsed.objects === 'object' && parsed.unreferenced && typeof parsed.unreferenced === 'object') {
      const unreferenced = Object.fromEntries(Object.entries(parsed.unreferenced).filter(([, v]) => typeof v === 'string' && !Number.isNaN(Date.parse(v))));
      return { format: 1, objects: parsed.objects, unreferenced };
    }
  } catch {
    // Unreadable: start again (grace periods restart now, which only postpones deletions).
  }
  log(`${UPLOAD_STATE_KEY} 无法读取，重新开始记录 / unreadable, starting afresh`);
  return emptyState();
}

function sortKeys<T>(record: Record<string, T>): Array<[string, T]> {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `12,345 字节 bytes (12.1 KB)`-style size, short. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The report as lines for the terminal: the plan (dry run) or what was done, zh-CN then en. */
export function describeUpload(report: UploadReport): string[] {
  const lines: string[] = [];
  if (report.dryRun) {
    lines.push(`演练（--dry-run），存储桶未改动：${report.target}（${report.endpoint}），本地版本 ${report.version}${report.remoteVersion ? `，存储桶上为 ${report.remoteVersion}` : ''}`);
    lines.push(`dry run, nothing changed: ${report.target} (${report.endpoint}), local version ${report.version}${report.remoteVersion ? `, bucket has ${report.remoteVersion}` : ''}`);
    let n = 0;
    for (const { step, files, unchanged } of report.steps) {
      const bytes = files.reduce((s, f) => s + f.bytes, 0);
      lines.push(`${++n}. ${STEP_TEXT[step].zh} / ${STEP_TEXT[step].en}: 将上传 ${files.length} 个（${formatBytes(bytes)}），未变 ${unchanged} 个 / would upload ${files.length} (${formatBytes(bytes)}), ${unchanged} unchanged`);
      for (const f of files) lines.push(`   ${f.path}  ${f.bytes} B  ${REASON_TEXT[f.reason]}  ${f.contentType}  ${f.cacheControl}`);
    }
    lines.push(`${++n}. 将删除 ${report.deleted.length} 个 / would delete ${report.deleted.length}`);
    for (const path of report.deleted) lines.push(`   ${path}`);
  }
  for (const group of groupPending(report.pending)) {
    const since = nowInChina(new Date(group.since));
    const at = nowInChina(new Date(group.deleteAfter));
    lines.push(`  宽限期内保留 / kept for the grace period: ${group.label}，自 / since ${since}，${at} 后删除 / deleted after ${at}`);
  }
  if (report.notUploaded.olderShardFiles) lines.push(`  本地较早版本的分片和曝光台文件不上传（${report.notUploaded.olderShardFiles} 个文件）/ files of older versions (shards, board pages) not uploaded (${report.notUploaded.olderShardFiles} files)`);
  if (report.notUploaded.other.length) {
    lines.push(`  注意：以下文件不属于数据目录，未上传 / note: not part of a feed, not uploaded: ${report.notUploaded.other.slice(0, 10).join(', ')}${report.notUploaded.other.length > 10 ? ` …(+${report.notUploaded.other.length - 10})` : ''}`);
  }
  if (report.otherObjects) lines.push(`  前缀下另有 ${report.otherObjects} 个不属于数据的对象，未动 / ${report.otherObjects} other objects under the prefix left alone`);
  const verb = report.dryRun ? { zh: '将', en: 'would be ' } : { zh: '', en: '' };
  lines.push(
    `${report.dryRun ? '合计' : '完成'}：${verb.zh}上传 ${report.uploaded} 个文件（${formatBytes(report.uploadedBytes)}），未变跳过 ${report.unchanged} 个（${formatBytes(report.unchangedBytes)}），${verb.zh}删除 ${report.deleted.length} 个，宽限期内保留 ${report.pending.length} 个${report.retries ? `，重试 ${report.retries} 次` : ''}`,
    `${report.dryRun ? 'total' : 'done'}: ${report.uploaded} files ${verb.en}uploaded (${formatBytes(report.uploadedBytes)}), ${report.unchanged} unchanged skipped (${formatBytes(report.unchangedBytes)}), ${report.deleted.length} ${verb.en}deleted, ${report.pending.length} kept for the grace period${report.retries ? `, ${report.retries} retries` : ''}`,
  );
  return lines;
}

const REASON_TEXT: Readonly<Record<UploadReason, string>> = { new: '新 new', changed: '已变 changed', headers: '响应头不同 headers differ' };

/** Pending objects grouped by shard directory (thousands of files read as one line). */
function groupPending(pending: UploadReport['pending']): Array<{ label: string; since: string; deleteAfter: string }> {
  const groups = new Map<string, { count: number; since: string; deleteAfter: string }>();
  for (const p of pending) {
    const dir = /^(debtors\/shards\/[^/]+\/|exposure\/[^/]+\/)/.exec(p.path)?.[1] ?? p.path;
    const g = groups.get(dir);
    if (!g) groups.set(dir, { count: 1, since: p.unreferencedSince, deleteAfter: p.deleteAfter });
    else {
      g.count++;
      if (p.unreferencedSince < g.since) g.since = p.unreferencedSince;
      if (p.deleteAfter > g.deleteAfter) g.deleteAfter = p.deleteAfter;
    }
  }
  return [...groups].map(([dir, g]) => ({ label: g.count > 1 || dir.endsWith('/') ? `${dir}（${g.count} 个文件 files）` : dir, since: g.since, deleteAfter: g.deleteAfter }));
}
