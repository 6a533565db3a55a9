/**
 * Where reviewed records are: each one's household and building (hence its grid), its checkpoint, and
 * the names of grids and workers, read once for a whole list.
 */
import { deviceSyncs, everyRecord, recordsByIds, useRecords, type LocalRecord } from '../../data';
import { subjectHousehold, type ReviewSubject } from './review-subject';
import { byId } from '../../shared/by-id';

export interface Places {
  households: ReadonlyMap<string, LocalRecord<'household'>>;
  buildings: ReadonlyMap<string, LocalRecord<'building'>>;
  checkpoints: ReadonlyMap<string, LocalRecord<'checkpoint'>>;
  grids: ReadonlyMap<string, LocalRecord<'grid'>>;
  /** Worker names by user id (the phones' last syncs the server sends the secretary). */
  people: ReadonlyMap<string, string>;
}


/** The places of these records (live). */
export function usePlaces(subjects: readonly ReviewSubject[]): Places {
  const householdIds = [...new Set(subjects.map(subjectHousehold).filter((id): id is string => id !== undefined))];
  const households = useRecords(householdIds.length > 0 ? recordsByIds('household', householdIds) : null);
  const buildings = useRecords(everyRecord('building'));
  const checkpoints = useRecords(everyRecord('checkpoint'));
  const grids = useRecords(everyRecord('grid'));
  const devices = useRecords(deviceSyncs());
  return {
    households: byId(households),
    buildings: byId(buildings),
    checkpoints: byId(checkpoints),
    grids: byId(grids),
    people: new Map((devices ?? []).map((device) => [device.userId, device.userName])),
  };
}

/** The record's grid, through its household's building (none for a visitor's gate entry). */
export function gridOf(subject: ReviewSubject, places: Places): string | null {
  const householdId = subjectHousehold(subject);
  const household = householdId ? places.households.get(householdId) : undefined;
  const building = household ? places.buildings.get(household.buildingId) : undefined;
  return building?.gridId ?? null;
}
