/**
 * The app lock's settings (issue 18): how long unused before the app locks itself (10 minutes at most,
 * shorter allowed), and "Lock now" (hand the phone over, put it away). Only on a phone with a PIN.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IDLE_LOCK_MINUTES, useAppLock, useDataClient } from '../../data';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';

export function LockSetting() {
  const { t } = useTranslation('lock');
  const headingId = useId();
  const client = useDataClient();
  const lock = useAppLock();
  if (lock.status !== 'unlocked') return null;
  const choices = IDLE_LOCK_MINUTES.map((minutes) => ({ value: String(minutes), label: t('lock:idleMinutes', { count: minutes }) }));
  return (
    <section className="gw-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('lock:settingsTitle')}</h2>
      <p>{t('lock:settingsIntro')}</p>
      <ChoiceGroup<string>
        legend={t('lock:idleLabel')}
        choices={choices}
        value={String(lock.idleMinutes)}
        onChange={(minutes) => void client.setIdleLockMinutes(Number(minutes))}
      />
      <Button variant="secondary" block onClick={() => client.lock()}>
        {t('lock:lockNow')}
      </Button>
    </section>
  );
}
