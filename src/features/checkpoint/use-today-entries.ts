/** This checkpoint's entries today, latest first, read live. */
import { useMemo } from 'react';
import { checkpointEntriesOnDay, useRecords, type LocalRecord } from '../../data';
import { livesThere } from '../../domain/entities/resident';
import { localDateOf, localDay } from '../../shared/local-date';

/** undefined while loading; [] without a checkpoint. */
export function useTodayEntries(checkpointId: string): LocalRecord<'checkpoint_entry'>[] | undefined {
  const today = localDateOf();
  const day = useMemo(() => localDay(today), [today]);
  return useRecords(checkpointId !== '' ? checkpointEntriesOnDay(checkpointId, day) : null);
}

/** Residents who passed today (entries not undone), latest first, each once, at most `limit`. */
export function recentResidents(
  entries: readonly LocalRecord<'checkpoint_entry'>[],
  residents: ReadonlyMap<string, LocalRecord<'resident'>>,
  limit: number,
): LocalRecord<'resident'>[] {
  const seen = new Set<string>();
  const recent: LocalRecord<'resident'>[] = [];
  for (const entry of entries) {
    const { residentId } = entry;
    if (!residentId || entry.voidedAt !== undefined || seen.has(residentId)) continue;
    seen.add(residentId);
    const resident = residents.get(residentId);
    if (resident && livesThere(resident)) recent.push(resident);
    if (recent.length >= limit) break;
  }
  return recent;
}
