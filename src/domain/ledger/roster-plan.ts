/**
 * The writes an import makes, from the checked rows: households to create, residents to create,
 * resident and household patches, as the data client's create and patch take them. The data layer
 * makes the ids, so a resident of a household created by the same import names it by its local
 * key (building id + unit + room); the caller creates the households first and resolves the keys.
 */
import type { NewRecord, Patch } from '../entities/entity-record';
import { addressKey, type CheckedRosterRow, type RosterResident } from './roster-check';

export interface PlannedHousehold {
  /** The local key residents of this household refer to. */
  key: string;
  record: NewRecord<'household'>;
}

/** A resident's household: one in the register (its id), or one this import creates (its local key). */
export type HouseholdRef = { householdId: string } | { householdKey: string };

export interface PlannedResident {
  rowNumber: number;
  household: HouseholdRef;
  record: Omit<NewRecord<'resident'>, 'householdId'>;
}

export interface PlannedPatch<E extends 'resident' | 'household'> {
  id: string;
  patch: Patch<E>;
  /** The sheet rows this patch comes from. */
  rowNumbers: number[];
}

export interface RosterPlan {
  households: PlannedHousehold[];
  residents: PlannedResident[];
  residentPatches: PlannedPatch<'resident'>[];
  householdPatches: PlannedPatch<'household'>[];
}

function residentRecord(resident: RosterResident): Omit<NewRecord<'resident'>, 'householdId'> {
  return {
    name: resident.name,
    tags: resident.tags ?? [],
    ...(resident.idNumber !== undefined ? { idNumber: resident.idNumber } : {}),
    ...(resident.phone !== undefined ? { phone: resident.phone } : {}),
    ...(resident.sex !== undefined ? { sex: resident.sex } : {}),
    ...(resident.birthDate !== undefined ? { birthDate: resident.birthDate } : {}),
  };
}

function residentPatch(row: Extract<CheckedRosterRow, { status: 'updated' }>): Patch<'resident'> {
  const { resident, changes } = row;
  const patch: Patch<'resident'> = {};
  if (changes.includes('name')) patch.name = resident.name;
  if (changes.includes('idNumber') && resident.idNumber !== undefined) patch.idNumber = resident.idNumber;
  if (changes.includes('phone') && resident.phone !== undefined) patch.phone = resident.phone;
  if (changes.includes('sex') && resident.sex !== undefined) patch.sex = resident.sex;
  if (changes.includes('birthDate') && resident.birthDate !== undefined) patch.birthDate = resident.birthDate;
  if (changes.includes('tags') && resident.tags !== undefined) patch.tags = resident.tags;
  return patch;
}

/** The plan for the rows that are new or updated; wrong and unchanged rows write nothing. */
export function planRosterImport(rows: readonly CheckedRosterRow[]): RosterPlan {
  const households = new Map<string, PlannedHousehold>();
  const residents: PlannedResident[] = [];
  const residentPatches: PlannedPatch<'resident'>[] = [];
  const householdPatches = new Map<string, PlannedPatch<'household'>>();

  for (const checked of rows) {
    if (checked.status === 'wrong' || checked.status === 'unchanged') continue;
    if (checked.status === 'new') {
      const { place } = checked;
      let household: HouseholdRef;
      if (place.householdId !== undefined) {
        household = { householdId: place.householdId };
      } else {
        const key = addressKey(place.buildingId, place.unit, place.room);
        if (!households.has(key)) {
          households.set(key, {
            key,
            record: {
              buildingId: place.buildingId,
              unit: place.unit,
              room: place.room,
              status: 'occupied',
              ...(place.householdPhone !== undefined ? { phone: place.householdPhone } : {}),
            },
          });
        }
        household = { householdKey: key };
      }
      residents.push({ rowNumber: checked.row.rowNumber, household, record: residentRecord(checked.resident) });
    } else {
      const patch = residentPatch(checked);
      if (Object.keys(patch).length > 0) residentPatches.push({ id: checked.residentId, patch, rowNumbers: [checked.row.rowNumber] });
    }
    const { householdId, householdPhone } = checked.place;
    if (checked.changes.includes('householdPhone') && householdId !== undefined && householdPhone !== undefined) {
      const existing = householdPatches.get(householdId);
      if (existing) existing.rowNumbers.push(checked.row.rowNumber);
      else householdPatches.set(householdId, { id: householdId, patch: { phone: householdPhone }, rowNumbers: [checked.row.rowNumber] });
    }
  }
  return { households: [...households.values()], residents, residentPatches, householdPatches: [...householdPatches.values()] };
}

/**
 * A planned resident's create payload once its household exists: `createdIds` maps each planned
 * household's key to the id the data layer gave it. Throws when a key was not created.
 */
export function residentToCreate(planned: PlannedResident, createdIds: ReadonlyMap<string, string>): NewRecord<'resident'> {
  const householdId = 'householdId' in planned.household ? planned.household.householdId : createdIds.get(planned.household.householdKey);
  if (householdId === undefined) throw new Error(`household of row ${planned.rowNumber} was not created`);
  return { householdId, ...planned.record };
}

/** How many writes the plan makes (for a progress bar). */
export function planSize(plan: RosterPlan): number {
  return plan.households.length + plan.residents.length + plan.residentPatches.length + plan.householdPatches.length;
}
