import { css } from 'lit';
import { printStyles } from './zx-exposure-board.print-styles.js';
import { signageStyles } from './zx-exposure-board.signage-styles.js';

/**
 * Layout of both presentations. Sizes are in em/rem (embedded, survives 200 % zoom and the elder
 * mode) or relative to the board's width (signage: cqi, clamped, readable from a distance). No
 * animation anywhere: pages change in place, nothing flashes.
 */
const baseStyles = css`
  :host {
    --zx-board-list-height: clamp(16em, 80vh, 36em);
    --zx-board-signage-height: 100vh;
    /* The floor (1.25 × the base size) lets the type grow with browser zoom once the screen is narrow. */
    --zx-board-signage-font-size: clamp(calc(1.25 * var(--zx-font-size)), min(1.45cqi, 2.6cqb), 4.5rem);
    --zx-board-header-bg: var(--zx-color-accent);
    --zx-board-header-color: var(--zx-color-on-accent);
    --zx-board-section-color: var(--zx-color-danger);
    --zx-board-photo-size: 4.5em;
    /* Signage: side of the code to scan (qr-href): ~300 px at 1920 × 1080. */
    --zx-board-qr-size: min(28cqb, 30cqi);
  }
  /* 适老化: bigger type on signage too (the cards' fitting never takes it below the plain size). */
  :host([data-elder]) {
    --zx-board-signage-font-size: clamp(calc(1.25 * var(--zx-font-size)), min(1.75cqi, 3.1cqb), 5.4rem);
  }
  /* The type follows the screen: width and height both, so that a page of cards always fits. */
  :host([mode='signage']) {
    height: var(--zx-board-signage-height);
    container-type: size;
    /* In a table cell or a float a size container would collapse to nothing. */
    contain-intrinsic-size: min(40em, 100vw) var(--zx-board-signage-height);
  }
  /* A phone, or a big screen at 300–400 % zoom: one column of cards that flows and scrolls with
     the page instead of a fixed screen that would cut them to nothing. */
  @media (max-width: 40em), (max-height: 30em) {
    :host([mode='signage']) {
      height: auto;
      container-type: inline-size;
    }
  }
  p,
  ul,
  dl,
  dd {
    margin: 0;
  }
  /* Not a size container: inside a table cell or a float the board takes the width its content
     asks for instead of collapsing to nothing. */
  .board {
    display: flex;
    flex-direction: column;
    gap: var(--zx-space);
    color: var(--zx-color-text);
    background: var(--zx-color-bg);
  }

  /* Header */
  .header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-end;
    gap: 0.5em 1.5em;
    padding: 0.75em 1em;
    border-radius: var(--zx-radius);
    background: var(--zx-board-header-bg);
    color: var(--zx-board-header-color);
  }
  .header .muted {
    color: inherit;
  }
  /* The titles take the room they need (never one character per line on a phone); the phone and
     the data time go beside them when they fit, else below. */
  .titles {
    flex: 999 1 16em;
    min-width: 0;
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.6em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }
  /* Beside the titles when there is room (pushed to the end by space-between), else below them. */
  .meta {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    flex: 0 1 auto;
    min-width: 0;
  }
  /* Whole on the next line rather than split at its dash; only a longer-than-the-line value breaks. */
  .tip-off .phone {
    display: inline-block;
    max-width: 100%;
    font-weight: 700;
    font-size: 1.2em;
  }
  .subtitle {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .counts {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  /* Embedded: filters and the virtualised list */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5em 1em;
  }
  .controls label {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    max-width: 100%;
  }
  .control-label {
    font-weight: 700;
  }
  .embedded .counts {
    margin-inline-start: auto;
    padding-block: 0.4em;
  }
  /* The border is the frame's, the scrolling the viewport's (issue 20): where scroll bars take room
     (Firefox without overlay scroll bars, Windows, GTK), the bar is a visible track inside the border,
     clear of its rounded corners, and the row dividers run up to it. */
  .list-frame {
    padding-block: var(--zx-radius);
    border: 1px solid var(--zx-color-border);
    border-radius: var(--zx-radius);
    background: var(--zx-color-bg);
  }
  .viewport {
    position: relative;
    height: calc(var(--zx-board-list-height) - 2 * var(--zx-radius));
    overflow-x: hidden;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* The layout keeps the rows in view itself (BoardLayout.sizeSpacer): the browser's scroll anchoring
       would move the offset again when the rows grow. */
    overflow-anchor: none;
    scrollbar-width: thin;
    scrollbar-color: var(--zx-color-muted) var(--zx-color-surface);
    container-type: inline-size;
  }
  .spacer {
    position: relative;
  }
  .rows {
    position: absolute;
    inset: 0 0 auto 0;
    padding: 0;
    list-style: none;
  }
  /* Every row has the same height, so the window can be computed: an estimate (lines × line
     height) until the layout has measured the tallest row shown, which then sets --_row-height.
     Values wrap; nothing is cut short. */
  .row {
    --_lines: 5;
    display: flex;
    gap: 1em;
    height: var(--_row-height, calc(var(--_lines) * var(--zx-line-height) * 1em + 2em));
    overflow: hidden;
    padding: 0.6em 1em;
    border-bottom: 1px solid var(--zx-color-border);
  }
  .row.reward-notice {
    --_lines: 6;
  }
  /* A row of a paged feed whose page is still on its way. */
  .pending {
    color: var(--zx-color-muted);
    align-items: center;
  }
  .row-probe {
    position: absolute;
    inset: 0 0 auto 0;
    visibility: hidden;
    pointer-events: none;
  }
  .entry-body {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 0.15em;
  }
  .entry-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 1em;
  }
  .name-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
    min-width: 0;
  }
  .name {
    font-size: 1.125em;
    font-weight: 700;
  }
  .tag {
    padding: 0 0.5em;
    border: 1px solid var(--zx-color-border);
    border-radius: 999px;
    font-size: 0.875em;
    line-height: 1.4;
  }
  .person,
  dt,
  .amount-label {
    color: var(--zx-color-muted);
  }
  .amount-value {
    white-space: nowrap;
  }
  .amount-label {
    margin-inline-end: 0.4em;
    font-size: 0.875em;
  }
  .amount-value {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    color: var(--zx-board-section-color);
  }
  .fields {
    --_cols: 3;
    display: grid;
    grid-template-columns: repeat(var(--_cols), minmax(0, 1fr));
    gap: 0 1.25em;
  }
  /* A value too long for the room beside its label goes under the label, whole (an ID is not split
     before its last digit); only values longer than the whole line wrap. */
  .field {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.4em;
    min-width: 0;
  }
  dt {
    flex: none;
  }
  dd {
    flex: 1 0 auto;
    max-width: 100%;
  }
  .field.long {
    grid-column: 1 / -1;
  }
  /* Running text starts beside its label and wraps there. */
  .field.long dd {
    flex: 1 1 0;
    min-width: min(100%, 11em);
  }
  .photo {
    flex: none;
    align-self: flex-start;
    width: var(--zx-board-photo-size);
    aspect-ratio: 3 / 4;
    object-fit: cover;
    border-radius: calc(var(--zx-radius) / 2);
    background: var(--zx-color-surface);
  }
  .placeholder {
    display: grid;
    place-items: center;
    border: 1px solid var(--zx-color-border);
    color: var(--zx-color-muted);
  }
  .initials {
    font-size: 1.75em;
    font-weight: 700;
  }
  @container (max-width: 60em) {
    .row {
      --_lines: 6;
    }
    .row.reward-notice {
      --_lines: 7;
    }
    .row .fields {
      --_cols: 2;
    }
  }
  @container (max-width: 36em) {
    .row,
    .row.reward-notice {
      --_lines: 11;
      gap: 0.75em;
      padding-inline: 0.75em;
    }
    .row .fields {
      --_cols: 1;
    }
    .row .photo {
      width: calc(var(--zx-board-photo-size) * 0.7);
    }
  }
  .empty,
  .loading {
    padding: 1em;
  }

  @media (forced-colors: active) {
    /* The header's accent background is forced to Canvas: its text must follow (was white on
       white). On the elements, not the tokens: a host page's theme tokens win over :host rules. */
    .header {
      background: Canvas;
      color: CanvasText;
    }
    .header,
    .card,
    .row,
    .tag,
    .list-frame {
      border: 1px solid CanvasText;
    }
    .section-title {
      border-bottom-color: CanvasText;
    }
  }
  /* Issue 12, old browsers. clamp() is Chromium 79, container units 105: a custom property holding
     them makes the declaration using it unset, so plain values here. */
  @supports not (width: clamp(1px, 2px, 3px)) {
    :host {
      --zx-board-list-height: 36rem;
    }
  }
  @supports not (width: 1cqi) {
    :host {
      --zx-board-signage-font-size: calc(0.5rem + 1vw);
    }
  }
  /* Without flex gap (Chromium < 84; told apart by aspect-ratio, 88): margins. */
  @supports not (aspect-ratio: 1 / 1) {
    .board > * + * {
      margin-top: var(--zx-space);
    }
    .meta > * + * {
      margin-top: 0.15em;
    }
    .meta {
      margin-left: auto;
    }
    .heading > *,
    .subtitle > * {
      margin-right: 0.6em;
    }
    .header > *,
    .controls > * {
      margin: 0.25em 1em 0.25em 0;
    }
    .controls label > * + * {
      margin-left: 0.2em;
    }
    .row > * + * {
      margin-left: 1em;
    }
    .rows,
    .row-probe {
      top: 0;
      right: 0;
      left: 0;
    }
  }
`;

export const boardStyles = [baseStyles, signageStyles, printStyles];
