/** A saved change waiting to be sent, or rejected by the server and waiting for the user. */
import type { EntityName, MutationOp } from '../../domain/entities/entity-names';
import type { MutationError } from '../../domain/sync-protocol';

/** The error code of a mutation the server kept failing on (5xx) for a day: the server never judged it. */
export const SERVER_ERROR_CODE = 'SERVER_ERROR';

export type OutboxState = 'pending' | 'rejected';

export interface OutboxEntry {
  /** Auto-increment key: the order mutations were saved in. */
  seq?: number;
  mutationId: string;
  entity: EntityName;
  op: MutationOp;
  recordId: string;
  baseVersion?: number;
  /** The validated mutation data (a whole record, the changed fields or the void reason), as sent. */
  data: Record<string, unknown>;
  recordedAt: string;
  state: OutboxState;
  attempts: number;
  error?: MutationError;
  /** Push requests holding this entry answered 5xx in a row, and when the first of them was (ms). */
  serverErrors?: number;
  serverErrorSince?: number;
}
