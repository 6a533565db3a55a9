import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { residentsOfHousehold, useRecord, useRecords, type LocalRecord } from '../../data';
import { isFeverCheck } from '../../domain/round/day-status';
import { formatDateTime } from '../../shared/format-date-time';
import { PageLayout } from '../../shared/ui/page-layout';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { formatTemperature } from '../../shared/ui/temperature-field';
import { symptomsOf } from './fever-flow';
import { VoidPanel } from './void-panel';
import './visits.css';

/** One saved visit (`/visits/:visitId`): when, outcome, each resident's temperature and symptoms, notes; void and record again. */
export interface VisitDetailScreenProps {
  /** The record's review: state, history and decisions (the review feature, passed in by src/app). */
  review?: (visit: LocalRecord<'visit'>) => ReactNode;
}

export function VisitDetailScreen({ review }: VisitDetailScreenProps = {}) {
  const { t, i18n } = useTranslation('visit');
  const { visitId = '' } = useParams();
  const visit = useRecord('visit', visitId);
  const householdId = visit?.householdId;
  const household = useRecord('household', householdId);
  const building = useRecord('building', household?.buildingId);
  const residents = useRecords(householdId ? residentsOfHousehold(householdId) : null);

  if (visit === undefined) {
    return (
      <PageLayout title={t('visit:detail.visitTitle')}>
        <p className="gw-loading">{t('app.loading')}</p>
      </PageLayout>
    );
  }
  if (visit === null) {
    return (
      <PageLayout title={t('visit:detail.visitTitle')}>
        <p className="gw-empty">{t('visit:detail.missing')}</p>
      </PageLayout>
    );
  }
  const names = new Map((residents ?? []).map((resident) => [resident.id, resident.name]));
  const { checks, outcome, notes } = visit;
  const householdPath = `/households/${encodeURIComponent(visit.householdId)}`;

  return (
    <PageLayout title={t('visit:detail.visitTitle')}>
      {household ? (
        <p className="gw-lead">
          {building ? <span>{building.name} </span> : null}
          <span>{t('visit:place', { unit: household.unit, room: household.room })}</span>
        </p>
      ) : null}
      <p>
        <RecordSyncBadge state={visit._sync} />
      </p>
      <dl className="gw-visit__facts">
        <dt>{t('visit:detail.time')}</dt>
        <dd>{formatDateTime(visit.visitedAt, i18n.language)}</dd>
        <dt>{t('visit:detail.outcome')}</dt>
        <dd>{t(`visit:outcome.${outcome}`)}</dd>
        {notes ? (
          <>
            <dt>{t('visit:detail.notes')}</dt>
            <dd>{notes}</dd>
          </>
        ) : null}
      </dl>
      {outcome === 'visited' ? (
        <section className="gw-section" aria-label={t('visit:detail.checks')}>
          <h2>{t('visit:detail.checks')}</h2>
          {checks.length === 0 ? <p className="gw-empty">{t('visit:detail.noChecks')}</p> : null}
          <ul className="gw-list">
            {checks.map((check, index) => {
              const symptoms = symptomsOf(check.symptoms);
              const { temperature } = check;
              const fever = isFeverCheck(check);
              return (
                <li key={`${check.residentId}-${index}`} className={fever ? 'gw-card gw-visit__fever-card' : 'gw-card'}>
                  <p className="gw-visit__resident-name">{names.get(check.residentId) ?? t('visit:detail.unknownResident')}</p>
                  {fever ? <p className="gw-visit__fever">⚠ {t('visit:detail.feverFound')}</p> : null}
                  <p>
                    {temperature === undefined
                      ? t('visit:detail.noTemperature')
                      : t('visit:temperatureValue', { value: formatTemperature(temperature) })}
                  </p>
                  <p>{symptoms.length === 0 ? t('visit:detail.noSymptoms') : symptoms.map((s) => t(`visit:symptom.${s}`)).join(', ')}</p>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <VoidPanel entity="visit" record={visit} recordAgainPath={`${householdPath}/visits/new`} />
      {review ? <Suspense fallback={null}>{review(visit)}</Suspense> : null}
      <Link className="gw-button gw-button--quiet" to={householdPath}>
        {t('visit:detail.openHousehold')}
      </Link>
    </PageLayout>
  );
}
