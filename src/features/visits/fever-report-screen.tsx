import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useRecord } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { PageLayout } from '../../shared/ui/page-layout';
import { afterFeverReport, readFeverQuery, reportedForOf, type ReportedState } from './fever-flow';
import { FeverReportForm } from './fever-report-form';
import { FeverSavedPanel } from './fever-saved-panel';
import './visits.css';

/**
 * Report a fever (`/fever-reports/new`): prefilled from the query (household, resident,
 * temperature, symptoms, visit) or, without a resident, for someone typed in by name. A report
 * from a visit leads to the next feverish resident's report, then back to the saved visit; a
 * direct one shows `?saved=<reportId>`.
 */
export function FeverReportScreen() {
  const { t } = useTranslation('visit');
  const [search] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const prefill = useMemo(() => readFeverQuery(search), [search]);
  const savedId = search.get('saved');
  const resident = useRecord('resident', prefill.residentId);
  const visit = useRecord('visit', prefill.visitId);
  const reportedFor = reportedForOf(location.state);

  function saved(reportId: string, name: string) {
    const state: ReportedState = { reportedFor: name };
    if (prefill.visitId && prefill.householdId) {
      void navigate(afterFeverReport(prefill.householdId, prefill.visitId, visit ?? null, prefill.residentId), { replace: true, state });
    } else {
      void navigate({ search: `?saved=${encodeURIComponent(reportId)}` }, { replace: true, state });
    }
  }

  let body;
  if (savedId) body = <FeverSavedPanel reportId={savedId} />;
  // The visit too is read before the form shows: after submitting, it decides whose report comes next.
  else if (resident === undefined || visit === undefined) body = <p className="gw-loading">{t('app.loading')}</p>;
  else {
    body = (
      <>
        {prefill.visitId ? <p className="gw-hint">{t('visit:fever.fromVisit')}</p> : null}
        <FeverReportForm key={search.toString()} prefill={prefill} resident={resident} onSaved={saved} />
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
