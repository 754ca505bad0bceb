import { defineElement } from '../internal/define';
import { ZxExposureBoard } from './zx-exposure-board.component';

defineElement('zx-exposure-board', ZxExposureBoard);

declare global {
  interface HTMLElementTagNameMap {
    'zx-exposure-board': ZxExposureBoard;
  }
}
