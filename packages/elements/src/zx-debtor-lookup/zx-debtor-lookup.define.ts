import { defineElement } from '../internal/index.js';
import { ZxDebtorLookup } from './zx-debtor-lookup.component.js';

defineElement('zx-debtor-lookup', ZxDebtorLookup);

declare global {
  interface HTMLElementTagNameMap {
    'zx-debtor-lookup': ZxDebtorLookup;
  }
}
