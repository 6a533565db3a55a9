/**
 * The change feed across the change of its numbering (migration 003) and across a copy of the
 * database into another cluster. Runs on PGlite, or on PostgreSQL in a schema of its own.
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, pgliteDatabase, type Database } from '../../src/server/db/database';
import { listMigrations, migrate } from '../../src/server/db/migrate';
import { loadFeed } from '../../src/server/sync/feed';
import { pullChanges } from '../../src/server/sync/pull';
import { insertRecords, metaForAll } from '../../src/server/sync/record-store';
import { scopeHash, type Scope } from '../../src/server/sync/scope';
import { uuidv7 } from '../../src/shared/uuid-v7';

const communityId = uuidv7();
const scope: Scope = { userId: uuidv7(), role: 'secretary', communityId, gridIds: [], buildingIds: [] };
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function emptyDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = pgliteDatabase(await PGlite.create('memory://'));
    cleanups.push(() => db.close());
    return db;
  }
  const schema = `gw_feed_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = await openDatabase({ databaseUrl: url, schema });
  cleanups.push(async () => {
    await db.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  });
  return db;
}

/** Rows as the first numbering wrote them: one counter value each, the counter at the last. */
async function writeWithCounter(db: Database, names: string[]): Promise<string[]> {
  const ids = names.map(() => uuidv7());
  await db.transaction(async (tx) => {
    for (const [i, name] of names.entries()) {
      const data = { name: `${name}社区`, street: '东湖街道', district: '武昌区', city: '武汉市' };
      await tx.query(
        `INSERT INTO records (id, entity, version, data, field_meta, community_id, created_by, seq)
         VALUES ($1, 'community', 1, $2::jsonb, '{}', $3, 'system', $4)`,
        [ids[i], JSON.stringify(data), communityId, i + 1],
      );
    }
    await tx.query('UPDATE sync_counter SET value = $1 WHERE id = 1', [names.length]);
  });
  return ids;
}

function firstFormatCursor(counter: number): string {
  return Buffer.from(JSON.stringify({ s: counter, h: scopeHash(scope) })).toString('base64url');
}

async function addRecord(db: Database, name: string): Promise<string> {
  const id = uuidv7();
  const data = { name, street: '东湖街道', district: '武昌区', city: '武汉市' };
  await db.transaction((tx) =>
    insertRecords(tx, [{ id, entity: 'community', data, fieldMeta: metaForAll(data, 1, 'system'), createdBy: 'system', community_id: communityId, grid_id: null, building_id: null, household_id: null }]),
  );
  return id;
}

describe('the change feed', () => {
  it('reads on from a cursor handed out before the new numbering, without a reset', async () => {
    const db = await emptyDatabase();
    const before = listMigrations().filter((m) => m.name < '003');
    await migrate(db, before);
    const [first, second, third] = await writeWithCounter(db, ['一', '二', '三']);
    expect((await migrate(db))[0]).toBe('003-change-feed-by-transaction');
    const feed = await loadFeed(db);

    // A phone had pulled up to the second record under the old server.
    const page = await pullChanges(db, feed, scope, firstFormatCursor(2), 100);
    expect(page.reset).toBeUndefined();
    expect(page.changes.map((c) => c.id)).toEqual([third]);
    expect(page.changes.map((c) => c.id)).not.toContain(first);
    expect(page.changes.map((c) => c.id)).not.toContain(second);

    // Its next pull, with the new cursor, brings what was written since, and nothing twice.
    const later = await addRecord(db, '四');
    const next = await pullChanges(db, feed, scope, page.cursor, 100);
    expect(next.changes.map((c) => c.id)).toEqual([later]);
    expect((await pullChanges(db, feed, scope, next.cursor, 100)).changes).toEqual([]);
  });

  it('pages through in order, announcing what remains, and never repeats or skips', async () => {
    const db = await emptyDatabase();
    await migrate(db);
    const feed = await loadFeed(db);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await addRecord(db, `社区${i}`));
    const seen: string[] = [];
    const remaining: (number | undefined)[] = [];
    let cursor = '';
    for (;;) {
      const page = await pullChanges(db, feed, scope, cursor, 3);
      seen.push(...page.changes.map((c) => c.id));
      remaining.push(page.remaining);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(seen).toEqual(ids);
    expect(remaining).toEqual([4, 1, undefined]);
  });

  it('orders the feed by transaction id as a number, not as text: ids of more digits come after, none is skipped', async () => {
    const db = await emptyDatabase();
    await migrate(db);
    const feed = await loadFeed(db);
    const [nine, ten] = [await addRecord(db, '九'), await addRecord(db, '十')];
    // Two finished transactions either side of a power of ten: as text, '10' sorts before '9'.
    await db.query(`UPDATE records SET txid = '9'::xid8 WHERE id = $1`, [nine]);
    await db.query(`UPDATE records SET txid = '10'::xid8 WHERE id = $1`, [ten]);
    const first = await pullChanges(db, feed, scope, '', 1);
    expect(first.changes.map((c) => c.id)).toEqual([nine]);
    const second = await pullChanges(db, feed, scope, first.cursor, 1);
    expect(second.changes.map((c) => c.id)).toEqual([ten]);
  });

  it('starts a new epoch when the records come from another cluster: earlier cursors reset, nothing is skipped', async () => {
    const db = await emptyDatabase();
    await migrate(db);
    const feed = await loadFeed(db);
    const ids = [await addRecord(db, '甲'), await addRecord(db, '乙')];
    const caughtUp = await pullChanges(db, feed, scope, '', 100);
    expect(caughtUp.changes.map((c) => c.id)).toEqual(ids);

    // As after a restore into a cluster whose transaction ids are behind the stored ones.
    await db.query(`UPDATE records SET txid = (pg_current_xact_id()::text::bigint + 1000000)::text::xid8`);
    const renumbered = await loadFeed(db);
    expect(renumbered.epoch).not.toBe(feed.epoch);
    expect(renumbered.originTxid).toBeNull();

    const later = await addRecord(db, '丙');
    const again = await pullChanges(db, renumbered, scope, caughtUp.cursor, 100);
    expect(again.reset).toBe(true);
    expect(again.changes.map((c) => c.id)).toEqual([...ids, later]);
    expect((await pullChanges(db, renumbered, scope, firstFormatCursor(1), 100)).reset).toBe(true);
    // A feed that was not copied keeps its epoch across restarts.
    expect((await loadFeed(db)).epoch).toBe(renumbered.epoch);
  });
});
