import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRecord } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { StartMonitoringOffer } from './start-monitoring-offer';

/** After a direct report: its sync state, a look at it, and the way to report another. */
export function FeverSavedPanel({ reportId }: { reportId: string }) {
  const { t } = useTranslation('visit');
  const report = useRecord('fever_report', reportId);
  if (report === undefined) return <p className="gw-loading">{t('app.loading')}</p>;
  const householdId = report?.householdId;
  return (
    <div className="gw-section">
      {report === null ? (
        <Banner tone="warning">{t('visit:detail.missing')}</Banner>
      ) : (
        <Banner tone="success" title={t('visit:fever.savedTitle')} announce>
          <p>{t('visit:fever.savedBody')}</p>
          <p>
            <RecordSyncBadge state={report._sync} />
          </p>
        </Banner>
      )}
      {report ? <StartMonitoringOffer report={report} /> : null}
      {report ? (
        <Link className="gw-button gw-button--secondary gw-button--block" to={`/fever-reports/${encodeURIComponent(report.id)}`}>
          {t('visit:fever.viewReport')}
        </Link>
      ) : null}
      <Link className="gw-button gw-button--secondary gw-button--block" to="/fever-reports/new">
        {t('visit:fever.another')}
      </Link>
      {householdId ? (
        <Link className="gw-button gw-button--quiet" to={`/households/${encodeURIComponent(householdId)}`}>
          {t('visit:form.backToHousehold')}
        </Link>
      ) : null}
    </div>
  );
}
