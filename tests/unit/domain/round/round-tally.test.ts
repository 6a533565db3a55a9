import { describe, expect, it } from 'vitest';
import type { RoomStatus } from '../../../../src/domain/round/day-status';
import { tallyStatuses } from '../../../../src/domain/round/round-tally';

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
