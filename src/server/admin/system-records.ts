/** Records written by the operator (admin command) rather than pushed by a device. */
import type { Database } from '../db/database';
import { entitySchemas, type EntityName } from '../../domain/entities/registry';
import { fieldErrors } from '../../domain/validation-errors';
import { uuidv7 } from '../../shared/uuid-v7';
import { deriveScope } from '../sync/derive-scope';
import { insertRecords, metaForAll } from '../sync/record-store';
import { directSource } from '../sync/record-source';
import { MutationRejection } from '../sync/rejection';
import type { Scope } from '../sync/scope';

export const SYSTEM_ACTOR = 'system';

const SYSTEM_SCOPE: Scope = { userId: SYSTEM_ACTOR, role: 'admin', communityId: null, gridIds: [], buildingIds: [] };

export class AdminInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AdminInputError';
  }
}

/** Validates with the entity's schema, checks the parent exists, and stores the record; returns its id. */
export async function createSystemRecord(db: Database, entity: EntityName, input: Record<string, unknown>): Promise<string> {
  const parsed = entitySchemas[entity].safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    throw new AdminInputError(`Invalid ${entity}: ${Object.entries(fields).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  const data: Record<string, unknown> = parsed.data;
  const id = uuidv7();
  try {
    await db.transaction(async (tx) => {
      const columns = await deriveScope(directSource(tx), entity, id, data, SYSTEM_SCOPE);
      await insertRecords(tx, [{ id, entity, data, fieldMeta: metaForAll(data, 1, SYSTEM_ACTOR), createdBy: SYSTEM_ACTOR, ...columns }]);
    });
  } catch (error) {
    if (error instanceof MutationRejection) throw new AdminInputError(error.message);
    throw error;
  }
  return id;
}
