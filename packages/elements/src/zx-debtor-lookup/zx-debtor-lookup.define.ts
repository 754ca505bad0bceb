import { defineElement } from '../internal';
import { ZxDebtorLookup } from './zx-debtor-lookup.component';

defineElement('zx-debtor-lookup', ZxDebtorLookup);

declare global {
  interface HTMLElementTagNameMap {
    'zx-debtor-lookup': ZxDebtorLookup;
  }
}
