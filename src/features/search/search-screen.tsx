import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../shared/ui/page-layout';

/** Placeholder until the search issue: says what will be here. */
export function SearchScreen() {
  const { t } = useTranslation();
  return (
    <PageLayout title={t('search.title')}>
      <p>{t('search.comingSoon')}</p>
    </PageLayout>
  );
}
