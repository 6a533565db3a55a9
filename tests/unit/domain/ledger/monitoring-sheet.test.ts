import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../../../src/domain/entities/entity-record';
import { wallClockCell } from '../../../../src/domain/ledger/ledger-sheet';
import { monitoringSheet, type MonitoringOptions } from '../../../../src/domain/ledger/monitoring-sheet';
import { aBuilding, aHousehold, aResident, sampleIds } from '../../../fixtures/domain-records';
import { makeIdNumber } from '../../../fixtures/id-number-factory';

const building: EntityRecord<'building'> = { ...aBuilding({ name: '3号楼' }), id: sampleIds.building, version: 1 };
const household: EntityRecord<'household'> = { ...aHousehold(), id: sampleIds.household, version: 1 };
const idNumber = makeIdNumber({ region: '110102', birthDate: '1960-05-01', sex: 'female', sequence: 3 });
const resident: EntityRecord<'resident'> = { ...aResident({ name: '王芳', idNumber, phone: '13912345678' }), id: sampleIds.resident, version: 1 };

const monitoring = (id: string, startDate: string, extra: Partial<EntityRecord<'home_monitoring'>> = {}): EntityRecord<'home_monitoring'> => ({
  id,
  version: 1,
  residentId: resident.id,
  householdId: household.id,
  reason: 'close_contact',
  startDate,
  startedAt: `${startDate}T10:00:00+08:00`,
  days: 14,
  checksPerDay: 2,
  ...extra,
});
const check = (id: string, monitoringId: string, checkedAt: string, temperature: number, voided = false): EntityRecord<'monitoring_check'> => ({
  id,
  version: 1,
  monitoringId,
  residentId: resident.id,
  householdId: household.id,
  checkedAt,
  temperature,
  symptoms: [],
  ...(voided ? { voidedAt: '2026-11-21T01:00:00Z', voidReason: '录错' } : {}),
});

const OPEN = '0190a000-0000-7000-8000-0000000000f1';
const RELEASED = '0190a000-0000-7000-8000-0000000000f2';
const OLD = '0190a000-0000-7000-8000-0000000000f3';

function options(mask: boolean): MonitoringOptions {
  return {
    title: { community: '幸福社区', exportedAt: new Date('2026-11-25T02:00:00Z'), exportedBy: '王书记' },
    mask,
    label: (key) => `<${key}>`,
    range: { from: '2026-11-20', to: '2026-11-25' },
    now: Date.parse('2026-11-25T10:00:00+08:00'),
  };
}

const input = {
  monitorings: [
    monitoring(OPEN, '2026-11-20', { extensions: [{ days: 3, reason: '复查', at: '2026-11-22T02:00:00Z' }] }),
    monitoring(RELEASED, '2026-11-08', { endedOn: '2026-11-21', endKind: 'released' }),
    monitoring(OLD, '2026-10-01', { endedOn: '2026-10-14', endKind: 'released' }),
  ],
  checks: [
    check('0190a000-0000-7000-8000-0000000000a1', OPEN, '2026-11-24T15:00:00+08:00', 36.6),
    check('0190a000-0000-7000-8000-0000000000a2', OPEN, '2026-11-25T09:00:00+08:00', 36.9),
    check('0190a000-0000-7000-8000-0000000000a3', OPEN, '2026-11-25T09:30:00+08:00', 38.5, true),
  ],
  buildings: [building],
  households: [household],
  residents: [resident],
};

describe('the home monitoring register', () => {
  it('lists the monitorings overlapping the range, oldest start first, with day, state, checks and the last reading', () => {
    const sheet = monitoringSheet(input, options(false));
    expect(sheet.title.register).toBe('ledger:registers.monitoring');
    expect(sheet.rows).toHaveLength(2);
    const [released, open] = sheet.rows;
    expect(released?.[8]).toBe('<ledger:values.monitoringState.released>');
    expect(released?.[9]).toEqual(new Date(Date.UTC(2026, 10, 21)));
    // Open: 14 + 3 days, on day 6 at export; two live checks (the voided one left out), the last at 09:00, 36.9.
    expect(open?.slice(0, 5)).toEqual(['3号楼-2-501', '王芳', idNumber, '13912345678', '<ledger:values.monitoringReason.close_contact>']);
    expect(open?.slice(6, 9)).toEqual([17, 6, '<ledger:values.monitoringState.open>']);
    // The last check's time as the phone's wall clock shows it (as every ledger sheet writes times).
    expect(open?.slice(10, 13)).toEqual([2, wallClockCell('2026-11-25T09:00:00+08:00'), 36.9]);
  });

  it('masks ID numbers and phones when asked', () => {
    const open = monitoringSheet(input, options(true)).rows[1];
    expect(open?.[2]).toBe(`110102********${idNumber.slice(-4)}`);
    expect(open?.[3]).toBe('139****5678');
  });
});
