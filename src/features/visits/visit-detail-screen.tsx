import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRecord, useRecordsWhere } from '../../data/hooks/use-records';
import { checksOf, isFeverCheck } from '../../domain/round/day-status';
import { PageLayout } from '../../shared/ui/page-layout';
import { formatDateTime } from '../../shared/format-date-time';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { formatTemperature } from '../../shared/ui/temperature-field';
import { textOf } from '../../shared/text-of';
import { symptomsOf } from './record-text';
import { VoidPanel } from './void-panel';
import './visits.css';

/** One saved visit (`/visits/:visitId`): when, outcome, each resident's temperature and symptoms, notes; void and record again. */
export function VisitDetailScreen() {
  const { t, i18n } = useTranslation('visit');
  const { visitId = '' } = useParams();
  const visit = useRecord('visit', visitId);
  const householdId = visit ? textOf(visit.householdId) : '';
  const household = useRecord('household', householdId || null);
  const building = useRecord('building', household ? textOf(household.buildingId) : null);
  const residents = useRecordsWhere('resident', 'householdId', householdId || null);

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
  const names = new Map((residents ?? []).map((resident) => [resident.id, textOf(resident.name)]));
  const checks = checksOf(visit).map((check) => check as Record<string, unknown>);
  const outcome = textOf(visit.outcome);
  const notes = textOf(visit.notes);
  const householdPath = `/households/${encodeURIComponent(householdId)}`;

  return (
    <PageLayout title={t('visit:detail.visitTitle')}>
      {household ? (
        <p className="gw-lead">
          {building ? <span>{textOf(building.name)} </span> : null}
          <span>{t('visit:place', { unit: textOf(household.unit), room: textOf(household.room) })}</span>
        </p>
      ) : null}
      <p>
        <RecordSyncBadge state={visit._sync} />
      </p>
      <dl className="gw-visit__facts">
        <dt>{t('visit:detail.time')}</dt>
        <dd>{formatDateTime(visit.visitedAt, i18n.language)}</dd>
        <dt>{t('visit:detail.outcome')}</dt>
        <dd>{t([`visit:outcome.${outcome}`, 'validation.outcome_invalid'])}</dd>
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
              const temperature = typeof check.temperature === 'number' ? check.temperature : null;
              const fever = isFeverCheck(check);
              return (
                <li key={`${textOf(check.residentId)}-${index}`} className={fever ? 'gw-card gw-visit__fever-card' : 'gw-card'}>
                  <p className="gw-visit__resident-name">{names.get(textOf(check.residentId)) || t('visit:detail.unknownResident')}</p>
                  {fever ? <p className="gw-visit__fever">⚠ {t('visit:detail.feverFound')}</p> : null}
                  <p>
                    {temperature === null
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
      {householdId ? (
        <Link className="gw-button gw-button--quiet" to={householdPath}>
          {t('visit:detail.openHousehold')}
        </Link>
      ) : null}
    </PageLayout>
  );
}
