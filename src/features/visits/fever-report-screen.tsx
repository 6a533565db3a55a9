import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useRecord } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { PageLayout } from '../../shared/ui/page-layout';
import { reportedForOf, type ReportedState } from '../../shared/ui/reported-state';
import { afterFeverReport, monitoringPath, readFeverQuery } from './fever-flow';
import { FeverReportForm } from './fever-report-form';
import { FeverSavedPanel } from './fever-saved-panel';
import './visits.css';

/**
 * Report a fever (`/fever-reports/new`): prefilled from the query (household, resident,
 * temperature, symptoms, visit) or, without a resident, for someone typed in by name. A report
 * from a visit leads to the next feverish resident's report, then back to the saved visit; one from a
 * home monitoring check (?check=) names the check and leads back to its monitoring; a direct one shows
 * `?saved=<reportId>`.
 */
/** Why the form opened after a home monitoring check (its words load only then). */
function FromCheckHint() {
  const { t } = useTranslation('monitoring');
  return <p className="gw-hint">{t('monitoring:check.fromCheck')}</p>;
}

export function FeverReportScreen() {
  const { t } = useTranslation('visit');
  const [search] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const prefill = useMemo(() => readFeverQuery(search), [search]);
  const savedId = search.get('saved');
  const resident = useRecord('resident', prefill.residentId);
  const visit = useRecord('visit', prefill.visitId);
  const check = useRecord('monitoring_check', prefill.checkId);
  const reportedFor = reportedForOf(location.state);

  function saved(reportId: string, name: string) {
    const state: ReportedState = { reportedFor: name };
    if (prefill.visitId && prefill.householdId) {
      void navigate(afterFeverReport(prefill.householdId, prefill.visitId, visit ?? null, prefill.residentId), { replace: true, state });
    } else if (check) {
      void navigate(monitoringPath(check.monitoringId), { replace: true, state });
    } else {
      void navigate({ search: `?saved=${encodeURIComponent(reportId)}` }, { replace: true, state });
    }
  }

  let body;
  if (savedId) body = <FeverSavedPanel reportId={savedId} />;
  // The visit and the check too are read before the form shows: after submitting, they decide where it leads.
  else if (resident === undefined || visit === undefined || check === undefined) body = <p className="gw-loading">{t('app.loading')}</p>;
  else {
    body = (
      <>
        {prefill.visitId ? <p className="gw-hint">{t('visit:fever.fromVisit')}</p> : null}
        {check ? <FromCheckHint /> : null}
        <FeverReportForm key={search.toString()} prefill={check === null ? { ...prefill, checkId: null } : prefill} resident={resident} onSaved={saved} />
      </>
    );
  }
  return (
    <PageLayout title={t('visit:fever.title')}>
      {reportedFor && !savedId ? <Banner tone="success">{t('visit:fever.reportedFor', { name: reportedFor })}</Banner> : null}
      {body}
    </PageLayout>
  );
}
