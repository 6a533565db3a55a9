/**
 * One push applied in one transaction: the records it touches are read up front (the ones it changes
 * locked, in id order), every mutation is judged in order against them with the push's earlier
 * mutations applied, and what was applied is written at the end in a few set-based statements
 * (records, conflicts with their `conflict` records, idempotency records). A mutation that is refused
 * leaves no trace.
 */
import type { Queryable } from '../db/database';
import type { Mutation } from '../../domain/sync-protocol';
import { UUID_PATTERN } from '../../shared/uuid-v7';
import type { AppliedResult, ConflictRow, MutationEffect } from './mutation-context';
import { conflictRecords } from './conflict-records';
import { findRecords, insertRows, updateRows, type WritableRow } from './record-store';
import { storedAccount, storedDailyReportExists, storedOpenMonitoringsOf, storedReviewsOf, storedTubeCount, type AccountFacts, type RecordSource } from './record-source';

export interface StoredMutation {
  user_id: string;
  request_hash: string;
  result: AppliedResult;
}

interface AppliedMutation {
  mutationId: string;
  hash: string;
  result: AppliedResult;
}

export class PushBatch implements RecordSource {
  private readonly stored = new Map<string, WritableRow | null>();
  private readonly staged = new Map<string, { row: WritableRow; isNew: boolean }>();
  private readonly conflicts: ConflictRow[] = [];
  private readonly applied: AppliedMutation[] = [];
  private readonly seenMutations = new Map<string, StoredMutation>();

  constructor(
    private readonly tx: Queryable,
    private readonly userId: string,
    private readonly deviceId: string,
    /** The writer's display name, kept on the conflict records of the push. */
    private readonly userName?: string,
  ) {}

  /** Reads the idempotency records and every record the mutations name; locks the ones they change. */
  async load(mutations: readonly Mutation[]): Promise<void> {
    const { rows } = await this.tx.query<StoredMutation & { mutation_id: string }>(
      'SELECT mutation_id, user_id, request_hash, result FROM mutations WHERE mutation_id = ANY($1::text[])',
      [mutations.map((m) => m.mutationId)],
    );
    for (const row of rows) this.seenMutations.set(row.mutation_id, row);
    const changed = new Set<string>();
    const named = new Set<string>();
    for (const m of mutations) {
      if (m.op === 'create') {
        addId(named, m.id);
        for (const id of referencedIds(m.data)) addId(named, id);
      } else addId(changed, m.id);
    }
    for (const id of changed) named.delete(id);
    const locked = [...changed].sort();
    this.remember(locked, await findRecords(this.tx, locked, true));
    this.remember([...named], await findRecords(this.tx, [...named]));
  }

  /** The idempotency record of this mutationId: stored, or applied earlier in this push. */
  previous(mutationId: string): StoredMutation | undefined {
    return this.seenMutations.get(mutationId);
  }

  /** The idempotency record of this mutationId as committed now (by a concurrent push, say). */
  async committedMutation(mutationId: string): Promise<StoredMutation | undefined> {
    const { rows } = await this.tx.query<StoredMutation>(
      'SELECT user_id, request_hash, result FROM mutations WHERE mutation_id = $1',
      [mutationId],
    );
    return rows[0];
  }

  /** The record with this id (staged, read before, or read now), whoever may read it. */
  async find(id: string): Promise<WritableRow | null> {
    const key = id.toLowerCase();
    const staged = this.staged.get(key);
    if (staged) return staged.row;
    if (this.stored.has(key)) return this.stored.get(key) ?? null;
    if (!UUID_PATTERN.test(key)) return null;
    const [row] = await findRecords(this.tx, [key]);
    this.stored.set(key, row ?? null);
    return row ?? null;
  }

  async dailyReportExists(gridId: string | null, userId: string, date: unknown): Promise<boolean> {
    for (const { row, isNew } of this.staged.values()) {
      if (isNew && row.entity === 'daily_report' && row.grid_id === gridId && row.created_by === userId && row.data.date === date) return true;
    }
    return storedDailyReportExists(this.tx, gridId, userId, date);
  }

  async reviewsOf(recordId: string): Promise<WritableRow[]> {
    const key = recordId.toLowerCase();
    const stored = await storedReviewsOf(this.tx, key);
    const staged = [...this.staged.values()].filter(({ row, isNew }) => isNew && row.entity === 'review' && row.data.recordId === key);
    const known = new Set(stored.map((row) => row.id));
    return [...stored, ...staged.filter(({ row }) => !known.has(row.id)).map(({ row }) => row)];
  }

  account(userId: string): Promise<AccountFacts | null> {
    return storedAccount(this.tx, userId);
  }

