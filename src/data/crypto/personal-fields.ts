/**
 * Which fields of each entity are personal (names, ID numbers, phones, health data, free text that may name
 * or describe people) and are stored sealed (sealed-record.ts). Fields used by a Dexie index stay in clear:
 * sealed, the index would be useless (see the notes at each entity). Names are checked against the
 * entity types at compile time.
 */
import type { EntityName } from '../../domain/entities/entity-names';
import type { CampaignExemption } from '../../domain/entities/campaign-exemption';
import type { CheckpointEntry } from '../../domain/entities/checkpoint-entry';
import type { Conflict } from '../../domain/entities/conflict';
import type { FeverReport } from '../../domain/entities/fever-report';
import type { HelpRequest } from '../../domain/entities/help-request';
import type { HomeMonitoring } from '../../domain/entities/home-monitoring';
import type { Household } from '../../domain/entities/household';
import type { MonitoringCheck } from '../../domain/entities/monitoring-check';
import type { Resident } from '../../domain/entities/resident';
import type { ShiftNote } from '../../domain/entities/shift-note';
import type { TestResult } from '../../domain/entities/test-result';
import type { Visit } from '../../domain/entities/visit';

/** Field names of T, checked by the compiler. */
function fieldsOf<T>() {
  return <const K extends keyof T & string>(...names: K[]): readonly K[] => names;
}

export type PersonalFieldMap = { readonly [E in EntityName]?: readonly string[] };

export const PERSONAL_FIELDS: PersonalFieldMap = {
  // `tags` (key groups, some of them health: close contact, home monitoring) stay in clear: Home's key group
  // lists read them on their multi-entry index. The name index was dropped (schema v10).
  resident: fieldsOf<Resident>()('name', 'idNumber', 'phone', 'birthDate', 'notes'),
  // Temperatures and symptoms are inside checks (one per resident).
  visit: fieldsOf<Visit>()('checks', 'notes'),
  fever_report: fieldsOf<FeverReport>()('name', 'phone', 'temperature', 'symptoms', 'onsetDate', 'action'),
  checkpoint_entry: fieldsOf<CheckpointEntry>()('name', 'phone', 'idNumber', 'temperature', 'healthCode', 'outcome', 'reason', 'note'),
  // The record itself (who is monitored) shows through residentId, an index.
  home_monitoring: fieldsOf<HomeMonitoring>()('reason', 'reasonNote', 'extensions', 'endKind', 'endNote'),
  monitoring_check: fieldsOf<MonitoringCheck>()('temperature', 'symptoms', 'notes'),
  // Beyond the list: other phones, names, results and free text.
  household: fieldsOf<Household>()('phone', 'notes'),
  help_request: fieldsOf<HelpRequest>()('contactName', 'contactPhone', 'needs'),
  test_result: fieldsOf<TestResult>()('result', 'note'),
  campaign_exemption: fieldsOf<CampaignExemption>()('kind', 'note'),
  shift_note: fieldsOf<ShiftNote>()('note'),
  // A same-field clash keeps both values of the field (a name, a phone, a temperature).
  conflict: fieldsOf<Conflict>()('serverValue', 'clientValue'),
};

/** The personal fields of an entity (none for reference and server data such as buildings or grids). */
export function personalFieldsOf(entity: EntityName): readonly string[] {
  return PERSONAL_FIELDS[entity] ?? [];
}
