import { ZxExecutionGauge } from './zx-execution-gauge.component';
import { defineElement } from '../internal/define';

defineElement('zx-execution-gauge', ZxExecutionGauge);

declare global {
  interface HTMLElementTagNameMap {
    'zx-execution-gauge': ZxExecutionGauge;
  }
}
