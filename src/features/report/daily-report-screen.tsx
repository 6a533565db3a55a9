import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../domain/sync-protocol';
import { everyRecord, useDayRecords, useRecords, useSession } from '../../data';
import { computeDailyCounts } from '../../domain/round/daily-counts';
import { addDays, localDateOf, localDay } from '../../shared/local-date';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { PageLayout } from '../../shared/ui/page-layout';
import { GridDailyReport } from './grid-daily-report';
import './report.css';

type Which = 'today' | 'yesterday';

function GridReports({ user, date, isToday }: { user: SessionUser; date: string; isToday: boolean }) {
  const { t } = useTranslation('report');
  const day = useMemo(() => localDay(date), [date]);
  const records = useDayRecords(day);
  const grids = useRecords(everyRecord('grid'));
  const gridIds = user.gridIds;
  const perGrid = useMemo(() => {
    if (!records) return undefined;
    return gridIds.map((gridId, position) => ({
      gridId,
      // A direct fever report (someone not in the register) belongs to no household: it counts in the first grid.
      counts: computeDailyCounts({ ...records, gridId, day, userId: user.id, includeDirectReports: position === 0 }),
    }));
  }, [records, gridIds, day, user.id]);

  if (!perGrid || !grids) return <p className="gw-loading">{t('app.loading')}</p>;
  return (
    <div className="gw-report__grids">
      {perGrid.map(({ gridId, counts }) => {
        const name = grids.find((grid) => grid.id === gridId)?.name;
        return (
          <GridDailyReport
            key={`${gridId}:${date}`}
            gridId={gridId}
            gridName={name ?? t('report:gridFallback')}
            date={date}
            isToday={isToday}
            counts={counts}
            userId={user.id}
          />
        );
      })}
    </div>
  );
}

/**
 * The /daily-report route: the worker closes the day (today, or yesterday when closing late) for each of
 * their grids. An account without grids (a secretary) is told the report is for grid workers.
 */
export function DailyReportScreen() {
  const { t } = useTranslation('report');
  const { user } = useSession();
  const [which, setWhich] = useState<Which>('today');
  const today = localDateOf();
  const yesterday = addDays(today, -1);
  const date = which === 'today' ? today : yesterday;

  if (!user || user.gridIds.length === 0) {
    return (
      <PageLayout title={t('report:title')}>
        <p className="gw-empty">{t('report:notForRole')}</p>
      </PageLayout>
    );
  }
  return (
    <PageLayout title={t('report:title')} className="gw-report-screen">
      <p className="gw-hint">{t('report:intro')}</p>
      <ChoiceGroup<Which>
        legend={t('report:day')}
        choices={[
          { value: 'today', label: t('report:today', { date: today }) },
          { value: 'yesterday', label: t('report:yesterday', { date: yesterday }) },
        ]}
        value={which}
        onChange={setWhich}
      />
      <GridReports user={user} date={date} isToday={which === 'today'} />
    </PageLayout>
  );
}
