/** Stored records as pull delivers them: data plus server fields, cut down for volunteers. */
import type { Change } from '../../domain/sync-protocol';
import type { RecordRow } from './record-store';
import type { Scope } from './scope';

/** What a volunteer delivering to a sealed building may know. */
const VOLUNTEER_FIELDS: Record<string, readonly string[]> = {
  community: ['name', 'street', 'district', 'city'],
  building: ['gridId', 'name', 'address', 'units', 'floors', 'sealed', 'sealedSince'],
  household: ['buildingId', 'unit', 'room', 'phone', 'status'],
  resident: ['householdId', 'name'],
  seal_period: ['buildingId', 'startDate', 'liftedOn'],
};

function iso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

function pick(data: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) if (data[field] !== undefined) out[field] = data[field];
  return out;
}

export function toChange(row: RecordRow, scope: Scope): Change {
  const visible = scope.role === 'volunteer' ? pick(row.data, VOLUNTEER_FIELDS[row.entity] ?? []) : row.data;
  const data: Record<string, unknown> = {
    ...visible,
    id: row.id,
    version: row.version,
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
  if (row.voided_at !== null) {
    data.voidedAt = iso(row.voided_at);
    if (row.void_reason !== null) data.voidReason = row.void_reason;
  }
  return { entity: row.entity, id: row.id, op: 'upsert', version: row.version, data };
}
