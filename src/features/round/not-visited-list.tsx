import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocalRecord } from '../../data';
import type { RoomStatus } from '../../domain/round/day-status';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { inWalkingOrder } from './round-scope';

/** How many doors home lists; the rest is counted ("and 12 more"). */
const NOT_VISITED_SHOWN = 20;

interface NotVisitedListProps {
  /** My buildings in the order home shows them. */
  buildings: LocalRecord<'building'>[];
  households: LocalRecord<'household'>[];
  statuses: ReadonlyMap<string, RoomStatus>;
  labelledBy: string;
}

/** The doors not knocked on today, building by building in walking order. */
export function NotVisitedList({ buildings, households, statuses, labelledBy }: NotVisitedListProps) {
  const { t } = useTranslation('round');
  // Only the buildings that fill the first doors are sorted; the rest are just counted.
  const { shown, more } = useMemo(() => {
    const byBuilding = new Map<string, LocalRecord<'household'>[]>();
    for (const h of households) {
      if ((statuses.get(h.id) ?? 'not_visited') !== 'not_visited') continue;
      const list = byBuilding.get(h.buildingId) ?? [];
      list.push(h);
      byBuilding.set(h.buildingId, list);
    }
    const first: LocalRecord<'household'>[] = [];
    let rest = 0;
    for (const b of buildings) {
      const doors = byBuilding.get(b.id) ?? [];
      if (first.length >= NOT_VISITED_SHOWN) rest += doors.length;
      else {
        const ordered = inWalkingOrder(doors);
        const room = NOT_VISITED_SHOWN - first.length;
        first.push(...ordered.slice(0, room));
        rest += Math.max(0, ordered.length - room);
      }
    }
    return { shown: first, more: rest };
  }, [buildings, households, statuses]);
  const names = useMemo(() => new Map(buildings.map((b) => [b.id, b.name])), [buildings]);

  if (shown.length === 0) return households.length > 0 ? <p className="gw-empty">{t('round:home.allVisited')}</p> : null;
  return (
    <>
      <ul className="gw-round-doors" aria-labelledby={labelledBy}>
        {shown.map((household) => (
          <li key={household.id}>
            <Link className="gw-round-door" to={`/households/${encodeURIComponent(household.id)}`}>
              {t('round:placeIn', { building: names.get(household.buildingId) ?? '', unit: household.unit, room: household.room })}
            </Link>
            <RecordSyncBadge state={household._sync} />
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="gw-hint">{t('round:home.more', { n: more })}</p> : null}
    </>
  );
}
