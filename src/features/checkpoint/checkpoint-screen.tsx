import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../shared/ui/page-layout';

/** Placeholder: built in issue 5. */
export function CheckpointScreen() {
  const { t } = useTranslation('checkpoint');
  return <PageLayout title={t('checkpoint:title')}>{null}</PageLayout>;
}
