/** What judging one mutation needs, and what it yields: the result and the row to write (if any). */
import { SERVER_FIELDS } from '../../domain/sync-protocol';
import type { ScopeColumns, WritableRow } from './record-store';
import type { RecordSource } from './record-source';
import type { Scope } from './scope';

export interface MutationContext {
  /** Records as this push sees them: stored ones, with the push's earlier mutations applied. */
  source: RecordSource;
  scope: Scope;
  deviceId: string;
}

export interface AppliedResult {
  version: number;
  conflicts?: string[];
}

/** A same-field clash kept for the secretary (table `conflicts`, and a `conflict` record in the feed). */
export interface ConflictRow {
  communityId: string | null;
  entity: string;
  recordId: string;
  field: string;
  baseVersion: number;
  serverValue: unknown;
  clientValue: unknown;
  /** The scope columns of the record it is about (its `conflict` record gets them). */
  columns: ScopeColumns;
}

/** An applied mutation: its result, and the record's new state unless nothing changed. */
export interface MutationEffect {
  result: AppliedResult;
  write?: { row: WritableRow; isNew: boolean };
  conflicts?: ConflictRow[];
}

/** Clients may echo back the server's own fields (id, version, timestamps); they are never data. */
export function withoutServerFields(data: Record<string, unknown>): Record<string, unknown> {
  const serverFields: readonly string[] = SERVER_FIELDS;
  return Object.fromEntries(Object.entries(data).filter(([key]) => !serverFields.includes(key)));
}
