import { describe, expect, it } from 'vitest';
import {
  householdEntry,
  isHouseholdEntry,
  isResidentEntry,
  residentEntry,
  type SearchBuilding,
  type SearchHousehold,
  type SearchResident,
} from '../../../../src/domain/search/search-entries';

const building: SearchBuilding = { id: 'b1', name: '3号楼' };
const household: SearchHousehold = { id: 'h1', buildingId: 'b1', unit: '2', room: '501', phone: '02788886666' };
const resident: SearchResident = { id: 'r1', householdId: 'h1', name: '张三', phone: '13800138000', idNumber: '110101199001011234' };
const records = { households: new Map([[household.id, household]]), buildings: new Map([[building.id, building]]) };

describe('an entry still standing for its record', () => {
  it('holds while nothing the entry carries changed', () => {
    expect(isResidentEntry(residentEntry(resident, records), { ...resident }, records)).toBe(true);
    expect(isHouseholdEntry(householdEntry(household, records.buildings), { ...household }, records.buildings)).toBe(true);
    const orphan = { ...resident, householdId: 'gone' };
    expect(isResidentEntry(residentEntry(orphan, records), orphan, records)).toBe(true);
  });

  it.each(['id', 'name', 'phone', 'idNumber', 'householdId'] as const)('fails when the resident’s %s changed', (field) => {
    expect(isResidentEntry(residentEntry(resident, records), { ...resident, [field]: 'other' }, records)).toBe(false);
  });

  it.each(['buildingId', 'unit', 'room'] as const)('fails for its residents when the household’s %s changed', (field) => {
    const entry = residentEntry(resident, records);
    const moved = { ...household, [field]: 'other' };
    expect(isResidentEntry(entry, resident, { ...records, households: new Map([[household.id, moved]]) })).toBe(false);
    expect(isHouseholdEntry(householdEntry(household, records.buildings), moved, records.buildings)).toBe(false);
  });

  it('fails when the household is gone or its building renamed or its phone changed', () => {
    const entry = residentEntry(resident, records);
    expect(isResidentEntry(entry, resident, { ...records, households: new Map() })).toBe(false);
    const renamed = new Map([[building.id, { ...building, name: '9号楼' }]]);
    expect(isResidentEntry(entry, resident, { ...records, buildings: renamed })).toBe(false);
    expect(isHouseholdEntry(householdEntry(household, records.buildings), household, renamed)).toBe(false);
    expect(isHouseholdEntry(householdEntry(household, records.buildings), { ...household, phone: undefined }, records.buildings)).toBe(false);
  });

  it('fails across kinds', () => {
    expect(isHouseholdEntry(residentEntry(resident, records), household, records.buildings)).toBe(false);
    expect(isResidentEntry(householdEntry(household, records.buildings), resident, records)).toBe(false);
  });
});
