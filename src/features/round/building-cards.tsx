import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocalRecord } from '../../data';
import type { RoomStatus } from '../../domain/round/day-status';
import { tallyStatuses } from '../../domain/round/round-tally';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';

interface BuildingCardsProps {
  buildings: LocalRecord<'building'>[];
  households: LocalRecord<'household'>[];
  statuses: ReadonlyMap<string, RoomStatus>;
  labelledBy: string;
}

/** One card per building of my grids: name, sealed, visited today out of all households, fevers today. */
export function BuildingCards({ buildings, households, statuses, labelledBy }: BuildingCardsProps) {
  const { t } = useTranslation('round');
  const idsByBuilding = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const household of households) {
      const list = map.get(household.buildingId) ?? [];
      list.push(household.id);
      map.set(household.buildingId, list);
    }
    return map;
  }, [households]);

  if (buildings.length === 0) return <p className="gw-empty">{t('round:home.noBuildings')}</p>;
  return (
    <ul className="gw-list" aria-labelledby={labelledBy}>
      {buildings.map((building) => {
        const tally = tallyStatuses(idsByBuilding.get(building.id) ?? [], statuses);
        return (
          <li key={building.id}>
            <Link className="gw-card gw-round-card" to={`/buildings/${encodeURIComponent(building.id)}`}>
              <span className="gw-lead">
                {building.name}
                {building.sealed ? <span className="gw-round-sealed"> {t('round:sealed')}</span> : null}
              </span>
              <span>{t('round:home.buildingVisited', { visited: tally.visited, total: tally.total })}</span>
              <span className={tally.fever > 0 ? 'gw-round-fever' : undefined}>{t('round:home.buildingFevers', { n: tally.fever })}</span>
              <RecordSyncBadge state={building._sync} />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
