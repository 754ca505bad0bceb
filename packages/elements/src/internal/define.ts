// Registering twice (the script included twice, or next to another version) must not crash the page.
/** This package's version (kept equal to package.json by the release test). */
export const VERSION = '0.2.0';

/** Registers `tag` unless a copy is registered already (warns when that copy is another version). */
export function defineElement(tag: string, constructor: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing !== constructor && existing.version !== constructor.version) {
    console.warn(`<${tag}> is already defined by Zhixing ${existing.version ?? '(unknown version)'}; this copy (${constructor.version ?? 'unknown'}) is not used.`);
  }
}
