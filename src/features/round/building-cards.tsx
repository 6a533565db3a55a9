import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocalRecord } from '../../data';
import type { RoomStatus } from '../../domain/round/day-status';
import { tallyStatuses } from '../../domain/round/round-tally';
import { currentSeal, sealDay } from '../../domain/sealing/seal-days';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';

interface BuildingCardsProps {
  buildings: LocalRecord<'building'>[];
  households: LocalRecord<'household'>[];
  statuses: ReadonlyMap<string, RoomStatus>;
  /** The seal periods on the phone (a sealed building's day count starts at the one that holds). */
  sealPeriods?: readonly LocalRecord<'seal_period'>[];
  today: string;
  labelledBy: string;
}

/** Day <n> of a sealed building's seal (from the period that holds, else the building's sealedSince); 0 when unknown. */
function sealDayOf(building: LocalRecord<'building'>, periods: readonly LocalRecord<'seal_period'>[], today: string): number {
  const start = currentSeal(periods.filter((period) => period.buildingId === building.id), today)?.startDate ?? building.sealedSince;
  return start ? sealDay(start, today) : 0;
}

function SealedBadge({ day }: { day: number }) {
  const { t } = useTranslation('round');
  return <span className="gw-round-sealed"> {day > 0 ? t('round:sealDay', { n: day }) : t('round:sealed')}</span>;
}

/** One card per building of my grids: name, sealed, visited today out of all households, fevers today. */
export function BuildingCards({ buildings, households, statuses, sealPeriods = [], today, labelledBy }: BuildingCardsProps) {
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
                {building.sealed ? <SealedBadge day={sealDayOf(building, sealPeriods, today)} /> : null}
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
