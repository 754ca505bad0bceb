// zh-CN is the default; en must be complete. Each element declares its messages once: the type of
// the zh-CN table is the contract the en table must meet, so a missing translation fails to compile.
// The en tables are modules of their own, loaded when something is shown in English (loadLocale):
// most pages are zh-CN and never download them.
/** The elements' display languages. */
export type Locale = 'zh-CN' | 'en';

export type MessageValue = string | ((params: Record<string, string | number>) => string);
export type Messages<Keys extends string> = Record<Keys, MessageValue>;

export interface Catalog<Keys extends string> {
  'zh-CN': Messages<Keys>;
  /** Once loaded (`loadLocale('en')`). */
  en?: Messages<Keys>;
  /** @internal Fetches the en table. */
  loadEn: () => Promise<{ default: Messages<Keys> }>;
  /** @internal The en table on its way. */
  pending?: Promise<void>;
}

// Every catalog whose module has run: the ones this page's elements use.
const catalogs: Array<Catalog<string>> = [];

export function defineMessages<Keys extends string>(zh: Messages<Keys>, loadEn: () => Promise<{ default: Messages<Keys> }>): Catalog<Keys> {
  const catalog: Catalog<Keys> = { 'zh-CN': zh, loadEn };
  catalogs.push(catalog as unknown as Catalog<string>);
  return catalog;
}

/**
 * Loads what `locale` needs of every catalog defined so far; undefined when nothing is missing.
 * A table that fails to load is tried again next time; meanwhile its texts show in zh-CN.
 */
export function loadLocale(locale: Locale): Promise<void> | undefined {
  if (locale !== 'en') return undefined;
  const missing = catalogs.filter((catalog) => !catalog.en);
  if (!missing.length) return undefined;
  return Promise.all(
    missing.map((catalog) =>
      (catalog.pending ??= catalog.loadEn().then(
        (module) => {
          catalog.en = module.default;
        },
        () => {
          catalog.pending = undefined;
        },
      )),
    ),
  ).then(() => undefined);
}

export function translate<Keys extends string>(catalog: Catalog<Keys>, locale: Locale, key: Keys, params: Record<string, string | number> = {}): string {
  const value = ((locale === 'en' && catalog.en) || catalog['zh-CN'])[key];
  return typeof value === 'function' ? value(params) : value;
}

/** Maps any BCP 47 tag to a supported locale: en-*, else zh-CN. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}
