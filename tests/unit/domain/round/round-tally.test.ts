import { describe, expect, it } from 'vitest';
import type { RoomStatus } from '../../../../src/domain/round/day-status';
import { recordsOfDay, tallyStatuses } from '../../../../src/domain/round/round-tally';

describe('tallyStatuses', () => {
  it('counts each household once by its status; a fever counts as visited too', () => {
    const statuses = new Map<string, RoomStatus>([
      ['a', 'visited'],
      ['b', 'fever'],
      ['c', 'not_home'],
      ['d', 'refused'],
      ['x', 'visited'], // another building's household: not among the ids
    ]);
    expect(tallyStatuses(['a', 'b', 'c', 'd', 'e', 'f'], statuses)).toEqual({
      total: 6,
      visited: 2,
      fever: 1,
      notHome: 1,
      refused: 1,
      notVisited: 2,
    });
  });
});

describe('recordsOfDay', () => {
  it('keeps the records of that day and drops voided ones', () => {
    const onDay = (timestamp: unknown) => typeof timestamp === 'string' && timestamp.startsWith('2026-11-25');
    const records = [
      { id: '1', at: '2026-11-25T09:00' },
      { id: '2', at: '2026-11-24T09:00' },
      { id: '3', at: '2026-11-25T10:00', voidedAt: '2026-11-25T10:05' },
      { id: '4' },
    ];
    expect(recordsOfDay(records, 'at', onDay).map((r) => r.id)).toEqual(['1']);
    expect(recordsOfDay(undefined, 'at', onDay)).toEqual([]);
  });
});
