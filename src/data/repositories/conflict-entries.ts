/**
 * The conflicts a query selects, each joined with the record it is about as this phone holds it (and the
 * household and building it belongs to) and which side of the clash the record holds. Loaded with the
 * screens that show conflicts (see useConflicts), not with the first screen.
 */
import { conflictHolds, type ConflictHolds } from '../../domain/conflicts/conflict-holds';
import type { EntityName } from '../../domain/entities/entity-names';
import type { PatchableEntity } from '../../domain/entities/patch';
import type { DataClient } from '../data-client';
import type { LocalRecord } from '../local-record';
import { recordsByIds } from '../queries/record-queries';
import type { RecordQuery } from '../queries/record-query';

export interface ConflictEntry {
  conflict: LocalRecord<'conflict'>;
  /** The record the conflict is about, null when it is not on this phone. */
  record: LocalRecord | null;
  /** The record's value of the field now (undefined: empty, or the record is missing). */
  current: unknown;
  /** Which value the record holds now; 'missing' without the record. */
  holds: ConflictHolds | 'missing';
  /** Whether "Keep this value" can write the record (a kind phones may patch, on this phone). */
  canKeep: boolean;
  /** The building the record is (a building) or stands in (a household, a resident's household). */
  building: LocalRecord<'building'> | null;
  /** The household the record is (a household) or belongs to (a resident). */
  household: LocalRecord<'household'> | null;
}

const PATCHABLE: Record<PatchableEntity, true> = {
  building: true,
  household: true,
  resident: true,
  seal_period: true,
  community_settings: true,
  conflict: true,
  help_request: true,
  task: true,
  home_monitoring: true,
  testing_campaign: true,
};

function isPatchable(entity: EntityName): boolean {
  return Object.hasOwn(PATCHABLE, entity);
}

function fieldOf(record: LocalRecord, field: string): unknown {
  const fields: Record<string, unknown> = record;
  return fields[field];
}

async function byId<E extends EntityName>(client: DataClient, entity: E, ids: readonly string[]): Promise<Map<string, LocalRecord<E>>> {
  if (ids.length === 0) return new Map();
  const records = await client.listRecords(recordsByIds(entity, ids));
  return new Map(records.map((record) => [record.id, record]));
}

/** Reads the conflicts a query selects and the records they are about (a few index reads). */
export async function readEntries(client: DataClient, query: RecordQuery<'conflict'>): Promise<ConflictEntry[]> {
  const conflicts = await client.listRecords(query);
  const idsOf = (entity: EntityName) => conflicts.filter((conflict) => conflict.entity === entity).map((conflict) => conflict.recordId);
  const others = [...new Set(conflicts.map((conflict) => conflict.entity))].filter((entity) => entity !== 'building' && entity !== 'household' && entity !== 'resident');
  const residents = await byId(client, 'resident', idsOf('resident'));
  const households = await byId(client, 'household', [...idsOf('household'), ...[...residents.values()].map((resident) => resident.householdId)]);
  const buildings = await byId(client, 'building', [...idsOf('building'), ...[...households.values()].map((household) => household.buildingId)]);
  const rest = new Map<string, LocalRecord>();
  for (const entity of others) {
    for (const [id, record] of await byId(client, entity, idsOf(entity))) rest.set(`${entity}:${id}`, record);
  }
  return conflicts.map((conflict): ConflictEntry => {
    const resident = conflict.entity === 'resident' ? (residents.get(conflict.recordId) ?? null) : null;
    const household = conflict.entity === 'household' ? households.get(conflict.recordId) : resident ? households.get(resident.householdId) : undefined;
    const building = conflict.entity === 'building' ? buildings.get(conflict.recordId) : household ? buildings.get(household.buildingId) : undefined;
    const record: LocalRecord | null =
      conflict.entity === 'resident' ? resident
      : conflict.entity === 'household' ? (household ?? null)
      : conflict.entity === 'building' ? (building ?? null)
      : (rest.get(`${conflict.entity}:${conflict.recordId}`) ?? null);
    const current = record ? fieldOf(record, conflict.field) : undefined;
    return {
      conflict,
      record,
      current,
      holds: record ? conflictHolds(conflict, current) : 'missing',
      canKeep: record !== null && isPatchable(conflict.entity),
      building: building ?? null,
      household: household ?? null,
    };
  });
}

