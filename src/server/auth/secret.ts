/** The token signing secret: SECRET from the environment, else generated once and kept in `settings`. */
import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database';

export async function loadSecret(db: Database, fromEnv?: string | null): Promise<string> {
  if (fromEnv) return fromEnv;
  const candidate = randomBytes(48).toString('base64url');
  await db.query(`INSERT INTO settings (key, value) VALUES ('token_secret', $1) ON CONFLICT (key) DO NOTHING`, [candidate]);
  const { rows } = await db.query<{ value: string }>(`SELECT value FROM settings WHERE key = 'token_secret'`);
  const value = rows[0]?.value;
  if (!value) throw new Error('token secret missing');
  return value;
}
