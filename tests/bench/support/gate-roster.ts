/**
 * Who can come to the gate in the bench: the residents on the worker's phone (their grid, still living
 * there), each with the button label the gate shows ("name, 1栋 Unit 1 Room 101") and the queries that find
 * them in "Find resident": their room code (1-1-101), and their pinyin initials when the gate's own search
 * (the domain search core over the same residents and households, first 8 resident hits) lists them.
 */
import type { Database } from '../../../src/server/db/database';
import { loadNamePinyin } from '../../../src/domain/search/name-pinyin';
import { addressCode, buildSearchIndex, type SearchEntry } from '../../../src/domain/search/search-index';
import { search } from '../../../src/domain/search/search';

/** As the gate's person picker: 8 resident buttons out of the first 24 hits. */
const HIT_LIMIT = 8;

export interface GateResident {
  id: string;
  name: string;
  /** The accessible name of the resident's button at the gate. */
  label: string;
  /** Building-unit-room, e.g. 1-1-101: lists the household's residents. */
  roomCode: string;
  /** Pinyin initials (e.g. zs), when typing them lists this resident; else null. */
  initials: string | null;
}

interface ResidentRow {
  id: string;
  name: string;
  phone: string | null;
  household_id: string;
  unit: string;
  room: string;
  building: string;
}

interface HouseholdRow {
  id: string;
  unit: string;
  room: string;
  building: string;
}

async function gridRows(db: Database, gridId: string) {
  const residents = await db.query<ResidentRow>(
    `SELECT r.id, r.data->>'name' AS name, r.data->>'phone' AS phone, h.id AS household_id,
            h.data->>'unit' AS unit, h.data->>'room' AS room, b.data->>'name' AS building
       FROM records r
       JOIN records h ON h.id = r.household_id AND h.entity = 'household'
       JOIN records b ON b.id = h.building_id AND b.entity = 'building'
      WHERE r.entity = 'resident' AND r.grid_id = $1::uuid AND r.voided_at IS NULL
        AND coalesce(r.data->>'movedOutOn', '') = '' AND coalesce(r.data->>'name', '') <> ''
      ORDER BY r.seq`,
    [gridId],
  );
  const households = await db.query<HouseholdRow>(
    `SELECT h.id, h.data->>'unit' AS unit, h.data->>'room' AS room, b.data->>'name' AS building
       FROM records h JOIN records b ON b.id = h.building_id AND b.entity = 'building'
      WHERE h.entity = 'household' AND h.grid_id = $1::uuid AND h.voided_at IS NULL`,
    [gridId],
  );
  return { residents: residents.rows, households: households.rows };
}

/** The grid's residents in register order, each with the queries the gate finds them by. */
export async function gateRoster(db: Database, gridId: string): Promise<GateResident[]> {
  const { residents, households } = await gridRows(db, gridId);
  const namePinyin = await loadNamePinyin();
  const entries: SearchEntry[] = [
    ...households.map((h): SearchEntry => ({ kind: 'household', id: h.id, buildingName: h.building, unit: h.unit, room: h.room })),
    ...residents.map(
      (r): SearchEntry => ({
        kind: 'resident',
        id: r.id,
        name: r.name,
        phone: r.phone ?? undefined,
        householdId: r.household_id,
        buildingName: r.building,
        unit: r.unit,
        room: r.room,
      }),
    ),
  ];
  const index = buildSearchIndex(entries, namePinyin);
  const listed = (query: string, id: string) =>
    search(index, query, HIT_LIMIT * 3)
      .filter((hit) => hit.entry.kind === 'resident')
      .slice(0, HIT_LIMIT)
      .some((hit) => hit.entry.id === id);
  return residents.map((r) => {
    const initials = namePinyin(r.name)
      .map((syllable) => syllable[0])
      .join('');
    return {
      id: r.id,
      name: r.name,
      label: `${r.name}, ${r.building} Unit ${r.unit} Room ${r.room}`,
      roomCode: `${addressCode(r.building)}-${addressCode(r.unit)}-${addressCode(r.room)}`,
      initials: initials.length >= 2 && listed(initials, r.id) ? initials : null,
    };
  });
}
