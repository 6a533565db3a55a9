/**
 * "Locked" (issue 18): at every start of a phone with a PIN, after 5 minutes in the background and after
 * the idle time. "Enter PIN" and "Unlock"; or the account password. A wrong PIN says how many are left
 * before the 5th wipes the residents' data (the app then starts again at the sign-in screen, "Wiped").
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidPin, MAX_WRONG_PINS, useAppLock, useDataClient } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { LockFrame } from './lock-frame';
import { LockForm } from './lock-form';
import { AccountPasswordField, PinField } from './secret-fields';
import { unlockFailureKey } from './unlock-failure';

export function LockScreen() {
  const { t } = useTranslation('lock');
  const client = useDataClient();
  const lock = useAppLock();
  const [withPassword, setWithPassword] = useState(false);
  const [secret, setSecret] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const attemptsLeft = lock.status === 'locked' ? lock.attemptsLeft : 0;

  async function submit() {
    if (busy) return;
    if (!withPassword && !isValidPin(secret)) {
      setMessage(t('lock:pinFormat'));
      return;
    }
    if (withPassword && secret === '') {
      setMessage(t('lock:passwordRequired'));
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const result = await client.unlock({ kind: withPassword ? 'password' : 'pin', secret });
      if (result.ok || result.reason === 'wiped') return;
      setSecret('');
      setMessage(withPassword ? t('lock:wrongPassword') : t('lock:wrongPin', { count: result.attemptsLeft }));
    } catch (error) {
      setMessage(t(unlockFailureKey(error)));
    }
    setBusy(false);
  }

  function switchWay() {
    setWithPassword(!withPassword);
    setSecret('');
    setMessage(null);
  }

  return (
    <LockFrame title={t('lock:locked')}>
      <p>{t('lock:lockedIntro')}</p>
      <LockForm onSubmit={submit}>
        {withPassword ? (
          <AccountPasswordField value={secret} onChange={(event) => setSecret(event.target.value)} />
        ) : (
          <PinField label={t('lock:enterPin')} name="pin" value={secret} onChange={(event) => setSecret(event.target.value)} autoFocus />
        )}
        {message ? <Banner tone="error">{message}</Banner> : null}
        {!withPassword && attemptsLeft < MAX_WRONG_PINS && !message ? <p>{t('lock:wrongPin', { count: attemptsLeft })}</p> : null}
        <Button type="submit" block disabled={busy} busy={busy}>
          {busy ? t('lock:unlocking') : t('lock:unlock')}
        </Button>
      </LockForm>
      <Button variant="quiet" block onClick={switchWay}>
        {withPassword ? t('lock:usePin') : t('lock:usePassword')}
      </Button>
    </LockFrame>
  );
}
