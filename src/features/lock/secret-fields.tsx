/** The secrets the lock screens take: a 6-digit PIN and the account password. */
import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from '../../shared/ui/text-field';

/** A PIN: hidden as typed, the number keypad on phones, never offered to autofill. */
export function PinField(props: Omit<TextFieldProps, 'type' | 'inputMode'>) {
  return <TextField type="password" inputMode="numeric" autoComplete="off" maxLength={6} pattern="[0-9]*" {...props} />;
}

/** The account password ("Account password"), which unlocks too and makes the key's second slot. */
export function AccountPasswordField(props: Omit<TextFieldProps, 'type' | 'label' | 'name'>) {
  const { t } = useTranslation('lock');
  return <TextField label={t('lock:password')} name="password" type="password" autoComplete="current-password" {...props} />;
}
