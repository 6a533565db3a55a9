/** When a visit or fever report was made, for the household's history: its time in words and newest-first order. */

/** An ISO timestamp as a short local date and time in the UI language (the raw text if it does not parse). */
export function formatDateTime(timestamp: unknown, language: string): string {
  if (typeof timestamp !== 'string') return '';
  const at = Date.parse(timestamp);
  if (Number.isNaN(at)) return timestamp;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** Newest first by an ISO timestamp field (records with the same time keep their order). */
export function newestFirst<T extends Record<string, unknown>>(records: readonly T[], field: string): T[] {
  const time = (record: T) => {
    const value = record[field];
    const at = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    return Number.isNaN(at) ? -Infinity : at;
  };
  return [...records].sort((a, b) => time(b) - time(a));
}
