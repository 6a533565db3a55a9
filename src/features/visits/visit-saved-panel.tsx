import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { householdsInWalkingOrder, useRecord, useRecords, type LocalRecord } from '../../data';
import { roomAfter } from '../../domain/round/room-order';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { reportedForOf } from '../../shared/ui/reported-state';

export interface VisitSavedPanelProps {
  visitId: string;
  household: LocalRecord<'household'>;
  building: LocalRecord<'building'> | null | undefined;
  /** Shown under the saved visit, before "Next room" (e.g. the tasks this visit completes; may load lazily). */
  extra?: ReactNode;
}

/** After saving: the visit's sync state and one tap to the next door (or back to the building at its end). */
export function VisitSavedPanel({ visitId, household, building, extra }: VisitSavedPanelProps) {
  const { t } = useTranslation('visit');
  const navigate = useNavigate();
  const reportedFor = reportedForOf(useLocation().state);
  const visit = useRecord('visit', visitId);
  const { buildingId } = household;
  const walk = useRecords(householdsInWalkingOrder(buildingId));
  // undefined while reading; null at the end of the building.
  const next = walk === undefined ? undefined : roomAfter(walk, household.id);
  const buildingName = building?.name ?? t('visit:saved.theBuilding');

  if (visit === undefined) return <p className="gw-loading">{t('app.loading')}</p>;
  return (
    <div className="gw-section">
      {reportedFor ? <Banner tone="success">{t('visit:fever.reportedFor', { name: reportedFor })}</Banner> : null}
      {visit === null ? (
        <Banner tone="warning">{t('visit:saved.missing')}</Banner>
      ) : (
        <Banner tone="success" title={t('visit:saved.title')} announce>
          <p>{t('visit:saved.body')}</p>
          <p>
            <RecordSyncBadge state={visit._sync} />
          </p>
        </Banner>
      )}
      {visit && extra ? <Suspense fallback={null}>{extra}</Suspense> : null}
      {next ? (
        <Button block onClick={() => void navigate(`/households/${encodeURIComponent(next.id)}/visits/new`)}>
          {t('visit:saved.nextRoom')}
        </Button>
      ) : null}
      {next === null ? (
        <>
          <p className="gw-lead">{t('visit:saved.lastRoom', { building: buildingName })}</p>
          <Link className="gw-button gw-button--primary gw-button--block" to={`/buildings/${encodeURIComponent(buildingId)}`}>
            {t('visit:saved.openBuilding', { building: buildingName })}
          </Link>
        </>
      ) : null}
      {visit ? (
        <Link className="gw-button gw-button--quiet" to={`/visits/${encodeURIComponent(visit.id)}`}>
          {t('visit:saved.viewVisit')}
        </Link>
      ) : null}
    </div>
  );
}
