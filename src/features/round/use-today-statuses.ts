/** Today's status of every household (from today's visits and fever reports), live. */
import { useMemo } from 'react';
import type { LocalRecord } from '../../data/data-client';
import { useRecordsBetween } from '../../data/hooks/use-records';
import { householdStatuses, type RoomStatus } from '../../domain/round/day-status';
import { recordsOfDay } from '../../domain/round/round-tally';
import { localDateOf, localDay } from '../../shared/local-date';

export interface TodayStatuses {
  /** Status per household id; households not in it are not visited. Undefined while loading. */
  statuses: Map<string, RoomStatus> | undefined;
  /** Today's fever reports (not voided), with or without a household. */
  feverReports: LocalRecord[];
  today: string;
}

export function useTodayStatuses(): TodayStatuses {
  const today = localDateOf();
  const day = useMemo(() => localDay(today), [today]);
  const visits = useRecordsBetween('visit', 'visitedAt', day.lower, day.upper);
  const reports = useRecordsBetween('fever_report', 'reportedAt', day.lower, day.upper);
  return useMemo(() => {
    const feverReports = recordsOfDay(reports, 'reportedAt', day.includes);
    if (visits === undefined || reports === undefined) return { statuses: undefined, feverReports, today };
    return { statuses: householdStatuses(recordsOfDay(visits, 'visitedAt', day.includes), feverReports), feverReports, today };
  }, [visits, reports, day, today]);
}
