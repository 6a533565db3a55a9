/**
 * A building as the worker sees it from the street: one row per floor (top floor first), one
 * column per unit, each cell holding that floor's rooms of that unit in number order. Rooms
 * without a floor number ("B1-3", "门面") go to a last row of their own.
 */
import { compareRoomPlaces, floorOfRoom, type RoomPlace } from './room-order';

export interface FloorRow<T> {
  /** The floor number, or null for the row of rooms without one. */
  floor: number | null;
  /** One list of rooms per unit, in the order of `units`. */
  cells: T[][];
}

export interface BuildingGrid<T> {
  /** Unit labels in number order ("2" before "10"). */
  units: string[];
  rows: FloorRow<T>[];
  /** The most rooms any one floor of each unit has: the width each unit column needs. */
  unitWidths: number[];
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Lays out households (anything with an id, unit and room) by floor and unit. Floors with no rooms at all are left out. */
export function buildFloorGrid<T extends RoomPlace>(households: readonly T[]): BuildingGrid<T> {
  // Grouping first and sorting only within a cell keeps this cheap for a 2,000-household building.
  const units = [...new Set(households.map((household) => household.unit.trim()))].sort(collator.compare);
  const unitIndex = new Map(units.map((unit, index) => [unit, index]));
  const byFloor = new Map<number | null, T[][]>();
  for (const household of households) {
    const floor = floorOfRoom(household.room);
    let cells = byFloor.get(floor);
    if (!cells) {
      cells = units.map(() => []);
      byFloor.set(floor, cells);
    }
    cells[unitIndex.get(household.unit.trim()) ?? 0]?.push(household);
  }
  const floors = [...byFloor.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : b - a));
  const rows = floors.map((floor) => ({ floor, cells: (byFloor.get(floor) ?? []).map((cell) => cell.sort(compareRoomPlaces)) }));
  const unitWidths = units.map((_, index) => Math.max(1, ...rows.map((row) => row.cells[index]?.length ?? 0)));
  return { units, rows, unitWidths };
}
