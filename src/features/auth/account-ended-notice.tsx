/**
 * "Your account has ended": the community no longer lets this account sync. Unsent records stay on
 * the phone; the notice offers to export them (while there are any) and to sign out, which deletes
 * them only after the person confirms.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignOut, useSyncStatus } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { ConfirmPanel } from '../../shared/ui/confirm-panel';

export function AccountEndedNotice({ exportAction }: { exportAction?: ReactNode }) {
  const { t } = useTranslation('people');
  const { pending, rejected } = useSyncStatus();
  const unsent = pending + rejected;
  const { signOut, busy, failed, unsent: refusedWith, keep } = useSignOut();

  return (
    <Banner
      tone="error"
      announce
      className="gw-account-ended"
      title={t('people:ended.title')}
      actions={
        <>
          {unsent > 0 ? exportAction : null}
          {refusedWith === null ? (
            <Button variant="secondary" block onClick={() => void signOut(false)} disabled={busy} busy={busy}>
              {busy ? t('people:ended.signingOut') : t('people:ended.signOut')}
            </Button>
          ) : (
            <ConfirmPanel
              message={t('people:ended.unsentOnSignOut', { n: refusedWith })}
              confirmLabel={t('people:ended.signOutAnyway')}
              cancelLabel={t('people:cancel')}
              busy={busy}
              onConfirm={() => void signOut(true)}
              onCancel={keep}
            />
          )}
        </>
      }
    >
      <p>{t('people:ended.body')}</p>
      {unsent > 0 ? <p>{t('people:ended.unsent', { n: unsent })}</p> : null}
      {failed ? <p role="alert">{t('people:ended.signOutFailed')}</p> : null}
    </Banner>
  );
}
