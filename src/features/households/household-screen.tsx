import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAllRecords, useRecord, useRecordsWhere } from '../../data/hooks/use-records';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { PageLayout } from '../../shared/ui/page-layout';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { HouseholdEditPanel } from './household-edit-panel';
import { HouseholdFeverReports, HouseholdVisits } from './household-history';
import { LoadingPage, NotFoundPage } from './household-not-found';
import { HouseholdQr } from './household-qr';
import { HouseholdResidents } from './household-residents';
import './households.css';

/**
 * /households/:householdId: one door of the round, from local data only. Address and building,
 * occupancy and phone, the ways on (record a visit, add a resident, report a fever), the residents,
 * the last visits and the fever reports, each with its sync state.
 */
export function HouseholdScreen() {
  const { t } = useTranslation('household');
  const { householdId = '' } = useParams();
  const household = useRecord('household', householdId);
  const building = useRecord('building', typeof household?.buildingId === 'string' ? household.buildingId : null);
  const residents = useRecordsWhere('resident', 'householdId', householdId || null);
  const visits = useRecordsWhere('visit', 'householdId', householdId || null);
  // fever_report has no householdId index: the household's reports are picked from all of them.
  const allReports = useAllRecords('fever_report');
  const reports = useMemo(() => allReports?.filter((report) => report.householdId === householdId), [allReports, householdId]);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  if (household === undefined) return <LoadingPage title={t('household:title')} />;
  if (household === null) return <NotFoundPage title={t('household:title')} message={t('household:notFound')} />;

  const id = encodeURIComponent(household.id);
  const phone = typeof household.phone === 'string' && household.phone !== '' ? household.phone : null;
  const buildingName = building && typeof building.name === 'string' ? building.name : null;
  return (
    <PageLayout title={t('household:address', { unit: household.unit, room: household.room })}>
      {buildingName ? (
        <p className="gw-household__place">
          {buildingName}
          {building?.sealed === true ? <span className="gw-household__sealed"> · {t('household:sealed')}</span> : null}
        </p>
      ) : null}
      <div className="gw-household__facts">
        <span>{t(household.status === 'vacant' ? 'household:vacant' : 'household:occupied')}</span>
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
      <HouseholdQr householdId={household.id} address={t('household:address', { unit: household.unit, room: household.room })} buildingName={buildingName} />
      <HouseholdResidents residents={residents ?? []} />
      <HouseholdVisits visits={visits ?? []} residents={residents ?? []} />
      <HouseholdFeverReports reports={reports ?? []} />
    </PageLayout>
  );
}
