// zh-CN is the default; en must be complete. Each element declares its messages once: the type of
// the zh-CN table is the contract the en table must meet, so a missing translation fails to compile.
/** The elements' display languages. */
export type Locale = 'zh-CN' | 'en';

export type MessageValue = string | ((params: Record<string, string | number>) => string);
export type Messages<Keys extends string> = Record<Keys, MessageValue>;

export interface Catalog<Keys extends string> {
  'zh-CN': Messages<Keys>;
  en: Messages<Keys>;
}

export function defineMessages<Keys extends string>(catalog: Catalog<Keys>): Catalog<Keys> {
  return catalog;
}

export function translate<Keys extends string>(catalog: Catalog<Keys>, locale: Locale, key: Keys, params: Record<string, string | number> = {}): string {
  const value = catalog[locale][key];
  return typeof value === 'function' ? value(params) : value;
}

/** Maps any BCP 47 tag to a supported locale: en-*, else zh-CN. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}
