import { ContentTypeError, HttpError, ZhixingError, type RedirectError } from '@zhixing/sdk';
import { diagnosisOf } from './diagnose.js';
import { defineMessages, translate, type Locale, type Messages } from './i18n.js';

/** Messages every element shares: states, errors, data freshness. */
const zh = {
  loading: '正在加载…',
  retry: '重试',
  noSource: '未配置数据源。请设置 src 属性。',
  network: '无法连接数据源，请检查网络后重试。',
  timeout: '数据源响应超时，请稍后重试。',
  rateLimited: (p) => (p.seconds ? `查询过于频繁，请在 ${p.seconds} 秒后再试。` : '查询过于频繁，请稍后再试。'),
  unavailable: '数据源暂时不可用，请稍后重试。',
  notFound: (p) => `未找到所请求的数据${p.url ? `：数据源中没有 ${p.url}（HTTP 404）` : ''}。`,
  httpOther: (p) => `数据源${p.url ? ` ${p.url} ` : ''}返回错误（HTTP ${p.status}）。`,
  validation: (p) => `数据源${p.url ? ` ${p.url} ` : ''}返回的数据格式有误，已停止显示。${p.url ? '请法院信息技术部门重新生成数据。' : ''}`,
  notData: (p) => `数据源地址 ${p.url} 返回的是网页（${p.type}），不是数据，多半是地址有误。`,
  tooLarge: '数据源返回的数据量异常过大，已停止读取。',
  redirect: '数据源将请求转到了其他网站，为安全起见已拒绝。',
  redirectLoop: '数据源的地址不断跳转，无法读取，请稍后再试。',
  hook: '本页面提供的查询设置出错，无法发出请求。',
  unknown: '出现未知错误。',
  asOf: (p) => `数据截至 ${p.time}`,
  stale: (p) => `数据可能不是最新的：自 ${p.time} 起无法更新。`,
  keptLastGood: '仍显示上次成功获取的数据。',
  cors: (p) => `数据源 ${p.url} 有应答，但不允许本网站读取（缺少 CORS 响应头 Access-Control-Allow-Origin），网络是正常的。请法院信息技术部门在该服务器上为 ${p.origin} 添加此响应头。`,
  unreachable: (p) => `无法连接数据源 ${p.url}，服务器没有应答。`,
  offline: '本机没有连接网络，无法读取数据源。',
  check: (p) => `请核对 ${p.attributes}。`,
  help: '处理办法见网页编辑指南“错误信息与处理办法”一节。',
  courtFailed: '无法读取本院信息（court.json）。',
  invalidAttribute: (p) => `<${p.tag}> 的属性 ${p.attribute} 的值“${p.value}”无效，可用的值：${p.allowed}。为免显示错误内容，暂不显示数据。`,
  courtRequired: (p) => `此数据源包含多个法院：请为 <${p.tag}> 设置 court 属性，可用的值：${p.allowed}。为免显示错误内容，暂不显示数据。`,
} satisfies Messages<string>;

/** zh-CN here; the English texts are in common-messages.en.ts, downloaded only for a page or element in English. */
export const commonMessages = defineMessages(zh, () => import('./common-messages.en.js'));

export type CommonKey = keyof typeof zh;

export function common(locale: Locale, key: CommonKey, params?: Record<string, string | number>): string {
  return translate(commonMessages, locale, key, params);
}

/** Which attributes of the element set where the data comes from, for messages that say what to check. */
export interface ErrorContext {
  /** e.g. `{ src: 'https://…/feed/', period: '2023' }`; empty when a script gave the element its client. */
  attributes?: Record<string, string | undefined>;
}

function attributeList(context: ErrorContext | undefined, locale: Locale): string {
  const set = Object.entries(context?.attributes ?? {}).filter(([, value]) => value !== undefined && value !== '');
  return set.map(([name, value]) => (locale === 'en' ? `the ${name} attribute (“${value}”)` : `${name} 属性“${value}”`)).join(locale === 'en' ? ' and ' : '、');
}

/** True for errors an editor (not the visitor) must fix: the notice then points to the guide. */
export function isSetUpProblem(error: Error): boolean {
  const diagnosis = diagnosisOf(error);
  if (diagnosis) return diagnosis.kind !== 'offline';
  if (error instanceof HttpError) return error.status === 404 || error.status === 401 || error.status === 403;
  return (error instanceof ZhixingError && (error.code === 'validation' || error.code === 'redirect')) || error.name === 'ConfigError' || error.name === 'InvalidAttributeError';
}

/**
 * A sentence for any error the SDK throws. Where the page is set up wrongly (wrong `src`, a server
 * without CORS headers, a broken feed) it names the attribute, the URL and what to ask the court's
 * IT staff for; a visitor's own problems (offline, rate limiting) stay short.
 */
export function describeError(error: Error, locale: Locale, context?: ErrorContext): string {
  const url = (error instanceof ZhixingError && error.url) || '';
  const attributes = attributeList(context, locale);
  // What to check, where the page names its source (not when a script gave the element its client).
  const check = attributes ? ` ${common(locale, 'check', { attributes })}` : '';
  if (error instanceof HttpError) {
    if (error.status === 429) return common(locale, 'rateLimited', { seconds: error.retryAfterMs ? Math.ceil(error.retryAfterMs / 1000) : '' });
    if (error.status === 404) return common(locale, 'notFound', { url }) + (url ? check : '');
    if (error.status !== undefined && error.status >= 500) return common(locale, 'unavailable');
    return common(locale, 'httpOther', { url, status: error.status ?? '?' });
  }
  if (error instanceof ZhixingError) {
    if (error.code === 'network') {
      const diagnosis = diagnosisOf(error);
      if (diagnosis?.kind === 'offline') return common(locale, 'offline');
      if (diagnosis?.kind === 'cors') return common(locale, 'cors', diagnosis);
      if (diagnosis?.kind === 'unreachable') return common(locale, 'unreachable', diagnosis) + check;
      return common(locale, 'network');
    }
    if (error.code === 'timeout') return common(locale, 'timeout');
    if (error instanceof ContentTypeError) return common(locale, 'notData', { url, type: error.contentType }) + check;
    if (error.code === 'validation') return common(locale, 'validation', { url });
    if (error.code === 'too-large') return common(locale, 'tooLarge');
    if (error.code === 'redirect') return common(locale, (error as RedirectError).reason === 'loop' ? 'redirectLoop' : 'redirect');
    if (error.code === 'hook') return common(locale, 'hook');
  }
  if (error.name === 'ConfigError') return common(locale, 'noSource');
  return common(locale, 'unknown');
}

export function errorCode(error: Error): string {
  if (diagnosisOf(error)?.kind === 'cors') return 'cors';
  if (error instanceof ZhixingError) return error.code;
  return error.name === 'ConfigError' ? 'config' : 'unknown';
}
