// The one-script-tag entry: registers all three elements (safe to load twice, or next to another
// version) and exposes `configure` for page-wide settings.
import './zx-execution-gauge/zx-execution-gauge.define';
import './zx-debtor-lookup/zx-debtor-lookup.define';
import './zx-exposure-board/zx-exposure-board.define';

export { configure } from './internal/source';
export { VERSION } from './internal/define';
export { ZxDebtorLookup, ZxExecutionGauge, ZxExposureBoard } from './index';
