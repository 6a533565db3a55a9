/**
 * Queries typed into the search box, built from the seeded data itself: for each of a few residents
 * (with a phone, in a demo building), their Chinese name, full pinyin ("zhangsan"), pinyin initials
 * ("zs"), 4 digits of their phone and their home's "3-2-501" code (building-unit-room).
 */
import type { Database } from '../../../src/server/db/database';
import { loadNamePinyin } from '../../../src/domain/search/name-pinyin';
import { addressCode } from '../../../src/domain/search/search-index';

export interface QuerySet {
  name: string;
  pinyin: string;
  initials: string;
  phoneDigits: string;
  roomCode: string;
}

interface Row {
  name: string;
  phone: string;
  unit: string;
  room: string;
  building: string;
}

/** `count` residents with a phone spread over the scope (every n-th in change-feed order), outside `skipBuildingId`. */
export async function searchQuerySets(db: Database, count: number, skipBuildingId: string): Promise<QuerySet[]> {
  const { rows } = await db.query<Row>(
    `WITH candidates AS (
       SELECT r.data->>'name' AS name, r.data->>'phone' AS phone, h.data->>'unit' AS unit, h.data->>'room' AS room,
              b.data->>'name' AS building, row_number() OVER (ORDER BY r.seq) AS n, count(*) OVER () AS total
         FROM records r
         JOIN records h ON h.id = r.household_id AND h.entity = 'household'
         JOIN records b ON b.id = h.building_id AND b.entity = 'building'
        WHERE r.entity = 'resident' AND r.data ? 'phone' AND char_length(r.data->>'name') >= 2 AND b.id <> $1::uuid)
     SELECT name, phone, unit, room, building FROM candidates
      WHERE n % greatest(1, total / ($2::int + 1)) = 0
      ORDER BY n
      LIMIT $2::int`,
    [skipBuildingId, count],
  );
  const namePinyin = await loadNamePinyin();
  return rows.map((row) => {
    const syllables = namePinyin(row.name);
    return {
      name: row.name,
      pinyin: syllables.join(''),
      initials: syllables.map((s) => s[0]).join(''),
      phoneDigits: row.phone.slice(-4),
      roomCode: `${addressCode(row.building)}-${addressCode(row.unit)}-${addressCode(row.room)}`,
    };
  });
}

/** The order each set is typed in. */
export function queriesOf(set: QuerySet): string[] {
  return [set.name, set.pinyin, set.initials, set.phoneDigits, set.roomCode];
}
