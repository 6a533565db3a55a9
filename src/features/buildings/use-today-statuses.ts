/** Today's status of every household, from today's visits and fever reports only, as the worker's round computes it. */
import { useMemo } from 'react';
import { feverReportsOnDay, useRecords, visitsOnDay } from '../../data';
import { householdStatuses, isVoided, type RoomStatus } from '../../domain/round/day-status';
import { localDay } from '../../shared/local-date';

/** Status per household id (households not in it are not visited); undefined while loading. */
export function useTodayStatuses(today: string): Map<string, RoomStatus> | undefined {
  const day = useMemo(() => localDay(today), [today]);
  const visits = useRecords(visitsOnDay(day));
  const reports = useRecords(feverReportsOnDay(day));
  return useMemo(() => {
    if (visits === undefined || reports === undefined) return undefined;
    return householdStatuses(
      visits,
      reports.filter((report) => !isVoided(report)),
    );
  }, [visits, reports]);
}
