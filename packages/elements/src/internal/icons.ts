import { html, svg, type TemplateResult } from 'lit';

/**
 * Icons drawn as inline SVG instead of text glyphs (▲ ▼ ◀ ▶ ▸ ▾ ⚠ ⓘ …): a glyph comes from whatever
 * font the browser finds for it, tiny in one engine and full size in another (issue 20). Each icon
 * is 1em square (its `.icon` rule in theme.ts), filled with currentColor (so forced colours and the
 * elder palette reach it) and hidden from screen readers: the text beside it carries the meaning.
 * Drawn on a 16 × 16 grid.
 */
const PATHS = {
  /** Trend up (was ▲). */
  up: svg`<path d="M8 2.5 14.5 13.5h-13z"/>`,
  /** Trend down (was ▼). */
  down: svg`<path d="M8 13.5 1.5 2.5h13z"/>`,
  /** No change (was ＝). */
  same: svg`<path d="M2 4.5h12v2.5H2zM2 9h12v2.5H2z"/>`,
  /** Previous (was ◀). */
  previous: svg`<path d="M2.5 8 13.5 1.5v13z"/>`,
  /** Next, resume (was ▶). */
  next: svg`<path d="M13.5 8 2.5 14.5v-13z"/>`,
  /** Pause (was ❚❚). */
  pause: svg`<path d="M3 2h3.5v12H3zM9.5 2H13v12H9.5z"/>`,
  /** Collapsed disclosure (was ▸). */
  collapsed: svg`<path d="M5.5 3 11 8l-5.5 5z"/>`,
  /** Expanded disclosure (was ▾). */
  expanded: svg`<path d="M3 5.5h10L8 11z"/>`,
  /** A field's problem (was ⚠). */
  warning: svg`<path fill-rule="evenodd" d="M8 1 15.5 14.5H.5zM7.1 5.5h1.8l-.3 5H7.4zM7.1 11.5h1.8v1.7H7.1z"/>`,
  /** Information (was ⓘ). */
  info: svg`<path fill-rule="evenodd" d="M8 .8a7.2 7.2 0 1 1 0 14.4A7.2 7.2 0 0 1 8 .8zm0 1.5a5.7 5.7 0 1 0 0 11.4A5.7 5.7 0 0 0 8 2.3zM7.1 6.8h1.8v5.4H7.1zM7.1 3.9h1.8v1.8H7.1z"/>`,
} as const;

export type IconName = keyof typeof PATHS;

/** An icon as an inline SVG template: decorative, the accessible name stays the text beside it. */
export function icon(name: IconName): TemplateResult {
  // The <svg> element itself in an html template; its contents are svg fragments (as Lit requires).
  return html`<svg class="icon icon-${name}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${PATHS[name]}</svg>`;
}
