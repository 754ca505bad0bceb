// The legacy embed's entry (dist/embed/legacy/zhixing-app.min.js, lowered to Chromium 69): the
// polyfills run first, then the browser is checked before anything is defined, then the same
// loader as the modern build runs. Shadow roots link legacy/zhixing-legacy.css where
// `adoptedStyleSheets` is missing (see internal/define.ts).
import './internal/legacy-polyfills.js';
import { useLinkedStyles } from './internal/define.js';
import { supported, UNSUPPORTED } from './internal/support.js';

if (supported()) {
  useLinkedStyles(new URL('zhixing-legacy.css', import.meta.url).href);
  import('./zhixing-loader.js').catch((error: unknown) => console.error('[zhixing] could not load the embed', error));
} else {
  console.warn(UNSUPPORTED);
}
