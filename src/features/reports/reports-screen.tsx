/**
 * The /reports route of the secretary's app: for a chosen date (today by default), every grid's daily
 * report (Reported with its time, Late, Not reported, Zero report; Changed since confirmed with the
 * difference), the community total and "Confirm community report", the 14-day reporting rate, and the
 * community's report deadline. Everything from the records on this phone.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../data';
import { localDateOf } from '../../shared/local-date';
import { PageLayout } from '../../shared/ui/page-layout';
import { DayField } from '../../shared/ui/day-field';
import { CommunityReportPanel } from './community-report-panel';
import { GridReports } from './grid-reports';
import { HotlineSetting } from './hotline-setting';
import { ReportDeadlineSetting } from './report-deadline-setting';
import { ReportingRateTable } from './reporting-rate-table';
import { useReportsView } from './use-reports-view';
import { useWideScreen } from '../../shared/ui/use-wide-screen';
import './reports.css';

function CommunityReports({ communityId, date, userId, canSetDeadline }: { communityId: string; date: string; userId: string; canSetDeadline: boolean }) {
  const { t } = useTranslation('reports');
  const view = useReportsView(communityId, date, userId);
  const wide = useWideScreen();
  const gridNames = useMemo(() => new Map((view?.rows ?? []).map((row) => [row.grid.id, row.grid.name])), [view]);
  if (!view) return <p className="gw-loading">{t('app.loading')}</p>;
  return (
    <>
      <GridReports rows={view.rows} total={view.total} date={date} wide={wide} />
      {view.rows.length > 0 ? (
        <CommunityReportPanel
          key={date}
          communityId={communityId}
          date={date}
          total={view.total}
          gridNames={gridNames}
          confirmed={view.communityReport}
          countsShown={wide}
        />
      ) : null}
      <ReportingRateTable rates={view.rates} gridNames={gridNames} date={date} />
      {canSetDeadline ? <ReportDeadlineSetting communityId={communityId} deadline={view.deadline} settings={view.settings} /> : null}
      {canSetDeadline ? <HotlineSetting communityId={communityId} settings={view.settings} /> : null}
    </>
  );
}

export function ReportsScreen() {
  const { t } = useTranslation('reports');
  const { user } = useSession();
  const today = localDateOf();
  const [date, setDate] = useState(today);

  if (!user?.communityId) {
    return (
      <PageLayout title={t('reports:title')}>
        <p className="gw-empty">{t('reports:noCommunity')}</p>
      </PageLayout>
    );
  }
  return (
    <PageLayout title={t('reports:title')} className="gw-reports-screen">
      <DayField label={t('reports:date')} value={date} max={today} className="gw-reports__date" onChange={setDate} />
      <CommunityReports communityId={user.communityId} date={date} userId={user.id} canSetDeadline={user.role === 'secretary'} />
    </PageLayout>
  );
}
