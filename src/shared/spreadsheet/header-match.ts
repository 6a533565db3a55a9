/**
 * Which column of a sheet holds each field of an import (a roster, a lab's results): the header row
 * is found past title and blank rows by the fields' common names, its columns matched to fields, and
 * the user may re-match a field by hand. Generic over the import's field set; pure, library-free.
 */
import { cellText, normalizeHeader, type SheetCell, type SheetRow } from './sheet-cells';

/** Title and blank rows above the header: the header is looked for in this many first rows. */
export const HEADER_SEARCH_ROWS = 30;

/** An import's fields: their order, those it cannot do without, their header names and how many make a header row. */
export interface SheetFields<F extends string> {
  fields: readonly F[];
  required: readonly F[];
  /** Each field's header names, written as normalizeHeader leaves them (lower case, no spaces or marks). */
  headerNames: Readonly<Record<F, readonly string[]>>;
  /** A header row must match at least this many fields. */
  minHeaderFields: number;
}

/** Which column (0-based) holds each field. */
export type FieldColumns<F extends string> = Partial<Record<F, number>>;

export interface UnmatchedHeader {
  column: number;
  header: string;
}

export interface FieldHeaderMatch<F extends string> {
  mapping: FieldColumns<F>;
  /** Non-empty headers no field took (unknown, or a field's second column). */
  unmatched: UnmatchedHeader[];
}

export interface FieldHeaderRow<F extends string> {
  /** 0-based index in the rows given (the sheet's row number is index + 1). */
  index: number;
  match: FieldHeaderMatch<F>;
}

/** Each field set's header names → field, made once per set. */
const lookups = new WeakMap<SheetFields<string>, ReadonlyMap<string, string>>();

function lookupOf(set: SheetFields<string>): ReadonlyMap<string, string> {
  let lookup = lookups.get(set);
  if (!lookup) {
    lookup = new Map(set.fields.flatMap((field) => (set.headerNames[field] ?? []).map((name): [string, string] => [name, field])));
    lookups.set(set, lookup);
  }
  return lookup;
}

/** The field a header names, or null. */
export function fieldOfHeaderIn<F extends string>(set: SheetFields<F>, cell: SheetCell): F | null {
  const key = normalizeHeader(cell);
  const name = key === '' ? undefined : lookupOf(set).get(key);
  return name === undefined ? null : (set.fields.find((field) => field === name) ?? null);
}

/** Maps the header cells to fields: the first column naming a field takes it. */
export function matchFieldHeaders<F extends string>(set: SheetFields<F>, headerCells: SheetRow): FieldHeaderMatch<F> {
  const mapping: FieldColumns<F> = {};
  const unmatched: UnmatchedHeader[] = [];
  headerCells.forEach((cell, column) => {
    const header = cellText(cell);
    if (header === '') return;
    const field = fieldOfHeaderIn(set, cell);
    if (field !== null && mapping[field] === undefined) mapping[field] = column;
    else unmatched.push({ column, header });
  });
  return { mapping, unmatched };
}

/**
 * The user's re-matching: each change gives a field its column (null: no column). A column given to
 * a field is taken from any other field, so no column feeds two fields.
 */
export function overrideColumns<F extends string>(set: SheetFields<F>, auto: FieldColumns<F>, changes: Partial<Record<F, number | null>>): FieldColumns<F> {
  const columns = new Map<F, number>();
  for (const field of set.fields) {
    const column = auto[field];
    if (column !== undefined) columns.set(field, column);
  }
  for (const field of set.fields) {
    if (!Object.hasOwn(changes, field)) continue;
    const column = changes[field];
    columns.delete(field);
    if (column === null || column === undefined) continue;
    for (const [other, taken] of [...columns]) if (taken === column) columns.delete(other);
    columns.set(field, column);
  }
  const result: FieldColumns<F> = {};
  for (const [field, column] of columns) result[field] = column;
  return result;
}

/** The header row: the first row (past merged title rows and blank rows) where at least minHeaderFields fields match. */
export function findFieldHeaderRow<F extends string>(set: SheetFields<F>, rows: readonly SheetRow[], searchRows: number = HEADER_SEARCH_ROWS): FieldHeaderRow<F> | null {
  const last = Math.min(rows.length, searchRows);
  for (let index = 0; index < last; index++) {
    const match = matchFieldHeaders(set, rows[index] ?? []);
    if (Object.keys(match.mapping).length >= set.minHeaderFields) return { index, match };
  }
  return null;
}

/** Required fields no column is matched to. */
export function missingFieldsOf<F extends string>(set: SheetFields<F>, mapping: FieldColumns<F>): F[] {
  return set.required.filter((field) => mapping[field] === undefined);
}