  /** Live samplings in the tube: those stored, plus the ones this push created (minus the ones it voided). */
  async tubeCount(campaignId: string, tubeNumber: string): Promise<number> {
    const key = campaignId.toLowerCase();
    const inTube = (row: WritableRow) => row.entity === 'sampling' && row.data.campaignId === key && row.data.tubeNumber === tubeNumber;
    let count = await storedTubeCount(this.tx, key, tubeNumber);
    for (const { row, isNew } of this.staged.values()) {
      if (!inTube(row)) continue;
      if (isNew && row.voided_at === null) count++;
      else if (!isNew && row.voided_at !== null && this.stored.get(row.id)?.voided_at === null) count--;
    }
    return count;
  }

  /** Open monitorings of the resident: stored ones as this push has left them, and ones it created. */
  async openMonitoringsOf(residentId: string): Promise<WritableRow[]> {
    const key = residentId.toLowerCase();
    const isOpen = (row: WritableRow) => row.entity === 'home_monitoring' && row.data.residentId === key && row.voided_at === null && row.data.endedOn === undefined;
    const stored = (await storedOpenMonitoringsOf(this.tx, key)).map((row) => this.staged.get(row.id)?.row ?? row);
    const known = new Set(stored.map((row) => row.id));
    const created = [...this.staged.values()].filter(({ row }) => !known.has(row.id)).map(({ row }) => row);
    return [...stored, ...created].filter(isOpen);
  }

  /** Keeps an applied mutation's effect for the final write; later mutations of the push see it. */
  stage(mutationId: string, hash: string, effect: MutationEffect): void {
    if (effect.write) {
      const { row, isNew } = effect.write;
      const earlier = this.staged.get(row.id);
      this.staged.set(row.id, { row, isNew: earlier?.isNew ?? isNew });
    }
    if (effect.conflicts) this.conflicts.push(...effect.conflicts);
    this.applied.push({ mutationId, hash, result: effect.result });
    this.seenMutations.set(mutationId, { user_id: this.userId, request_hash: hash, result: effect.result });
  }

  /** Writes everything staged: new records in the order they were created, then changed ones. */
  async write(): Promise<void> {
    const staged = [...this.staged.values()];
    await insertRows(this.tx, staged.filter((s) => s.isNew).map((s) => s.row));
    await updateRows(this.tx, staged.filter((s) => !s.isNew).map((s) => s.row));
    await this.writeConflicts();
    await this.writeMutations();
  }

  private remember(ids: readonly string[], rows: readonly WritableRow[]): void {
    for (const id of ids) this.stored.set(id, null);
    for (const row of rows) this.stored.set(row.id, row);
  }

  private async writeConflicts(): Promise<void> {
    if (this.conflicts.length === 0) return;
    await insertRows(this.tx, conflictRecords(this.conflicts, this.userId, this.deviceId, this.userName, new Date()));
    await this.tx.query(
      `INSERT INTO conflicts (community_id, entity, record_id, field, base_version, server_value, client_value, user_id, device_id)
       SELECT c."communityId", c.entity, c."recordId", c.field, c."baseVersion", c."serverValue", c."clientValue", $2::uuid, $3
         FROM jsonb_to_recordset($1::jsonb) AS c ("communityId" uuid, entity text, "recordId" uuid, field text, "baseVersion" int, "serverValue" jsonb, "clientValue" jsonb)`,
      [JSON.stringify(this.conflicts), this.userId, this.deviceId],
    );
  }

  private async writeMutations(): Promise<void> {
    if (this.applied.length === 0) return;
    await this.tx.query(
      `INSERT INTO mutations (mutation_id, user_id, device_id, request_hash, result)
       SELECT m."mutationId", $2::uuid, $3, m.hash, m.result
         FROM jsonb_to_recordset($1::jsonb) AS m ("mutationId" text, hash text, result jsonb)`,
      [JSON.stringify(this.applied), this.userId, this.deviceId],
    );
  }
}

function addId(set: Set<string>, id: string): void {
  const key = id.toLowerCase();
  if (UUID_PATTERN.test(key)) set.add(key);
}

/** Ids a new record may name: its parents (top-level uuid fields, also in lists: a community report's grids) and a visit's checked residents. */
function referencedIds(data: Record<string, unknown>): string[] {
  const ids: string[] = [];
  for (const value of Object.values(data)) {
    if (typeof value === 'string') ids.push(value);
    else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') ids.push(item);
  }
  const checks = data.checks;
  if (Array.isArray(checks)) {
    for (const check of checks) {
      if (typeof check === 'object' && check !== null && 'residentId' in check && typeof check.residentId === 'string') ids.push(check.residentId);
    }
  }
  return ids;
}
