/** Merging a patch into a record (no zod here: the sync engine replays patches on the first screen). */

/** Applies a validated patch to a record: `null` removes the field. */
export function applyPatch<T extends Record<string, unknown>>(record: T, patch: Record<string, unknown>): T {
  const merged: Record<string, unknown> = { ...record };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) merged[key] = value;
  }
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== null)) as T;
}
