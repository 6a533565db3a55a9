import { useTranslation } from 'react-i18next';
import { ReloadPrompt } from './reload-prompt';
import { useUpdateStore } from './update-store';

/** "A new version is ready" with Reload, while a new service worker waits. */
export function UpdateBanner() {
  const { t } = useTranslation('update');
  const apply = useUpdateStore((state) => (state.available ? state.apply : null));
  if (!apply) return null;
  return <ReloadPrompt title={t('update:available')} onReload={apply} />;
}
