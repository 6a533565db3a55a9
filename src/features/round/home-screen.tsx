import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../data/hooks/use-session';
import { PageLayout } from '../../shared/ui/page-layout';

export interface HomeScreenProps {
  /** The sync summary card, supplied by the app (it belongs to the sync feature). */
  syncSummary?: ReactNode;
}

/** Home for now: who is signed in, in which role, and how sync stands. */
export function HomeScreen({ syncSummary }: HomeScreenProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const syncTitleId = useId();
  return (
    <PageLayout title={t('home.title')}>
      {user ? (
        <div className="gw-card">
          <p className="gw-lead">{t('home.greeting', { name: user.displayName })}</p>
          <p>{t('home.role', { role: t(`role.${user.role}`) })}</p>
        </div>
      ) : null}
      <Link className="gw-button gw-button--secondary gw-button--block" to="/households">
        {t('home.households')}
      </Link>
      {syncSummary ? (
        <section aria-labelledby={syncTitleId}>
          <h2 id={syncTitleId}>{t('home.syncTitle')}</h2>
          {syncSummary}
        </section>
      ) : null}
    </PageLayout>
  );
}
