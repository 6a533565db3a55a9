/** /households/:householdId/requests/new: "Request help" for a household, then back to it with the request listed. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { residentsOfHousehold, useRecord, useRecords } from '../../data';
import { PageLayout } from '../../shared/ui/page-layout';
import { RequestHelpForm } from './request-help-form';
import './requests.css';

export function RequestHelpScreen() {
  const { t } = useTranslation('requests');
  const { householdId = '' } = useParams();
  const navigate = useNavigate();
  const household = useRecord('household', householdId);
  const residents = useRecords(householdId ? residentsOfHousehold(householdId) : null);
  const living = useMemo(() => residents?.filter((resident) => resident.movedOutOn === undefined), [residents]);
  const title = t('requests:help.title');
  const householdPath = `/households/${encodeURIComponent(householdId)}`;

  if (household === null) {
    return (
      <PageLayout title={title}>
        <p className="gw-empty">{t('requests:help.householdMissing')}</p>
        <Link className="gw-button gw-button--secondary gw-button--block" to="/">
          {t('nav.home')}
        </Link>
      </PageLayout>
    );
  }
  if (household === undefined || living === undefined) {
    return (
      <PageLayout title={title}>
        <p className="gw-loading">{t('app.loading')}</p>
      </PageLayout>
    );
  }
  return (
    <PageLayout title={title}>
      <p className="gw-hint">{t('requests:list.place', { unit: household.unit, room: household.room })}</p>
      <RequestHelpForm
        household={household}
        residents={living}
        onSaved={() => void navigate(householdPath, { replace: true })}
        onCancel={() => void navigate(householdPath)}
      />
    </PageLayout>
  );
}
