import { ZxExecutionGauge } from './zx-execution-gauge.component.js';
import { defineElement } from '../internal/define.js';

defineElement('zx-execution-gauge', ZxExecutionGauge);

declare global {
  interface HTMLElementTagNameMap {
    'zx-execution-gauge': ZxExecutionGauge;
  }
}
