/**
 * Which column of an imported sheet holds each field (a roster's, a lab's results): matched from the
 * headers, re-matched by hand with one select per field ("Not in the file" leaves it out). The fields
 * the import cannot do without are marked, and a missing one is said. The words come from the caller's
 * namespace.
 */
import type { FieldColumns } from '../spreadsheet/header-match';
import type { SheetRow } from '../spreadsheet/sheet-cells';
import { columnLabel } from '../spreadsheet/sheet-layout';
import { SelectField } from './select-field';

export interface MappedField<F extends string> {
  field: F;
  /** The field's translated name. */
  label: string;
  required: boolean;
}

export interface ColumnMappingWords {
  /** The disclosure's summary ("Columns"). */
  summary: string;
  hint: string;
  notInFile: string;
  /** A required field's label ("Name (required)"). */
  required: (label: string) => string;
  /** Said under a required field without a column. */
  missing: string;
}

export interface ColumnMappingFieldsProps<F extends string> {
  fields: readonly MappedField<F>[];
  headerCells: SheetRow;
  mapping: FieldColumns<F>;
  missing: readonly F[];
  words: ColumnMappingWords;
  onChange: (field: F, column: number | null) => void;
}

const NOT_IN_FILE = 'none';

export function ColumnMappingFields<F extends string>({ fields, headerCells, mapping, missing, words, onChange }: ColumnMappingFieldsProps<F>) {
  const options = [
    { value: NOT_IN_FILE, label: words.notInFile },
    ...Array.from({ length: headerCells.length }, (_, column) => ({ value: String(column), label: columnLabel(headerCells, column) })),
  ];
  return (
    <details className="gw-card" open={missing.length > 0}>
      <summary>{words.summary}</summary>
      <p className="gw-hint">{words.hint}</p>
      {fields.map(({ field, label, required }) => (
        <SelectField
          key={field}
          label={required ? words.required(label) : label}
          value={mapping[field] === undefined ? NOT_IN_FILE : String(mapping[field])}
          options={options}
          error={missing.includes(field) ? words.missing : null}
          onChange={(event) => onChange(field, event.target.value === NOT_IN_FILE ? null : Number(event.target.value))}
        />
      ))}
    </details>
  );
}
