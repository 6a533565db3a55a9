/** Records for the round screens' tests: buildings, households, visits and fever reports of "today". */
import type { LocalRecord } from '../../../../src/data/data-client';
import { demoUser } from '../../../fixtures/fake-data-client';

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

export function building(id: string, name: string, fields: Record<string, unknown> = {}): LocalRecord {
  return { id, version: 1, _sync: 'synced', gridId: MY_GRID, name, units: 2, floors: 6, sealed: false, ...fields };
}

export function household(id: string, buildingId: string, unit: string, room: string, fields: Partial<LocalRecord> = {}): LocalRecord {
  return { id, version: 1, _sync: 'synced', buildingId, unit, room, status: 'occupied', ...fields };
}

export function visit(householdId: string, visitedAt: string, fields: Record<string, unknown> = {}): LocalRecord {
  return {
    id: nextId(),
    version: 1,
    _sync: 'synced',
    householdId,
    visitedAt,
    outcome: 'visited',
    checks: [{ residentId: '0192f1b4-0000-7000-8000-0000000000e1', temperature: 36.6, symptoms: [] }],
    ...fields,
  };
}

export function feverReport(householdId: string | undefined, reportedAt: string, fields: Record<string, unknown> = {}): LocalRecord {
  return {
    id: nextId(),
    version: 1,
    _sync: 'synced',
    ...(householdId ? { householdId } : {}),
    name: '张三',
    temperature: 38.2,
    symptoms: ['fever'],
    onsetDate: '2026-11-25',
    action: 'fever_clinic',
    reportedAt,
    ...fields,
  };
}

export function resident(id: string, householdId: string, name: string, fields: Record<string, unknown> = {}): LocalRecord {
  return { id, version: 1, _sync: 'synced', householdId, name, tags: [], ...fields };
}
