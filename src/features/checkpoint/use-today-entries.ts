/** This checkpoint's entries today, latest first, read live on the [checkpointId+at] index. */
import { useMemo } from 'react';
import type { LocalRecord } from '../../data/data-client';
import { livesThere } from '../../domain/entities/resident';
import { useRecordsBetween } from '../../data/hooks/use-records';
import { localDateOf, localDay } from '../../shared/local-date';
import { textOf } from '../../shared/text-of';

function timeOf(record: LocalRecord): number {
  const at = Date.parse(textOf(record.at));
  return Number.isNaN(at) ? 0 : at;
}

/** undefined while loading. */
export function useTodayEntries(checkpointId: string): LocalRecord[] | undefined {
  const today = localDateOf();
  const day = useMemo(() => localDay(today), [today]);
  const chosen = checkpointId !== '';
  const rows = useRecordsBetween('checkpoint_entry', '[checkpointId+at]', chosen ? [checkpointId, day.lower] : null, chosen ? [checkpointId, day.upper] : null);
  return useMemo(() => rows?.filter((row) => day.includes(row.at)).sort((a, b) => timeOf(b) - timeOf(a)), [rows, day]);
}

/** Residents who passed today (entries not undone), latest first, each once, at most `limit`. */
export function recentResidents(entries: readonly LocalRecord[], residents: ReadonlyMap<string, LocalRecord>, limit: number): LocalRecord[] {
  const seen = new Set<string>();
  const recent: LocalRecord[] = [];
  for (const entry of entries) {
    const residentId = textOf(entry.residentId);
    if (!residentId || entry.voidedAt !== undefined || seen.has(residentId)) continue;
    seen.add(residentId);
    const resident = residents.get(residentId);
    if (resident && livesThere(resident)) recent.push(resident);
    if (recent.length >= limit) break;
  }
  return recent;
}
