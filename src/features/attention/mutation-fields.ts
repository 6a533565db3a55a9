/**
 * Editing the fields a rejection names inside a mutation's data. Paths are the wire's `fields`
 * keys: dot-separated, array positions as numbers ("checks.0.temperature").
 */
import type { MutationOp } from '../../domain/entities/registry';

export type FieldKind = 'text' | 'phone' | 'decimal' | 'integer' | 'list';

const DECIMAL_FIELDS = new Set(['temperature']);
const INTEGER_FIELDS = new Set(['units', 'floors']);
const LIST_FIELDS = new Set(['tags', 'symptoms']);
const PHONE_FIELDS = new Set(['phone']);

/** The value at a path, or undefined. */
export function getAtPath(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const segment of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function lastSegment(path: string): string {
  const segments = path.split('.');
  return segments[segments.length - 1] ?? path;
}

/** How a field is edited, or null when it cannot be edited as one text input (objects, booleans, whole-record errors). */
export function fieldKind(path: string, current: unknown): FieldKind | null {
  if (path === '_' || path === '') return null;
  const name = lastSegment(path);
  if (Array.isArray(current) || LIST_FIELDS.has(name)) {
    return Array.isArray(current) && current.some((item) => typeof item !== 'string') ? null : 'list';
  }
  if (current !== undefined && current !== null && typeof current !== 'string' && typeof current !== 'number') return null;
  if (DECIMAL_FIELDS.has(name)) return 'decimal';
  if (INTEGER_FIELDS.has(name)) return 'integer';
  if (typeof current === 'number') return 'decimal';
  if (PHONE_FIELDS.has(name)) return 'phone';
  return 'text';
}

/** The text shown in the input for the current value. */
export function toInputValue(current: unknown): string {
  if (Array.isArray(current)) return current.join(', ');
  if (typeof current === 'string' || typeof current === 'number') return String(current);
  return '';
}

export type ParsedInput = { ok: true; value: unknown; empty: boolean } | { ok: false };

/** Reads what the user typed: numbers as numbers (a comma decimal is accepted), lists split on commas. */
export function parseInput(raw: string, kind: FieldKind): ParsedInput {
  const text = raw.trim();
  if (text === '') return { ok: true, value: undefined, empty: true };
  if (kind === 'decimal' || kind === 'integer') {
    const value = Number(text.replace(/[,，]/g, '.'));
    return Number.isFinite(value) ? { ok: true, value, empty: false } : { ok: false };
  }
  if (kind === 'list') {
    return { ok: true, value: text.split(/[,，、\s]+/).filter((item) => item !== ''), empty: false };
  }
  return { ok: true, value: text, empty: false };
}

function cloneData(data: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
}

/**
 * A copy of `data` with each edit applied. An emptied field is removed, except a top-level field of
 * a patch, which becomes null: that is how a patch clears an optional field.
 */
export function applyEdits(
  data: Record<string, unknown>,
  edits: { path: string; value: unknown; empty: boolean }[],
  op: MutationOp,
): Record<string, unknown> {
  const next = cloneData(data);
  for (const { path, value, empty } of edits) {
    const segments = path.split('.');
    const key = segments.pop();
    if (key === undefined) continue;
    let parent: unknown = next;
    for (const segment of segments) {
      const record = parent as Record<string, unknown>;
      if (typeof record[segment] !== 'object' || record[segment] === null) record[segment] = {};
      parent = record[segment];
    }
    const target = parent as Record<string, unknown>;
    if (!empty) target[key] = value;
    else if (op === 'patch' && segments.length === 0) target[key] = null;
    else Reflect.deleteProperty(target, key);
  }
  return next;
}
