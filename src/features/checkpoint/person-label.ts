/** How the gate names a resident: "张三, 3号楼 Unit 2 Room 501". */
import type { TFunction } from 'i18next';
import type { LocalRecord } from '../../data/data-client';
import { textOf } from '../../shared/text-of';
import type { GateRecords } from './use-gate-search';

export function householdAddress(t: TFunction, household: LocalRecord | undefined, records: GateRecords): string {
  if (!household) return '';
  const values = { unit: textOf(household.unit), room: textOf(household.room) };
  const building = textOf(records.buildings.get(textOf(household.buildingId))?.name);
  return building ? t('checkpoint:person.address', { ...values, building }) : t('checkpoint:person.addressNoBuilding', values);
}

export function residentLabel(t: TFunction, resident: LocalRecord, records: GateRecords): string {
  const address = householdAddress(t, records.households.get(textOf(resident.householdId)), records);
  const name = textOf(resident.name);
  return address ? t('checkpoint:person.pickLabel', { name, address }) : name;
}
