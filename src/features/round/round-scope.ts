/**
 * Which buildings are "mine": those of the signed-in user's grids. A secretary (or anyone without
 * grids of their own) sees every building on the phone, i.e. the whole community in scope.
 */
import type { LocalRecord } from '../../data/data-client';
import { compareRoomPlaces, type RoomPlace } from '../../domain/round/room-order';
import type { SessionUser } from '../../domain/sync-protocol';
import { textOf } from '../../shared/text-of';

const collator = new Intl.Collator('zh-CN', { numeric: true });

function seesWholeCommunity(user: SessionUser | null): boolean {
  return !user || user.role === 'secretary' || user.role === 'admin' || user.gridIds.length === 0;
}

/** My buildings ordered by name the way numbers read (2号楼 before 10号楼). */
export function myBuildings(buildings: readonly LocalRecord[], user: SessionUser | null): LocalRecord[] {
  const all = seesWholeCommunity(user);
  const grids = new Set(user?.gridIds ?? []);
  return buildings
    .filter((building) => all || (typeof building.gridId === 'string' && grids.has(building.gridId)))
    .sort((a, b) => collator.compare(textOf(a.name), textOf(b.name)));
}

export function nameOf(record: LocalRecord | undefined): string {
  return textOf(record?.name);
}

/** A household record as a place in its building, for the walking order and the floor grid. */
export function roomPlaceOf(household: LocalRecord): RoomPlace {
  return { id: household.id, unit: household.unit, room: household.room };
}

/** One building's households in walking order (unit, floor, room). */
export function inWalkingOrder(households: readonly LocalRecord[]): LocalRecord[] {
  return households
    .map((household) => ({ household, place: roomPlaceOf(household) }))
    .sort((a, b) => compareRoomPlaces(a.place, b.place))
    .map(({ household }) => household);
}
