import { HttpError, ZhixingError, type RedirectError } from '@zhixing/sdk';
import { defineMessages, translate, type Locale } from './i18n';

/** Messages every element shares: states, errors, data freshness. */
export const commonMessages = defineMessages({
  'zh-CN': {
    loading: '正在加载…',
    retry: '重试',
    noSource: '未配置数据源。请设置 src 属性。',
    network: '无法连接数据源，请检查网络后重试。',
    timeout: '数据源响应超时，请稍后重试。',
    rateLimited: (p) => (p.seconds ? `查询过于频繁，请在 ${p.seconds} 秒后再试。` : '查询过于频繁，请稍后再试。'),
    unavailable: '数据源暂时不可用，请稍后重试。',
    notFound: '未找到所请求的数据。',
    httpOther: (p) => `数据源返回错误（HTTP ${p.status}）。`,
    validation: '数据源返回的数据格式有误，已停止显示。',
    tooLarge: '数据源返回的数据量异常过大，已停止读取。',
    redirect: '数据源将请求转到了其他网站，为安全起见已拒绝。',
    redirectLoop: '数据源的地址不断跳转，无法读取，请稍后再试。',
    hook: '本页面提供的查询设置出错，无法发出请求。',
    unknown: '出现未知错误。',
    asOf: (p) => `数据截至 ${p.time}`,
    stale: (p) => `数据可能不是最新的：自 ${p.time} 起无法更新。`,
    keptLastGood: '仍显示上次成功获取的数据。',
    invalidAttribute: (p) => `<${p.tag}> 的属性 ${p.attribute} 的值“${p.value}”无效，可用的值：${p.allowed}。为免显示错误的内容，此处暂不显示数据，请修改页面代码。`,
  },
  en: {
    loading: 'Loading…',
    retry: 'Retry',
    noSource: 'No data source configured. Set the src attribute.',
    network: 'Cannot reach the data source. Check the connection and retry.',
    timeout: 'The data source did not answer in time. Please retry later.',
    rateLimited: (p) => (p.seconds ? `Too many requests. Please try again in ${p.seconds} seconds.` : 'Too many requests. Please try again later.'),
    unavailable: 'The data source is temporarily unavailable. Please retry later.',
    notFound: 'The requested data was not found.',
    httpOther: (p) => `The data source returned an error (HTTP ${p.status}).`,
    validation: 'The data source sent data in a wrong format; it is not shown.',
    tooLarge: 'The data source sent an abnormally large answer; reading was stopped.',
    redirect: 'The data source redirected the request to another site; it was refused for safety.',
    redirectLoop: 'The data source keeps redirecting and cannot be read. Please retry later.',
    hook: 'This page’s request settings failed; the request was not sent.',
    unknown: 'An unknown error occurred.',
    asOf: (p) => `Data as of ${p.time}`,
    stale: (p) => `Data may be out of date: updates have failed since ${p.time}.`,
    keptLastGood: 'Still showing the last data received.',
    invalidAttribute: (p) => `<${p.tag}>: the ${p.attribute} attribute has an unknown value “${p.value}”. Allowed values: ${p.allowed}. Nothing is shown until the page is corrected, so that no wrong figure is published.`,
  },
});

export type CommonKey = keyof (typeof commonMessages)['en'];

export function common(locale: Locale, key: CommonKey, params?: Record<string, string | number>): string {
  return translate(commonMessages, locale, key, params);
}

/** A sentence a citizen understands for any error the SDK throws. */
export function describeError(error: Error, locale: Locale): string {
  if (error instanceof HttpError) {
    if (error.status === 429) return common(locale, 'rateLimited', { seconds: error.retryAfterMs ? Math.ceil(error.retryAfterMs / 1000) : '' });
    if (error.status === 404) return common(locale, 'notFound');
    if (error.status !== undefined && error.status >= 500) return common(locale, 'unavailable');
    return common(locale, 'httpOther', { status: error.status ?? '?' });
  }
  if (error instanceof ZhixingError) {
    if (error.code === 'network') return common(locale, 'network');
    if (error.code === 'timeout') return common(locale, 'timeout');
    if (error.code === 'validation') return common(locale, 'validation');
    if (error.code === 'too-large') return common(locale, 'tooLarge');
    if (error.code === 'redirect') return common(locale, (error as RedirectError).reason === 'loop' ? 'redirectLoop' : 'redirect');
    if (error.code === 'hook') return common(locale, 'hook');
  }
  if (error.name === 'ConfigError') return common(locale, 'noSource');
  return common(locale, 'unknown');
}

export function errorCode(error: Error): string {
  if (error instanceof ZhixingError) return error.code;
  return error.name === 'ConfigError' ? 'config' : 'unknown';
}
