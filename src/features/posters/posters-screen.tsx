/**
 * "Print unit posters" (issue 13): one A4 page per unit of a building (print CSS; on screen a scaled
 * preview), each with a QR code to the unit's help page. The sheet comes from the server: offline the
 * screen says posters need a connection. The secretary replaces a unit's code here.
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession, useSyncStatus } from '../../data';
import { isDeskRole } from '../../domain/sync-roles';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { PageLayout } from '../../shared/ui/page-layout';
import { UnitPosterPage } from './unit-poster-page';
import { usePosterSheet } from './use-poster-sheet';
import './posters.css';

export function PostersScreen() {
  const { t } = useTranslation(['posters', 'translation']);
  const { buildingId = '' } = useParams();
  const { user } = useSession();
  const { online } = useSyncStatus();
  const { view, reload, replace } = usePosterSheet(buildingId, online);
  const back = (
    <Link className="gw-button gw-button--quiet gw-button--block gw-posters__back" to={`/buildings/${encodeURIComponent(buildingId)}`}>
      {t('posters:back')}
    </Link>
  );
  const offline = !online || (view.state === 'failed' && view.code === 'NETWORK');

  if (offline) {
    return (
      <PageLayout title={t('posters:title')}>
        <Banner tone="warning">{t('posters:offline')}</Banner>
        {back}
      </PageLayout>
    );
  }
  if (view.state !== 'ready') {
    return (
      <PageLayout title={t('posters:title')}>
        {view.state === 'loading' ? (
          <p className="gw-loading" role="status">
            {t('posters:loading')}
          </p>
        ) : (
          <>
            <Banner tone="error">
              {t('posters:failed', {
                reason: t(`translation:errors.${view.code ?? 'SERVER'}`, { defaultValue: t('translation:errors.SERVER') }),
              })}
            </Banner>
            <Button variant="secondary" block onClick={reload}>
              {t('posters:retry')}
            </Button>
          </>
        )}
        {back}
      </PageLayout>
    );
  }
  const { sheet } = view;
  return (
    <PageLayout title={`${t('posters:title')} · ${sheet.building.name}`} className="gw-posters">
      <p className="gw-hint gw-posters__screen-only">{t('posters:preview')}</p>
      <Button variant="primary" block className="gw-posters__screen-only" onClick={() => window.print()}>
        {t('posters:print')}
      </Button>
      <div className="gw-posters__sheet">
        {sheet.units.map((poster) => (
          <UnitPosterPage
            key={poster.unit}
            sheet={sheet}
            poster={poster}
            origin={window.location.origin}
            onReplace={isDeskRole(user?.role) ? replace : undefined}
          />
        ))}
      </div>
      {back}
    </PageLayout>
  );
}
