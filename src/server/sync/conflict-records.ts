/**
 * A same-field clash as a server-written `conflict` record (conflictSchema): written in the push's
 * transaction next to its row in the `conflicts` table, so it reaches the secretary's pull through the
 * change feed. It takes the scope columns of the record it is about; only the secretary (or admin) of
 * the community reads it (scope.ts).
 */
import { uuidv7 } from '../../shared/uuid-v7';
import type { ConflictRow } from './mutation-context';
import { metaForAll, type WritableRow } from './record-store';

/** The device named in a server-written record's field_meta. */
export const SERVER_DEVICE = 'server';

/** A display name as conflictSchema keeps it (storedNameField: 1–50 characters), or none. */
export function storedName(name: string | undefined): string | undefined {
  const trimmed = name?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed.slice(0, 50);
}

export function conflictRecords(
  clashes: readonly ConflictRow[],
  userId: string,
  deviceId: string,
  userName: string | undefined,
  now: Date,
): WritableRow[] {
  const name = storedName(userName);
  // A clash over a conflict's own seen mark is kept in the table only: no conflict about a conflict.
  return clashes
    .filter((clash) => clash.entity !== 'conflict')
    .map((clash) => {
      const data: Record<string, unknown> = {
        entity: clash.entity,
        recordId: clash.recordId,
        field: clash.field,
        serverValue: clash.serverValue,
        clientValue: clash.clientValue,
        userId,
        ...(name === undefined ? {} : { userName: name }),
        deviceId,
        at: now.toISOString(),
      };
      return {
        id: uuidv7(now.getTime()),
        entity: 'conflict',
        version: 1,
        data,
        field_meta: metaForAll(data, 1, SERVER_DEVICE),
        ...clash.columns,
        created_by: userId,
        voided_at: null,
        void_reason: null,
      };
    });
}
