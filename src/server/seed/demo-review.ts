/**
 * Review and tasks for the demo started by `npm start` (not for tests, which make their own): worker1
 * visited three households of their grid yesterday; secretary1 returned one of them (the temperature was
 * not taken) and gave worker1 two tasks: visit that household again (due yesterday evening: overdue) and
 * disinfect its building (due tomorrow). The other two visits wait in the secretary's Review queue.
 */
import type { Database } from '../db/database';
import { uuidv7 } from '../../shared/uuid-v7';
import { insertRecords, metaForAll, type NewRecord } from '../sync/record-store';

interface HouseholdRow {
  id: string;
  community_id: string;
  grid_id: string;
  building_id: string;
  resident_id: string;
}

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

async function person(db: Database, id: string): Promise<{ id: string; name: string }> {
  const { rows } = await db.query<{ display_name: string }>('SELECT display_name FROM users WHERE id = $1', [id]);
  return { id, name: rows[0]?.display_name ?? '' };
}

/** Adds the demo's visits, return and tasks (worker and secretary by user id); the number of records written. */
export async function seedDemoReview(db: Database, workerId: string, secretaryId: string, now: number = Date.now()): Promise<number> {
  const people = { worker: await person(db, workerId), secretary: await person(db, secretaryId) };
  const { rows } = await db.query<HouseholdRow>(
    `SELECT h.id, h.community_id, h.grid_id, h.building_id, min(r.id::text) AS resident_id
       FROM records h JOIN records r ON r.entity = 'resident' AND r.household_id = h.id
      WHERE h.entity = 'household' AND h.grid_id = ANY(
              SELECT jsonb_array_elements_text(grid_ids)::uuid FROM users WHERE id = $1)
        AND h.data->>'status' = 'occupied'
        AND h.building_id NOT IN (SELECT id FROM records WHERE entity = 'building' AND data->>'sealed' = 'true')
      GROUP BY h.id, h.community_id, h.grid_id, h.building_id
      ORDER BY h.building_id, h.id LIMIT 3`,
    [people.worker.id],
  );
  if (rows.length < 3) return 0;
  const records: NewRecord[] = [];
  /** A record placed at a household (householdId null: at its building, a building task). */
  const add = (entity: string, data: Record<string, unknown>, createdBy: string, at: HouseholdRow, householdId: string | null = at.id) => {
    const id = uuidv7();
    records.push({
      id,
      entity,
      data,
      fieldMeta: metaForAll(data, 1, createdBy),
      createdBy,
      community_id: at.community_id,
      grid_id: at.grid_id,
      building_id: at.building_id,
      household_id: householdId,
    });
    return id;
  };
  const yesterday = now - 24 * HOUR;
  const visitIds = rows.map((household, n) =>
    add(
      'visit',
      {
        householdId: household.id,
        visitedAt: iso(yesterday + n * 600_000),
        outcome: 'visited',
        // The third visit has no temperature: the secretary returns it.
        checks: [{ residentId: household.resident_id, ...(n < 2 ? { temperature: 36.4 + n / 10 } : {}), symptoms: [] }],
      },
      people.worker.id,
      household,
    ),
  );
  const returned = rows[2]!;
  add(
    'review',
    {
      recordEntity: 'visit',
      recordId: visitIds[2],
      recordBy: people.worker.id,
      decision: 'return',
      comment: '未测体温，请补测后重新提交',
      decidedAt: iso(yesterday + 6 * HOUR),
      deciderName: people.secretary.name,
    },
    people.secretary.id,
    returned,
  );
  const task = (kind: string, targetType: string, targetId: string, dueAt: number, note: string, householdId: string | null) =>
    add(
      'task',
      {
        kind,
        targetType,
        targetId,
        assigneeId: people.worker.id,
        assigneeName: people.worker.name,
        assignedAt: iso(yesterday + 6 * HOUR),
        dueAt: iso(dueAt),
        note,
        state: 'open',
      },
      people.secretary.id,
      returned,
      householdId,
    );
  task('visit_again', 'household', returned.id, yesterday + 8 * HOUR, '补测体温', returned.id);
  task('disinfection', 'building', returned.building_id, now + 24 * HOUR, '楼道、电梯消杀', null);
  await db.transaction((tx) => insertRecords(tx, records));
  return records.length;
}
