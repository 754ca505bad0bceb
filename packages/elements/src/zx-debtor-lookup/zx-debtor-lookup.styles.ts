import { css } from 'lit';

// Sizes in em/rem and wrapping flex layouts, so 200 % zoom and the elder mode reflow instead of
// overflowing. The list a record is on is always written out; colour only repeats it.
export const lookupStyles = css`
  :host {
    --zx-debtor-lookup-max-width: none;
    --zx-debtor-lookup-gap: var(--zx-space);
    --zx-debtor-lookup-dishonest-color: var(--zx-color-danger);
    --zx-debtor-lookup-restriction-color: var(--zx-color-warning);
    --zx-debtor-lookup-case-color: var(--zx-color-accent);
    max-width: var(--zx-debtor-lookup-max-width);
    background: var(--zx-color-bg);
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zx-debtor-lookup-gap);
    align-items: flex-start;
    padding: var(--zx-debtor-lookup-gap);
    border: 1px solid var(--zx-color-border);
    border-radius: var(--zx-radius);
    background: var(--zx-color-surface);
  }
  .control {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 14em;
    min-width: 0;
  }
  /* Room for the identifier (18 characters) and the button beside it. */
  .control.id-control {
    flex-basis: 25em;
  }
  .input-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em var(--zx-debtor-lookup-gap);
    align-items: flex-start;
  }
  .input-row input {
    flex: 1 1 11em;
    min-width: 0;
  }
  label {
    font-weight: 700;
  }
  input {
    width: 100%;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--zx-color-danger);
  }
  .hint,
  .field-error {
    margin: 0;
    font-size: 0.9em;
  }
  .field-error {
    color: var(--zx-color-danger);
    font-weight: 700;
  }
  button[type='submit'] {
    flex: none;
    min-width: 6em;
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .scope {
    margin: var(--zx-debtor-lookup-gap) 0;
    color: var(--zx-color-muted);
    font-size: 0.95em;
  }
  a {
    color: var(--zx-color-accent);
    text-decoration: underline;
    overflow-wrap: anywhere;
  }
  .results {
    display: flex;
    flex-direction: column;
    gap: var(--zx-debtor-lookup-gap);
  }
  /* Never display: none — a live region must stay in the accessibility tree to be announced. */
  .status {
    margin: 0 0 var(--zx-debtor-lookup-gap);
    font-weight: 700;
  }
  .spinner {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: 0.5em;
    vertical-align: -0.1em;
    border: 0.15em solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .results-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: baseline;
    justify-content: space-between;
  }
  .results-heading {
    font-size: 1.25em;
    font-weight: 700;
  }
  .results-heading:focus {
    outline: none;
  }
  .results-heading:focus-visible {
    outline: 3px solid var(--zx-color-focus);
  }
  .group {
    --zx-debtor-lookup-type-color: var(--zx-debtor-lookup-case-color);
  }
  .dishonest-debtor {
    --zx-debtor-lookup-type-color: var(--zx-debtor-lookup-dishonest-color);
  }
  .consumption-restriction {
    --zx-debtor-lookup-type-color: var(--zx-debtor-lookup-restriction-color);
  }
  .enforcement-case {
    --zx-debtor-lookup-type-color: var(--zx-debtor-lookup-case-color);
  }
  .group-heading {
    font-size: 1.1em;
    font-weight: 700;
    margin-bottom: 0.5em;
  }
  .results-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--zx-debtor-lookup-gap);
  }
  .result {
    padding: var(--zx-debtor-lookup-gap);
    border: 1px solid var(--zx-color-border);
    border-inline-start: 0.4em solid var(--zx-debtor-lookup-type-color);
    border-radius: var(--zx-radius);
    background: var(--zx-color-bg);
  }
  .result-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
  }
  .name {
    font-size: 1.15em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid var(--zx-debtor-lookup-type-color);
    border-radius: var(--zx-radius);
    color: var(--zx-debtor-lookup-type-color);
    background: var(--zx-color-bg);
    font-size: 0.9em;
    font-weight: 700;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(15em, 100%), 1fr));
    gap: 0.35em 1.5em;
    margin: 0.5em 0;
  }
  .field {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    min-width: 0;
  }
  .field.wide {
    grid-column: 1 / -1;
  }
  .field dt {
    color: var(--zx-color-muted);
  }
  .field dt::after {
    content: ':';
  }
  .field dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .field.identifier dd {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
  }
  .field.performance dd,
  .field.amount dd {
    font-weight: 700;
  }
  .field.amount dd {
    font-variant-numeric: tabular-nums;
  }
  .disclosure {
    margin-top: 0.25em;
  }
  .detail:not([hidden]) {
    margin-top: 0.5em;
    padding-top: 0.25em;
    border-top: 1px dashed var(--zx-color-border);
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: center;
  }
  @media (forced-colors: active) {
    .badge,
    .result {
      border-color: CanvasText;
    }
    .badge {
      color: CanvasText;
    }
    input[aria-invalid='true'] {
      border-color: Mark;
    }
  }
  /* Issue 12: without flex gap (Chromium < 84; told apart by aspect-ratio, 88), margins. */
  @supports not (aspect-ratio: 1 / 1) {
    form > * {
      margin: 0 var(--zx-debtor-lookup-gap) var(--zx-debtor-lookup-gap) 0;
    }
    .control > * + * {
      margin-top: 0.25em;
    }
    .input-row > * {
      margin: 0 var(--zx-debtor-lookup-gap) 0.5em 0;
    }
    .results > * + * {
      margin-top: var(--zx-debtor-lookup-gap);
    }
    .results-head > * {
      margin-right: 1em;
    }
  }
`;
