import { css } from 'lit';

/**
 * Theme tokens shared by every element. Each `--zx-*` custom property is declared here with its
 * default, so the theming surface reads in one place (docs/elements.md, "Shared theme tokens", lists them). Colours meet
 * WCAG AA (≥ 4.5:1) on the default background.
 */
export const themeStyles = css`
  :host {
    /* Issue 20: a system sans stack that names the Chinese UI fonts of each platform, so the widgets
       look alike in every browser and never take a host page's (or the browser's default) serif. */
    --zx-font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei',
      'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Noto Sans', Roboto, 'Helvetica Neue', Arial, sans-serif;
    /* Never below 16 px: themes that set html { font-size: 62.5% } must not shrink the widgets. */
    --zx-font-size: max(1rem, 16px);
    --zx-line-height: 1.6;
    --zx-color-text: #1f2328;
    --zx-color-muted: #515a64;
    --zx-color-bg: #ffffff;
    --zx-color-surface: #f4f6f8;
    --zx-color-border: #8c959f;
    --zx-color-accent: #0b5cad;
    --zx-color-on-accent: #ffffff;
    --zx-color-danger: #b42318;
    --zx-color-warning: #7a4d00;
    --zx-color-success: #1a7f37;
    --zx-color-focus: #0b5cad;
    --zx-radius: 6px;
    --zx-space: calc(0.75 * max(1rem, 16px));
    display: block;
    box-sizing: border-box;
    /* A 300-character case number or phone wraps instead of widening the host page. */
    overflow-wrap: anywhere;
    font-family: var(--zx-font-family);
    font-size: var(--zx-font-size);
    line-height: var(--zx-line-height);
    color: var(--zx-color-text);
    /* What a CMS paragraph passes on (first-line indent, centring, spacing, nowrap, bold) is the
       article's, not the widget's: a widget inserted as a link sits inside such a paragraph. */
    text-indent: 0;
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    text-transform: none;
    font-weight: 400;
    font-style: normal;
    /* Inherited too: a host page's font-synthesis: none would leave Chinese bold as regular where the
       only CJK font has no bold face (docs/elements.md, "Fonts"). */
    font-synthesis: weight style;
    font-variant-numeric: normal;
  }
  :host([hidden]) {
    display: none;
  }
  /* 适老化 elder-friendly mode: large type, black on white, generous spacing — without browser zoom. */
  :host([data-elder]) {
    --zx-font-size: max(1.375rem, 22px);
    --zx-line-height: 1.8;
    --zx-color-text: #000000;
    --zx-color-muted: #222222;
    --zx-color-bg: #ffffff;
    --zx-color-surface: #ffffff;
    --zx-color-border: #000000;
    --zx-color-accent: #003d80;
    --zx-color-danger: #8f0d00;
    --zx-color-warning: #5c3a00;
    --zx-color-success: #0b5a21;
  }
  /* Not inherit: a host page's * { box-sizing: content-box } reaches the host element itself. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--zx-color-focus);
    outline-offset: 2px;
  }
  button,
  input,
  select {
    font: inherit;
    line-height: 1.3;
  }
  /* Form controls look the same in every element. */
  input,
  select {
    max-width: 100%;
    min-height: 2.5em;
    padding: 0.3em 0.6em;
    border: 1px solid var(--zx-color-border);
    border-radius: var(--zx-radius);
    background: var(--zx-color-bg);
    color: var(--zx-color-text);
  }
  button {
    cursor: pointer;
    min-height: 2.5em;
    padding: 0.35em 1em;
    border-radius: var(--zx-radius);
    border: 1px solid var(--zx-color-accent);
    background: var(--zx-color-accent);
    color: var(--zx-color-on-accent);
  }
  button.secondary {
    background: var(--zx-color-bg);
    color: var(--zx-color-accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  /* Inline SVG icons (internal/icons.ts): 1em square, the colour of the text, forced colours included. */
  .icon {
    display: inline-block;
    flex: none;
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
    fill: currentColor;
    overflow: visible;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    padding: 0.5em 0.75em;
    border-radius: var(--zx-radius);
    border: 1px solid currentColor;
    border-left-width: 0.4em;
  }
  .notice.error {
    color: var(--zx-color-danger);
    background: var(--zx-color-bg);
  }
  .notice.stale {
    color: var(--zx-color-warning);
    background: var(--zx-color-bg);
  }
  .muted {
    color: var(--zx-color-muted);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0s !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --zx-color-text: CanvasText;
      --zx-color-muted: CanvasText;
      --zx-color-bg: Canvas;
      --zx-color-surface: Canvas;
      --zx-color-border: CanvasText;
      --zx-color-accent: LinkText;
      --zx-color-on-accent: Canvas;
      --zx-color-focus: Highlight;
    }
    button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .notice {
      border-color: CanvasText;
    }
  }
`;
