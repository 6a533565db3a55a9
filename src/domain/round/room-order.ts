/**
 * Where a household sits in its building and the order a worker walks it: unit by unit, floor by
 * floor from the ground up, rooms in number order. Rooms are written the Chinese way: "501" is
 * room 01 on floor 5, "1203" room 03 on floor 12.
 */

/** A household as far as its place goes. */
export interface RoomPlace {
  id: string;
  unit: string;
  room: string;
}

/** The floor a room number is on: "501" → 5, "1203" → 12, "8" → 1; null when it has no number ("B1-3", "门面"). */
export function floorOfRoom(room: string): number | null {
  const trimmed = room.trim();
  if (!/^\d{1,5}$/.test(trimmed)) return null;
  const number = Number(trimmed);
  return number >= 100 ? Math.floor(number / 100) : 1;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Walking order: unit, then floor (rooms without a floor last), then room. */
export function compareRoomPlaces(a: RoomPlace, b: RoomPlace): number {
  const byUnit = collator.compare(a.unit.trim(), b.unit.trim());
  if (byUnit !== 0) return byUnit;
  const floorA = floorOfRoom(a.room) ?? Number.MAX_SAFE_INTEGER;
  const floorB = floorOfRoom(b.room) ?? Number.MAX_SAFE_INTEGER;
  if (floorA !== floorB) return floorA - floorB;
  return collator.compare(a.room.trim(), b.room.trim()) || a.id.localeCompare(b.id);
}

/** The household after `currentId` in a building's walk (its households already in walking order), or null at the end (or when unknown). */
export function roomAfter<T extends RoomPlace>(walk: readonly T[], currentId: string): T | null {
  const index = walk.findIndex((h) => h.id === currentId);
  return index >= 0 ? (walk[index + 1] ?? null) : null;
}
