import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLayout } from '../../shared/ui/page-layout';

/** A household or resident id this phone does not have: say so plainly and offer the way home. */
export function NotFoundPage({ title, message }: { title: string; message: string }) {
  const { t } = useTranslation('household');
  return (
    <PageLayout title={title}>
      <p className="gw-empty">{message}</p>
      <Link className="gw-button gw-button--secondary gw-button--block" to="/">
        {t('household:backHome')}
      </Link>
    </PageLayout>
  );
}

export function LoadingPage({ title }: { title: string }) {
  const { t } = useTranslation('household');
  return (
    <PageLayout title={title}>
      <p className="gw-loading">{t('household:loading')}</p>
    </PageLayout>
  );
}
