import { css } from 'lit';

/**
 * Signage: one page of cards under a large header, sized from the board's width and height (cqi,
 * cqb) so that it reads from a distance on 1080p and 4K alike. `--_fit` is set by the element when
 * a card would otherwise overflow.
 */
export const signageStyles = css`
  /* Signage: one page of cards under a large header */
  .signage {
    height: 100%;
    /* Nobody scrolls a big screen: BoardLayout.fitCards makes every page fit (smaller type, fewer
       cards, at last an ellipsis in a single card's long text), so nothing runs past its edge. */
    overflow: hidden;
    padding: 1em 1.25em;
    font-size: var(--zx-board-signage-font-size);
  }
  /* Last resort of BoardLayout.fitCards: not even one card fits the screen. */
  .signage[data-scroll] {
    overflow-y: auto;
  }
  .signage .header {
    padding: 0.6em 1em;
  }
  .signage .heading {
    font-size: 1.6em;
  }
  .signage .tip-off .phone {
    font-size: 1.5em;
  }
  .signage .meta {
    gap: 0.2em;
  }
  .signage .as-of {
    font-size: 0.9em;
  }
  .page {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .section-title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 1em;
    padding-bottom: 0.15em;
    border-bottom: 0.15em solid var(--zx-board-section-color);
    color: var(--zx-board-section-color);
    font-size: 1.3em;
    font-weight: 700;
  }
  .cards {
    flex: 1;
    min-height: 0;
    display: grid;
    grid-template-columns: repeat(var(--_columns, 3), minmax(0, 1fr));
    grid-template-rows: repeat(var(--_rows, 2), minmax(var(--_row-min, 0), 1fr));
    gap: 0.6em;
    padding: 0;
    list-style: none;
  }
  .card {
    display: flex;
    gap: 0.75em;
    min-height: 0;
    overflow: hidden;
    container-type: inline-size;
    padding: 0.6em 0.8em;
    border: 1px solid var(--zx-color-border);
    border-radius: var(--zx-radius);
    background: var(--zx-color-surface);
  }
  .card .name {
    font-size: 1.35em;
  }
  .card .amount {
    font-size: 1.1em;
  }
  /* Fields flow two or more to a line as their values allow: a case number keeps its line whole
     (no lone 号 on the next line) and pushes its neighbour down instead. */
  .card .fields {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.25em;
  }
  .card .field {
    flex: 1 1 auto;
  }
  .card .field:is(.identifier, .wide, .long) {
    flex-basis: 100%;
  }
  /* Set by the element when a card would overflow; never below the widget's base size (16 px,
     elder 22 px). */
  .card .entry-body > * {
    font-size: max(calc(var(--_fit, 1) * 1em), var(--zx-font-size));
  }
  .card .photo {
    width: 5.5em;
  }
  /* A single card still too tall at the smallest type: its long texts end in an ellipsis at the
     lines that fit (BoardLayout sets --_clamp); the whole text stays in the accessibility tree. */
  .card[data-clamped] .field.long dd {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_clamp, 12);
    overflow: hidden;
  }
  /* Smaller print than the card's own would drop below the base size on a 1080p screen. */
  .card .tag,
  .card .amount-label {
    font-size: max(0.875em, var(--zx-font-size));
  }
  /* The code to scan (qr-href) beside the cards. Its side follows the screen: ~300 px on a 1080p
     screen, 8 px a module for a short address, which a phone reads from three metres. */
  .signage-main {
    flex: 1;
    min-height: 0;
    display: flex;
    gap: 1em;
  }
  .signage-main > .page,
  .signage-main > .empty {
    flex: 1;
    min-width: 0;
  }
  .scan {
    flex: none;
    align-self: center;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.3em;
    width: var(--zx-board-qr-size);
    text-align: center;
  }
  .scan-code {
    display: block;
    width: 100%;
    aspect-ratio: 1;
    /* Black on white whatever the theme or forced colours: scanners need the contrast. */
    forced-color-adjust: none;
    background: #fff;
  }
  .scan-caption {
    font-weight: 700;
  }
  .scan-address {
    max-width: 100%;
    overflow-wrap: anywhere;
    font-size: 0.9em;
  }
  /* A portrait screen: the code goes under the cards, the words beside it. */
  @container (max-aspect-ratio: 1/1) {
    .signage-main {
      flex-direction: column;
    }
    .scan {
      flex-direction: row;
      width: auto;
      text-align: start;
      gap: 1em;
    }
    .scan-code {
      width: var(--zx-board-qr-size);
      flex: none;
    }
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.5em;
  }
  .paging {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .page-indicator {
    font-weight: 700;
  }
  .motion-note {
    color: var(--zx-color-muted);
  }
  @container (max-width: 40em) {
    .signage .cards {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: none;
      grid-auto-rows: minmax(var(--_row-min, 0), 1fr);
    }
  }
  /* Flowing signage (phone, heavy zoom; see the host rule): without a height, the grid's rows are
     as tall as their cards. */
  @media (max-width: 40em), (max-height: 30em) {
    .signage,
    .signage[data-scroll] {
      height: auto;
      overflow: visible;
    }
    .signage-main {
      flex-direction: column;
    }
    .scan {
      width: min(var(--zx-board-qr-size), 100%);
    }
  }
`;
