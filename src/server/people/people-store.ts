/**
 * The community's accounts as the secretary sees and changes them (issue 13): the list with role,
 * assignment, end, last sync and whether a sign-in code waits; adding a person (username = phone,
 * an unusable password until their code is redeemed), changing a volunteer's buildings, a grid
 * worker's grids or the end, and ending an account at once (its sessions revoked).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database';
import type { Person, PersonRole } from '../../domain/api/people';
import { hashPassword } from '../auth/password';
import { revokeUserSessions } from '../auth/sessions';
import { isActiveAccount, userColumnsOf, type UserRow } from '../auth/users';

interface PersonRow extends UserRow {
  last_sync_at: string | null;
  code_pending: boolean;
}


/**
 * lastSyncAt: the latest push or pull of any of the person's phones, as the server's device_sync
 * records keep it (written after every push and pull, at most every 5 minutes per phone). Not the
 * session's last use: that also moves on requests that are not a sync.
 * codePending: an unused, unexpired code exists and the person has never signed in (and the account has not ended).
 */
const PERSON_SELECT = `
  SELECT ${userColumnsOf('u')},
         (SELECT max(greatest((d.data->>'lastPushAt')::timestamptz, (d.data->>'lastPullAt')::timestamptz))
            FROM records d
           WHERE d.entity = 'device_sync' AND d.community_id = u.community_id AND d.data->>'userId' = u.id::text) AS last_sync_at,
         (EXISTS (SELECT 1 FROM sign_in_codes c WHERE c.user_id = u.id AND c.used_at IS NULL AND c.expires_at > now())
          AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = u.id)) AS code_pending
    FROM users u`;

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

function toPerson(row: PersonRow, now = Date.now()): Person {
  const ended = !isActiveAccount(row, now);
  return {
    id: row.id,
    name: row.display_name,
    username: row.username,
    phone: row.phone,
    role: row.role,
    buildingIds: [...row.building_ids],
    gridIds: [...row.grid_ids],
    endsAt: iso(row.ends_at),
    ended,
    lastSyncAt: iso(row.last_sync_at),
    // The code of an ended account can no longer be used.
    codePending: row.code_pending && !ended,
  };
}

const ROLE_ORDER = `CASE u.role WHEN 'admin' THEN 0 WHEN 'secretary' THEN 1 WHEN 'grid_worker' THEN 2 ELSE 3 END`;

/** Every account of the community, secretaries first, then grid workers and volunteers, by name. */
export async function listPeople(db: Queryable, communityId: string): Promise<Person[]> {
  const { rows } = await db.query<PersonRow>(`${PERSON_SELECT} WHERE u.community_id = $1 ORDER BY ${ROLE_ORDER}, u.display_name, u.id`, [
    communityId,
  ]);
  return rows.map((row) => toPerson(row));
}

export async function findPerson(db: Queryable, personId: string): Promise<Person & { communityId: string | null }> {
  const { rows } = await db.query<PersonRow>(`${PERSON_SELECT} WHERE u.id = $1`, [personId]);
  const row = rows[0];
  if (!row) throw new Error(`no user ${personId}`);
  return { ...toPerson(row), communityId: row.community_id };
}

/** The ids among `ids` that are not live records of `entity` in the community. */
export async function missingRecords(db: Queryable, entity: 'building' | 'grid', communityId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM records WHERE entity = $1 AND community_id = $2 AND id = ANY($3::uuid[]) AND voided_at IS NULL',
    [entity, communityId, [...ids]],
  );
  const found = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !found.has(id));
}

/** Whether an account that has not ended has this phone (as its phone or its username). */
export async function phoneInUse(db: Queryable, phone: string): Promise<boolean> {
  const { rows } = await db.query(
    'SELECT 1 FROM users WHERE (phone = $1 OR username = $1) AND (ends_at IS NULL OR ends_at > now()) LIMIT 1',
    [phone],
  );
  return rows.length > 0;
}

export interface NewPerson {
  name: string;
  phone: string;
  role: PersonRole;
  buildingIds: string[];
  gridIds: string[];
  endsAt: Date;
  communityId: string;
  addedBy: string;
}

/**
 * Inserts the account (username = phone) with a random password nobody knows. An ended account
 * holding the phone as its username gives it up (renamed with its id), so a person can come back.
 */
export async function insertPerson(tx: Queryable, person: NewPerson): Promise<string> {
  await tx.query(
    `UPDATE users SET username = username || '#ended-' || id::text WHERE username = $1 AND ends_at IS NOT NULL AND ends_at <= now()`,
    [person.phone],
  );
  const id = randomUUID();
  const unusable = await hashPassword(randomBytes(32).toString('base64url'));
  await tx.query(
    `INSERT INTO users (id, username, display_name, role, community_id, grid_ids, password_hash, building_ids, phone, added_by, ends_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8::jsonb, $2, $9, $10)`,
    [
      id,
      person.phone,
      person.name,
      person.role,
      person.communityId,
      JSON.stringify(person.role === 'grid_worker' ? person.gridIds : []),
      unusable,
      JSON.stringify(person.role === 'volunteer' ? person.buildingIds : []),
      person.addedBy,
      person.endsAt,
    ],
  );
  return id;
}

export interface PersonChanges {
  buildingIds?: string[];
  gridIds?: string[];
  endsAt?: Date;
}

export async function updatePerson(db: Queryable, personId: string, changes: PersonChanges): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [personId];
  if (changes.buildingIds) sets.push(`building_ids = $${params.push(JSON.stringify(changes.buildingIds))}::jsonb`);
  if (changes.gridIds) sets.push(`grid_ids = $${params.push(JSON.stringify(changes.gridIds))}::jsonb`);
  if (changes.endsAt) sets.push(`ends_at = $${params.push(changes.endsAt)}`);
  if (sets.length > 0) await db.query(`UPDATE users SET ${sets.join(', ')} WHERE id = $1`, params);
}

/** Ends the account now (an end already past stays) and revokes all its sessions. */
export async function endPerson(tx: Queryable, personId: string): Promise<void> {
  await tx.query('UPDATE users SET ends_at = LEAST(coalesce(ends_at, now()), now()) WHERE id = $1', [personId]);
  await revokeUserSessions(tx, personId, 'account_ended');
}
