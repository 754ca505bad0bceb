// The chart is drawn in the box's own pixels (see ChartBox), so sizes here are real font sizes;
// series differ by marker shape and line pattern, never by colour alone.
import { css } from 'lit';

/**
 * The trend's chart, legend, note and table (`view="trend"`): loaded with the trend module and added
 * to the gauge's shadow root then (internal/styles.ts), so a plain gauge does not download them.
 */
export const trendStyles = css`
  /* On a big screen (max width none) the text grows with the element; never below the base size. */
  .trend-chart,
  .trend-legend,
  .trend-note,
  .trend-table {
    font-size: max(1em, 1.5cqi);
  }
  /* The rule and as-of lines: with the table's size, not the single gauge's larger one. */
  .frame.trend .rule,
  .frame.trend .as-of-line {
    font-size: max(0.875em, 1.3cqi);
  }
  .trend-chart {
    width: 100%;
  }
  .trend-svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .trend-grid {
    fill: none;
    stroke: var(--zx-color-border);
    stroke-width: 1;
  }
  .trend-tick,
  .trend-axis {
    fill: var(--zx-color-text);
    font-size: 0.8125em;
  }
  .trend-value {
    fill: var(--zx-color-text);
    font-size: 0.875em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    /* A halo keeps the figure readable where a line crosses it. */
    paint-order: stroke;
    stroke: var(--zx-color-bg);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .trend-line {
    fill: none;
    stroke: var(--zx-gauge-value-color);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .trend-marker {
    fill: var(--zx-gauge-value-color);
    stroke: var(--zx-color-bg);
    stroke-width: 1.5;
  }
  .trend-series:not(:first-of-type) .trend-line,
  .trend-legend li:not(:first-child) .trend-line {
    stroke: var(--zx-color-text);
  }
  .trend-series:not(:first-of-type) .trend-marker,
  .trend-legend li:not(:first-child) .trend-marker {
    fill: var(--zx-color-text);
  }
  .trend-target {
    fill: none;
    stroke: var(--zx-gauge-target-color);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .trend-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    padding: 0;
    list-style: none;
    line-height: 1.4;
  }
  .trend-legend li {
    display: flex;
    gap: 0.4em;
    align-items: center;
  }
  .trend-target-legend {
    color: var(--zx-gauge-target-color);
    font-weight: 700;
  }
  .trend-swatch {
    flex: none;
    width: 1.75em;
    height: 1em;
    overflow: visible;
  }
  .trend-note {
    line-height: 1.4;
  }
  .trend-table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    line-height: 1.4;
  }
  .trend-table caption {
    padding-bottom: 0.25em;
    font-weight: 700;
    text-align: start;
  }
  .trend-table th,
  .trend-table td {
    padding: 0.3em 0.4em;
    border-bottom: 1px solid var(--zx-color-border);
    text-align: start;
    vertical-align: top;
  }
  .trend-table thead th {
    border-bottom-width: 2px;
  }
  .trend-table .num {
    text-align: end;
  }
  .trend-table {
    /* Unlike the frame's "anywhere", words are not broken to make a column narrower. */
    overflow-wrap: break-word;
  }
  .trend-table td.figure-cell {
    white-space: nowrap;
  }
  /* Money ("approx. ¥314 million") may wrap at its spaces in a narrow table. */
  .trend-table.money td.figure-cell {
    white-space: normal;
  }
  /* The length of the period, under its name. */
  .trend-length {
    display: block;
    font-weight: 400;
    font-size: 0.875em;
    color: var(--zx-color-muted);
  }
  @media (forced-colors: active) {
    .trend-svg,
    .trend-swatch {
      forced-color-adjust: none;
    }
    .trend-line,
    .trend-series:not(:first-of-type) .trend-line,
    .trend-legend li:not(:first-child) .trend-line {
      stroke: CanvasText;
    }
    .trend-marker,
    .trend-series:not(:first-of-type) .trend-marker,
    .trend-legend li:not(:first-child) .trend-marker {
      fill: CanvasText;
      stroke: Canvas;
    }
    .trend-value,
    .trend-tick,
    .trend-axis {
      fill: CanvasText;
      stroke: Canvas;
    }
    .trend-tick,
    .trend-axis {
      stroke: none;
    }
    .trend-grid {
      stroke: GrayText;
    }
    .trend-target {
      stroke: CanvasText;
    }
    .trend-target-legend {
      color: CanvasText;
    }
  }
`;
