/**
 * Home monitoring for the demo started by `npm start` (not for tests, which make their own): three
 * residents of worker1's grid, each checked morning (09:00) and afternoon (15:00) every day so far —
 * a returnee on day 6 whose check of the current slot waits (due now, or overdue once the morning has
 * passed), a close contact on day 14 (released after today's check), and one started this morning
 * (observation after a call) with no check yet. Days in the community's time zone (Asia/Shanghai).
 */
import type { Database } from '../db/database';
import { MONITORING_TIME_ZONE } from '../../domain/monitoring/monitoring-rules';
import { addDays, todayIn } from '../../shared/local-date';
import { uuidv7 } from '../../shared/uuid-v7';
import { insertRecords, metaForAll, type NewRecord } from '../sync/record-store';

interface ResidentRow {
  id: string;
  household_id: string;
  community_id: string;
  grid_id: string;
  building_id: string;
}

const at = (date: string, time: string) => `${date}T${time}:00+08:00`;

/** Adds the demo's monitorings and their checks (worker1 by user id); the number of records written. */
export async function seedDemoMonitoring(db: Database, workerId: string, now: number = Date.now()): Promise<number> {
  const { rows } = await db.query<ResidentRow>(
    `SELECT DISTINCT ON (r.household_id) r.id, r.household_id, r.community_id, r.grid_id, r.building_id
       FROM records r
      WHERE r.entity = 'resident' AND NOT (r.data ? 'movedOutOn')
        AND r.grid_id = ANY(SELECT jsonb_array_elements_text(grid_ids)::uuid FROM users WHERE id = $1)
        AND r.building_id NOT IN (SELECT id FROM records WHERE entity = 'building' AND data->>'sealed' = 'true')
      ORDER BY r.household_id DESC, r.id LIMIT 3`,
    [workerId],
  );
  if (rows.length < 3) return 0;
  const today = todayIn(MONITORING_TIME_ZONE, new Date(now));
  const records: NewRecord[] = [];
  const add = (entity: string, data: Record<string, unknown>, place: ResidentRow) => {
    const id = uuidv7();
    records.push({
      id,
      entity,
      data,
      fieldMeta: metaForAll(data, 1, workerId),
      createdBy: workerId,
      community_id: place.community_id,
      grid_id: place.grid_id,
      building_id: place.building_id,
      household_id: place.household_id,
    });
    return id;
  };
  const plans = [
    { reason: 'returnee', day: 6, reasonNote: '自外省中风险地区返回' },
    { reason: 'close_contact', day: 14 },
    { reason: 'other', day: 1, reasonNote: '电话告知发热后居家观察' },
  ] as const;
  plans.forEach((plan, index) => {
    const resident = rows[index]!;
    const startDate = addDays(today, 1 - plan.day);
    const startedAt = plan.day === 1 ? at(startDate, '08:30') : at(startDate, '10:00');
    const monitoringId = add(
      'home_monitoring',
      {
        residentId: resident.id,
        householdId: resident.household_id,
        reason: plan.reason,
        ...('reasonNote' in plan ? { reasonNote: plan.reasonNote } : {}),
        startDate,
        startedAt,
        days: 14,
        checksPerDay: 2,
      },
      resident,
    );
    // Every slot of the days before today: the first day's morning only when started before noon.
    for (let day = startDate; day < today; day = addDays(day, 1)) {
      for (const [time, temperature] of [['09:00', 36.5], ['15:00', 36.6]] as const) {
        if (day === startDate && at(day, time) < startedAt) continue;
        add('monitoring_check', { monitoringId, residentId: resident.id, householdId: resident.household_id, checkedAt: at(day, time), temperature, symptoms: [] }, resident);
      }
    }
  });
  await db.transaction((tx) => insertRecords(tx, records));
  return records.length;
}
