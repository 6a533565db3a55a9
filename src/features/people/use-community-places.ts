/** The community's buildings and grids on this phone (a secretary's phone holds them all), by name. */
import { useMemo } from 'react';
import { everyRecord, useRecords, type LocalRecord } from '../../data';

export interface CommunityPlaces {
  buildings: readonly LocalRecord<'building'>[];
  grids: readonly LocalRecord<'grid'>[];
  buildingName: (id: string) => string;
  gridName: (id: string) => string;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true });

export function useCommunityPlaces(): CommunityPlaces | undefined {
  const buildings = useRecords(everyRecord('building'));
  const grids = useRecords(everyRecord('grid'));
  return useMemo(() => {
    if (!buildings || !grids) return undefined;
    const buildingNames = new Map(buildings.map((b) => [b.id, b.name]));
    const gridNames = new Map(grids.map((g) => [g.id, g.name]));
    return {
      buildings: [...buildings].sort(byName),
      grids: [...grids].sort(byName),
      buildingName: (id: string) => buildingNames.get(id) ?? '—',
      gridName: (id: string) => gridNames.get(id) ?? '—',
    };
  }, [buildings, grids]);
}
