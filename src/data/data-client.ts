/**
 * The one object the UI talks to. Created once by src/app (createDataClient in
 * create-data-client.ts) and handed to React through DataClientContext.
 * Components never touch Dexie or fetch: they use this client through the hooks of src/data.
 */
import type { VisitInput } from './repositories/visit-with-follow-ups';
import type { CreatableEntity, EntityName } from '../domain/entities/entity-names';
import type { NewRecord, Patch } from '../domain/entities/entity-record';
import type { PatchableEntity } from '../domain/entities/patch';
import type { EventEntity } from '../domain/entities/registry';
import type { SessionUser } from '../domain/sync-protocol';
import type { UnlockSecret } from './crypto/data-keys';
import type { LockState, UnlockResult } from './lock/lock-state';
import type { AddPersonRequest, AddPersonResponse, Person, SignInCode, SignInCodeInfo, UpdatePersonRequest } from '../domain/api/people';
import type { PosterSheet, UnitPoster } from '../domain/api/posters';
import type { CommunityDeviceSession } from '../domain/device-sessions';
import type { DatabaseStatus, SessionState, StorageStatus, SyncStatus, UnsentExport } from './client-state';
import type { OutboxEntry } from './db/outbox-entry';
import type { UnreadableRecord } from './db/unreadable-record';
import type { LocalRecord } from './local-record';
import type { SyncProgress } from './sync/progress-estimate';
import type { RetentionStatus } from './storage/retention-status';
import type { RecordQuery } from './queries/record-query';
import type { CountsByValue, IdsByValue, RecordIdsQuery } from './queries/record-ids-query';
import type { LiftInput, SealInput } from './repositories/sealing';
import type { DeliveryInput } from './repositories/deliveries';
import type { KeepConflictValueInput, KeepConflictValueResult } from './repositories/conflict-resolution';

export interface DataClient {
  /** Session */
  signIn(username: string, password: string): Promise<SessionUser>;
  /**
   * Refuses (returns the unsent count, signs nothing out) while mutations are unsent, unless force.
   * Signing out wipes this user's data from IndexedDB and the service worker's runtime caches. So does
   * the server's SESSION_REVOKED or ACCOUNT_ENDED, at once (SessionState.wiped says why).
   */
  signOut(options?: { force?: boolean }): Promise<{ signedOut: boolean; unsent: number }>;
  getSessionState(): SessionState;
  subscribeSession(listener: () => void): () => void;

  /**
   * App lock (issue 18): "Set PIN" after the first sign-in, "Locked" until the PIN (or the password)
   * unlocks; the 5th wrong PIN in a row wipes the personal data and keeps the unsent changes sealed.
   * setPin throws CryptoError INVALID_SECRET (not 6 digits) or WRONG_SECRET (the password does not open
   * the key record). lock() drops the keys (the app then starts afresh).
   */
  getLockState(): LockState;
  subscribeLock(listener: () => void): () => void;
  setPin(pin: string, password?: string): Promise<void>;
  unlock(secret: UnlockSecret): Promise<UnlockResult>;
  lock(): void;
  setIdleLockMinutes(minutes: number): Promise<void>;

  /** Database: turns 'version_changed' when another tab upgrades it (then this tab must reload). */
  getDatabaseStatus(): DatabaseStatus;
  subscribeDatabaseStatus(listener: () => void): () => void;

  /** Storage: persistence (asked for after sign-in) and usage, for the settings screen. */
  getStorageStatus(): Promise<StorageStatus>;
  /** Retention (issue 18): what the phone holds, the server's window and the last purge, for the settings screen. */
  getRetentionStatus(): Promise<RetentionStatus>;
  /** The pending and rejected outbox, for the user to keep as a file. */
  exportUnsent(): Promise<UnsentExport>;

  /** Sync */
  getSyncStatus(): SyncStatus;
  subscribeSyncStatus(listener: () => void): () => void;
  /** A large pull or push while it runs (records done of the total, time left); null otherwise. */
  getSyncProgress(): SyncProgress | null;
  subscribeSyncProgress(listener: () => void): () => void;
  syncNow(): Promise<void>;
  /** Starts the triggers (online, visibility, timer, after local writes). Idempotent. */
  start(): void;
  stop(): void;

