import { describe, expect, it } from 'vitest';
import type { RoomStatus } from '../../../../src/domain/round/day-status';
import { tallyCounted, tallyStatuses } from '../../../../src/domain/round/round-tally';

describe('a tally from a household count', () => {
  it('equals the tally over every household when the others were not knocked on', () => {
    const statuses = new Map<string, RoomStatus>([
      ['h1', 'visited'],
      ['h2', 'fever'],
      ['h3', 'not_home'],
      ['h4', 'refused'],
    ]);
    const all = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7'];
    expect(tallyCounted(all.length, statuses.values())).toEqual(tallyStatuses(all, statuses));
    expect(tallyCounted(7, statuses.values())).toEqual({ total: 7, visited: 2, fever: 1, notHome: 1, refused: 1, notVisited: 3 });
  });

  it('never counts fewer than none not visited', () => {
    expect(tallyCounted(1, ['visited', 'refused'] satisfies RoomStatus[]).notVisited).toBe(0);
  });
});
