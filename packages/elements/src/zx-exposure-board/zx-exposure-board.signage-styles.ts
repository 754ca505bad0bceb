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
    overflow: hidden;
    padding: 1em 1.25em;
    font-size: var(--zx-board-signage-font-size);
  }
  /* One row: the titles wrap inside their column rather than pushing the phone onto a line of its own. */
  .signage .header {
    flex-wrap: nowrap;
    padding: 0.6em 1em;
  }
  .signage .titles {
    flex: 1 1 auto;
    min-width: 0;
  }
  .signage .meta {
    flex: none;
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
  .section-page {
    color: var(--zx-color-muted);
    font-size: 0.75em;
    font-weight: 400;
  }
  .cards {
    flex: 1;
    min-height: 0;
    display: grid;
    grid-template-columns: repeat(var(--_columns, 3), minmax(0, 1fr));
    grid-template-rows: repeat(var(--_rows, 2), minmax(0, 1fr));
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
  .card .fields {
    --_cols: 1;
  }
  /* Cards are not fixed-height rows: values wrap rather than being cut short. */
  .card .field {
    white-space: normal;
  }
  .card dd {
    overflow-wrap: break-word;
  }
  .card .entry-body {
    container-type: inline-size;
  }
  /* Set by the element when a card would overflow (never below 0.6); the container itself keeps
     its size, so the two-column breakpoint below does not move with it. */
  .card .entry-body > * {
    font-size: calc(var(--_fit, 1) * 1em);
  }
  .card .field.long dd {
    -webkit-line-clamp: 3;
    line-clamp: 3;
  }
  @container (min-width: 28em) {
    .card .fields {
      --_cols: 2;
    }
    .card .field.identifier,
    .card .field.wide {
      grid-column: 1 / -1;
    }
  }
  .card .photo {
    width: 5.5em;
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
      grid-auto-rows: minmax(0, 1fr);
    }
  }
`;
