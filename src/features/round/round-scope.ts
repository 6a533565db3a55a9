/**
 * Which buildings are "mine": those of the signed-in user's grids. A secretary (or anyone without
 * grids of their own) sees every building on the phone, i.e. the whole community in scope.
 */
import type { LocalRecord } from '../../data';
import { compareRoomPlaces } from '../../domain/round/room-order';
import type { SessionUser } from '../../domain/sync-protocol';
import { isDeskRole } from '../../domain/sync-roles';

const collator = new Intl.Collator('zh-CN', { numeric: true });

function seesWholeCommunity(user: SessionUser | null): boolean {
  return !user || isDeskRole(user.role) || user.gridIds.length === 0;
}

/** My buildings ordered by name the way numbers read (2号楼 before 10号楼). */
export function myBuildings(buildings: readonly LocalRecord<'building'>[], user: SessionUser | null): LocalRecord<'building'>[] {
  const all = seesWholeCommunity(user);
  const grids = new Set(user?.gridIds ?? []);
  return buildings.filter((building) => all || grids.has(building.gridId)).sort((a, b) => collator.compare(a.name, b.name));
}

/** One building's households in walking order (unit, floor, room). */
export function inWalkingOrder(households: readonly LocalRecord<'household'>[]): LocalRecord<'household'>[] {
  return [...households].sort(compareRoomPlaces);
}
