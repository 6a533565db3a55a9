/**
 * The admin command's work: set up communities, grids, buildings, checkpoints and accounts for a
 * real deployment. `runAdminCommand` parses arguments and prints; cli.ts supplies the database.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeCsvBytes } from '../../shared/csv-text';
import type { Database } from '../db/database';
import { hashPassword } from '../auth/password';
import { listUserSessions } from '../auth/device-sessions';
import { revokeSession, revokeUserSessions } from '../auth/sessions';
import { createUser, isUserRole } from '../auth/users';
import { importStructure, STRUCTURE_LEVELS, type StructureImportResult } from './structure-import';
import { AdminInputError, createSystemRecord } from './system-records';
import { readIdempotencyRetentionDays } from '../config';
import { pruneIdempotencyLog } from '../sync/idempotency-retention';

export const ADMIN_HELP = `Usage: npm run admin -- <command> [options]

Commands:
  create-district   --name <name>
  create-street     --district <id> --name <name> [--deadline HH:MM]   (communities' reports due by; default 20:00)
  create-community  --name <name> [--street-id <id>] [--street <s>] [--district <d>] [--city <c>]
  create-grid       --community <id> --name <name>
  create-building   --grid <id> --name <name> --units <n> --floors <n> [--address <text>] [--sealed] [--sealed-since YYYY-MM-DD]
  create-checkpoint --community <id> --name <name>
  create-user       --username <u> --display-name <name> --role grid_worker|secretary|volunteer|admin|street_officer
                    [--community <id>] [--grids <id,id>] [--street-id <id>] [--password <p>]   (or GRIDWALK_PASSWORD)
  import-structure  <file.csv> [--dry-run]   districts, streets, communities, grids and buildings in bulk: columns
                    district,street,community[,grid,building,units,floors,address] (or 区,街道,社区,网格,楼栋,单元数,层数,地址);
                    all or nothing, every bad row listed by line; importing the same file again creates nothing
  set-password      --username <u> [--password <p>]   (ends all of the user's sessions)
  disable-user      --username <u>
  list-sessions     --user <username>      the user's signed-in devices (live sessions)
  revoke-session    --session <id>         sign one device out
  list              communities, grids, buildings, checkpoints and accounts
  prune-idempotency [--days <n>]           delete idempotency records older than n days (IDEMPOTENCY_RETENTION_DAYS, 90)

Uses the server's database settings: DATABASE_URL, else the embedded database in DATA_DIR (./data).`;

const OPTIONS = {
  name: { type: 'string' },
  street: { type: 'string' },
  district: { type: 'string' },
  city: { type: 'string' },
  community: { type: 'string' },
  grid: { type: 'string' },
  grids: { type: 'string' },
  units: { type: 'string' },
  floors: { type: 'string' },
  address: { type: 'string' },
  sealed: { type: 'boolean' },
  'sealed-since': { type: 'string' },
  username: { type: 'string' },
  'display-name': { type: 'string' },
  role: { type: 'string' },
  password: { type: 'string' },
  user: { type: 'string' },
  session: { type: 'string' },
  'street-id': { type: 'string' },
  deadline: { type: 'string' },
  'dry-run': { type: 'boolean' },
  days: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Values = Partial<Record<keyof typeof OPTIONS, string | boolean>>;

function required(values: Values, key: keyof typeof OPTIONS): string {
  const value = values[key];
  if (typeof value !== 'string' || value.trim() === '') throw new AdminInputError(`--${key} is required`);
  return value.trim();
}

function optional(values: Values, key: keyof typeof OPTIONS): Record<string, string> {
  const value = values[key];
  return typeof value === 'string' && value.trim() !== '' ? { [key]: value.trim() } : {};
}

function password(values: Values, env: NodeJS.ProcessEnv): string {
  const value = typeof values.password === 'string' ? values.password : env.GRIDWALK_PASSWORD;
  if (!value || value.length < 8) throw new AdminInputError('A password of at least 8 characters is required (--password or GRIDWALK_PASSWORD)');
  return value;
}

async function gridsOfCommunity(db: Database, communityId: string | null, gridIds: string[]): Promise<void> {
  if (gridIds.length === 0) return;
  const { rows } = await db.query<{ id: string }>(
    `SELECT id::text AS id FROM records WHERE entity = 'grid' AND id::text = ANY($1::text[]) AND community_id::text = $2`,
    [gridIds, communityId],
  );
  const found = new Set(rows.map((r) => r.id));
  const missing = gridIds.filter((id) => !found.has(id));
  if (missing.length > 0) throw new AdminInputError(`Not grids of community ${communityId ?? '-'}: ${missing.join(', ')}`);
}

/** A street officer's street, which must exist. */
async function streetOf(db: Database, values: Values): Promise<string> {
  const id = required(values, 'street-id');
  const { rows } = await db.query(`SELECT 1 FROM records WHERE entity = 'street' AND id::text = $1`, [id]);
  if (rows.length === 0) throw new AdminInputError(`Unknown street ${id}`);
  return id;
}

