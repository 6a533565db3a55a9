/** Free notes: a few lines of text with the field's message below. */
import { useId, type TextareaHTMLAttributes } from 'react';
import { classNames } from './class-names';
import { describedByIds, FieldShell } from './field-shell';

export interface NotesFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'> {
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** A translated message; marks the box invalid. */
  error?: string | null;
  hint?: string;
}

export function NotesField({ label, value, onChange, error, hint, className, rows = 3, name = 'notes', ...rest }: NotesFieldProps) {
  const id = useId();
  const { describedBy } = describedByIds(id, hint, error);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={name}
        className={classNames('gw-field__input gw-field__notes', className)}
        rows={rows}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
        {...rest}
      />
    </FieldShell>
  );
}
