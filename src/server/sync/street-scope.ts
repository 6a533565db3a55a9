/**
 * What a street officer (街道) reads: of its street's communities, their grids and the grids' daily reports, the
 * communities' own reports, fever reports (without the person: projection.ts) and sealed buildings (the
 * buildings and their seal periods), with the communities themselves, its street and its district.
 * Never the register (households, residents, visits), never an ID number. It writes nothing.
 */
import type { Queryable } from '../db/database';
import type { EntityName } from '../../domain/entities/registry';
import { entityInList } from './entity-list-sql';

/** A street officer's place: the street, its district and its communities (sorted). */
export interface StreetPlace {
  streetId: string;
  districtId: string | null;
  communityIds: string[];
}

export const STREET_READS: readonly EntityName[] = ['community', 'grid', 'daily_report', 'community_report', 'fever_report', 'seal_period', 'building'];

/** STREET_READS as literal SQL: the partial index records_street_feed (migration 010) is chosen only when the query names the same list. */
export const STREET_READS_SQL = entityInList(STREET_READS);

export async function loadStreetPlace(db: Queryable, streetId: string | null): Promise<StreetPlace | null> {
  if (streetId === null) return null;
  const street = await db.query<{ district_id: string | null }>(`SELECT data->>'districtId' AS district_id FROM records WHERE entity = 'street' AND id = $1`, [streetId]);
  if (street.rows.length === 0) return null;
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM records WHERE entity = 'community' AND data->>'streetId' = $1::text ORDER BY id`,
    [streetId],
  );
  return { streetId, districtId: street.rows[0]!.district_id, communityIds: rows.map((row) => row.id) };
}

/** The street officer's rows above its communities: its street and its district (`p(0)`, `p(1)`). */
export function streetAbove(place: StreetPlace, p: (offset: number) => string): { sql: string; params: unknown[] } {
  return { sql: `(entity = 'street' AND id = ${p(0)}::uuid) OR (entity = 'district' AND id = ${p(1)}::uuid)`, params: [place.streetId, place.districtId] };
}

/** The SQL condition for readFilter; `p(k)` numbers the k-th parameter. */
export function streetReadFilter(place: StreetPlace | null | undefined, p: (offset: number) => string): { sql: string; params: unknown[] } {
  if (!place) return { sql: 'FALSE', params: [] };
  const above = streetAbove(place, (offset) => p(offset + 1));
  return { sql: `((community_id = ANY(${p(0)}::uuid[]) AND ${STREET_READS_SQL}) OR ${above.sql})`, params: [place.communityIds, ...above.params] };
}

/** The same rule for one record in memory. */
export function streetCanRead(place: StreetPlace | null | undefined, record: { id?: string; entity: string; community_id: string | null }): boolean {
  if (!place) return false;
  if (record.entity === 'street') return record.id === place.streetId;
  if (record.entity === 'district') return record.id !== undefined && record.id === place.districtId;
  return record.community_id !== null && place.communityIds.includes(record.community_id) && (STREET_READS as readonly string[]).includes(record.entity);
}
