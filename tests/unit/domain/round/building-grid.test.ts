import { describe, expect, it } from 'vitest';
import { buildFloorGrid } from '../../../../src/domain/round/building-grid';
import type { RoomPlace } from '../../../../src/domain/round/room-order';

function place(id: string, unit: string, room: string): RoomPlace {
  return { id, unit, room };
}

describe('buildFloorGrid', () => {
  it('puts rooms in rows by floor (top floor first) and columns by unit, rooms without a floor last', () => {
    const grid = buildFloorGrid(
      [
        place('a', '1', '101'),
        place('b', '10', '1201'),
        place('c', '2', '502'),
        place('d', '2', '501'),
        place('e', '1', '门面'),
        place('f', '1', '1201'),
        place('g', '2', '101'),
      ],
    );
    expect(grid.units).toEqual(['1', '2', '10']);
    expect(grid.rows.map((row) => row.floor)).toEqual([12, 5, 1, null]);
    const ids = grid.rows.map((row) => row.cells.map((cell) => cell.map((p) => p.id)));
    expect(ids).toEqual([
      [['f'], [], ['b']],
      [[], ['d', 'c'], []],
      [['a'], ['g'], []],
      [['e'], [], []],
    ]);
    // Unit 2 needs room for two rooms on one floor; the others one.
    expect(grid.unitWidths).toEqual([1, 2, 1]);
  });

  it('leaves out floors nobody lives on and is empty for an empty building', () => {
    const grid = buildFloorGrid([place('a', '1', '301'), place('b', '1', '101')]);
    expect(grid.rows.map((row) => row.floor)).toEqual([3, 1]);
    expect(buildFloorGrid<RoomPlace>([])).toEqual({ units: [], rows: [], unitWidths: [] });
  });
});
