/**
 * On a household's screen, for a secretary or an administrator: the conflicts not seen yet about the
 * household or any of its residents, with "Keep this value" and "Seen" (the cards of the Conflicts screen).
 */
import { useMemo } from 'react';
import { useConflictActions, useConflictsAbout, useSession } from '../../data';
import { isDeskRole } from '../../domain/sync-roles';
import { ConflictSection } from '../../shared/ui/conflict-list';

function Conflicts({ recordIds }: { recordIds: readonly string[] }) {
  const entries = useConflictsAbout(recordIds);
  const actions = useConflictActions();
  return entries ? <ConflictSection entries={entries} onKeep={actions.keep} onSeen={actions.markSeen} /> : null;
}

export function HouseholdConflicts({ householdId, residents }: { householdId: string; residents: readonly { id: string }[] | undefined }) {
  const { user } = useSession();
  const recordIds = useMemo(() => [householdId, ...(residents ?? []).map((resident) => resident.id)], [householdId, residents]);
  if (!isDeskRole(user?.role)) return null;
  return <Conflicts recordIds={recordIds} />;
}
