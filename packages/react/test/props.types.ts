// Type-level checks (run by `npm run typecheck`): enumerated attributes are unions in the React
// props, so a typo fails to compile instead of publishing another figure.
import { createElement } from 'react';
import { DebtorLookup, ExecutionGauge, ExposureBoard } from '../src/index';

export const valid = [
  createElement(ExecutionGauge, { metric: 'actual-execution-rate', compare: 'previous', sourceKind: 'api', loading: 'eager' }),
  createElement(ExposureBoard, { mode: 'signage', section: 'rewards', kind: 'organization', sort: 'amount' }),
  createElement(DebtorLookup, { sourceKind: 'static' }),
];

export const invalid = [
  // @ts-expect-error not a metric (the typo of issue 13.9)
  createElement(ExecutionGauge, { metric: 'closure_rate' }),
  // @ts-expect-error not a metric
  createElement(ExecutionGauge, { metric: 'actual-execution' }),
  // @ts-expect-error not a comparison
  createElement(ExecutionGauge, { compare: 'last' }),
  // @ts-expect-error not a mode
  createElement(ExposureBoard, { mode: 'fullscreen' }),
  // @ts-expect-error not a sort order
  createElement(ExposureBoard, { sort: 'name' }),
  // @ts-expect-error not a source kind
  createElement(DebtorLookup, { sourceKind: 'json' }),
];
