/** How the gate names a resident: "张三, 3号楼 Unit 2 Room 501". */
import type { TFunction } from 'i18next';
import type { LocalRecord, RegisterRecords } from '../../data';

export function householdAddress(t: TFunction, household: LocalRecord<'household'> | undefined, records: RegisterRecords): string {
  if (!household) return '';
  const values = { unit: household.unit, room: household.room };
  const building = records.buildings.get(household.buildingId)?.name;
  return building ? t('checkpoint:person.address', { ...values, building }) : t('checkpoint:person.addressNoBuilding', values);
}

export function residentLabel(t: TFunction, resident: LocalRecord<'resident'>, records: RegisterRecords): string {
  const address = householdAddress(t, records.households.get(resident.householdId), records);
  return address ? t('checkpoint:person.pickLabel', { name: resident.name, address }) : resident.name;
}
