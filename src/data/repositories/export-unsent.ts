/**
 * "Export unsent records": everything this device saved that the server has not accepted yet
 * (pending and rejected mutations, in the order they were saved), so the user can keep it as a file
 * when storage is full or before signing out with unsent work.
 */
import type { SessionUser } from '../../domain/sync-protocol';
import type { UnsentExport } from '../client-state';
import { getDeviceId } from '../db/device-id';
import type { GridwalkDb } from '../db/schema';

export async function exportUnsent(db: GridwalkDb, user: SessionUser | null, now: () => number = Date.now): Promise<UnsentExport> {
  const [deviceId, mutations] = await Promise.all([getDeviceId(db), db.outbox.orderBy('seq').toArray()]);
  return { exportedAt: new Date(now()).toISOString(), deviceId, user, mutations };
}
