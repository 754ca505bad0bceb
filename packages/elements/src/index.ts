/**
 * @zhixing/elements — web components for a court's public enforcement data. Importing this module
 * registers nothing; import `@zhixing/elements/zhixing.js` (or a `define/<tag>.js`) to register.
 *
 * @packageDocumentation
 */
export { ZxExecutionGauge } from './zx-execution-gauge/zx-execution-gauge.component.js';
export type { GaugeCompare, GaugeLoadData, GaugeMetric, GaugeView } from './zx-execution-gauge/zx-execution-gauge.model.js';
export type { GaugeTrendLoadData, PeriodLength, TrendPoint } from './zx-execution-gauge/zx-execution-gauge.trend.js';
export type { ChangeCounts } from './zx-exposure-board/zx-exposure-board.live.js';
export { ZxDebtorLookup, AntiAbuseError, NATIONAL_SITE, type AntiAbuseHook, type LookupQuery } from './zx-debtor-lookup/zx-debtor-lookup.component.js';
export { ZxExposureBoard, type BoardMode, type BoardSection, type BoardSort, type KindFilter, type ZxUpdateDetail } from './zx-exposure-board/zx-exposure-board.component.js';
export { ZhixingElement, ConfigError, InvalidAttributeError, type EnumeratedAttribute } from './internal/zhixing-element.js';
export type { ErrorContext } from './internal/common-messages.js';
export { configure, type ClientFactory, type SourceKindAttribute } from './internal/source.js';
export { defineElement, VERSION } from './internal/define.js';
export type { ZxErrorDetail, ZxLoadDetail } from './internal/events.js';
export type { Locale } from './internal/i18n.js';
