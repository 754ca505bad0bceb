// What validation needs from a schema: `safeParse`. The compiled validators (validate.generated.ts)
// and the zod schemas both have it, so the SDK's runtime works with the compiled ones and never
// loads zod, while a publisher may still hand it a zod schema.

/** One problem found in a value: where (`['items', 3, 'filingDate']`) and what. */
export interface CheckIssue {
  readonly path: PropertyKey[];
  readonly message: string;
}

/** The result of `safeParse`, shaped like zod's so a zod schema is a {@link Checker} too. */
export type CheckResult<T> = { success: true; data: T; error?: never } | { success: false; data?: never; error: { issues: readonly CheckIssue[] } };

/** Anything that validates a value of the contract: a compiled validator or a zod schema. */
export interface Checker<T> {
  /** Validates `input`: the value (unknown keys dropped, text trimmed as the contract says) or the issues. */
  safeParse(input: unknown): CheckResult<T>;
  /**
   * @internal `safeParse`'s answer, but the output may be the input itself, or share its objects and
   * arrays, wherever it would equal them (a compiled validator): no copy of data that needs no change.
   */
  reuse?(input: unknown): CheckResult<T>;
}

/** What a checker gives on success: `Checked<typeof DebtorRecord>` is a debtor record. */
export type Checked<S> = S extends {
  /** The checker's validation (see {@link Checker.safeParse}). */
  safeParse(input: unknown): infer R;
}
  ? (Extract<R, { success: true }> extends { data: infer T } ? T : never) : never;

// The zod schemas of the contract are registered here with their compiled validators (by
// contract/index.ts, so only when the zod schemas are loaded at all): a caller that passes
// `DebtorRecord` gets the compiled validator's speed with zod's exact answer.
const compiledBySchema = new WeakMap<object, Checker<unknown>>();

/** @internal */
export function registerCompiled(schema: object, compiled: Checker<unknown>): void {
  compiledBySchema.set(schema, compiled);
}

/** The fastest checker that gives `schema`'s answer. */
export function fastest<T>(schema: Checker<T>): Checker<T> {
  return (compiledBySchema.get(schema) as Checker<T> | undefined) ?? schema;
}
