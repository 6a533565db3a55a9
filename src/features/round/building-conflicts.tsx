/**
 * On a building's screen, for a secretary or an administrator: the conflicts not seen yet about the
 * building, with "Keep this value" and "Seen" (the cards of the Conflicts screen).
 */
import { useMemo } from 'react';
import { useConflictActions, useConflictsAbout, useSession } from '../../data';
import { isDeskRole } from '../../domain/sync-roles';
import { ConflictSection } from '../../shared/ui/conflict-list';

function Conflicts({ buildingId }: { buildingId: string }) {
  const recordIds = useMemo(() => [buildingId], [buildingId]);
  const entries = useConflictsAbout(recordIds);
  const actions = useConflictActions();
  return entries ? <ConflictSection entries={entries} onKeep={actions.keep} onSeen={actions.markSeen} /> : null;
}

export function BuildingConflicts({ buildingId }: { buildingId: string }) {
  const { user } = useSession();
  if (!isDeskRole(user?.role)) return null;
  return <Conflicts buildingId={buildingId} />;
}
