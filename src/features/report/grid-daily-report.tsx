import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dailyReportsOf, useDataClient, useRecords, type LocalRecord } from '../../data';
import type { DailyReportCounts } from '../../domain/entities/daily-report';
import { isOwn } from '../../domain/round/daily-counts';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { DailyCountsList } from './daily-counts-list';

export interface GridDailyReportProps {
  gridId: string;
  gridName: string;
  /** YYYY-MM-DD */
  date: string;
  isToday: boolean;
  /** Computed from the day's records on this phone. */
  counts: DailyReportCounts;
  userId: string;
}

function formatTime(value: string, language: string): string {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  return new Intl.DateTimeFormat(language, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
}

function ZeroReport({ counts, date, isToday }: { counts: DailyReportCounts; date: string; isToday: boolean }) {
  const { t } = useTranslation('report');
  if (counts.feversFound > 0) return null;
  return <p className="gw-report__zero">{isToday ? t('report:zeroReportToday') : t('report:zeroReportOn', { date })}</p>;
}

function ConfirmedReport({ report, date, isToday }: { report: LocalRecord<'daily_report'>; date: string; isToday: boolean }) {
  const { t, i18n } = useTranslation('report');
  const { counts } = report;
  return (
    <>
      <p className="gw-report__confirmed">
        <span className="gw-lead">{t('report:confirmedTitle')}</span> <RecordSyncBadge state={report._sync} />
      </p>
      <p>{t('report:confirmedAt', { time: formatTime(report.confirmedAt, i18n.language) })}</p>
      <ZeroReport counts={counts} date={date} isToday={isToday} />
      <DailyCountsList counts={counts} />
      <p className="gw-hint">{t('report:oncePerDay')}</p>
    </>
  );
}

/**
 * One grid's close of day: the counts, a zero report or a warning about fevers not reported, and the
 * confirm button; once confirmed (a daily_report of this user for this grid and date on the phone), the
 * stored report with its time and sync state instead, since a second one is not possible.
 */
export function GridDailyReport({ gridId, gridName, date, isToday, counts, userId }: GridDailyReportProps) {
  const { t } = useTranslation('report');
  const client = useDataClient();
  const reports = useRecords(dailyReportsOf(gridId, date));
  // Reports of other workers in the same grid reach this phone too; only the user's own closes their day.
  const existing = reports?.find((report) => isOwn(report, userId));
  const form = useFormSubmit({ fixKey: 'validation:invalid_value' });
  const [savedFor, setSavedFor] = useState<string | null>(null);
  const headingId = useId();
  const unreported = counts.feversFound > counts.feversReported;
  // What went wrong, in one sentence: each wrong count's message, else the failure's.
  const reasons = Object.keys(form.fieldErrors).length > 0 ? Object.values(form.fieldErrors) : form.banner ? [form.banner] : [];
  const failure = reasons.length > 0 ? t('report:saveFailed', { reason: reasons.map((keys) => t(keys)).join(' ') }) : null;
  const busy = form.busy;

  async function confirm() {
    if (await form.run(() => client.create('daily_report', { gridId, date, counts, confirmedAt: new Date().toISOString() }))) setSavedFor(date);
  }

  return (
    <section className="gw-card gw-report" aria-labelledby={headingId}>
      <h2 id={headingId}>{gridName}</h2>
      {reports === undefined ? (
        <p className="gw-loading">{t('app.loading')}</p>
      ) : existing ? (
        <ConfirmedReport report={existing} date={date} isToday={isToday} />
      ) : (
        <>
          <ZeroReport counts={counts} date={date} isToday={isToday} />
          <DailyCountsList counts={counts} />
          {unreported ? (
            <Banner
              tone="warning"
              title={t('report:unreported', { found: counts.feversFound, reported: counts.feversReported })}
              actions={
                <Link className="gw-button gw-button--secondary" to="/">
                  {t('report:toRound')}
                </Link>
              }
            >
              {t('report:unreportedHint')}
            </Banner>
          ) : null}
          {counts.doorsKnocked === 0 ? <p className="gw-hint">{t('report:noDoors')}</p> : null}
          {failure ? <Banner tone="error">{failure}</Banner> : null}
          {savedFor === date ? (
            <Banner tone="success" announce>
              {t('report:savedOnPhone')}
            </Banner>
          ) : (
            <Button block onClick={() => void confirm()} disabled={busy} busy={busy}>
              {busy ? t('report:confirming') : t('report:confirm')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
