import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { StartMonitoringOffer } from './start-monitoring-offer';
import { useRecord, type LocalRecord } from '../../data';
import { formatDateTime } from '../../shared/format-date-time';
import { PageLayout } from '../../shared/ui/page-layout';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { formatTemperature } from '../../shared/ui/temperature-field';
import { feverReportPath, symptomsOf } from './fever-flow';
import { VoidPanel } from './void-panel';
import './visits.css';

/** One fever report (`/fever-reports/:reportId`): person, temperature, symptoms, onset, action; void and record again. */
export interface FeverReportDetailScreenProps {
  /** The record's review: state, history and decisions (the review feature, passed in by src/app). */
  review?: (report: LocalRecord<'fever_report'>) => ReactNode;
}

export function FeverReportDetailScreen({ review }: FeverReportDetailScreenProps = {}) {
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
  const { householdId, residentId, temperature, action, phone, onsetDate } = report;
  const symptoms = symptomsOf(report.symptoms);
  const again = feverReportPath({
    householdId: householdId ?? null,
    residentId: residentId ?? null,
    temperature,
    symptoms,
    name: residentId ? null : report.name,
    phone: residentId ? null : (phone ?? null),
  });

  return (
    <PageLayout title={t('visit:detail.reportTitle')}>
      <p>
        <RecordSyncBadge state={report._sync} />
      </p>
      <dl className="gw-visit__facts">
        <dt>{t('visit:detail.person')}</dt>
        <dd>{report.name}</dd>
        {phone ? (
          <>
            <dt>{t('visit:detail.phone')}</dt>
            <dd>{phone}</dd>
          </>
        ) : null}
        <dt>{t('visit:detail.temperature')}</dt>
        <dd className="gw-visit__fever">{t('visit:temperatureValue', { value: formatTemperature(temperature) })}</dd>
        <dt>{t('visit:detail.symptoms')}</dt>
        <dd>{symptoms.length === 0 ? t('visit:detail.noSymptoms') : symptoms.map((s) => t(`visit:symptom.${s}`)).join(', ')}</dd>
        {onsetDate ? (
          <>
            <dt>{t('visit:detail.onsetDate')}</dt>
            <dd>{onsetDate}</dd>
          </>
        ) : null}
        <dt>{t('visit:detail.action')}</dt>
        <dd>{t(`visit:action.${action}`)}</dd>
        <dt>{t('visit:detail.time')}</dt>
        <dd>{formatDateTime(report.reportedAt, i18n.language)}</dd>
      </dl>
      <StartMonitoringOffer report={report} />
      <VoidPanel entity="fever_report" record={report} recordAgainPath={again} />
      {review ? <Suspense fallback={null}>{review(report)}</Suspense> : null}
      {householdId ? (
        <Link className="gw-button gw-button--quiet" to={`/households/${encodeURIComponent(householdId)}`}>
          {t('visit:detail.openHousehold')}
        </Link>
      ) : null}
    </PageLayout>
  );
}
