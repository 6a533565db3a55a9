import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocalRecord } from '../../data';
import { isVoided } from '../../domain/round/day-status';
import { formatDateTime } from '../../shared/format-date-time';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';

const SHOWN = 10;

/** One visit or fever report: a link with its time and summary (struck through when voided), its sync state and void reason. */
function HistoryItem({ record, to, time, children }: { record: LocalRecord<'visit' | 'fever_report'>; to: string; time: string; children: ReactNode }) {
  const { t } = useTranslation('household');
  const voided = isVoided(record);
  return (
    <li className="gw-card">
      <div className="gw-record-row">
        <Link className={voided ? 'gw-record-link gw-voided' : 'gw-record-link'} to={to}>
          {time}
        </Link>
        <RecordSyncBadge state={record._sync} />
      </div>
      <div className={voided ? 'gw-voided' : undefined}>{children}</div>
      {voided ? <p className="gw-voided-reason">{t('household:visits.voided', { reason: record.voidReason ?? '' })}</p> : null}
    </li>
  );
}

function Section({ title, empty, children, count }: { title: string; empty: string; count: number; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className="gw-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {count === 0 ? <p className="gw-empty">{empty}</p> : null}
      <ul className="gw-list" aria-labelledby={titleId}>
        {children}
      </ul>
    </section>
  );
}

/** The household's last visits (given newest first), each with outcome and the temperatures taken. */
export function HouseholdVisits({ visits, residents }: { visits: readonly LocalRecord<'visit'>[]; residents: readonly LocalRecord<'resident'>[] }) {
  const { t, i18n } = useTranslation('household');
  const names = new Map(residents.map((resident) => [resident.id, resident.name]));
  const shown = visits.slice(0, SHOWN);
  return (
    <Section title={t('household:visits.title')} empty={t('household:visits.empty')} count={shown.length}>
      {shown.map((visit) => {
        const measured = visit.checks.map(({ residentId, temperature }) => {
          const who = names.get(residentId) ?? t('household:visits.unknownResident');
          return temperature === undefined
            ? t('household:visits.noTemperature', { name: who })
            : t('household:visits.temperature', { name: who, temperature: temperature.toFixed(1) });
        });
        return (
          <HistoryItem key={visit.id} record={visit} to={`/visits/${encodeURIComponent(visit.id)}`} time={formatDateTime(visit.visitedAt, i18n.language)}>
            <p>{t(`household:visits.${visit.outcome}`)}</p>
            {measured.length > 0 ? <p>{measured.join(' · ')}</p> : null}
          </HistoryItem>
        );
      })}
    </Section>
  );
}

/** The household's fever reports (given newest first). */
export function HouseholdFeverReports({ reports }: { reports: readonly LocalRecord<'fever_report'>[] }) {
  const { t, i18n } = useTranslation('household');
  const shown = reports.slice(0, SHOWN);
  return (
    <Section title={t('household:fever.title')} empty={t('household:fever.empty')} count={shown.length}>
      {shown.map((report) => {
        const temperature = report.temperature.toFixed(1);
        return (
          <HistoryItem
            key={report.id}
            record={report}
            to={`/fever-reports/${encodeURIComponent(report.id)}`}
            time={formatDateTime(report.reportedAt, i18n.language)}
          >
            <p>{t('household:fever.summary', { name: report.name, temperature })}</p>
            <p>{t(`household:fever.${report.action}`)}</p>
          </HistoryItem>
        );
      })}
    </Section>
  );
}
