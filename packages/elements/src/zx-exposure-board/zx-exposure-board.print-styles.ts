import { css } from 'lit';

/**
 * The printed notice (zx-exposure-board.print.ts): black on white in every theme, a table whose
 * header repeats on each sheet and whose entries never split across two. While printing, the
 * interactive board (filters, buttons, the scrolling list, cut cards) is not printed at all.
 */
export const printStyles = css`
  .print-notice {
    display: none;
  }
  .print-status {
    flex-basis: 100%;
  }
  @media print {
    /* Whatever height, scrolling or containment the page or the signage mode gives the board. */
    :host,
    :host([mode='signage']) {
      display: block !important;
      height: auto !important;
      max-height: none !important;
      overflow: visible !important;
      contain: none !important;
      container-type: normal !important;
    }
    .print-notice ~ .board {
      display: none !important;
    }
    .print-notice {
      display: block;
      color: #000;
      background: #fff;
      font-size: 10.5pt;
      line-height: 1.45;
    }
    :host([data-elder]) .print-notice {
      font-size: 13pt;
    }
    .print-header {
      break-after: avoid;
      margin-bottom: 6pt;
      text-align: center;
    }
    .print-court {
      font-size: 1.2em;
      font-weight: 700;
    }
    .print-title {
      font-size: 1.6em;
      font-weight: 700;
      letter-spacing: 0.05em;
    }
    .print-meta {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 0 1.5em;
    }
    .print-meta .as-of {
      color: inherit;
    }
    .print-table {
      width: 100%;
      border-collapse: collapse;
      margin-block: 6pt;
    }
    .print-table caption {
      break-after: avoid;
      padding-block: 4pt;
      font-weight: 700;
      font-size: 1.15em;
      text-align: left;
    }
    .print-table thead {
      display: table-header-group;
    }
    .print-entry {
      break-inside: avoid;
      page-break-inside: avoid;
    }
    .print-table th,
    .print-table td {
      border: 0.5pt solid #000;
      padding: 2pt 4pt;
      text-align: left;
      vertical-align: top;
      overflow-wrap: anywhere;
    }
    .print-table th {
      background: #eee;
    }
    .print-table .print-more td {
      border-top: none;
      font-size: 0.9em;
    }
    .print-entry tr:first-child td {
      border-bottom-style: dotted;
    }
    .print-entry tr:only-child td {
      border-bottom-style: solid;
    }
    .print-more span + span::before {
      content: ' ';
    }
    .case,
    .n,
    .money,
    .date,
    .id {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .money {
      text-align: right;
    }
    .print-name {
      font-weight: 700;
    }
    .print-kind {
      display: block;
      font-size: 0.9em;
    }
    .print-incomplete {
      border: 1pt solid #000;
      padding: 4pt;
      font-weight: 700;
    }
    .print-source {
      margin-top: 6pt;
      font-size: 0.9em;
    }
  }
`;
