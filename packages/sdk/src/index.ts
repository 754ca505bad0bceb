/**
 * @zhixing/sdk — typed access to a court's public judgment-enforcement data (执行信息公开):
 * the open data contract (zod schemas), an HTTP-API and a static-feed source behind one client,
 * and the domain rules (ID checksums and masking, publication rules, rates, formatting).
 *
 * @packageDocumentation
 */
export * from './contract/index.js';
// The contract's schema and type of these two take precedence over the domain's identical types.
export { CalendarDate, RateRule } from './contract/index.js';
export * from './runtime.js';
