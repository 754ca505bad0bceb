/**
 * `@zhixing/sdk/browser` — the SDK for a page without a bundler (`dist/browser/zhixing-sdk.min.js`,
 * one self-contained ES module): everything `@zhixing/sdk` exports except the zod schemas of the
 * contract (their types are here). Records are validated by the validators compiled from those
 * schemas, so a page does not download zod; a publisher or a build step that wants the schemas
 * themselves imports `@zhixing/sdk`.
 *
 * @packageDocumentation
 */
export type * from './contract/index.js';
export { MAX_SHARD_COUNT } from './contract/limits.js';
/** The contract's custom refinements (used by the zod schemas and the compiled validators alike). */
export * as contractChecks from './contract/checks.js';
/** The validators compiled from the contract's zod schemas (what the client runs): `validators.ExposureItem.safeParse(x)`. */
export * as validators from './contract/validate.generated.js';
// The contract's type of these two takes precedence over the domain's identical types.
export type { CalendarDate, RateRule } from './contract/index.js';
export * from './runtime.js';
