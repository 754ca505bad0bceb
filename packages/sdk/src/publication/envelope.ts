import type * as z from 'zod/mini';
import { ValidationError } from '../client/errors';

/** A wholly wrong payload is a typed error (unlike a bad record inside a valid envelope). */
export function parseEnvelope<S extends z.ZodMiniType>(schema: S, body: unknown, url: string | undefined): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    url,
    parsed.error.issues.slice(0, 20).map((issue) => ({ path: issue.path.map(String).join('.') || '(root)', message: issue.message })),
  );
}
