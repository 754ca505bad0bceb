import { css } from 'lit';

// Sizes follow the element's own width (container query units on .frame), never below a rem/em
// floor, so the figure reads in a 200 px sidebar, at 200 % zoom and on a 4K screen alike.
export const gaugeStyles = css`
  :host {
    --zx-gauge-track-color: #e3e8ee;
    --zx-gauge-track-outline: var(--zx-color-border);
    --zx-gauge-value-color: var(--zx-color-accent);
    --zx-gauge-target-color: #6b2fb3;
    --zx-gauge-thickness: 16px;
    /* A gauge is a figure, not a banner: in a wide content column it stays this wide (centred). */
    --zx-gauge-max-width: 30em;
    --zx-gauge-value-scale: 1;
  }
  :host([data-elder]) {
    --zx-gauge-track-color: #ffffff;
    --zx-gauge-track-outline: #000000;
    --zx-gauge-target-color: #4b1d80;
  }
  .frame {
    container-type: inline-size;
    /* In a table cell or a float an inline-size container would collapse to nothing. */
    contain-intrinsic-inline-size: min(20em, 100vw - 2em);
    max-width: var(--zx-gauge-max-width);
    margin-inline: auto;
    overflow-wrap: anywhere;
  }
  .frame > * {
    margin: 0;
  }
  .frame > * + * {
    margin-top: max(0.35em, 1cqi);
  }
  .caption {
    font-weight: 700;
    font-size: 1.125em;
    /* Capped: a caption, never larger than the page's own headings. */
    font-size: clamp(1.125em, 5cqi, 1.5em);
    line-height: 1.3;
  }
  .period,
  .counts,
  .comparison,
  .target-legend {
    font-size: 1em;
    font-size: max(1em, 3.2cqi);
    line-height: 1.4;
  }
  .rule,
  .as-of-line,
  .note {
    font-size: 0.875em;
    font-size: max(0.875em, 2.4cqi);
    line-height: 1.4;
  }
  .counts {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .dial {
    position: relative;
    width: 100%;
    aspect-ratio: 200 / 112;
  }
  .dial-svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .track {
    fill: var(--zx-gauge-track-color);
    stroke: var(--zx-gauge-track-outline);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .value-arc {
    fill: none;
    stroke: var(--zx-gauge-value-color);
    stroke-width: var(--zx-gauge-thickness);
    stroke-linecap: butt;
  }
  .target-tick {
    fill: none;
    stroke: var(--zx-gauge-target-color);
    stroke-linecap: round;
  }
  .target-halo {
    fill: none;
    stroke: var(--zx-color-bg);
    stroke-linecap: round;
  }
  .readout {
    position: absolute;
    inset-inline: 14%;
    bottom: 0;
    text-align: center;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
  }
  .figure {
    display: block;
    font-weight: 700;
    font-size: calc(2em * var(--zx-gauge-value-scale));
    /* Capped at 15cqi so that even the elder minimum stays inside the arc of a narrow gauge. */
    font-size: calc(min(max(1.6em, 12cqi), 15cqi) * var(--zx-gauge-value-scale));
    color: var(--zx-color-text);
  }
  /* No dial for money: the figure takes its own height, not an empty semicircle's. */
  .dial.money {
    aspect-ratio: auto;
  }
  .money .readout {
    position: static;
    padding-block: 0.25em;
  }
  .money .figure {
    font-size: calc(min(max(1.5em, 11cqi), 14cqi) * var(--zx-gauge-value-scale));
  }
  .readout .empty,
  .readout .loading {
    display: block;
    font-size: max(1em, 4.5cqi);
    font-weight: 700;
  }
  .placeholder {
    visibility: hidden;
  }
  .comparison {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
  }
  .arrow {
    flex: none;
  }
  .target-legend {
    display: flex;
    gap: 0.4em;
    align-items: center;
    color: var(--zx-gauge-target-color);
    font-weight: 700;
  }
  .target-swatch {
    flex: none;
    width: 0.6em;
    height: 1em;
  }
  .note {
    padding: 0.4em 0.6em;
    border: 1px solid currentColor;
    border-left-width: 0.4em;
    border-radius: var(--zx-radius);
    color: var(--zx-color-warning);
  }
  .picker {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    align-items: center;
  }
  .frame:focus {
    outline: none;
  }
  .frame:focus-visible {
    outline: 3px solid var(--zx-color-focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .dial-svg {
      forced-color-adjust: none;
    }
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .value-arc {
      stroke: Highlight;
    }
    .target-tick {
      stroke: CanvasText;
      stroke-dasharray: 3 2;
    }
    .target-halo {
      stroke: Canvas;
    }
    .target-legend,
    .note {
      color: CanvasText;
    }
    .target-swatch {
      forced-color-adjust: none;
    }
  }
  /* Issue 12, old browsers. Without container units (Chromium < 105) a declaration mixing var() and cqi
     computes to unset instead of falling back: sizes in em here (they cannot follow the element's width). */
  @supports not (width: 1cqi) {
    /* 2em still fits 92.97% inside the arc of a 200 px sidebar gauge. */
    .figure,
    .money .figure {
      font-size: calc(2em * var(--zx-gauge-value-scale));
    }
  }
  /* Without aspect-ratio, inset and flex gap (Chromium < 88, < 87, < 84): padding box, edges, margins
     (the gauge chunk's size budget leaves room for these only). */
  @supports not (aspect-ratio: 1 / 1) {
    .dial {
      height: 0;
      padding-top: 56%;
    }
    /* Already 100 % wide and high: only its top must leave the static position (below the padding). */
    .dial-svg {
      top: 0;
    }
    .readout {
      left: 14%;
      right: 14%;
    }
    .comparison > * + *,
    .target-legend > * + * {
      margin-left: 0.4em;
    }
  }
`;

/**
 * What `view="trend"` needs before its code arrives (its width, the loading line); the chart's and
 * table's own rules come with the trend module (zx-execution-gauge.trend-styles.ts).
 */
export const trendFrameStyles = css`
  :host {
    /* A chart of several periods needs more room than one dial. */
    --zx-gauge-trend-max-width: 48em;
  }
  .frame.trend {
    max-width: var(--zx-gauge-trend-max-width);
  }
  .trend-message {
    line-height: 1.4;
    font-weight: 700;
  }
`;
