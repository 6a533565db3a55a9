import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../shared/ui/page-layout';

/** Placeholder: built in issue 5. */
export function ShiftScreen() {
  const { t } = useTranslation('shift');
  return <PageLayout title={t('shift:title')}>{null}</PageLayout>;
}
