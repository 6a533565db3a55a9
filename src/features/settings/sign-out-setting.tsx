import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, useSession } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { ConfirmPanel } from '../../shared/ui/confirm-panel';

/**
 * Signing out deletes this phone's data, so the data client refuses while records are unsent;
 * then the count is shown and the user may force it.
 */
export function SignOutSetting() {
  const { t } = useTranslation('settings');
  const client = useDataClient();
  const { user } = useSession();
  const headingId = useId();
  const [unsent, setUnsent] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function signOut(force: boolean) {
    setBusy(true);
    setFailed(false);
    try {
      const result = await client.signOut(force ? { force: true } : undefined);
      setUnsent(result.signedOut ? null : result.unsent);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="gw-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings:account')}</h2>
      {user ? <p>{t('settings:signedInAs', { name: user.displayName, username: user.username })}</p> : null}
      {failed ? <Banner tone="error">{t('common.unknownError')}</Banner> : null}
      {unsent === null ? (
        <Button variant="secondary" block onClick={() => void signOut(false)} disabled={busy} busy={busy}>
          {busy ? t('settings:signingOut') : t('settings:signOut')}
        </Button>
      ) : (
        <ConfirmPanel
          message={t('settings:unsent', { n: unsent })}
          confirmLabel={t('settings:signOutAnyway')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() => void signOut(true)}
          onCancel={() => setUnsent(null)}
        />
      )}
    </section>
  );
}
