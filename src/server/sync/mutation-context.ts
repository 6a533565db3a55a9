/** What applying one mutation needs, inside its own transaction. */
import type { Queryable } from '../db/database';
import type { Scope } from './scope';
import { SERVER_FIELDS } from '../../domain/sync-protocol';

export interface MutationContext {
  tx: Queryable;
  scope: Scope;
  deviceId: string;
}

export interface AppliedResult {
  version: number;
  conflicts?: string[];
}

/** Clients may echo back the server's own fields (id, version, timestamps); they are never data. */
export function withoutServerFields(data: Record<string, unknown>): Record<string, unknown> {
  const serverFields: readonly string[] = SERVER_FIELDS;
  return Object.fromEntries(Object.entries(data).filter(([key]) => !serverFields.includes(key)));
}
