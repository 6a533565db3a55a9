import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../shared/ui/page-layout';

/** Placeholder: built in issue 4. */
export function HouseholdScreen() {
  const { t } = useTranslation('household');
  return (
    <PageLayout title={t('household:title')}>
    </PageLayout>
  );
}