function printImport(result: StructureImportResult, print: (line: string) => void): void {
  for (const error of result.errors) print(`line ${error.line}: ${error.message}`);
  const levels = (counts: Record<string, number>) => STRUCTURE_LEVELS.map((level) => `${counts[level] ?? 0} ${level}`).join(', ');
  if (result.errors.length > 0) print(`Nothing imported: ${result.errors.length} error(s). Fix the lines above and import the file again.`);
  else print(`${result.written ? 'Created' : 'Would create'}: ${levels(result.created)}; already there: ${levels(result.existing)}; communities placed in their street: ${result.placed}`);
}

async function communityExists(db: Database, id: string): Promise<void> {
  const { rows } = await db.query(`SELECT 1 FROM records WHERE entity = 'community' AND id::text = $1`, [id]);
  if (rows.length === 0) throw new AdminInputError(`Unknown community ${id}`);
}

async function list(db: Database, print: (line: string) => void): Promise<void> {
  const { rows } = await db.query<{ entity: string; id: string; name: string; parent: string | null }>(
    `SELECT entity, id::text AS id, data->>'name' AS name, coalesce(data->>'communityId', data->>'gridId') AS parent
       FROM records WHERE entity IN ('community', 'grid', 'checkpoint', 'building') ORDER BY seq`,
  );
  for (const row of rows) print(`${row.entity.padEnd(10)} ${row.id}  ${row.name}${row.parent ? `  (in ${row.parent})` : ''}`);
  const users = await db.query<{ username: string; role: string; community_id: string | null; grid_ids: string[]; disabled: boolean }>(
    'SELECT username, role, community_id, grid_ids, disabled FROM users ORDER BY username',
  );
  for (const u of users.rows) {
    print(`user       ${u.username}  ${u.role}  community ${u.community_id ?? '-'}  grids [${u.grid_ids.join(', ')}]${u.disabled ? '  DISABLED' : ''}`);
  }
}

