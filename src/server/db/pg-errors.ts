/** PostgreSQL error codes the server acts on (the same from pg and PGlite). */

/** A unique index refused a row (23505); with `constraint`, only that index's refusal. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint: violated } = error as { code?: unknown; constraint?: unknown };
  return code === '23505' && (constraint === undefined || violated === constraint);
}
