import type { ComponentPropsWithRef } from 'react';
import { classNames } from './class-names';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant;
  /** Full width of its container: the usual layout on a phone. */
  block?: boolean;
  /** Marks the button as working (e.g. while a request runs); pair it with `disabled`. */
  busy?: boolean;
}

/** A button at least 48 px tall with a visible focus ring. Defaults to type="button". */
export function Button({ variant = 'primary', block = false, busy = false, className, type = 'button', ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={classNames('gw-button', `gw-button--${variant}`, block && 'gw-button--block', className)}
      aria-busy={busy || undefined}
      {...rest}
    />
  );
}
