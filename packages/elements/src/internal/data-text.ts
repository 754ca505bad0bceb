// Text from the court's data (names, conduct, court names, case numbers) is Chinese whatever the
// UI language: it carries lang="zh-CN" so that a screen reader reading an English page switches to
// a Chinese voice for it, and the browser picks CJK fonts and line breaking for it.
import { html, nothing, type TemplateResult } from 'lit';

/** The language of the source data: Chinese courts publish in Chinese. */
export const DATA_LANG = 'zh-CN';

/** One value from the source, marked as Chinese. */
export function dataText(value: string, className = ''): TemplateResult {
  return html`<span class=${className || nothing} lang=${DATA_LANG}>${value}</span>`;
}

const SLOT = '\u0000';

/**
 * A UI message with one source value inside it, e.g. "Details for 张三": the message stays in the UI
 * language, the value is marked as Chinese. `message` renders the text with a placeholder.
 */
export function messageWithData(message: (placeholder: string) => string, value: string, lang: string = DATA_LANG): TemplateResult {
  const [before = '', after = ''] = message(SLOT).split(SLOT);
  return html`${before}<span lang=${lang}>${value}</span>${after}`;
}
