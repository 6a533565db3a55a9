/**
 * The "needs attention" list: mutations the server rejected, in saved order. Kept apart from the
 * (lazily loaded) resend/discard actions because screens read it through useLiveQuery, which only
 * follows queries that await nothing but IndexedDB.
 */
import type { OutboxEntry } from '../db/outbox-entry';
import type { GridwalkDb } from '../db/schema';

export function listRejected(db: GridwalkDb): Promise<OutboxEntry[]> {
  return db.outbox.where('state').equals('rejected').sortBy('seq');
}