  /**
   * Writes: validated with the domain schemas, stored with their outbox entry in one transaction.
   * Invalid data rejects with LocalValidationError (field → key) and stores nothing; a full storage
   * quota rejects with StorageFullError and stores nothing.
   */
  create<E extends CreatableEntity>(entity: E, data: NewRecord<E>): Promise<string>;
  /** Several new records of one kind as one action (all stored in one transaction, or none); their ids in order. */
  createMany<E extends CreatableEntity>(entity: E, list: readonly NewRecord<E>[]): Promise<string[]>;
  patch<E extends PatchableEntity>(entity: E, id: string, changes: Patch<E>): Promise<void>;
  voidRecord(entity: EventEntity, id: string, reason: string): Promise<void>;
  /** Seals a building: a new seal period and the building's sealed state, in one transaction; the period's id. */
  sealBuilding(input: SealInput): Promise<string>;
  /** Lifts a seal: the period's lift day and the building no longer sealed, in one transaction. */
  liftSeal(input: LiftInput): Promise<void>;
  /**
   * "Delivered": the volunteer's delivery and the request marked delivered (claimed by them when still
   * open), in one transaction; a request already another's or closed gets the delivery alone. The delivery's id.
   */
  recordDelivery(input: DeliveryInput): Promise<string>;
  /**
   * A visit and, for each resident under home monitoring it checked with a temperature, their follow-up
   * check from the same reading, in one transaction. The visit's id.
   */
  recordVisit(input: VisitInput): Promise<string>;
  /**
   * "Keep this value" on a conflict: the record's field patched with the value when it holds another
   * (a normal patch, synced to every phone) and the conflict marked { kept, seenAt }, in one transaction.
   */
  keepConflictValue(input: KeepConflictValueInput): Promise<KeepConflictValueResult>;

  /** Reads (plain IndexedDB reads: the hooks of src/data keep them live). */
  getRecord<E extends EntityName>(entity: E, id: string): Promise<LocalRecord<E> | undefined>;
  /** The records a named query (see src/data/queries) selects, in its order. */
  listRecords<E extends EntityName>(query: RecordQuery<E>): Promise<LocalRecord<E>[]>;
  /** The ids per index value an ids query (see src/data/queries/record-ids-query.ts) names, read from the index alone. */
  listIdsByValue<E extends EntityName>(query: RecordIdsQuery<E>): Promise<IdsByValue>;
  /** How many records have each index value the query names, counted on the index alone. */
  countByValue<E extends EntityName>(query: RecordIdsQuery<E>): Promise<CountsByValue>;

  /**
   * The community's people (issue 13), online only: each rejects with ApiError (NETWORK when offline).
   * The secretary lists, adds (with a one-time sign-in code), changes (buildings, grids, end day) and ends accounts.
   */
  listPeople(): Promise<Person[]>;
  addPerson(input: AddPersonRequest): Promise<AddPersonResponse>;
  updatePerson(personId: string, changes: UpdatePersonRequest): Promise<Person>;
  endPerson(personId: string): Promise<Person>;
  newSignInCode(personId: string): Promise<SignInCode>;
  /** Who a sign-in code is for (signed out, before the password is set). */
  checkSignInCode(code: string): Promise<SignInCodeInfo>;
  /** Redeems a one-time sign-in code: sets the password and signs this phone in as that person. */
  redeemSignInCode(code: string, password: string): Promise<SessionUser>;

  /** Unit posters (online only): a building's sheet with each unit's code; replacing a unit's code (secretary). */
  getPosterSheet(buildingId: string): Promise<PosterSheet>;
  replacePosterCode(buildingId: string, unit: string): Promise<UnitPoster>;

  /**
   * The community's signed-in phones (issue 18, the secretary's; online only, ApiError NETWORK offline),
   * and "Sign out this phone": its session ends and the phone wipes itself at its next request.
   */
  listCommunityPhones(communityId: string): Promise<CommunityDeviceSession[]>;
  signOutPhone(sessionId: string): Promise<void>;

  /** Needs attention */
  listRejected(): Promise<OutboxEntry[]>;
  /** Records the server sent that this phone could not read (kept aside, never shown as records). */
  listUnreadable(): Promise<UnreadableRecord[]>;
  /** Replaces the data of a rejected mutation (validated again) and queues it to be sent again. */
  resend(mutationId: string, data?: Record<string, unknown>): Promise<void>;
  /** Drops a rejected mutation and restores the record to the server's copy (or removes a never-accepted create). */
  discard(mutationId: string): Promise<void>;
}
