/** The shape of a row in an entity table as the sync engine handles it, and the helpers that keep its local fields right. */
import type { RecordSyncState } from '../local-record';
import type { OutboxEntry } from './outbox-entry';

/** A record as the server has it: entity fields, id, version and server metadata. */
export type ServerCopy = Record<string, unknown> & { id: string; version: number };

/**
 * A row of any kind while the engine replays mutations on it (typed per kind when read, see
 * GridwalkDb.typedRecords).
 */
export interface StoredRecord {
  id: string;
  version: number;
  _sync: RecordSyncState;
  [field: string]: unknown;
  /**
   * Kept only while the record has outbox entries: the last copy the server sent or acknowledged,
   * on which the pending changes are replayed (rebase on pull, discard). `null` when the server
   * has never had the record (an unsent create). Absent on synced rows: the row itself is the server copy.
   */
  _server?: ServerCopy | null;
}

/** The row without its local bookkeeping fields. */
export function toServerCopy(row: StoredRecord): ServerCopy {
  const { _sync, _server, ...copy } = row;
  return copy;
}

/** A record shows 'rejected' while any of its mutations waits in "needs attention", else 'pending' while any is unsent. */
export function syncStateOf(entries: readonly OutboxEntry[]): RecordSyncState {
  if (entries.some((e) => e.state === 'rejected')) return 'rejected';
  return entries.length > 0 ? 'pending' : 'synced';
}
