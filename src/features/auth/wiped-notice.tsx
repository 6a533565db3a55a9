/**
 * "Wiped" (issue 18): the server said this phone's session was revoked or the account ended, or 5 wrong
 * PINs were entered, and the phone deleted everything personal at once (after wrong PINs, but the unsent
 * changes, kept sealed until the next sign-in). Says why and how many unsent changes were lost, above
 * the sign-in form, until the next sign-in. A banner headed by a heading of its own.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../data';

export function WipedNotice() {
  const { t } = useTranslation('signin');
  const { wiped } = useSession();
  const headingId = useId();
  if (!wiped) return null;
  return (
    <section className="gw-banner gw-banner--warning gw-wiped" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId} className="gw-banner__title">
        {t('signin:wiped.title')}
      </h2>
      <div className="gw-banner__body">
        <p>{t(`signin:wiped.${wiped.reason}`)}</p>
        {wiped.keptUnsent ? <p>{t('signin:wiped.kept', { count: wiped.keptUnsent })}</p> : null}
        <p>{wiped.lostUnsent > 0 ? t('signin:wiped.lost', { n: wiped.lostUnsent }) : t('signin:wiped.noneLost')}</p>
        <p>{t('signin:wiped.signInAgain')}</p>
      </div>
    </section>
  );
}
