/**
 * @zhixing/react — React components for the Zhixing elements, made with `@lit/react`: typed props
 * (attributes and properties such as `client`) and typed event callbacks.
 *
 * @packageDocumentation
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ZxDebtorLookup, ZxExecutionGauge, ZxExposureBoard, type GaugeLoadData, type LookupQuery, type ZxErrorDetail, type ZxLoadDetail, type ZxUpdateDetail } from '@zhixing/elements';
import type { ExposureSnapshot, SearchResult } from '@zhixing/sdk';
import '@zhixing/elements/zhixing.js';

/** The typed name of a Zhixing event carrying `detail: T`. */
export type ZxEventName<T> = EventName<CustomEvent<T>>;

/** `<zx-execution-gauge>`: `onLoad`, `onError`. */
export const ExecutionGauge = createComponent({
  tagName: 'zx-execution-gauge',
  elementClass: ZxExecutionGauge,
  react: React,
  events: {
    onLoad: 'zx-load' as ZxEventName<ZxLoadDetail<GaugeLoadData>>,
    onError: 'zx-error' as ZxEventName<ZxErrorDetail>,
  },
});

/** `<zx-debtor-lookup>`: `onSearch`, `onResult`, `onError`. */
export const DebtorLookup = createComponent({
  tagName: 'zx-debtor-lookup',
  elementClass: ZxDebtorLookup,
  react: React,
  events: {
    onSearch: 'zx-search' as ZxEventName<LookupQuery>,
    onResult: 'zx-result' as ZxEventName<SearchResult>,
    onError: 'zx-error' as ZxEventName<ZxErrorDetail>,
  },
});

/** `<zx-exposure-board>`: `onLoad`, `onUpdate`, `onError`. */
export const ExposureBoard = createComponent({
  tagName: 'zx-exposure-board',
  elementClass: ZxExposureBoard,
  react: React,
  events: {
    onLoad: 'zx-load' as ZxEventName<ZxLoadDetail<ExposureSnapshot>>,
    onUpdate: 'zx-update' as ZxEventName<ZxUpdateDetail>,
    onError: 'zx-error' as ZxEventName<ZxErrorDetail>,
  },
});
