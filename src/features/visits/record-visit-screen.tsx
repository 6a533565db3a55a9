import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { residentsOfHousehold, useOpenMonitorings, useRecord, useRecords } from '../../data';
import type { VisitCheck, VisitOutcome } from '../../domain/entities/visit';
import { livesThere } from '../../domain/entities/resident';
import { useNow } from '../../shared/ui/use-now';
import { PageLayout } from '../../shared/ui/page-layout';
import { feverChecksOf, feverPathFor } from './fever-flow';
import { VisitForm } from './visit-form';
import { VisitSavedPanel } from './visit-saved-panel';
import './visits.css';

export interface RecordVisitScreenProps {
  /** Shown under the saved visit (the app hands in the tasks a visit of this household completes). */
  afterSave?: (saved: { householdId: string; visitId: string }) => ReactNode;
}

/**
 * Record a visit at one household (`/households/:householdId/visits/new`). After saving, a fever
 * found opens its report at once; otherwise (and after the last report) `?saved=<visitId>` shows
 * the saved visit with "Next room", so a reload keeps that state.
 */
export function RecordVisitScreen({ afterSave }: RecordVisitScreenProps) {
  const { t } = useTranslation('visit');
  const { householdId = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const savedId = search.get('saved');
  const household = useRecord('household', householdId);
  const building = useRecord('building', household?.buildingId);
  const residents = useRecords(householdId ? residentsOfHousehold(householdId) : null);
  const monitorings = useOpenMonitorings(householdId, useNow(60_000).getTime());

  function saved(visitId: string, visit: { outcome: VisitOutcome; checks: VisitCheck[] }) {
    const [first] = feverChecksOf(visit);
    if (first) void navigate(feverPathFor(householdId, visitId, first), { replace: true });
    else void navigate({ search: `?saved=${encodeURIComponent(visitId)}` }, { replace: true });
  }

  let body;
  if (household === undefined || residents === undefined) {
    body = <p className="gw-loading">{t('app.loading')}</p>;
  } else if (household === null) {
    body = <p className="gw-empty">{t('visit:form.householdMissing')}</p>;
  } else {
    body = (
      <>
        <p className="gw-lead">
          {building ? <span>{building.name} </span> : null}
          <span>{t('visit:place', { unit: household.unit, room: household.room })}</span>
        </p>
        {savedId ? (
          <VisitSavedPanel
            visitId={savedId}
            household={household}
            building={building}
            extra={afterSave?.({ householdId: household.id, visitId: savedId })}
          />
        ) : (
          <VisitForm key={householdId} householdId={householdId} residents={residents.filter(livesThere)} {...(monitorings ? { monitorings } : {})} onSaved={saved} />
        )}
      </>
    );
  }
  return (
    <PageLayout title={t('visit:form.title')}>
      {body}
      <Link className="gw-button gw-button--quiet" to={`/households/${encodeURIComponent(householdId)}`}>
        {t('visit:form.backToHousehold')}
      </Link>
    </PageLayout>
  );
}
