import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../shared/ui/page-layout';

/** Placeholder: built in issue 4. */
export function VisitDetailScreen() {
  const { t } = useTranslation('visit');
  return (
    <PageLayout title={t('visit:title')}>
    </PageLayout>
  );
}
