/**
 * The same-field conflicts the server recorded, each with the record it is about as this phone holds
 * it now (and, for the record's name and screen, the household and building it belongs to), which
 * side of the clash the record holds, and the two actions: "Keep this value" and "Seen". The joining
 * code (repositories/conflict-entries.ts) loads with the first screen that shows conflicts.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ConflictSide } from '../../domain/entities/conflict';
import { loadConflictEntries } from '../lazy-modules';
import { conflictsAbout } from '../queries/desk-queries';
import type { RecordQuery } from '../queries/record-query';
import type { ConflictEntry } from '../repositories/conflict-entries';
import type { KeepConflictValueResult } from '../repositories/conflict-resolution';
import { useDataClient } from './data-client-context';
import { useLiveRead } from './use-live-read';

export type { ConflictEntry } from '../repositories/conflict-entries';

type ConflictEntriesModule = Awaited<ReturnType<typeof loadConflictEntries>>;

/** The conflicts a named query selects (everyConflict(), conflictsAbout(ids)) with their records; undefined while loading. */
export function useConflicts(query: RecordQuery<'conflict'> | null): ConflictEntry[] | undefined {
  const client = useDataClient();
  const [entries, setEntries] = useState<ConflictEntriesModule | null>(null);
  useEffect(() => {
    let live = true;
    void loadConflictEntries().then((module) => {
      if (live) setEntries(module);
    });
    return () => {
      live = false;
    };
  }, []);
  const read = useLiveRead(entries ? `conflictEntries:${query?.key ?? ''}` : '', async () =>
    entries && query ? entries.readEntries(client, query) : entries ? [] : null,
  );
  return read ?? undefined;
}

/** The conflicts not seen yet about any of these records (a record's screen), newest first. */
export function useConflictsAbout(recordIds: readonly string[]): ConflictEntry[] | undefined {
  const entries = useConflicts(recordIds.length > 0 ? conflictsAbout(recordIds) : null);
  return useMemo(() => entries?.filter((entry) => entry.conflict.seenAt === undefined), [entries]);
}

export interface ConflictActions {
  /** "Keep this value": the record patched when it holds another value, the conflict marked kept and seen. */
  keep(conflictId: string, side: ConflictSide): Promise<KeepConflictValueResult>;
  /** "Seen": the conflict dismissed, the record left as it is. */
  markSeen(conflictId: string): Promise<void>;
}

export function useConflictActions(): ConflictActions {
  const client = useDataClient();
  return useMemo(
    () => ({
      keep: (conflictId, side) => client.keepConflictValue({ conflictId, side }),
      markSeen: (conflictId) => client.patch('conflict', conflictId, { seenAt: new Date().toISOString() }),
    }),
    [client],
  );
}
