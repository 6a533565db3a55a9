/** Server-side user accounts: loading, creating, and their wire shape. */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database';
import type { SessionUser, UserRole } from '../../domain/sync-protocol';
import { USER_ROLES } from '../../domain/sync-protocol';
import { hashPassword } from './password';

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: UserRole;
  community_id: string | null;
  grid_ids: string[];
  password_hash: string;
  disabled: boolean;
  phone: string | null;
  /** A volunteer's assigned buildings. */
  building_ids: string[];
  /** From this moment the account can no longer sign in or sync; null: no end. */
  ends_at: Date | null;
  /** A street officer's street (街道). */
  street_id: string | null;
}

export const USER_COLUMNS = 'id, username, display_name, role, community_id, grid_ids, password_hash, disabled, phone, building_ids, ends_at, street_id';

/** USER_COLUMNS of a table alias in a join ("u.id, u.username, …"). */
export function userColumnsOf(alias: string): string {
  return USER_COLUMNS.split(', ').map((column) => `${alias}.${column}`).join(', ');
}

/** Whether the account may be used now (not disabled, not past its end). */
export function isActiveAccount(user: Pick<UserRow, 'disabled' | 'ends_at'>, now: number = Date.now()): boolean {
  return !user.disabled && (user.ends_at === null || new Date(user.ends_at).getTime() > now);
}

export function toSessionUser(row: UserRow): SessionUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    communityId: row.community_id,
    gridIds: [...row.grid_ids],
    ...(row.street_id ? { streetId: row.street_id } : {}),
  };
}

export async function findUserByUsername(db: Queryable, username: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE username = $1`, [username]);
  return rows[0] ?? null;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

export interface NewUser {
  id?: string;
  username: string;
  displayName: string;
  role: UserRole;
  communityId: string | null;
  gridIds?: string[];
  buildingIds?: string[];
  phone?: string | null;
  /** A street officer's street. */
  streetId?: string | null;
  password: string;
}

export function isUserRole(value: string): value is UserRole {
  return (USER_ROLES as readonly string[]).includes(value);
}

export async function createUser(db: Queryable, user: NewUser): Promise<SessionUser> {
  const id = user.id ?? randomUUID();
  const passwordHash = await hashPassword(user.password);
  await db.query(
    `INSERT INTO users (id, username, display_name, role, community_id, grid_ids, password_hash, building_ids, phone, street_id)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8::jsonb, $9, $10)`,
    [
      id,
      user.username,
      user.displayName,
      user.role,
      user.communityId,
      JSON.stringify(user.gridIds ?? []),
      passwordHash,
      JSON.stringify(user.buildingIds ?? []),
      user.phone ?? null,
      user.streetId ?? null,
    ],
  );
  return {
    id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    communityId: user.communityId,
    gridIds: user.gridIds ?? [],
    ...(user.streetId ? { streetId: user.streetId } : {}),
  };
}
