/**
 * Which side of a same-field clash a record holds now: the earlier value (`serverValue`), the later
 * one (`clientValue`, what the server left after the clash), or neither (the record changed since).
 * A field left empty and a field set to null are the same ("empty").
 */
export type ConflictHolds = 'earlier' | 'later' | 'neither';

/** Two JSON values as a record stores them: empty (undefined or null) equals empty; lists and objects by content. */
export function sameFieldValue(a: unknown, b: unknown): boolean {
  const left = a === undefined ? null : a;
  const right = b === undefined ? null : b;
  return left === right || JSON.stringify(left) === JSON.stringify(right);
}

/** The side the record's current value of the field matches (the later value first, when both are equal: it is what the clash left). */
export function conflictHolds(conflict: { serverValue?: unknown; clientValue?: unknown }, current: unknown): ConflictHolds {
  if (sameFieldValue(current, conflict.clientValue)) return 'later';
  if (sameFieldValue(current, conflict.serverValue)) return 'earlier';
  return 'neither';
}
