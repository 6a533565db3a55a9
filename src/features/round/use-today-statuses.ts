/** Today's status of every household (from today's visits and fever reports), live. */
import { useMemo } from 'react';
import { feverReportsOnDay, useRecords, visitsOnDay, type LocalRecord } from '../../data';
import { householdStatuses, isVoided, type RoomStatus } from '../../domain/round/day-status';
import { localDateOf, localDay } from '../../shared/local-date';

export interface TodayStatuses {
  /** Status per household id; households not in it are not visited. Undefined while loading. */
  statuses: Map<string, RoomStatus> | undefined;
  /** Today's fever reports (not voided), with or without a household. */
  feverReports: LocalRecord<'fever_report'>[];
  today: string;
}

export function useTodayStatuses(): TodayStatuses {
  const today = localDateOf();
  const day = useMemo(() => localDay(today), [today]);
  const visits = useRecords(visitsOnDay(day));
  const reports = useRecords(feverReportsOnDay(day));
  return useMemo(() => {
    const feverReports = (reports ?? []).filter((report) => !isVoided(report));
    if (visits === undefined || reports === undefined) return { statuses: undefined, feverReports, today };
    return { statuses: householdStatuses(visits, feverReports), feverReports, today };
  }, [visits, reports, today]);
}
