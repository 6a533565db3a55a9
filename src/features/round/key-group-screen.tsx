import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../shared/ui/page-layout';

/** Placeholder: built in issue 4. */
export function KeyGroupScreen() {
  const { t } = useTranslation('round');
  return (
    <PageLayout title={t('round:title')}>
    </PageLayout>
  );
}
