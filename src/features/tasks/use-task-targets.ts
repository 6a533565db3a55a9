/**
 * What a task is about, in words and as a place to open: a grid's name (Home), a building's name
 * (its screen), "building unit-room" for a household (its screen), a resident's name (their
 * household). Reads only the records the tasks name, and the households and buildings above them.
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { recordsByIds, useRecords, type LocalRecord } from '../../data';
import type { TaskTarget } from '../../domain/entities/task';
import { byId } from '../../shared/by-id';

export interface TargetOf {
  targetType: TaskTarget;
  targetId: string;
}

export interface TargetView {
  label: string;
  /** Where the target opens; null while it is not on this phone. */
  path: string | null;
}

const idsOf = (targets: readonly TargetOf[], type: TaskTarget) => targets.filter((target) => target.targetType === type).map((target) => target.targetId);

/** A function giving each target's words and place, for the targets given (undefined while they load). */
export function useTaskTargets(targets: readonly TargetOf[] | undefined): ((target: TargetOf) => TargetView) | undefined {
  const { t } = useTranslation('tasks');
  const list = targets ?? [];
  const grids = useRecords(targets ? recordsByIds('grid', idsOf(list, 'grid')) : null);
  const residents = useRecords(targets ? recordsByIds('resident', idsOf(list, 'resident')) : null);
  const householdIds = [...idsOf(list, 'household'), ...(residents ?? []).map((resident) => resident.householdId)];
  const households = useRecords(residents ? recordsByIds('household', householdIds) : null);
  const buildingIds = [...idsOf(list, 'building'), ...(households ?? []).map((household) => household.buildingId)];
  const buildings = useRecords(households ? recordsByIds('building', buildingIds) : null);

  const maps = useMemo(
    () => ({ grids: byId(grids), residents: byId(residents), households: byId(households), buildings: byId(buildings) }),
    [grids, residents, households, buildings],
  );
  const place = useCallback(
    (household: LocalRecord<'household'>) =>
      t('tasks:target.household', { building: maps.buildings.get(household.buildingId)?.name ?? '', unit: household.unit, room: household.room }).trim(),
    [maps, t],
  );
  const view = useCallback(
    (target: TargetOf): TargetView => {
      const missing = { label: t('tasks:target.missing', { type: t(`tasks:targetType.${target.targetType}`) }), path: null };
      const id = encodeURIComponent(target.targetId);
      switch (target.targetType) {
        case 'grid': {
          const grid = maps.grids.get(target.targetId);
          return grid ? { label: grid.name, path: '/' } : missing;
        }
        case 'building': {
          const building = maps.buildings.get(target.targetId);
          return building ? { label: building.name, path: `/buildings/${id}` } : missing;
        }
        case 'household': {
          const household = maps.households.get(target.targetId);
          return household ? { label: place(household), path: `/households/${id}` } : missing;
        }
        case 'resident': {
          const resident = maps.residents.get(target.targetId);
          return resident ? { label: resident.name, path: `/households/${encodeURIComponent(resident.householdId)}` } : missing;
        }
      }
    },
    [maps, place, t],
  );
  return buildings === undefined || grids === undefined ? undefined : view;
}
