import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../shared/ui/page-layout';

/** Placeholder: built in issue 4. */
export function DailyReportScreen() {
  const { t } = useTranslation('report');
  return (
    <PageLayout title={t('report:title')}>
    </PageLayout>
  );
}