/** Runs one admin command; returns the process exit code. */
export async function runAdminCommand(
  db: Database,
  argv: string[],
  print: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const command = positionals[0];
  if (!command || values.help || command === 'help') {
    print(ADMIN_HELP);
    return command || values.help ? 0 : 1;
  }
  switch (command) {
    case 'create-district':
      print(await createSystemRecord(db, 'district', { name: required(values, 'name') }));
      return 0;
    case 'create-street':
      print(
        await createSystemRecord(db, 'street', {
          districtId: required(values, 'district'),
          name: required(values, 'name'),
          ...(typeof values.deadline === 'string' ? { reportDeadline: values.deadline } : {}),
        }),
      );
      return 0;
    case 'create-community': {
      const streetId = optional(values, 'street-id');
      const place = 'street-id' in streetId ? { streetId: streetId['street-id'] } : {};
      print(await createSystemRecord(db, 'community', { name: required(values, 'name'), ...place, ...optional(values, 'street'), ...optional(values, 'district'), ...optional(values, 'city') }));
      return 0;
    }
    case 'import-structure': {
      const file = positionals[1];
      if (!file) throw new AdminInputError('import-structure needs the CSV file: npm run admin -- import-structure <file.csv>');
      const result = await importStructure(db, decodeCsvBytes(readFileSync(file)), { dryRun: values['dry-run'] === true });
      printImport(result, print);
      return result.errors.length > 0 ? 1 : 0;
    }
    case 'create-grid':
      print(await createSystemRecord(db, 'grid', { communityId: required(values, 'community'), name: required(values, 'name') }));
      return 0;
    case 'create-checkpoint':
      print(await createSystemRecord(db, 'checkpoint', { communityId: required(values, 'community'), name: required(values, 'name') }));
      return 0;
    case 'create-building': {
      const sealed = values.sealed === true;
      print(
        await createSystemRecord(db, 'building', {
          gridId: required(values, 'grid'),
          name: required(values, 'name'),
          units: Number(required(values, 'units')),
          floors: Number(required(values, 'floors')),
          sealed,
          ...optional(values, 'address'),
          ...(typeof values['sealed-since'] === 'string' ? { sealedSince: values['sealed-since'] } : {}),
        }),
      );
      return 0;
    }
    case 'create-user': {
      const role = required(values, 'role');
      if (!isUserRole(role)) throw new AdminInputError(`Unknown role ${role}`);
      const communityId = typeof values.community === 'string' ? values.community : null;
      const streetId = role === 'street_officer' ? await streetOf(db, values) : null;
      if (communityId) await communityExists(db, communityId);
      else if (role !== 'admin' && role !== 'street_officer') throw new AdminInputError('--community is required for this role');
      const gridIds = typeof values.grids === 'string' ? values.grids.split(',').map((g) => g.trim()).filter(Boolean) : [];
      if (role === 'grid_worker' && gridIds.length === 0) throw new AdminInputError('A grid worker needs --grids');
      await gridsOfCommunity(db, communityId, gridIds);
      const user = await createUser(db, {
        username: required(values, 'username'),
        displayName: required(values, 'display-name'),
        role,
        communityId,
        gridIds,
        streetId,
        password: password(values, env),
      });
      print(user.id);
      return 0;
    }
    case 'set-password': {
      const passwordHash = await hashPassword(password(values, env));
      const ended = await db.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: string }>('UPDATE users SET password_hash = $2 WHERE username = $1 RETURNING id', [
          required(values, 'username'),
          passwordHash,
        ]);
        if (!rows[0]) throw new AdminInputError('Unknown user');
        return revokeUserSessions(tx, rows[0].id, 'password_changed');
      });
      print(`Password set; ${ended} session(s) ended`);
      return 0;
    }
    case 'disable-user': {
      const { rows } = await db.query<{ id: string }>('UPDATE users SET disabled = true WHERE username = $1 RETURNING id', [required(values, 'username')]);
      if (rows.length === 0) throw new AdminInputError('Unknown user');
      await revokeUserSessions(db, rows[0]!.id, 'user_disabled');
      return 0;
    }
    case 'list-sessions': {
      const { rows } = await db.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [required(values, 'user')]);
      if (!rows[0]) throw new AdminInputError('Unknown user');
      const sessions = await listUserSessions(db, rows[0].id);
      for (const s of sessions) print(`${s.sessionId}  device ${s.deviceId}  signed in ${s.createdAt}  last used ${s.lastUsedAt}`);
      if (sessions.length === 0) print('No live sessions');
      return 0;
    }
    case 'revoke-session': {
      const id = required(values, 'session');
      if (!UUID.test(id)) throw new AdminInputError('--session must be a session id (a UUID)');
      if (!(await revokeSession(db, id, 'revoked_by_admin'))) throw new AdminInputError('No such live session');
      print(`Session ${id} ended`);
      return 0;
    }
    case 'list':
      await list(db, print);
      return 0;
    case 'prune-idempotency': {
      const given = typeof values.days === 'string';
      let days: number;
      try {
        days = readIdempotencyRetentionDays(given ? String(values.days) : env.IDEMPOTENCY_RETENTION_DAYS);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new AdminInputError(given ? message.replace('IDEMPOTENCY_RETENTION_DAYS', '--days') : message);
      }
      const result = await pruneIdempotencyLog(db, days);
      print(`Pruned ${result.deleted} idempotency record(s) older than ${days} days in ${result.batches} batch(es)${result.yielded ? '; another process is pruning the rest' : ''}`);
      return 0;
    }
    default:
      throw new AdminInputError(`Unknown command ${command}\n\n${ADMIN_HELP}`);
  }
}
