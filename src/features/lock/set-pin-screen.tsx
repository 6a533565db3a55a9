/**
 * "Set PIN" (issue 18): after the first sign-in (and after 5 wrong PINs, at the next sign-in) the user
 * chooses a 6-digit PIN, typed twice. The account password, which makes the second way to unlock, comes
 * from the sign-in just made; a phone signed in before the app lock existed asks for it here.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidPin, useAppLock, useDataClient } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { LockFrame } from './lock-frame';
import { LockForm } from './lock-form';
import { AccountPasswordField, PinField } from './secret-fields';
import { unlockFailureKey } from './unlock-failure';

export function SetPinScreen() {
  const { t } = useTranslation('lock');
  const client = useDataClient();
  const lock = useAppLock();
  const askPassword = lock.status === 'no_pin' && !lock.passwordKnown;
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ pin?: string; repeat?: string; password?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const next = {
      pin: isValidPin(pin) ? undefined : t('lock:pinFormat'),
      repeat: isValidPin(pin) && repeat !== pin ? t('lock:pinsDiffer') : undefined,
      password: askPassword && password === '' ? t('lock:passwordRequired') : undefined,
    };
    setErrors(next);
    setFailure(null);
    if (next.pin || next.repeat || next.password || busy) return;
    setBusy(true);
    try {
      await client.setPin(pin, askPassword ? password : undefined);
    } catch (error) {
      setFailure(unlockFailureKey(error));
      setBusy(false);
    }
  }

  return (
    <LockFrame title={t('lock:setPin')}>
      <p>{t('lock:setPinIntro')}</p>
      {askPassword ? <p>{t('lock:passwordWhy')}</p> : null}
      <LockForm onSubmit={submit}>
        <PinField label={t('lock:newPin')} name="pin" value={pin} onChange={(event) => setPin(event.target.value)} error={errors.pin} />
        <PinField label={t('lock:repeatPin')} name="repeat" value={repeat} onChange={(event) => setRepeat(event.target.value)} error={errors.repeat} />
        {askPassword ? (
          <AccountPasswordField value={password} onChange={(event) => setPassword(event.target.value)} error={errors.password} />
        ) : null}
        {failure ? <Banner tone="error">{t(failure)}</Banner> : null}
        <Button type="submit" block disabled={busy} busy={busy}>
          {busy ? t('lock:saving') : t('lock:setPin')}
        </Button>
      </LockForm>
    </LockFrame>
  );
}
