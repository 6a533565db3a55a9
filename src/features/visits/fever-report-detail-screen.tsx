import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRecord } from '../../data/hooks/use-records';
import { PageLayout } from '../../shared/ui/page-layout';
import { formatDateTime } from '../../shared/format-date-time';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { formatTemperature } from '../../shared/ui/temperature-field';
import { textOf } from '../../shared/text-of';
import { feverReportPath } from './fever-flow';
import { symptomsOf } from './record-text';
import { VoidPanel } from './void-panel';
import './visits.css';

/** One fever report (`/fever-reports/:reportId`): person, temperature, symptoms, onset, action; void and record again. */
export function FeverReportDetailScreen() {
  const { t, i18n } = useTranslation('visit');
  const { reportId = '' } = useParams();
  const report = useRecord('fever_report', reportId);

  if (report === undefined || report === null) {
    return (
      <PageLayout title={t('visit:detail.reportTitle')}>
        <p className={report === null ? 'gw-empty' : 'gw-loading'}>{report === null ? t('visit:detail.missing') : t('app.loading')}</p>
      </PageLayout>
    );
  }
  const householdId = textOf(report.householdId);
  const residentId = textOf(report.residentId);
  const symptoms = symptomsOf(report.symptoms);
  const action = textOf(report.action);
  const temperature = typeof report.temperature === 'number' ? report.temperature : null;
  const again = feverReportPath({
    householdId: householdId || null,
    residentId: residentId || null,
    temperature,
    symptoms,
    name: residentId ? null : textOf(report.name),
    phone: residentId ? null : textOf(report.phone),
  });

  return (
    <PageLayout title={t('visit:detail.reportTitle')}>
      <p>
        <RecordSyncBadge state={report._sync} />
      </p>
      <dl className="gw-visit__facts">
        <dt>{t('visit:detail.person')}</dt>
        <dd>{textOf(report.name)}</dd>
        {textOf(report.phone) ? (
          <>
            <dt>{t('visit:detail.phone')}</dt>
            <dd>{textOf(report.phone)}</dd>
          </>
        ) : null}
        <dt>{t('visit:detail.temperature')}</dt>
        <dd className="gw-visit__fever">{temperature === null ? '—' : t('visit:temperatureValue', { value: formatTemperature(temperature) })}</dd>
        <dt>{t('visit:detail.symptoms')}</dt>
        <dd>{symptoms.length === 0 ? t('visit:detail.noSymptoms') : symptoms.map((s) => t(`visit:symptom.${s}`)).join(', ')}</dd>
        {textOf(report.onsetDate) ? (
          <>
            <dt>{t('visit:detail.onsetDate')}</dt>
            <dd>{textOf(report.onsetDate)}</dd>
          </>
        ) : null}
        <dt>{t('visit:detail.action')}</dt>
        <dd>{t([`visit:action.${action}`, 'validation.action_invalid'])}</dd>
        <dt>{t('visit:detail.time')}</dt>
        <dd>{formatDateTime(report.reportedAt, i18n.language)}</dd>
      </dl>
      <VoidPanel entity="fever_report" record={report} recordAgainPath={again} />
      {householdId ? (
        <Link className="gw-button gw-button--quiet" to={`/households/${encodeURIComponent(householdId)}`}>
          {t('visit:detail.openHousehold')}
        </Link>
      ) : null}
    </PageLayout>
  );
}
