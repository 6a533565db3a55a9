import type { ReactNode } from 'react';
import { classNames } from './class-names';

interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  children: ReactNode;
}

/** Ids for a control's hint and error text, and its aria-describedby value. */
export function describedByIds(id: string, hint: unknown, error: unknown) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, describedBy };
}

/** Label above, hint and error text below: the frame every form control shares. */
export function FieldShell({ id, label, hint, error, className, children }: FieldShellProps) {
  const { hintId, errorId } = describedByIds(id, hint, error);
  return (
    <div className={classNames('gw-field', error && 'gw-field--invalid', className)}>
      <label htmlFor={id} className="gw-field__label">
        {label}
      </label>
      {children}
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
