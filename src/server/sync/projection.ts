/**
 * Stored records as pull delivers them: data plus server fields, cut down for volunteers. A volunteer
 * delivering to a sealed building learns the building (address, seal state), each confirmed request
 * of it in a minimal form (place, what is needed, state; the contact shortened and masked until the
 * volunteer claims it), and their own deliveries. While a testing campaign is open (a volunteer helping
 * at a sampling site): the campaign, its samplings, and the register's names and rooms, never an ID
 * number, phone, birth date, note or key group (a resident's tags arrive empty).
 * A grid worker receives a gate entry another worker recorded with the visitor's ID number masked
 * (110102********1234, issue 18): enough to tell two visitors of one name apart, not to copy.
 * A street officer (issue 19) receives fever reports without the person: the name shortened (张**), no
 * phone, resident or household; buildings without their notes.
 */
import { maskIdNumber } from '../../domain/id-number';
import { maskPhone } from '../../domain/phone';
import { shortenName } from '../../domain/requests/help-request-display';
import type { Change } from '../../domain/sync-protocol';
import type { RecordRow } from './record-store';
import type { Scope } from './scope';

/** What a volunteer may know of each entity they read (see readFilter in scope.ts for which records). */
const VOLUNTEER_FIELDS: Record<string, readonly string[]> = {
  community: ['name', 'street', 'district', 'city'],
  building: ['gridId', 'name', 'address', 'units', 'floors', 'sealed', 'sealedSince'],
  help_request: ['buildingId', 'unit', 'room', 'kind', 'needs', 'urgent', 'askedBy', 'state', 'claimedBy', 'claimedAt', 'closedReason'],
  delivery: ['helpRequestId', 'outcome', 'deliveredAt', 'note'],
  household: ['buildingId', 'unit', 'room', 'status'],
  resident: ['householdId', 'name', 'movedOutOn'],
  testing_campaign: ['communityId', 'name', 'startDate', 'endDate', 'sites', 'buildingIds', 'poolSize', 'closedAt'],
  sampling: ['campaignId', 'residentId', 'householdId', 'sampledAt', 'siteId', 'atHome', 'tubeNumber'],
};

/** What a street officer may know of the entities it reads that carry more than figures (street-scope.ts). */
const STREET_FIELDS: Record<string, readonly string[]> = {
  fever_report: ['temperature', 'symptoms', 'onsetDate', 'action', 'reportedAt', 'checkpointEntryId', 'monitoringCheckId'],
  building: VOLUNTEER_FIELDS.building!,
};

function forStreet(row: RecordRow): Record<string, unknown> {
  const fields = STREET_FIELDS[row.entity];
  if (!fields) return row.data;
  const out = pick(row.data, fields);
  if (row.entity === 'fever_report') {
    out.name = shortenName(String(row.data.name ?? ''));
    if (row.community_id !== null) out.communityId = row.community_id;
  }
  return out;
}

function iso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

function pick(data: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) if (data[field] !== undefined) out[field] = data[field];
  return out;
}

/** A help request as a volunteer sees it: the contact in full only on the request they claimed. */
function requestForVolunteer(data: Record<string, unknown>, scope: Scope): Record<string, unknown> {
  const out = pick(data, VOLUNTEER_FIELDS.help_request!);
  const mine = data.claimedBy === scope.userId;
  const name = typeof data.contactName === 'string' ? data.contactName : undefined;
  const phone = typeof data.contactPhone === 'string' ? data.contactPhone : '';
  if (mine) {
    if (name !== undefined) out.contactName = name;
    out.contactPhone = phone;
    if (data.claimedByName !== undefined) out.claimedByName = data.claimedByName;
  } else {
    if (name !== undefined) out.contactName = shortenName(name);
    out.contactPhone = maskPhone(phone);
  }
  return out;
}

function forVolunteer(row: RecordRow, scope: Scope): Record<string, unknown> {
  if (row.entity === 'help_request') return requestForVolunteer(row.data, scope);
  // A resident's schema has tags: none are told.
  if (row.entity === 'resident') return { ...pick(row.data, VOLUNTEER_FIELDS.resident!), tags: [] };
  return pick(row.data, VOLUNTEER_FIELDS[row.entity] ?? []);
}

/** Whether a grid worker receives this record masked: a gate entry with an ID number someone else recorded. */
export function maskedForWorker(row: Pick<RecordRow, 'entity' | 'created_by' | 'data'>, scope: Scope): boolean {
  return scope.role === 'grid_worker' && row.entity === 'checkpoint_entry' && row.created_by !== scope.userId && typeof row.data.idNumber === 'string';
}

/** A gate entry's change as another worker receives it: the ID number masked, the rest as recorded. */
export function maskGateEntry(change: Change): Change {
  const { idNumber } = change.data;
  return typeof idNumber === 'string' ? { ...change, data: { ...change.data, idNumber: maskIdNumber(idNumber) } } : change;
}

export function toChange(row: RecordRow, scope: Scope): Change {
  const visible = scope.role === 'volunteer' ? forVolunteer(row, scope) : scope.role === 'street_officer' ? forStreet(row) : row.data;
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
  const change: Change = { entity: row.entity, id: row.id, op: 'upsert', version: row.version, data };
  return maskedForWorker(row, scope) ? maskGateEntry(change) : change;
}
