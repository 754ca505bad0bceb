// The one-script-tag entry: registers all three elements (safe to load twice, or next to another
// version) and exposes `configure` for page-wide settings.
import './zx-execution-gauge/zx-execution-gauge.define.js';
import './zx-debtor-lookup/zx-debtor-lookup.define.js';
import './zx-exposure-board/zx-exposure-board.define.js';

export { configure } from './internal/source.js';
export { VERSION } from './internal/define.js';
export { ZxDebtorLookup, ZxExecutionGauge, ZxExposureBoard } from './index.js';
