/**
 * What a user may read and write. Reads become a SQL filter on the records table's scope columns;
 * writes are checked against the scope columns a record has (or would get from its parent chain).
 */
import { createHash } from 'node:crypto';
import { gateLogWindowStart, withinGateLogWindow } from '../../domain/checkpoint/gate-log-window';
import { CAMPAIGN_TIME_ZONE } from '../../domain/testing/campaign-open';
import { todayIn } from '../../shared/local-date';
import type { Queryable } from '../db/database';
import type { UserRow } from '../auth/users';
import type { EntityName } from '../../domain/entities/registry';
import type { UserRole } from '../../domain/sync-protocol';
import { loadStreetPlace, streetCanRead, streetReadFilter, type StreetPlace } from './street-scope';

export interface Scope {
  userId: string;
  role: UserRole;
  communityId: string | null;
  gridIds: string[];
  /** Volunteers only: the buildings the secretary assigned them to (of their community), sorted. */
  buildingIds: string[];
  /**
   * Volunteers only: the open testing campaigns of their community (not closed, not past their end
   * date), sorted. While there is one, a volunteer helping at a sampling site reads the register's
   * names and rooms (no ID number, phone or key group: projection.ts) and the campaign's samplings, and
   * records samplings; never exemptions or results.
   */
  campaignIds?: string[];
  /** Street officers only: their street, its district and its communities (street-scope.ts); null: none found. */
  street?: StreetPlace | null;
}

/** The scope columns of a stored record, or of one about to be written. */
export interface ScopedRecord {
  entity: string;
  community_id: string | null;
  grid_id: string | null;
  building_id: string | null;
  created_by: string;
  /** The record's fields, when stored (a task's assignee). */
  data?: Record<string, unknown>;
}

/**
 * Entities a grid worker reads across the whole community. Gate entries too, but only those of the last
 * 48 hours and their own (gate-log-window.ts), others' with the visitor's ID number masked (projection.ts).
 */
const COMMUNITY_WIDE_FOR_WORKERS: readonly EntityName[] = ['community', 'grid', 'checkpoint', 'shift_note', 'community_settings', 'testing_campaign', 'test_result'];
/**
 * Every entity a grid worker may read outside her grids: the community-wide ones, and those of the other
 * branches of readFilter below (fever reports, gate entries, reviews, tasks). Her pull reads them through
 * the partial index records_worker_feed (migration 012), which names this list: keep the two the same.
 */
export const WORKER_OFF_GRID: readonly EntityName[] = [...COMMUNITY_WIDE_FOR_WORKERS, 'fever_report', 'checkpoint_entry', 'review', 'task'];
/**
 * The version of what a grid worker reads beyond their scope columns: a new value voids every grid
 * worker's cursor (scopeHash), so phones drop what they pulled under the old rule and pull again.
 * 'gate-48h': the gate log cut to 48 hours and masked (issue 18); before, the full log in full.
 */
const WORKER_READ_RULES = 'gate-48h';
/** Entities only the secretary (or admin) of the community reads, even where a grid worker's grid is named. */
const SECRETARY_READS: readonly EntityName[] = ['community_report', 'device_sync', 'conflict'];
/** Entities only the secretary (or admin) of the community writes (a conflict: its seen mark and kept value). */
const SECRETARY_WRITES: readonly EntityName[] = ['seal_period', 'community_settings', 'community_report', 'conflict', 'testing_campaign', 'test_result'];
/** Written by the server only (a phone's last sync): no client writes them. */
const SERVER_ONLY: readonly EntityName[] = ['device_sync'];
/** Entities a grid worker writes anywhere in their community: gate duty, and sampling at a campaign's site (not tied to a grid). */
const GATE_ENTITIES: readonly string[] = ['checkpoint_entry', 'shift_note', 'sampling'];
/** What a volunteer writes: the claim and state of a request, and their deliveries (rules: help-request-rules.ts). */
const VOLUNTEER_WRITES: readonly EntityName[] = ['help_request', 'delivery', 'sampling'];
/** What a volunteer reads of the register while a testing campaign is open (to find the person at the site). */
const SITE_REGISTER: readonly string[] = ['building', 'household', 'resident'];
/** States of a help request a volunteer never sees: not yet confirmed, or rejected. */
const HIDDEN_FROM_VOLUNTEERS = ['unconfirmed', 'rejected'];

