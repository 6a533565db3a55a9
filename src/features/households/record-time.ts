/** When a visit or fever report was made, for the household's history: newest first. */

/** Newest first by an ISO timestamp field (records with the same time keep their order). */
export function newestFirst<T extends Record<string, unknown>>(records: readonly T[], field: string): T[] {
  const time = (record: T) => {
    const value = record[field];
    const at = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    return Number.isNaN(at) ? -Infinity : at;
  };
  return [...records].sort((a, b) => time(b) - time(a));
}
