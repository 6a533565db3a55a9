import { useId, type InputHTMLAttributes } from 'react';
import { classNames } from './class-names';

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
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={classNames('gw-field', error && 'gw-field--invalid', className)}>
      <label htmlFor={id} className="gw-field__label">
        {label}
      </label>
      <input
        id={id}
        className="gw-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {hint ? (
        <p id={hintId} className="gw-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="gw-field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
