import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocalRecord } from '../../data';

/** Sent home ("Home isolation", "Observation"): the way to start home monitoring with this report linked. */
export function StartMonitoringOffer({ report }: { report: LocalRecord<'fever_report'> }) {
  const { t } = useTranslation('visit');
  if (report.voidedAt !== undefined || !report.residentId || (report.action !== 'home_isolation' && report.action !== 'observation')) return null;
  return (
    <div className="gw-section">
      <p className="gw-hint">{t('visit:fever.monitoringHint')}</p>
      <Link className="gw-button gw-button--primary gw-button--block" to={`/residents/${encodeURIComponent(report.residentId)}/monitoring/new?report=${encodeURIComponent(report.id)}`}>
        {t('visit:fever.startMonitoring')}
      </Link>
    </div>
  );
}
