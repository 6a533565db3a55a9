import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocalRecord } from '../../data/data-client';
import type { RoomStatus } from '../../domain/round/day-status';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { inWalkingOrder, nameOf, textOf } from './round-scope';

/** How many doors home lists; the rest is counted ("and 12 more"). */
export const NOT_VISITED_SHOWN = 20;

interface NotVisitedListProps {
  /** My buildings in the order home shows them. */
  buildings: LocalRecord[];
  households: LocalRecord[];
  statuses: ReadonlyMap<string, RoomStatus>;
  labelledBy: string;
}

/** The doors not knocked on today, building by building in walking order. */
export function NotVisitedList({ buildings, households, statuses, labelledBy }: NotVisitedListProps) {
  const { t } = useTranslation('round');
  const ordered = useMemo(() => {
    const position = new Map(buildings.map((b, index) => [b.id, index]));
    const notVisited = households.filter((h) => (statuses.get(h.id) ?? 'not_visited') === 'not_visited');
    return inWalkingOrder(notVisited, (h) => position.get(textOf(h.buildingId)) ?? Number.MAX_SAFE_INTEGER);
  }, [buildings, households, statuses]);
  const names = useMemo(() => new Map(buildings.map((b) => [b.id, nameOf(b)])), [buildings]);

  if (ordered.length === 0) return households.length > 0 ? <p className="gw-empty">{t('round:home.allVisited')}</p> : null;
  const shown = ordered.slice(0, NOT_VISITED_SHOWN);
  return (
    <>
      <ul className="gw-round-doors" aria-labelledby={labelledBy}>
        {shown.map((household) => (
          <li key={household.id}>
            <Link className="gw-round-door" to={`/households/${encodeURIComponent(household.id)}`}>
              {t('round:placeIn', { building: names.get(textOf(household.buildingId)) ?? '', unit: textOf(household.unit), room: textOf(household.room) })}
            </Link>
            <RecordSyncBadge state={household._sync} />
          </li>
        ))}
      </ul>
      {ordered.length > shown.length ? <p className="gw-hint">{t('round:home.more', { n: ordered.length - shown.length })}</p> : null}
    </>
  );
}
