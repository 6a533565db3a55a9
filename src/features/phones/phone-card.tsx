/**
 * One signed-in phone of the community: whose (name, role), the device, when it signed in, its last
 * sync and last use, and "Sign out this phone" after a confirm step (not on the secretary's own phone:
 * she signs out from Settings). Signed out, the phone is told SESSION_REVOKED at its next request and wipes itself.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient } from '../../data';
import type { CommunityDeviceSession } from '../../domain/device-sessions';
import { formatDateTime } from '../../shared/format-date-time';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { ConfirmPanel } from '../../shared/ui/confirm-panel';
import { CodedError } from '../../shared/write-failure';

export interface PhoneCardProps {
  phone: CommunityDeviceSession;
  /** After the server ended its session. */
  onSignedOut: (phone: CommunityDeviceSession) => void;
}

export function PhoneCard({ phone, onSignedOut }: PhoneCardProps) {
  const { t, i18n } = useTranslation('phones');
  const client = useDataClient();
  const nameId = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const when = (iso: string) => formatDateTime(iso, i18n.language);

  async function signOut() {
    setBusy(true);
    setFailure(null);
    try {
      await client.signOutPhone(phone.sessionId);
      onSignedOut(phone);
    } catch (error) {
      setFailure(error instanceof CodedError && error.code === 'NETWORK' ? 'phones:needsConnection' : 'phones:failed');
      setBusy(false);
    }
  }

  return (
    <article className="gw-card gw-phone" aria-labelledby={nameId}>
      <h2 id={nameId} className="gw-phone__name">
        {phone.userName}
        {phone.current ? <span className="gw-phone__this"> · {t('phones:thisPhone')}</span> : null}
      </h2>
      <dl className="gw-phone__facts">
        <div>
          <dt>{t('phones:role')}</dt>
          <dd>{t(`role.${phone.role}`, { defaultValue: phone.role })}</dd>
        </div>
        <div>
          <dt>{t('phones:device')}</dt>
          <dd className="gw-phone__device">{phone.deviceId}</dd>
        </div>
        <div>
          <dt>{t('phones:lastSync')}</dt>
          <dd>{phone.lastSyncAt ? when(phone.lastSyncAt) : t('phones:never')}</dd>
        </div>
        <div>
          <dt>{t('phones:lastSeen')}</dt>
          <dd>{when(phone.lastUsedAt)}</dd>
        </div>
        <div>
          <dt>{t('phones:signedIn')}</dt>
          <dd>{when(phone.createdAt)}</dd>
        </div>
      </dl>
      {failure ? <Banner tone="error">{t(failure)}</Banner> : null}
      {phone.current ? null : confirming ? (
        <ConfirmPanel
          message={t('phones:signOutConfirm', { name: phone.userName })}
          confirmLabel={t('phones:signOutYes')}
          cancelLabel={t('phones:cancel')}
          busy={busy}
          onConfirm={() => void signOut()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t('phones:signOut')}
        </Button>
      )}
    </article>
  );
}
