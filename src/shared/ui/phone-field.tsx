/** A phone number: the phone keypad, no autofill of the worker's own number. */
import { TextField, type TextFieldProps } from './text-field';

export function PhoneField({ name = 'phone', ...props }: Omit<TextFieldProps, 'type' | 'inputMode'>) {
  return <TextField name={name} type="tel" inputMode="tel" autoComplete="off" {...props} />;
}
