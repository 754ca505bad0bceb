import { defineElement } from '../internal/define.js';
import { ZxExposureBoard } from './zx-exposure-board.component.js';

defineElement('zx-exposure-board', ZxExposureBoard);

declare global {
  interface HTMLElementTagNameMap {
    'zx-exposure-board': ZxExposureBoard;
  }
}
