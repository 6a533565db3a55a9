import { Suspense, useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { householdsOfBuilding, useRecord, useRecords, type LocalRecord } from '../../data';
import { buildFloorGrid } from '../../domain/round/building-grid';
import { tallyStatuses } from '../../domain/round/round-tally';
import { PageLayout } from '../../shared/ui/page-layout';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { BuildingConflicts } from './building-conflicts';
import { BuildingPostersLink } from './building-posters-link';
import { BuildingSeal } from './building-seal';
import { FloorGrid } from './floor-grid';
import { RoomLegend } from './room-legend';
import { useTodayStatuses } from './use-today-statuses';
import './round.css';
import './building.css';

export interface BuildingScreenProps {
  /** The building's help requests not closed yet (issue 13), supplied by the app (they belong to the requests feature). */
  helpRequests?: (building: LocalRecord<'building'>) => ReactNode;
}

/** One building: today's progress and the floor × unit grid of its rooms, each opening its household. */
export function BuildingScreen({ helpRequests }: BuildingScreenProps = {}) {
  const { t } = useTranslation(['round', 'translation']);
  const { buildingId = '' } = useParams();
  const building = useRecord('building', buildingId);
  const households = useRecords(householdsOfBuilding(buildingId));
  const { statuses } = useTodayStatuses();
  const grid = useMemo(() => (households ? buildFloorGrid(households) : undefined), [households]);
  const tally = useMemo(
    () => (households && statuses ? tallyStatuses(households.map((h) => h.id), statuses) : undefined),
    [households, statuses],
  );
  const idBase = useId();
  const gridTitleId = useId();

  if (building === undefined) {
    return (
      <PageLayout title={t('translation:app.loading')}>
        <p className="gw-loading">{t('translation:app.loading')}</p>
      </PageLayout>
    );
  }
  if (building === null) {
    return (
      <PageLayout title={t('round:building.notFound')}>
        <Link className="gw-button gw-button--secondary gw-button--block" to="/">
          {t('translation:nav.home')}
        </Link>
      </PageLayout>
    );
  }
  return (
    <PageLayout title={building.name} className="gw-building">
      <p className="gw-actions">
        {building.sealed ? <span className="gw-round-sealed">{t('round:sealed')}</span> : null}
        <RecordSyncBadge state={building._sync} />
      </p>
      <BuildingSeal building={building} />
      <BuildingConflicts buildingId={building.id} />
      {tally ? <p className="gw-lead">{t('round:building.summary', { visited: tally.visited, total: tally.total })}</p> : null}
      <Link className="gw-button gw-button--primary gw-button--block" to={`/households/new?building=${encodeURIComponent(building.id)}`}>
        {t('round:building.addHousehold')}
      </Link>
      {helpRequests ? <Suspense fallback={null}>{helpRequests(building)}</Suspense> : null}
      <Suspense fallback={null}>
        <BuildingPostersLink buildingId={building.id} />
      </Suspense>
      <RoomLegend idBase={idBase} />
      <section className="gw-section" aria-labelledby={gridTitleId}>
        <h2 id={gridTitleId}>{t('round:building.gridTitle')}</h2>
        {grid && statuses ? (
          grid.rows.length === 0 ? (
            <p className="gw-empty">{t('round:building.empty')}</p>
          ) : (
            <FloorGrid grid={grid} statuses={statuses} idBase={idBase} />
          )
        ) : (
          <p className="gw-loading">{t('translation:app.loading')}</p>
        )}
      </section>
    </PageLayout>
  );
}
