/**
 * Pull cursors, opaque to clients: base64url of `{"e": epoch, "x": txid, "s": seq, "h": scopeHash}`,
 * the change-feed position (txid, seq) after which the next page starts. A cursor of the first format,
 * `{"s": counter, "h": scopeHash}`, reads on from the same place: every row written before migration 003
 * took that migration's transaction id (`origin`), and kept its counter value as seq.
 */

export interface Cursor {
  epoch: string;
  txid: bigint;
  seq: number;
  scopeHash: string;
}

/** The feed this server keeps: its epoch, and where first-format cursors belong (null once renumbered). */
export interface FeedIdentity {
  epoch: string;
  originTxid: bigint | null;
}

export function encodeCursor(cursor: Cursor): string {
  const body = { e: cursor.epoch, x: cursor.txid.toString(), s: cursor.seq, h: cursor.scopeHash };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

/** null for anything this server did not make (or made for another feed). */
export function decodeCursor(value: string, feed: FeedIdentity): Cursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { e, x, s, h } = parsed as { e?: unknown; x?: unknown; s?: unknown; h?: unknown };
    if (typeof s !== 'number' || !Number.isSafeInteger(s) || s < 0 || typeof h !== 'string') return null;
    if (e === undefined && x === undefined) {
      return feed.originTxid === null ? null : { epoch: feed.epoch, txid: feed.originTxid, seq: s, scopeHash: h };
    }
    if (e !== feed.epoch || typeof x !== 'string' || !/^\d{1,19}$/.test(x)) return null;
    return { epoch: feed.epoch, txid: BigInt(x), seq: s, scopeHash: h };
  } catch {
    return null;
  }
}
