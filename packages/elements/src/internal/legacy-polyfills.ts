// What the widgets (Lit, zod, the SDK) call that Chromium 69–72 lacks; the legacy embed runs this
// before any other module. Found by grepping the built bundles (docs/browser-support.md); the
// modern build never includes it.
if (typeof globalThis === 'undefined') {
  // Chromium 71.
  Object.defineProperty(self, 'globalThis', { value: self, writable: true, configurable: true });
}
if (typeof Object.fromEntries !== 'function') {
  // Chromium 73.
  Object.defineProperty(Object, 'fromEntries', {
    value: (entries: Iterable<readonly [PropertyKey, unknown]>) => {
      const result: Record<PropertyKey, unknown> = {};
      for (const [key, value] of entries) result[key] = value;
      return result;
    },
    writable: true,
    configurable: true,
  });
}

if (typeof Element.prototype.toggleAttribute !== 'function') {
  // Chromium 69 stable has it, its early builds not; Lit's boolean attributes call it.
  Object.defineProperty(Element.prototype, 'toggleAttribute', {
    value(this: Element, name: string, force?: boolean): boolean {
      const on = force === undefined ? !this.hasAttribute(name) : force;
      if (on) this.setAttribute(name, '');
      else this.removeAttribute(name);
      return on;
    },
    writable: true,
    configurable: true,
  });
}

export {};
