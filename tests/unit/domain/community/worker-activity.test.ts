import { describe, expect, it } from 'vitest';
import { workerActivity } from '../../../../src/domain/community/worker-activity';
import { localDay } from '../../../../src/shared/local-date';

const A = '0192f1b4-0000-7000-8000-000000000001';
const B = '0192f1b4-0000-7000-8000-000000000002';
const GRID = '0192f1b4-0000-7000-8000-0000000000a1';
const day = localDay('2026-11-30');
const at = (hour: number, minute = 0) => new Date(2026, 10, 30, hour, minute).toISOString();
const device = (userId: string, userName: string, lastPushAt?: string, lastPullAt?: string) => ({
  userId,
  userName,
  role: 'grid_worker' as const,
  gridIds: [GRID],
  lastPushAt,
  lastPullAt,
});
const visit = (id: string, createdBy: string, visitedAt: string, voidedAt?: string) => ({
  id,
  householdId: 'h',
  visitedAt,
  outcome: 'not_home' as const,
  checks: [],
  createdBy,
  voidedAt,
});

describe('worker activity', () => {
  it('counts each worker’s visits today (voided ones not), takes the latest sync of any of their phones', () => {
    const workers = workerActivity(
      [device(A, '王芳', at(9), at(9, 30)), device(A, '王芳', at(10)), device(B, '李强', undefined, at(7))],
      [visit('1', A, at(9)), visit('2', A, at(9, 10)), visit('3', A, at(9, 20), at(9, 30)), visit('4', B, at(8))],
      day,
      new Date(2026, 10, 30, 10, 30),
    );
    expect(workers.map((w) => [w.name, w.visitsToday, w.lastSyncAt, w.silent])).toEqual([
      ['李强', 1, at(7), true],
      ['王芳', 2, at(10), false],
    ]);
  });

  it('marks a silent phone only during the working day', () => {
    const devices = [device(A, '王芳', at(1))];
    expect(workerActivity(devices, [], day, new Date(2026, 10, 30, 6, 0))[0]!.silent).toBe(false);
    expect(workerActivity(devices, [], day, new Date(2026, 10, 30, 12, 0))[0]!.silent).toBe(true);
    expect(workerActivity(devices, [], day, new Date(2026, 10, 30, 22, 0))[0]!.silent).toBe(false);
  });
});
