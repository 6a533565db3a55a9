/**
 * On a household's screen, for a secretary or an administrator: the conflicts not seen yet about the
 * household or any of its residents, with "Keep this value" and "Seen" (the cards of the Conflicts screen).
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useConflictActions, useConflictsAbout, useSession } from '../../data';
import { ConflictList } from '../../shared/ui/conflict-list';

function Conflicts({ recordIds }: { recordIds: readonly string[] }) {
  const { t } = useTranslation(['conflicts', 'attention']);
  const entries = useConflictsAbout(recordIds);
  const actions = useConflictActions();
  const titleId = useId();
  if (!entries || entries.length === 0) return null;
  return (
    <section className="gw-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('conflicts:title')}</h2>
      <ConflictList entries={entries} onKeep={actions.keep} onSeen={actions.markSeen} label={t('conflicts:title')} />
    </section>
  );
}

export function HouseholdConflicts({ householdId, residents }: { householdId: string; residents: readonly { id: string }[] | undefined }) {
  const { user } = useSession();
  const residentIds = (residents ?? []).map((resident) => resident.id).join(' ');
  const recordIds = useMemo(() => [householdId, ...residentIds.split(' ').filter(Boolean)], [householdId, residentIds]);
  if (user?.role !== 'secretary' && user?.role !== 'admin') return null;
  return <Conflicts recordIds={recordIds} />;
}