export async function loadScope(db: Queryable, user: UserRow): Promise<Scope> {
  const scope: Scope = {
    userId: user.id,
    role: user.role,
    communityId: user.community_id,
    gridIds: [...user.grid_ids].sort(),
    buildingIds: [],
  };
  if (user.role === 'volunteer' && user.community_id && user.building_ids.length > 0) {
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM records WHERE entity = 'building' AND community_id = $1 AND id = ANY($2::uuid[]) ORDER BY id`,
      [user.community_id, user.building_ids],
    );
    scope.buildingIds = rows.map((row) => row.id);
  }
  if (user.role === 'volunteer' && user.community_id) {
    const { rows } = await db.query<{ id: string }>(
      // isCampaignOpen (domain/testing/campaign-open.ts) in SQL.
      `SELECT id FROM records WHERE entity = 'testing_campaign' AND community_id = $1 AND NOT (data ? 'closedAt') AND data->>'endDate' >= $2 ORDER BY id`,
      [user.community_id, todayIn(CAMPAIGN_TIME_ZONE)],
    );
    scope.campaignIds = rows.map((row) => row.id);
  }
  if (user.role === 'street_officer') scope.street = await loadStreetPlace(db, user.street_id);
  return scope;
}

function campaignsOf(scope: Scope): readonly string[] {
  return scope.campaignIds ?? [];
}

/** Changes whenever what the user may read changes: a cursor made under another scope is void. */
export function scopeHash(scope: Scope): string {
  const parts = [scope.userId, scope.role, scope.communityId ?? '', scope.gridIds.join(','), scope.buildingIds.join(',')];
  // A campaign opening or closing changes what a volunteer reads (the register at the site).
  if (campaignsOf(scope).length > 0) parts.push(campaignsOf(scope).join(','));
  if (scope.role === 'grid_worker') parts.push(WORKER_READ_RULES);
  // A community joining or leaving the street changes what its officer reads.
  if (scope.street) parts.push(scope.street.streetId, scope.street.communityIds.join(','));
  return createHash('sha256').update(parts.join('|')).digest('base64url').slice(0, 22);
}

/**
 * A SQL condition on `records` selecting what the scope may read; params are numbered from `from`.
 * `now` (epoch milliseconds) places a grid worker's window on the gate log.
 */
export function readFilter(scope: Scope, from: number, now: number = Date.now()): { sql: string; params: unknown[] } {
  const p = (offset: number) => `$${from + offset}`;
  if (scope.role === 'street_officer') return streetReadFilter(scope.street, p);
  if (scope.role === 'admin' && scope.communityId === null) return { sql: 'TRUE', params: [] };
  if (!scope.communityId) return { sql: 'FALSE', params: [] };
  switch (scope.role) {
    case 'admin':
    case 'secretary':
      return { sql: `community_id = ${p(0)}`, params: [scope.communityId] };
    case 'grid_worker': {
      const worker = workerReadParts(scope, p, now);
      return { sql: `${worker.base} AND (grid_id = ANY(${worker.gridIds}) OR ${worker.offGrid})`, params: worker.params };
    }
    case 'volunteer':
      // The community, the assigned buildings, their confirmed requests, and the volunteer's own deliveries;
      // while a testing campaign is open, the campaign, its samplings and the register (names and rooms).
      return {
        sql: `community_id = ${p(0)} AND (entity = 'community'
               OR (entity = 'building' AND building_id = ANY(${p(1)}::uuid[]))
               OR (entity = 'help_request' AND building_id = ANY(${p(1)}::uuid[]) AND data->>'state' <> ALL(${p(2)}::text[]))
               OR (entity = 'delivery' AND created_by = ${p(3)})
               OR (entity = 'testing_campaign' AND id = ANY(${p(4)}::uuid[]))
               OR (entity = 'sampling' AND data->>'campaignId' = ANY(${p(4)}::uuid[]::text[]))
               OR (cardinality(${p(4)}::uuid[]) > 0 AND entity = ANY(${p(5)}::text[])))`,
        params: [scope.communityId, scope.buildingIds, HIDDEN_FROM_VOLUNTEERS, scope.userId, campaignsOf(scope), SITE_REGISTER],
      };
  }
}

/**
 * A grid worker's filter in parts (readFilter joins them): `base` holds for all she reads (her community,
 * never the secretary's entities); beyond that, a row is in one of her grids (`gridIds`, a uuid[]) or is
 * one of the others she reads (`offGrid`, only ever of an entity of WORKER_OFF_GRID).
 */
export function workerReadParts(scope: Scope, p: (offset: number) => string, now: number): { base: string; gridIds: string; offGrid: string; params: unknown[] } {
  return {
    base: `community_id = ${p(0)} AND entity <> ALL(${p(4)}::text[])`,
    gridIds: `${p(2)}::uuid[]`,
    offGrid: `(entity = ANY(${p(1)}::text[])
               OR (entity = 'fever_report' AND grid_id IS NULL AND created_by = ${p(3)})
               OR (entity = 'checkpoint_entry' AND (created_by = ${p(3)}
                   OR CASE WHEN entity = 'checkpoint_entry' THEN (data->>'at')::timestamptz >= ${p(6)}::timestamptz ELSE false END))
               OR (entity = 'review' AND data->>'recordBy' = ${p(5)}::text)
               OR (entity = 'task' AND (data->>'assigneeId' = ${p(5)}::text OR data->'formerAssigneeIds' ? ${p(5)}::text)))`,
    params: [scope.communityId, COMMUNITY_WIDE_FOR_WORKERS, scope.gridIds, scope.userId, SECRETARY_READS, scope.userId, new Date(gateLogWindowStart(now)).toISOString()],
  };
}

/** The scope columns a stored record has, as reads are filtered on them. */
export interface ReadableRecord {
  /** Its id, where known (a volunteer reads an open testing campaign by its id). */
  id?: string;
  entity: string;
  community_id: string | null;
  grid_id: string | null;
  building_id: string | null;
  created_by: string;
  /** The record's fields (a help request's state decides whether a volunteer sees it; a review's author or a task's assignee, whether a grid worker does). */
  data?: Record<string, unknown>;
}

/** Whether the scope may read a stored record: the same rule as readFilter, for one record in memory. */
export function canRead(scope: Scope, record: ReadableRecord, now: number = Date.now()): boolean {
  if (scope.role === 'street_officer') return streetCanRead(scope.street, record);
  if (scope.role === 'admin' && scope.communityId === null) return true;
  if (!scope.communityId || record.community_id !== scope.communityId) return false;
  switch (scope.role) {
    case 'admin':
    case 'secretary':
      return true;
    case 'grid_worker':
      if ((SECRETARY_READS as readonly string[]).includes(record.entity)) return false;
      return (
        (COMMUNITY_WIDE_FOR_WORKERS as readonly string[]).includes(record.entity) ||
        (record.grid_id !== null && scope.gridIds.includes(record.grid_id)) ||
        (record.entity === 'fever_report' && record.grid_id === null && record.created_by === scope.userId) ||
        (record.entity === 'checkpoint_entry' && (record.created_by === scope.userId || withinGateLogWindow(String(record.data?.at), now))) ||
        // The reviews of their own records (a gate entry's too) and the tasks given to them, wherever their target.
        (record.entity === 'review' && record.data?.recordBy === scope.userId) ||
        (record.entity === 'task' && (record.data?.assigneeId === scope.userId || wasAssignee(record.data, scope.userId)))
      );
    case 'volunteer': {
      const assigned = record.building_id !== null && scope.buildingIds.includes(record.building_id);
      const campaigns = campaignsOf(scope);
      switch (record.entity) {
        case 'community':
          return true;
        case 'building':
          return assigned || campaigns.length > 0;
        case 'household':
        case 'resident':
          return campaigns.length > 0;
        case 'testing_campaign':
          return record.id !== undefined && campaigns.includes(record.id);
        case 'sampling':
          return campaigns.includes(String(record.data?.campaignId));
        case 'help_request':
          return assigned && !HIDDEN_FROM_VOLUNTEERS.includes(String(record.data?.state));
        case 'delivery':
          return record.created_by === scope.userId;
        default:
          return false;
      }
    }
  }
}

/** Whether a task was given to this user before it was reassigned (they still receive it). */
function wasAssignee(data: Record<string, unknown> | undefined, userId: string): boolean {
  return Array.isArray(data?.formerAssigneeIds) && data.formerAssigneeIds.includes(userId);
}

/** Roles that may never write an entity, whatever the record: checked before anything else. */
export function mayWriteEntity(scope: Scope, entity: EntityName): boolean {
  if (scope.role === 'street_officer') return false;
  if (scope.role === 'volunteer') return VOLUNTEER_WRITES.includes(entity);
  if (SERVER_ONLY.includes(entity)) return false;
  if (scope.role === 'grid_worker' && (entity === 'building' || SECRETARY_WRITES.includes(entity))) return false;
  return true;
}

/** Records the server writes as things happen; a client may at most patch a conflict (entityOps). */
export function isServerWritten(entity: EntityName): boolean {
  return entity === 'device_sync' || entity === 'conflict';
}

export function canWrite(scope: Scope, record: ScopedRecord): boolean {
  if (!mayWriteEntity(scope, record.entity as EntityName)) return false;
  if (scope.role === 'admin' && scope.communityId === null) return true;
  if (!scope.communityId || record.community_id !== scope.communityId) return false;
  if (scope.role === 'volunteer') {
    // Their own samplings, of an open campaign (a new one's campaign: campaign-checks.ts).
    if (record.entity === 'sampling') return record.created_by === scope.userId && (record.data === undefined || campaignsOf(scope).includes(String(record.data.campaignId)));
    const assigned = record.building_id !== null && scope.buildingIds.includes(record.building_id);
    return assigned && (record.entity !== 'delivery' || record.created_by === scope.userId);
  }
  if (scope.role !== 'grid_worker') return true;
  if (GATE_ENTITIES.includes(record.entity)) return true;
  // A worker's review is a resubmission of their own record (review-checks.ts); a stored task is theirs when given to them.
  if (record.entity === 'review') return true;
  if (record.entity === 'task' && record.data !== undefined) return record.data.assigneeId === scope.userId;
  if (record.grid_id !== null) return scope.gridIds.includes(record.grid_id);
  return record.entity === 'fever_report' && record.created_by === scope.userId;
}
