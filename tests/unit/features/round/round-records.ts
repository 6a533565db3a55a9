/** Records for the round screens' tests: buildings, households, visits and fever reports of "today". */
import type { LocalRecord } from '../../../../src/data';
import type { EntityData } from '../../../../src/domain/entities/entity-record';
import { demoUser, localRecord } from '../../../fixtures/fake-data-client';

export const MY_GRID = demoUser.gridIds[0] ?? '';
export const OTHER_GRID = '0192f1b4-0000-7000-8000-0000000000a2';

/** Today is 25 Nov 2026 on the test phone (local time); tests fake Date to 10:00 that day. */
export const NOW = new Date(2026, 10, 25, 10, 0);

/** An ISO timestamp (UTC) for a local time on 25 Nov 2026, or another day with `day`. */
export function at(hour: number, minute = 0, day = 25): string {
  return new Date(2026, 10, day, hour, minute).toISOString();
}

let counter = 0;
function nextId(): string {
  counter += 1;
  return `0192f1b4-7777-7000-8000-${String(counter).padStart(12, '0')}`;
}

/** A record's own fields to override, and its sync state. */
type Fields<E extends 'building' | 'household' | 'visit' | 'fever_report' | 'resident'> = Partial<EntityData<E>> & Partial<Pick<LocalRecord, '_sync' | 'voidedAt' | 'voidReason' | 'createdBy'>>;

export function building(id: string, name: string, { _sync, ...fields }: Fields<'building'> = {}): LocalRecord<'building'> {
  return localRecord('building', id, { gridId: MY_GRID, name, units: 2, floors: 6, sealed: false, ...fields }, _sync);
}

export function household(id: string, buildingId: string, unit: string, room: string, { _sync, ...fields }: Fields<'household'> = {}): LocalRecord<'household'> {
  return localRecord('household', id, { buildingId, unit, room, status: 'occupied', ...fields }, _sync);
}

export function visit(householdId: string, visitedAt: string, { _sync, ...fields }: Fields<'visit'> = {}): LocalRecord<'visit'> {
  return localRecord(
    'visit',
    nextId(),
    {
      householdId,
      visitedAt,
      outcome: 'visited',
      checks: [{ residentId: '0192f1b4-0000-7000-8000-0000000000e1', temperature: 36.6, symptoms: [] }],
      ...fields,
    },
    _sync,
  );
}

export function feverReport(householdId: string | undefined, reportedAt: string, { _sync, ...fields }: Fields<'fever_report'> = {}): LocalRecord<'fever_report'> {
  return localRecord(
    'fever_report',
    nextId(),
    { householdId, name: '张三', temperature: 38.2, symptoms: ['fever'], onsetDate: '2026-11-25', action: 'fever_clinic', reportedAt, ...fields },
    _sync,
  );
}

export function resident(id: string, householdId: string, name: string, { _sync, ...fields }: Fields<'resident'> = {}): LocalRecord<'resident'> {
  return localRecord('resident', id, { householdId, name, tags: [], ...fields }, _sync);
}
