/**
 * The one object the UI talks to. Created once by src/app (createDataClient in
 * create-data-client.ts) and handed to React through DataClientContext.
 * Components never touch Dexie or fetch: they use this client through hooks in src/data/hooks.
 */
import type { EntityName, MutationOp } from '../domain/entities/registry';
import type { ErrorCode, MutationError, SessionUser } from '../domain/sync-protocol';
import { errorKeys, fieldErrorKeys } from '../shared/i18n/message-keys';

export type SessionStatus = 'loading' | 'signed_out' | 'signed_in';

export interface SessionState {
  status: SessionStatus;
  user: SessionUser | null;
  /** True when the refresh token was refused: the app keeps working offline but asks to sign in again. */
  reauthRequired: boolean;
}

export type SyncPhase = 'idle' | 'syncing' | 'offline' | 'error' | 'auth_required';

export interface SyncStatus {
  phase: SyncPhase;
  online: boolean;
  /** Mutations saved locally and not yet acknowledged by the server (rejected ones excluded). */
  pending: number;
  /** Mutations the server rejected; they wait in the "needs attention" list. */
  rejected: number;
  /** ISO time of the last sync run that finished without a network or server error. */
  lastSyncAt: string | null;
  /** Machine-readable code of the last failure (NETWORK, SERVER, RATE_LIMITED, UNAUTHORIZED…), cleared on success. */
  lastError: string | null;
}

export type RecordSyncState = 'synced' | 'pending' | 'rejected';

/** A stored record as the UI sees it: the entity fields plus server metadata and local sync state. */
export interface LocalRecord {
  id: string;
  version: number;
  _sync: RecordSyncState;
  [field: string]: unknown;
}

export type OutboxState = 'pending' | 'rejected';

export interface OutboxEntry {
  /** Auto-increment key: the order mutations were saved in. */
  seq?: number;
  mutationId: string;
  entity: EntityName;
  op: MutationOp;
  recordId: string;
  baseVersion?: number;
  data: Record<string, unknown>;
  recordedAt: string;
  state: OutboxState;
  attempts: number;
  error?: MutationError;
}

export class LocalValidationError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super('VALIDATION');
    this.name = 'LocalValidationError';
  }
}

/** Thrown by signIn and the API client: `code` is a wire error code or NETWORK / SERVER. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK' | 'SERVER',
    message: string,
    readonly fields?: Record<string, string>,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A write failed because the browser's storage quota is used up; the transaction was rolled back, nothing was stored. */
export class StorageFullError extends Error {
  readonly code = 'STORAGE_FULL';
  constructor(cause?: unknown) {
    super('storage is full', { cause });
    this.name = 'StorageFullError';
  }
}

/**
 * 'version_changed': another tab opened a newer version of the database; this tab closed its
 * connection (so the other can upgrade) and must be reloaded.
 */
export type DatabaseStatus = 'open' | 'version_changed';

export interface StorageStatus {
  /** Whether the browser keeps the data under storage pressure; null when the browser cannot say. */
  persisted: boolean | null;
  /** Bytes used and available to this site (navigator.storage.estimate()); null when unknown. */
  usage: number | null;
  quota: number | null;
}

/** What "Export unsent records" saves: every mutation not yet accepted by the server (pending and rejected). */
export interface UnsentExport {
  exportedAt: string;
  deviceId: string;
  user: SessionUser | null;
  mutations: OutboxEntry[];
}

/** A value to look records up by: an index value, or an array for a compound index such as [buildingId+unit+room]. */
export type IndexValue = string | number | Date | (string | number | Date)[];

export interface RecordQuery {
  /** An index of the entity table (see src/data/db/schema.ts), e.g. 'householdId'. */
  index: string;
  equals: IndexValue;
}

export interface DataClient {
  /** Session */
  signIn(username: string, password: string): Promise<SessionUser>;
  /**
   * Refuses (returns the unsent count, signs nothing out) while mutations are unsent, unless force.
   * Signing out wipes this user's data from IndexedDB and the service worker's runtime caches.
   */
  signOut(options?: { force?: boolean }): Promise<{ signedOut: boolean; unsent: number }>;
  getSessionState(): SessionState;
  subscribeSession(listener: () => void): () => void;

  /** Database: turns 'version_changed' when another tab upgrades it (then this tab must reload). */
  getDatabaseStatus(): DatabaseStatus;
  subscribeDatabaseStatus(listener: () => void): () => void;

  /** Storage: persistence (asked for after sign-in) and usage, for the settings screen. */
  getStorageStatus(): Promise<StorageStatus>;
  /** The pending and rejected outbox, for the user to keep as a file. */
  exportUnsent(): Promise<UnsentExport>;

  /** Sync */
  getSyncStatus(): SyncStatus;
  subscribeSyncStatus(listener: () => void): () => void;
  syncNow(): Promise<void>;
  /** Starts the triggers (online, visibility, timer, after local writes). Idempotent. */
  start(): void;
  stop(): void;

  /**
   * Writes: validated with the domain schemas, stored with their outbox entry in one transaction.
   * A full storage quota rejects with StorageFullError and stores nothing.
   */
  create(entity: EntityName, data: Record<string, unknown>): Promise<string>;
  patch(entity: EntityName, id: string, changes: Record<string, unknown>): Promise<void>;
  voidRecord(entity: EntityName, id: string, reason: string): Promise<void>;

  /** Reads (plain IndexedDB reads: wrap them in useLiveQuery through the hooks in src/data/hooks to stay live). */
  getRecord(entity: EntityName, id: string): Promise<LocalRecord | undefined>;
  listRecords(entity: EntityName, query?: RecordQuery): Promise<LocalRecord[]>;
  /** Records whose `index` lies between `lower` and `upper`, both included (e.g. today's visits by 'visitedAt'). */
  listRecordsBetween(entity: EntityName, index: string, lower: IndexValue, upper: IndexValue): Promise<LocalRecord[]>;
  /** How many records match the query (all of the entity's records without one), without reading them. */
  countRecords(entity: EntityName, query?: RecordQuery): Promise<number>;

  /** Needs attention */
  listRejected(): Promise<OutboxEntry[]>;
  /** Replaces the data of a rejected mutation (validated again) and queues it to be sent again. */
  resend(mutationId: string, data?: Record<string, unknown>): Promise<void>;
  /** Drops a rejected mutation and restores the record to the server's copy (or removes a never-accepted create). */
  discard(mutationId: string): Promise<void>;
}

/** What a failed create, patch, void or resend means for a form: fields to fix, or a code to explain. */
export type WriteFailure = { kind: 'invalid'; fields: Record<string, string> } | { kind: 'failed'; code: string | null };

export function describeWriteFailure(error: unknown): WriteFailure {
  if (error instanceof LocalValidationError) return { kind: 'invalid', fields: error.fields };
  return { kind: 'failed', code: error instanceof StorageFullError ? error.code : null };
}

/**
 * What a form shows after a failed write, as translation keys: each wrong field's message and a banner
 * (`fixKey`, e.g. "Check the marked fields", when fields are wrong; else the error code's message).
 */
export function writeFailureKeys(error: unknown, fixKey: string): { fields: Record<string, string[]>; banner: string[] } {
  const failure = describeWriteFailure(error);
  return failure.kind === 'invalid' ? { fields: fieldErrorKeys(failure.fields), banner: [fixKey] } : { fields: {}, banner: errorKeys(failure.code) };
}
