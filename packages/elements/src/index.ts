/**
 * @zhixing/elements — web components for a court's public enforcement data. Importing this module
 * registers nothing; import `@zhixing/elements/zhixing.js` (or a `define/<tag>.js`) to register.
 *
 * @packageDocumentation
 */
export { ZxExecutionGauge } from './zx-execution-gauge/zx-execution-gauge.component';
export type { GaugeCompare, GaugeLoadData, GaugeMetric } from './zx-execution-gauge/zx-execution-gauge.model';
export type { ChangeCounts } from './zx-exposure-board/zx-exposure-board.live';
export { ZxDebtorLookup, AntiAbuseError, NATIONAL_SITE, type AntiAbuseHook, type LookupQuery } from './zx-debtor-lookup/zx-debtor-lookup.component';
export { ZxExposureBoard, type BoardMode, type BoardSection, type BoardSort, type KindFilter, type ZxUpdateDetail } from './zx-exposure-board/zx-exposure-board.component';
export { ZhixingElement, ConfigError, InvalidAttributeError, type EnumeratedAttribute } from './internal/zhixing-element';
export type { ErrorContext } from './internal/common-messages';
export { configure, type ClientFactory, type SourceKindAttribute } from './internal/source';
export { defineElement, VERSION } from './internal/define';
export type { ZxErrorDetail, ZxLoadDetail } from './internal/events';
export type { Locale } from './internal/i18n';
