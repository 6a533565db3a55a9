/**
 * Home monitoring as the screens show it: each monitoring's schedule and status (one domain function,
 * src/domain/monitoring/monitoring-schedule.ts, on the phone's clock in the community's time zone),
 * with its person and place; Home's due follow-ups in walking order (building, unit, floor, room, as
 * the round walks), the overdue ones apart. Pure: hooks read, this computes.
 */
import type { LocalRecord } from '../../data';
import { MONITORING_TIME_ZONE, scheduleOf } from '../../domain/monitoring/monitoring-rules';
import { monitoringStatus, type MonitoringStatus } from '../../domain/monitoring/monitoring-schedule';
import { roomAddress } from '../../domain/round/room-address';
import { compareRoomPlaces } from '../../domain/round/room-order';

type Monitoring = LocalRecord<'home_monitoring'>;
type Check = LocalRecord<'monitoring_check'>;

/** The checks that count: of this monitoring, not voided. */
export function liveChecks(checks: readonly Check[], monitoringId: string): Check[] {
  return checks.filter((check) => check.monitoringId === monitoringId && check.voidedAt === undefined);
}

export function statusOf(monitoring: Monitoring, checks: readonly Check[], now: number): MonitoringStatus {
  return monitoringStatus(scheduleOf(monitoring), liveChecks(checks, monitoring.id), now, MONITORING_TIME_ZONE);
}

export interface FollowUp {
  monitoring: Monitoring;
  resident: LocalRecord<'resident'> | undefined;
  household: LocalRecord<'household'> | undefined;
  building: LocalRecord<'building'> | undefined;
  status: MonitoringStatus;
  /** The newest live check. */
  lastCheck: Check | undefined;
}

export interface Places {
  residents: ReadonlyMap<string, LocalRecord<'resident'>>;
  households: ReadonlyMap<string, LocalRecord<'household'>>;
  buildings: ReadonlyMap<string, LocalRecord<'building'>>;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Walking order: building name, then unit, floor and room as the round goes; unknown places last. */
export function compareWalking(a: FollowUp, b: FollowUp): number {
  const byBuilding = collator.compare(a.building?.name ?? '\uffff', b.building?.name ?? '\uffff');
  if (byBuilding !== 0) return byBuilding;
  if (a.household && b.household) {
    const byRoom = compareRoomPlaces(a.household, b.household);
    if (byRoom !== 0) return byRoom;
  }
  return collator.compare(a.resident?.name ?? '', b.resident?.name ?? '');
}

/** Every monitoring with its place and status, in walking order. */
export function followUpsOf(monitorings: readonly Monitoring[], checks: readonly Check[], places: Places, now: number): FollowUp[] {
  const checksBy = new Map<string, Check[]>();
  for (const check of checks) {
    if (check.voidedAt !== undefined) continue;
    const list = checksBy.get(check.monitoringId);
    if (list) list.push(check);
    else checksBy.set(check.monitoringId, [check]);
  }
  return monitorings
    .map((monitoring): FollowUp => {
      const own = checksBy.get(monitoring.id) ?? [];
      const household = places.households.get(monitoring.householdId);
      const lastCheck = own.reduce<Check | undefined>((latest, check) => (!latest || Date.parse(check.checkedAt) > Date.parse(latest.checkedAt) ? check : latest), undefined);
      return {
        monitoring,
        resident: places.residents.get(monitoring.residentId),
        household,
        building: household ? places.buildings.get(household.buildingId) : undefined,
        status: monitoringStatus(scheduleOf(monitoring), own, now, MONITORING_TIME_ZONE),
        lastCheck,
      };
    })
    .sort(compareWalking);
}

/** Home's lists: the checks due now, and today's missed ones ("Overdue"), each in walking order. */
export function homeFollowUps(followUps: readonly FollowUp[]): { due: FollowUp[]; overdue: FollowUp[] } {
  return {
    overdue: followUps.filter((f) => f.status.overdue.length > 0),
    due: followUps.filter((f) => f.status.due && f.status.overdue.length === 0),
  };
}

/** "3号楼 2-501" */
export function placeLabel(followUp: Pick<FollowUp, 'building' | 'household'>): string {
  const { building, household } = followUp;
  if (!household) return '';
  return roomAddress(building?.name, household.unit, household.room);
}
