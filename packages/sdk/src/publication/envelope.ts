import { ValidationError } from '../client/errors.js';
import { fastest, type Checked, type Checker } from '../contract/checker.js';

/** A wholly wrong payload is a typed error (unlike a bad record inside a valid envelope). */
export function parseEnvelope<S extends Checker<unknown>>(schema: S, body: unknown, url: string | undefined): Checked<S> {
  const parsed = (fastest(schema) as Checker<Checked<S>>).safeParse(body);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    url,
    parsed.error.issues.slice(0, 20).map((issue) => ({ path: issue.path.map(String).join('.') || '(root)', message: issue.message })),
  );
}
