import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocalRecord } from '../../data/data-client';
import { FEVER_ACTIONS } from '../../domain/entities/fever-report';
import { VISIT_OUTCOMES } from '../../domain/entities/visit';
import { checksOf, isVoided } from '../../domain/round/day-status';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { formatDateTime } from '../../shared/format-date-time';
import { textOf } from '../../shared/text-of';
import { newestFirst } from './record-time';

const SHOWN = 10;

/** One visit or fever report: a link with its time and summary (struck through when voided), its sync state and void reason. */
function HistoryItem({ record, to, time, children }: { record: LocalRecord; to: string; time: string; children: ReactNode }) {
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
      {voided ? <p className="gw-voided-reason">{t('household:visits.voided', { reason: textOf(record.voidReason) })}</p> : null}
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

/** Who was checked during a visit and their temperature (null when none was taken), in the order recorded. */
function measuredChecks(visit: LocalRecord, names: ReadonlyMap<string, string>): { name: string | null; temperature: number | null }[] {
  return checksOf(visit).flatMap((check) => {
    if (typeof check !== 'object' || check === null) return [];
    const { residentId, temperature } = check as { residentId?: unknown; temperature?: unknown };
    return [{ name: names.get(textOf(residentId)) ?? null, temperature: typeof temperature === 'number' ? temperature : null }];
  });
}

/** The household's last visits, newest first, each with outcome and the temperatures taken. */
export function HouseholdVisits({ visits, residents }: { visits: readonly LocalRecord[]; residents: readonly LocalRecord[] }) {
  const { t, i18n } = useTranslation('household');
  const names = new Map(residents.map((resident) => [resident.id, textOf(resident.name)]));
  const shown = newestFirst(visits, 'visitedAt').slice(0, SHOWN);
  return (
    <Section title={t('household:visits.title')} empty={t('household:visits.empty')} count={shown.length}>
      {shown.map((visit) => {
        const outcome = textOf(visit.outcome);
        const measured = measuredChecks(visit, names).map(({ name, temperature }) => {
          const who = name ?? t('household:visits.unknownResident');
          return temperature === null
            ? t('household:visits.noTemperature', { name: who })
            : t('household:visits.temperature', { name: who, temperature: temperature.toFixed(1) });
        });
        return (
          <HistoryItem key={visit.id} record={visit} to={`/visits/${encodeURIComponent(visit.id)}`} time={formatDateTime(visit.visitedAt, i18n.language)}>
            <p>{(VISIT_OUTCOMES as readonly string[]).includes(outcome) ? t(`household:visits.${outcome}`) : outcome}</p>
            {measured.length > 0 ? <p>{measured.join(' · ')}</p> : null}
          </HistoryItem>
        );
      })}
    </Section>
  );
}

/** The household's fever reports, newest first. */
export function HouseholdFeverReports({ reports }: { reports: readonly LocalRecord[] }) {
  const { t, i18n } = useTranslation('household');
  const shown = newestFirst(reports, 'reportedAt').slice(0, SHOWN);
  return (
    <Section title={t('household:fever.title')} empty={t('household:fever.empty')} count={shown.length}>
      {shown.map((report) => {
        const action = textOf(report.action);
        const temperature = typeof report.temperature === 'number' ? report.temperature.toFixed(1) : '';
        return (
          <HistoryItem
            key={report.id}
            record={report}
            to={`/fever-reports/${encodeURIComponent(report.id)}`}
            time={formatDateTime(report.reportedAt, i18n.language)}
          >
            <p>{t('household:fever.summary', { name: textOf(report.name), temperature })}</p>
            <p>{(FEVER_ACTIONS as readonly string[]).includes(action) ? t(`household:fever.${action}`) : action}</p>
          </HistoryItem>
        );
      })}
    </Section>
  );
}
