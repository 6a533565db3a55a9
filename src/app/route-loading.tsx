import { useTranslation } from 'react-i18next';

/** What shows while a route's chunk (or its messages) loads: from the service worker's cache, briefly. */
export function RouteLoading() {
  const { t } = useTranslation();
  return (
    <p className="gw-loading" aria-busy="true">
      {t('app.loading')}
    </p>
  );
}
