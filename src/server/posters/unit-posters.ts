/**
 * Unit poster codes (table unit_posters, migration 006): one current, unguessable token per building
 * and unit (32 random bytes, base64url); replacing one marks it replaced, and it stops working at once.
 */
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';
import { findRecords, type WritableRow } from '../sync/record-store';

/** 32 random bytes in base64url: 43 characters. */
export function newPosterToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A token as this server makes them; anything else is not looked up at all. */
export function isPosterTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43,128}$/.test(token);
}

/** The current tokens of a building's units "1" … units, made now for units that have none. */
export async function currentPosterTokens(db: Queryable, buildingId: string, units: number): Promise<Map<string, string>> {
  const wanted = Array.from({ length: units }, (_, i) => String(i + 1));
  const read = async () => {
    const { rows } = await db.query<{ unit: string; token: string }>(
      'SELECT unit, token FROM unit_posters WHERE building_id = $1 AND replaced_at IS NULL',
      [buildingId],
    );
    return new Map(rows.map((row) => [row.unit, row.token]));
  };
  const tokens = await read();
  const missing = wanted.filter((unit) => !tokens.has(unit));
  if (missing.length === 0) return tokens;
  // Two sheets opened at once: the unique index keeps one current code per unit; the other insert does nothing.
  for (const unit of missing) {
    await db.query(
      `INSERT INTO unit_posters (token, building_id, unit) VALUES ($1, $2, $3)
       ON CONFLICT (building_id, unit) WHERE replaced_at IS NULL DO NOTHING`,
      [newPosterToken(), buildingId, unit],
    );
  }
  return read();
}

/** Marks the unit's current code replaced and makes a new one (inside the caller's transaction). */
export async function replacePosterToken(tx: Queryable, buildingId: string, unit: string): Promise<string> {
  await tx.query('UPDATE unit_posters SET replaced_at = now() WHERE building_id = $1 AND unit = $2 AND replaced_at IS NULL', [
    buildingId,
    unit,
  ]);
  const token = newPosterToken();
  await tx.query('INSERT INTO unit_posters (token, building_id, unit) VALUES ($1, $2, $3)', [token, buildingId, unit]);
  return token;
}

/** The building and unit of a current (not replaced) token, or null: unknown and replaced answer alike. */
export async function findCurrentPoster(db: Queryable, token: string): Promise<{ buildingId: string; unit: string } | null> {
  if (!isPosterTokenShape(token)) return null;
  const { rows } = await db.query<{ building_id: string; unit: string }>(
    'SELECT building_id, unit FROM unit_posters WHERE token = $1 AND replaced_at IS NULL',
    [token],
  );
  const row = rows[0];
  return row ? { buildingId: row.building_id, unit: row.unit } : null;
}

/** A live (not voided) record of the entity by id, or null. */
export async function findLiveRecord(db: Queryable, entity: string, id: string): Promise<WritableRow | null> {
  const [row] = await findRecords(db, [id.toLowerCase()]);
  return row && row.entity === entity && row.voided_at === null ? row : null;
}

/** The community's name and hotline (from its community_settings record; null when none is set). */
export async function communityOf(db: Queryable, communityId: string | null): Promise<{ name: string; hotline: string | null }> {
  if (!communityId) return { name: '', hotline: null };
  const { rows } = await db.query<{ name: string | null; hotline: string | null }>(
    `SELECT (SELECT data->>'name' FROM records WHERE id = $1::uuid AND entity = 'community') AS name,
            (SELECT data->>'hotline' FROM records WHERE entity = 'community_settings' AND community_id = $1::uuid AND voided_at IS NULL
              ORDER BY updated_at DESC LIMIT 1) AS hotline`,
    [communityId],
  );
  return { name: rows[0]?.name ?? '', hotline: rows[0]?.hotline ?? null };
}
