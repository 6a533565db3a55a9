/**
 * The demo's levels above the community (issue 19): 武昌区 › 东湖街道, with 幸福里社区 and two small
 * neighbours, 东湖社区 (one sealed building) and 水果湖社区 (no register), their secretaries secretary2
 * and secretary3, and the street officer street1. Each community's own reports of the 13 days before
 * yesterday are seeded so the street's 14-day reporting rate has a history: 幸福里 on time every day,
 * 东湖 late on three days, 水果湖 missing on four. Yesterday and today are left for people to report.
 */
import type { UserRole } from '../../domain/sync-protocol';
import type { DailyReportCounts } from '../../domain/entities/daily-report';
import { addDays, localDateOf, parseIsoDate } from '../../shared/local-date';
import { uuidv7 } from '../../shared/uuid-v7';
import type { NewRecord } from '../sync/record-store';
import type { Prng } from './prng';

type Add = (entity: string, id: string, data: Record<string, unknown>, columns: Partial<NewRecord>) => void;

export interface DemoAccount {
  username: string;
  displayName: string;
  role: UserRole;
  gridIds: string[];
  phone: string;
  communityId: string | null;
  streetId?: string;
}

export interface DemoStreet {
  districtId: string;
  streetId: string;
  /** 东湖社区 and 水果湖社区. */
  neighbourIds: [string, string];
  accounts: DemoAccount[];
}

export const DEMO_STREET_DEADLINE = '20:00';
const HISTORY_DAYS = 13;
const LATE_DAYS = new Set([3, 7, 11]);
const MISSING_DAYS = new Set([2, 5, 9, 12]);

/** A time of day on a local date, as an ISO timestamp (the server's time zone, as the phones'). */
function at(date: string, hours: number, minutes: number): string {
  const d = parseIsoDate(date)!;
  return new Date(d.year, d.month - 1, d.day, hours, minutes).toISOString();
}

function demoCounts(rng: Prng, households: number): DailyReportCounts {
  const notHome = rng.int(0, Math.max(1, Math.round(households / 10)));
  const refused = rng.int(0, 2);
  const visited = households - notHome - refused;
  const fevers = rng.int(0, 10) === 0 ? 1 : 0;
  return { doorsKnocked: households, visited, notHome, refused, residentsChecked: Math.round(visited * 2.4), feversFound: fevers, feversReported: fevers };
}

export function addDemoStreet(add: Add, rng: Prng, main: { communityId: string; gridIds: string[]; households: number }, now: Date): DemoStreet {
  const districtId = uuidv7();
  const streetId = uuidv7();
  add('district', districtId, { name: '武昌区' }, {});
  add('street', streetId, { districtId, name: '东湖街道', reportDeadline: DEMO_STREET_DEADLINE }, {});
  const communities = [{ id: main.communityId, gridIds: main.gridIds, households: main.households }];
  const neighbours = (['东湖社区', '水果湖社区'] as const).map((name, index) => {
    const communityId = uuidv7();
    add('community', communityId, { name, streetId, street: '东湖街道', district: '武昌区', city: '武汉市' }, { community_id: communityId });
    const gridIds = ['第一网格', '第二网格'].map((gridName) => {
      const id = uuidv7();
      add('grid', id, { communityId, name: gridName }, { community_id: communityId, grid_id: id });
      return id;
    });
    const buildingId = uuidv7();
    const sealed = index === 0;
    const sealedSince = addDays(localDateOf(now), -3);
    add('building', buildingId, { gridId: gridIds[0], name: '1栋', address: `${name}1栋`, units: 2, floors: 6, sealed, ...(sealed ? { sealedSince } : {}) }, {
      community_id: communityId,
      grid_id: gridIds[0],
      building_id: buildingId,
    });
    if (sealed) {
      add('seal_period', uuidv7(), { buildingId, startDate: sealedSince, reason: '密接人员居住，封控管理' }, { community_id: communityId, grid_id: gridIds[0], building_id: buildingId });
    }
    communities.push({ id: communityId, gridIds, households: 120 + index * 40 });
    return communityId;
  });
  const today = localDateOf(now);
  for (let ago = 2; ago < 2 + HISTORY_DAYS; ago++) {
    const date = addDays(today, -ago);
    communities.forEach((community, index) => {
      if (index === 2 && MISSING_DAYS.has(ago)) return;
      const late = index === 1 && LATE_DAYS.has(ago);
      const confirmedAt = late ? at(addDays(date, 1), 9, 15) : at(date, 18, 30 + index * 5);
      add(
        'community_report',
        uuidv7(),
        { communityId: community.id, date, counts: demoCounts(rng, community.households), gridsReported: community.gridIds, gridsMissing: [], confirmedAt },
        { community_id: community.id },
      );
    });
  }
  const [east, lake] = neighbours as [string, string];
  return {
    districtId,
    streetId,
    neighbourIds: [east, lake],
    accounts: [
      { username: 'street1', displayName: '街道干部 周红', role: 'street_officer', gridIds: [], phone: '13900000030', communityId: null, streetId },
      { username: 'secretary2', displayName: '社区书记 吴芳', role: 'secretary', gridIds: [], phone: '13900000011', communityId: east },
      { username: 'secretary3', displayName: '社区书记 孙强', role: 'secretary', gridIds: [], phone: '13900000012', communityId: lake },
    ],
  };
}
