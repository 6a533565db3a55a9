/**
 * The change feed's identity and horizon. A record's place in the feed is (txid, seq) (migration 003).
 * Transaction ids only mean something inside one database cluster: when the records were copied into
 * another (a dump restored elsewhere), stored ids may be ahead of the new cluster's. The server then
 * gives every record the current transaction id (keeping seq order) and starts a new epoch, so every
 * cursor handed out before answers `reset: true` rather than silently skipping changes.
 */
import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../db/database';
import type { FeedIdentity } from './cursor';

export interface FeedHorizon {
  /** Every transaction with a smaller id has ended: their rows are all visible now or never will be. */
  xmin: bigint;
  /** The next transaction id to be handed out: no cursor of this feed is beyond it. */
  xmax: bigint;
}

export async function feedHorizon(db: Queryable): Promise<FeedHorizon> {
  const { rows } = await db.query<{ xmin: string; xmax: string }>(
    'SELECT pg_snapshot_xmin(s)::text AS xmin, pg_snapshot_xmax(s)::text AS xmax FROM pg_current_snapshot() AS s',
  );
  return { xmin: BigInt(rows[0]!.xmin), xmax: BigInt(rows[0]!.xmax) };
}

/** Reads the feed's identity at start, renumbering the feed first if it came from another cluster. */
export async function loadFeed(db: Database): Promise<FeedIdentity> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ ahead: boolean }>(
      'SELECT COALESCE(max(txid) >= pg_current_xact_id(), false) AS ahead FROM records',
    );
    if (rows[0]?.ahead) {
      await tx.query('UPDATE records SET txid = pg_current_xact_id()');
      await tx.query(`DELETE FROM settings WHERE key IN ('feed_epoch', 'feed_origin_txid')`);
    }
    await tx.query(`INSERT INTO settings (key, value) VALUES ('feed_epoch', $1) ON CONFLICT (key) DO NOTHING`, [randomUUID().slice(0, 8)]);
    const settings = await tx.query<{ key: string; value: string }>(
      `SELECT key, value FROM settings WHERE key IN ('feed_epoch', 'feed_origin_txid')`,
    );
    const value = (key: string) => settings.rows.find((row) => row.key === key)?.value;
    const origin = value('feed_origin_txid');
    return { epoch: value('feed_epoch')!, originTxid: origin === undefined ? null : BigInt(origin) };
  });
}
