/** The shape of a row in an entity table and the small helpers that keep its local fields right. */
import type { LocalRecord, OutboxEntry, RecordSyncState } from '../data-client';

/** A record as the server has it: entity fields, id, version and server metadata. */
export type ServerCopy = Record<string, unknown> & { id: string; version: number };

export interface StoredRecord extends LocalRecord {
  /**
   * Kept only while the record has outbox entries: the last copy the server sent or acknowledged,
   * on which the pending changes are replayed (rebase on pull, discard). `null` when the server
   * has never had the record (an unsent create). Absent on synced rows: the row itself is the server copy.
   */
  _server?: ServerCopy | null;
}

/** The row without its local bookkeeping fields. */
export function toServerCopy(row: StoredRecord): ServerCopy {
  const copy: Record<string, unknown> = { ...row };
  delete copy._sync;
  delete copy._server;
  return copy as ServerCopy;
}

/** A record shows 'rejected' while any of its mutations waits in "needs attention", else 'pending' while any is unsent. */
export function syncStateOf(entries: readonly OutboxEntry[]): RecordSyncState {
  if (entries.some((e) => e.state === 'rejected')) return 'rejected';
  return entries.length > 0 ? 'pending' : 'synced';
}
