/** A loosely typed stored field as text: the string itself, '' for anything else (missing, number, null). */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
