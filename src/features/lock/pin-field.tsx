/** A 6-digit PIN: hidden as typed, the number keypad on phones, never offered to autofill. */
import { TextField, type TextFieldProps } from '../../shared/ui/text-field';

export function PinField(props: Omit<TextFieldProps, 'type' | 'inputMode'>) {
  return <TextField type="password" inputMode="numeric" autoComplete="off" maxLength={6} pattern="[0-9]*" {...props} />;
}
