/**
 * The follow-ups bench's monitorings, written on the server as the operator writes records
 * (createSystemRecord: each validated with its entity's schema, placed in the resident's grid):
 * `count` open home monitorings of residents of one grid worker's grid (one per household, none in a
 * sealed building), on days 2 to 14 of 14, two checks a day, every slot of the days before today
 * checked (09:00 and 15:00), except yesterday's afternoon for every fifth person. Instants follow the
 * real clock in the community's time zone (Asia/Shanghai); none is after now, no start date in the future.
 *
 * Today: before 12:00 every person's morning check is due now (no slot of today has ended yet, so none
 * can be Overdue); from 12:00 half of them (every second) have no morning check — "Overdue" — and the
 * other half were checked at 09:00, their afternoon check due now. Every one is on Home's list.
 */
import type { Database } from '../../../src/server/db/database';
import { createSystemRecord } from '../../../src/server/admin/system-records';
import { MONITORING_TIME_ZONE } from '../../../src/domain/monitoring/monitoring-rules';
import { addDays, todayIn } from '../../../src/shared/local-date';

export interface FollowUpsSeed {
  monitorings: number;
  checks: number;
  /** People whose current slot is due (no earlier slot of today missed). */
  due: number;
  /** People who missed an earlier slot of today. */
  overdue: number;
  /** Shanghai's time of day when seeded, "HH:MM". */
  localTime: string;
}

interface ResidentRow {
  id: string;
  household_id: string;
}

const at = (date: string, time: string) => `${date}T${time}:00+08:00`;

function localTimeOf(now: number): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: MONITORING_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(now));
}

/** Residents of the worker's grid, one per household, none in a sealed building or moved out. */
async function residentsOf(db: Database, workerId: string, count: number): Promise<ResidentRow[]> {
  const { rows } = await db.query<ResidentRow>(
    `SELECT DISTINCT ON (r.household_id) r.id, r.household_id
       FROM records r
      WHERE r.entity = 'resident' AND NOT (r.data ? 'movedOutOn')
        AND r.grid_id = ANY(SELECT jsonb_array_elements_text(grid_ids)::uuid FROM users WHERE id = $1)
        AND r.building_id NOT IN (SELECT id FROM records WHERE entity = 'building' AND data->>'sealed' = 'true')
      ORDER BY r.household_id, r.id LIMIT $2`,
    [workerId, count],
  );
  if (rows.length < count) throw new Error(`the worker's grid has ${rows.length} households with a resident, not ${count}`);
  return rows;
}

export async function seedFollowUps(db: Database, workerId: string, count = 50, now: number = Date.now()): Promise<FollowUpsSeed> {
  const today = todayIn(MONITORING_TIME_ZONE, new Date(now));
  const localTime = localTimeOf(now);
  const afternoon = localTime >= '12:00';
  const seed: FollowUpsSeed = { monitorings: 0, checks: 0, due: 0, overdue: 0, localTime };
  const residents = await residentsOf(db, workerId, count);
  for (const [index, resident] of residents.entries()) {
    const day = 2 + (index % 13);
    const startDate = addDays(today, 1 - day);
    const startedAt = at(startDate, '10:00');
    const monitoringId = await createSystemRecord(db, 'home_monitoring', {
      residentId: resident.id,
      householdId: resident.household_id,
      reason: (['returnee', 'close_contact', 'fever_report', 'other'] as const)[index % 4],
      startDate,
      startedAt,
      days: 14,
      checksPerDay: 2,
    });
    seed.monitorings += 1;
    const checkedAt: string[] = [];
    for (let date = startDate; date < today; date = addDays(date, 1)) {
      if (date !== startDate) checkedAt.push(at(date, '09:00'));
      if (!(date === addDays(today, -1) && index % 5 === 4)) checkedAt.push(at(date, '15:00'));
    }
    const overdue = afternoon && index % 2 === 1;
    if (afternoon && !overdue) checkedAt.push(at(today, '09:00'));
    for (const [n, time] of checkedAt.entries()) {
      await createSystemRecord(db, 'monitoring_check', {
        monitoringId,
        residentId: resident.id,
        householdId: resident.household_id,
        checkedAt: time,
        temperature: [36.4, 36.5, 36.6, 36.7][n % 4],
        symptoms: [],
      });
      seed.checks += 1;
    }
    if (overdue) seed.overdue += 1;
    else seed.due += 1;
  }
  return seed;
}
