/** A resident identity card number (18 characters, the last may be X): capitals, no spell check or autofill. */
import { TextField, type TextFieldProps } from './text-field';

export function IdNumberField({ name = 'idNumber', ...props }: Omit<TextFieldProps, 'maxLength'>) {
  return <TextField name={name} autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={18} {...props} />;
}
