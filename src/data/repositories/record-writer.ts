/**
 * Every local write: validated with the domain schemas, then the record and its outbox mutation
 * are stored in ONE Dexie transaction, so there is never a record without its mutation or the reverse.
 * A full storage quota aborts that transaction and surfaces as StorageFullError.
 */
import type { EntityName } from '../../domain/entities/registry';
import { uuidv7 } from '../../shared/uuid-v7';
import type { OutboxEntry } from '../db/outbox-entry';
import { guardStorage } from '../db/guard-storage';
import type { GridwalkDb } from '../db/schema';
import { toServerCopy } from '../db/stored-record';
import { loadValidation } from './load-validation';
import { buildRecord } from './record-view';

/** The User Timing mark after each committed write (the benchmark times a tap to it). */
export const WRITE_COMMITTED_MARK = 'gridwalk:write-committed';

export interface WriteCommittedDetail {
  entity: EntityName;
  op: OutboxEntry['op'];
  id: string;
}

function markCommitted(detail: WriteCommittedDetail): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.mark(WRITE_COMMITTED_MARK, { detail });
}

export class RecordNotFoundError extends Error {
  constructor(entity: EntityName, id: string) {
    super(`${entity} ${id} not found`);
    this.name = 'RecordNotFoundError';
  }
}

export interface RecordWriterDeps {
  db: GridwalkDb;
  now?: () => number;
  /** Called after each committed write (the sync engine schedules a push). */
  onWrite?: () => void;
}

export class RecordWriter {
  private readonly db: GridwalkDb;
  private readonly now: () => number;

  constructor(private readonly deps: RecordWriterDeps) {
    this.db = deps.db;
    this.now = deps.now ?? Date.now;
  }

  /** Validates and stores a new record; returns its UUIDv7 id. */
  async create(entity: EntityName, data: unknown): Promise<string> {
    const { validateCreate } = await loadValidation();
    const parsed = validateCreate(entity, data);
    const time = this.now();
    const id = uuidv7(time);
    const entry = this.entry(entity, 'create', id, parsed, time);
    const table = this.db.records(entity);
    await guardStorage(() =>
      this.db.transaction('rw', table, this.db.outbox, async () => {
        const seq = await this.db.outbox.add(entry);
        await table.add(buildRecord(null, [{ ...entry, seq }])!);
      }),
    );
    markCommitted({ entity, op: 'create', id });
    this.deps.onWrite?.();
    return id;
  }

  /**
   * Several new records of one kind as one action (the secretary's "Approve" on the visible list): all
   * validated first, then all stored with their outbox entries in ONE transaction, or none. Their ids, in order.
   */
  async createMany(entity: EntityName, list: readonly unknown[]): Promise<string[]> {
    const { validateCreate } = await loadValidation();
    const parsed = list.map((data) => validateCreate(entity, data));
    const time = this.now();
    const ids = parsed.map(() => uuidv7(time));
    const table = this.db.records(entity);
    await guardStorage(() =>
      this.db.transaction('rw', table, this.db.outbox, async () => {
        for (const [index, data] of parsed.entries()) {
          const entry = this.entry(entity, 'create', ids[index]!, data, time);
          const seq = await this.db.outbox.add(entry);
          await table.add(buildRecord(null, [{ ...entry, seq }])!);
        }
      }),
    );
    for (const id of ids) markCommitted({ entity, op: 'create', id });
    if (ids.length > 0) this.deps.onWrite?.();
    return ids;
  }

  /** Applies the changed fields locally at once and queues them with the server version last seen. */
  async patch(entity: EntityName, id: string, changes: unknown): Promise<void> {
    const { validatePatch } = await loadValidation();
    const table = this.db.records(entity);
    const wrote = await guardStorage(() => this.db.transaction('rw', table, this.db.outbox, async () => {
      const row = await table.get(id);
      if (!row) throw new RecordNotFoundError(entity, id);
      const changed = validatePatch(entity, row, changes);
      if (Object.keys(changed).length === 0) return false;
      const entries = await this.db.outbox.where('recordId').equals(id).toArray();
      const server = entries.length > 0 ? (row._server ?? null) : toServerCopy(row);
      const entry: OutboxEntry = { ...this.entry(entity, 'patch', id, changed, this.now()), baseVersion: row.version };
      const seq = await this.db.outbox.add(entry);
      await table.put(buildRecord(server, [...entries, { ...entry, seq }])!);
      return true;
    }));
    if (!wrote) return;
    markCommitted({ entity, op: 'patch', id });
    this.deps.onWrite?.();
  }

  /** Marks an event voided locally and queues the void with its reason. Voiding twice does nothing. */
  async voidRecord(entity: EntityName, id: string, reason: string): Promise<void> {
    const { validateVoid } = await loadValidation();
    const data = validateVoid(entity, { reason });
    const table = this.db.records(entity);
    const wrote = await guardStorage(() => this.db.transaction('rw', table, this.db.outbox, async () => {
      const row = await table.get(id);
      if (!row) throw new RecordNotFoundError(entity, id);
      if (row.voidedAt) return false;
      const entries = await this.db.outbox.where('recordId').equals(id).toArray();
      const server = entries.length > 0 ? (row._server ?? null) : toServerCopy(row);
      const entry = this.entry(entity, 'void', id, data, this.now());
      const seq = await this.db.outbox.add(entry);
      await table.put(buildRecord(server, [...entries, { ...entry, seq }])!);
      return true;
    }));
    if (!wrote) return;
    markCommitted({ entity, op: 'void', id });
    this.deps.onWrite?.();
  }

  private entry(entity: EntityName, op: OutboxEntry['op'], recordId: string, data: Record<string, unknown>, time: number): OutboxEntry {
    return {
      mutationId: uuidv7(time),
      entity,
      op,
      recordId,
      data,
      recordedAt: new Date(time).toISOString(),
      state: 'pending',
      attempts: 0,
    };
  }
}
