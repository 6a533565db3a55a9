/**
 * The local view of a record = the server's copy with the record's outbox entries replayed on top,
 * in the order they were saved. Used after every write, on pull (rebase) and on discard, so unsent
 * local changes are never lost to an incoming server copy.
 */
import { applyPatch } from '../../domain/entities/apply-patch';
import type { OutboxEntry } from '../db/outbox-entry';
import { syncStateOf, type ServerCopy, type StoredRecord } from '../db/stored-record';

type View = Record<string, unknown>;

/** One mutation's effect on a record (null = the record does not exist yet). */
export function applyEntry(view: View | null, entry: OutboxEntry): View | null {
  switch (entry.op) {
    case 'create':
      // Already on the server (the acknowledgement was lost): the server copy stands.
      return view ?? { ...entry.data, id: entry.recordId, version: 0, createdAt: entry.recordedAt, updatedAt: entry.recordedAt };
    case 'patch':
      return view ? { ...applyPatch(view, entry.data), updatedAt: entry.recordedAt } : null;
    case 'void':
      return view ? { ...view, voidedAt: entry.recordedAt, voidReason: entry.data.reason } : null;
  }
}

function bySeq(a: OutboxEntry, b: OutboxEntry): number {
  return (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER);
}

/**
 * Builds the row to store from a server copy (null: never on the server) and the record's outbox
 * entries. Returns null when nothing is left (an unsent create was dropped).
 */
export function buildRecord(server: ServerCopy | null, entries: readonly OutboxEntry[]): StoredRecord | null {
  if (entries.length === 0) return server ? { ...server, _sync: 'synced' } : null;
  let view: View | null = server ? { ...server } : null;
  for (const entry of [...entries].sort(bySeq)) view = applyEntry(view, entry);
  if (!view) return null;
  return { ...view, id: entries[0]!.recordId, version: server?.version ?? 0, _sync: syncStateOf(entries), _server: server };
}

/** The server copy after the server acknowledged `entry` at `version`. */
export function acknowledge(server: ServerCopy | null, entry: OutboxEntry, version: number | undefined): ServerCopy | null {
  const next = applyEntry(server, entry);
  if (!next) return server;
  const known = Math.max(server?.version ?? 0, version ?? 0);
  return { ...next, id: entry.recordId, version: known };
}
