import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, useSignOut } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { ConfirmPanel } from '../../shared/ui/confirm-panel';

/**
 * Signing out deletes this phone's data, so the data client refuses while records are unsent;
 * then the count is shown and the user may force it.
 */
export function SignOutSetting() {
  const { t } = useTranslation('settings');
  const { user } = useSession();
  const headingId = useId();
  const { signOut, busy, failed, unsent, keep } = useSignOut();

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
          onCancel={keep}
        />
      )}
    </section>
  );
}
