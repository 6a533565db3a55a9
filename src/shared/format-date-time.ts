/** A stored ISO timestamp as a short local date and time in the UI language, e.g. "25 Nov 2026, 09:30"; the raw text when it does not parse. */
export function formatDateTime(timestamp: string, language: string): string {
  const at = Date.parse(timestamp);
  if (Number.isNaN(at)) return timestamp;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
