import { useId, type InputHTMLAttributes } from 'react';
import { describedByIds, FieldShell } from './field-shell';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** A translated message; when present the input is marked invalid and described by it. */
  error?: string | null;
  hint?: string;
}

/**
 * A labelled input with its hint and error text right below it, tied to the input by
 * aria-describedby. Pass `inputMode="numeric"` or `"decimal"` for a number keypad on phones.
 */
export function TextField({ label, error, hint, className, ...input }: TextFieldProps) {
  const id = useId();
  const { describedBy } = describedByIds(id, hint, error);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        className="gw-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
    </FieldShell>
  );
}
