import { useId, type SelectHTMLAttributes } from 'react';
import { describedByIds, FieldShell } from './field-shell';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> {
  label: string;
  options: readonly SelectOption[];
  /** Shown first with an empty value, e.g. "Choose a building". */
  placeholder?: string;
  /** A translated message; when present the select is marked invalid and described by it. */
  error?: string | null;
}

/** A labelled native select (the phone's own picker), styled and described like TextField. */
export function SelectField({ label, options, placeholder, error, className, ...select }: SelectFieldProps) {
  const id = useId();
  const { describedBy } = describedByIds(id, undefined, error);
  return (
    <FieldShell id={id} label={label} error={error} className={className}>
      <select
        id={id}
        className="gw-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
