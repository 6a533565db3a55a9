/**
 * /monitoring/:monitoringId, one person's home monitoring: who and where, why, "Day <n> of 14", the
 * current slot due or checked, the last reading and missed checks; "Record check" while it runs;
 * "Release", "End early" and "Extend"; its checks, newest first, a check with a fever report made from it
 * showing "Fever reported" (a link to the report). Back from such a report it says the report was saved.
 * An ended monitoring stays readable.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { checksOfMonitoring, feverReportsFromChecks, useRecord, useRecords } from '../../data';
import { formatDateTime } from '../../shared/format-date-time';
import { Banner } from '../../shared/ui/banner';
import { PageLayout } from '../../shared/ui/page-layout';
import { reportedForOf } from '../../shared/ui/reported-state';
import { useNow } from '../../shared/ui/use-now';
import { EndMonitoringPanel } from './end-monitoring-panel';
import { liveChecks, placeLabel, statusOf } from './monitoring-view';
import { RecordCheckForm } from './record-check-form';
import './monitoring.css';

function StatusLine({ phase, due, done }: { phase: string; due: boolean; done: boolean }) {
  const { t } = useTranslation('monitoring');
  if (phase === 'ended') return <span>{t('monitoring:status.ended')}</span>;
  if (phase === 'not_started') return <span>{t('monitoring:status.notStarted')}</span>;
  if (phase === 'past_end') return <span>{t('monitoring:status.pastEnd')}</span>;
  if (due) return <strong className="gw-follow-up__due">{t('monitoring:status.due')}</strong>;
  return done ? <span>{t('monitoring:status.done')}</span> : null;
}

/** A check's fever report, when one was made from it: " · Fever reported", a link to the report. */
function FeverReported({ reportId }: { reportId: string | undefined }) {
  const { t } = useTranslation('monitoring');
  if (!reportId) return null;
  return (
    <>
      {' · '}
      <Link to={`/fever-reports/${encodeURIComponent(reportId)}`}>{t('monitoring:check.feverReported')}</Link>
    </>
  );
}

export function MonitoringScreen() {
  const { t, i18n } = useTranslation(['monitoring', 'visit']);
  const { monitoringId } = useParams();
  const monitoring = useRecord('home_monitoring', monitoringId);
  const checks = useRecords(monitoringId ? checksOfMonitoring(monitoringId) : null);
  const resident = useRecord('resident', monitoring?.residentId);
  const household = useRecord('household', monitoring?.householdId);
  const building = useRecord('building', household?.buildingId);
  const reports = useRecords(monitoring ? feverReportsFromChecks(monitoring.householdId) : null);
  const reportOfCheck = useMemo(
    () => new Map((reports ?? []).filter((report) => report.voidedAt === undefined).map((report) => [report.monitoringCheckId, report.id])),
    [reports],
  );
  const reportedFor = reportedForOf(useLocation().state);
  const now = useNow(60_000).getTime();
  const status = useMemo(() => (monitoring && checks ? statusOf(monitoring, checks, now) : null), [monitoring, checks, now]);

  if (monitoring === null) return <PageLayout title={t('monitoring:title')}><p className="gw-empty">{t('monitoring:start.notFound')}</p></PageLayout>;
  if (!monitoring || !checks || !status) return <PageLayout title={t('monitoring:title')}><p className="gw-loading">{t('app.loading')}</p></PageLayout>;

  const live = liveChecks(checks, monitoring.id).reverse();
  const last = live[0];
  const ended = monitoring.endedOn !== undefined;
  return (
    <PageLayout title={t('monitoring:title')}>
      {reportedFor ? <Banner tone="success">{t('visit:fever.reportedFor', { name: reportedFor })}</Banner> : null}
      <div className="gw-monitoring__facts">
        <strong>
          {resident?.name ?? '…'} · {placeLabel({ building: building ?? undefined, household: household ?? undefined })}
        </strong>
        <span>
          {t(`monitoring:reasons.${monitoring.reason}`)}
          {monitoring.reasonNote ? ` · ${monitoring.reasonNote}` : ''}
        </span>
        <span>
          {t('monitoring:day', { n: status.day, total: status.total })} · <StatusLine phase={status.phase} due={status.due} done={status.current?.done ?? false} />
        </span>
        <span>{last ? t('monitoring:status.last', { temp: last.temperature.toFixed(1), time: formatDateTime(last.checkedAt, i18n.language) }) : t('monitoring:status.noCheck')}</span>
        {status.missedLast24h > 0 ? <span className="gw-follow-up__overdue">{t('monitoring:status.missed', { n: status.missedLast24h })}</span> : null}
        {status.overdue.length > 0 ? <span className="gw-follow-up__overdue">{t('monitoring:home.overdue')}</span> : null}
        {ended ? (
          <span>
            {monitoring.endKind === 'released'
              ? t('monitoring:end.released', { date: monitoring.endedOn })
              : t('monitoring:end.ended', { date: monitoring.endedOn, kind: monitoring.endKind ? t(`monitoring:end.kinds.${monitoring.endKind}`) : '' })}
          </span>
        ) : null}
        {(monitoring.extensions ?? []).map((extension, index) => (
          <span key={index}>{t('monitoring:end.extended', { days: extension.days, reason: extension.reason })}</span>
        ))}
        {household ? <Link to={`/households/${encodeURIComponent(household.id)}`}>{placeLabel({ building: building ?? undefined, household })}</Link> : null}
      </div>
      {!ended && status.phase !== 'past_end' ? (
        <section className="gw-section" aria-labelledby="gw-record-check">
          <h2 id="gw-record-check">{t('monitoring:check.title')}</h2>
          <RecordCheckForm monitoring={monitoring} />
        </section>
      ) : null}
      <EndMonitoringPanel monitoring={monitoring} status={status} />
      <section className="gw-section" aria-labelledby="gw-monitoring-checks">
        <h2 id="gw-monitoring-checks">{t('monitoring:history.title')}</h2>
        {live.length === 0 ? (
          <p className="gw-empty">{t('monitoring:history.empty')}</p>
        ) : (
          <ul className="gw-list gw-monitoring__checks" aria-labelledby="gw-monitoring-checks">
            {live.map((check) => (
              <li key={check.id}>
                {t('monitoring:history.reading', { time: formatDateTime(check.checkedAt, i18n.language), temp: check.temperature.toFixed(1) })} ·{' '}
                {check.symptoms.length > 0
                  ? t('monitoring:history.symptoms', { list: check.symptoms.map((s) => t(`visit:symptom.${s}`)).join('、') })
                  : t('monitoring:history.none')}
                <FeverReported reportId={reportOfCheck.get(check.id)} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </PageLayout>
  );
}
