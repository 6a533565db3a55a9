import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { feverReportsOfHousehold, residentsOfHousehold, useOpenMonitorings, useRecord, useRecords, visitsOfHousehold, type LocalRecord } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { useNow } from '../../shared/ui/use-now';
import { PageLayout } from '../../shared/ui/page-layout';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { HouseholdConflicts } from './household-conflicts';
import { HouseholdEditPanel } from './household-edit-panel';
import { HouseholdFeverReports, HouseholdVisits } from './household-history';
import { LoadingPage, NotFoundPage } from './household-not-found';
import { HouseholdQr } from './household-qr';
import { HouseholdResidents } from './household-residents';
import './households.css';

export interface HouseholdScreenProps {
  /** The household's help requests with "Request help" (issue 13), supplied by the app (they belong to the requests feature). */
  helpRequests?: (household: LocalRecord<'household'>) => ReactNode;
}

/**
 * /households/:householdId: one door of the round, from local data only. Address and building,
 * occupancy and phone, the ways on (record a visit, add a resident, report a fever), the residents,
 * the last visits and the fever reports, each with its sync state.
 */
export function HouseholdScreen({ helpRequests }: HouseholdScreenProps = {}) {
  const { t } = useTranslation('household');
  const { householdId = '' } = useParams();
  const household = useRecord('household', householdId);
  const building = useRecord('building', household?.buildingId);
  const residents = useRecords(householdId ? residentsOfHousehold(householdId) : null);
  const visits = useRecords(householdId ? visitsOfHousehold(householdId) : null);
  const reports = useRecords(householdId ? feverReportsOfHousehold(householdId) : null);
  const monitorings = useOpenMonitorings(householdId, useNow(60_000).getTime());
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  if (household === undefined) return <LoadingPage title={t('household:title')} />;
  if (household === null) return <NotFoundPage title={t('household:title')} message={t('household:notFound')} />;

  const id = encodeURIComponent(household.id);
  const phone = household.phone ?? null;
  const buildingName = building?.name ?? null;
  return (
    <PageLayout title={t('household:address', { unit: household.unit, room: household.room })}>
      {buildingName ? (
        <p className="gw-household__place">
          {buildingName}
          {building?.sealed ? <span className="gw-household__sealed"> · {t('household:sealed')}</span> : null}
        </p>
      ) : null}
      <div className="gw-household__facts">
        <span>{t(`household:${household.status}`)}</span>
        {phone ? (
          <a href={`tel:${phone.replace(/[^\d+]/g, '')}`} aria-label={`${t('household:phone')} ${phone}`}>
            {phone}
          </a>
        ) : (
          <span className="gw-hint">{t('household:noPhone')}</span>
        )}
        <RecordSyncBadge state={household._sync} />
      </div>
      {saved ? (
        <Banner tone="success" announce>
          {t('household:edit.saved')}
        </Banner>
      ) : null}
      <HouseholdConflicts householdId={household.id} residents={residents} />
      <nav className="gw-household__actions" aria-label={t('household:title')}>
        <Link className="gw-button gw-button--primary gw-button--block" to={`/households/${id}/visits/new`}>
          {t('household:actions.recordVisit')}
        </Link>
        <Link className="gw-button gw-button--secondary gw-button--block" to={`/households/${id}/residents/new`}>
          {t('household:actions.addResident')}
        </Link>
        <Link className="gw-button gw-button--danger gw-button--block" to={`/fever-reports/new?household=${id}`}>
          {t('household:actions.reportFever')}
        </Link>
      </nav>
      {editing ? (
        <HouseholdEditPanel
          household={household}
          onClose={(didSave) => {
            setEditing(false);
            setSaved(didSave);
          }}
        />
      ) : (
        <Button variant="quiet" block onClick={() => setEditing(true)}>
          {t('household:edit.open')}
        </Button>
      )}
      {helpRequests ? <Suspense fallback={null}>{helpRequests(household)}</Suspense> : null}
      <HouseholdQr householdId={household.id} address={t('household:address', { unit: household.unit, room: household.room })} buildingName={buildingName} />
      <HouseholdResidents residents={residents ?? []} {...(monitorings ? { monitorings } : {})} />
      <HouseholdVisits visits={visits ?? []} residents={residents ?? []} />
      <HouseholdFeverReports reports={reports ?? []} />
    </PageLayout>
  );
}
