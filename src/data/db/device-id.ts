/** The stable id this installation sends with every push; created on first use, never changed. */
import { uuidv7 } from '../../shared/uuid-v7';
import type { GridwalkDb } from './schema';

export function getDeviceId(db: GridwalkDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get('deviceId');
    if (typeof row?.value === 'string') return row.value;
    const id = uuidv7();
    await db.meta.put({ key: 'deviceId', value: id });
    return id;
  });
}
