/**
 * The reads screens make, by purpose, each on an index of the local database (schema.ts). Screens
 * pass these to useRecords; index names never leave src/data.
 */
import type { EntityName } from '../../domain/entities/entity-names';
import type { HelpRequestState } from '../../domain/entities/help-request';
import type { ResidentTag } from '../../domain/entities/resident';
import { compareRoomPlaces } from '../../domain/round/room-order';
import type { LocalDay } from '../../shared/local-date';
import type { LocalRecord } from '../local-record';
import type { IndexKey, RecordQuery, RecordSelection } from './record-query';

type Finish<E extends EntityName> = Pick<RecordQuery<E>, 'filter' | 'order' | 'newest'>;

/** A query whose key is its name and what it selects (filter and order follow from the name). */
export function query<E extends EntityName>(name: string, entity: E, select: RecordSelection, finish: Finish<E> = {}): RecordQuery<E> {
  return { key: `${name}:${JSON.stringify(select)}`, entity, select, ...finish };
}

export function equals(index: string, value: IndexKey): RecordSelection {
  return { kind: 'equals', index, value };
}

export function between(index: string, lower: IndexKey, upper: IndexKey): RecordSelection {
  return { kind: 'between', index, lower, upper };
}

export function newestFirst<E extends EntityName>(time: (record: LocalRecord<E>) => string) {
  return (a: LocalRecord<E>, b: LocalRecord<E>) => (Date.parse(time(b)) || 0) - (Date.parse(time(a)) || 0);
}

/** Every record of a kind on this phone (reference lists, the round over the user's scope). */
export function everyRecord<E extends EntityName>(entity: E): RecordQuery<E> {
  return query('every', entity, { kind: 'all' });
}

/** Records of a kind by id, in id order; ids not on the phone are left out. */
export function recordsByIds<E extends EntityName>(entity: E, ids: readonly string[]): RecordQuery<E> {
  return query('byIds', entity, { kind: 'anyOf', index: 'id', values: [...new Set(ids)].sort() });
}

export function householdsOfBuilding(buildingId: string): RecordQuery<'household'> {
  return query('households', 'household', equals('buildingId', buildingId));
}

/** A building's households in the order a worker walks it: unit, floor, room. */
export function householdsInWalkingOrder(buildingId: string): RecordQuery<'household'> {
  return query('walk', 'household', equals('buildingId', buildingId), { order: compareRoomPlaces });
}

/** The households registered at one address of a building (normally one; more means a duplicate). */
export function householdsAtAddress(buildingId: string, unit: string, room: string): RecordQuery<'household'> {
  return query('address', 'household', equals('[buildingId+unit+room]', [buildingId, unit, room]));
}

export function residentsOfHousehold(householdId: string): RecordQuery<'resident'> {
  return query('residents', 'resident', equals('householdId', householdId));
}

/** The residents tagged with one key group (moved-out ones included: the caller decides). */
export function residentsWithTag(tag: ResidentTag): RecordQuery<'resident'> {
  return query('tagged', 'resident', equals('tags', tag));
}

/** A household's visits, newest first. */
export function visitsOfHousehold(householdId: string): RecordQuery<'visit'> {
  return query('visits', 'visit', equals('householdId', householdId), { order: newestFirst((visit) => visit.visitedAt) });
}

/** The visits made on one local day (voided ones included). */
export function visitsOnDay(day: LocalDay): RecordQuery<'visit'> {
  return query('visitsOn', 'visit', between('visitedAt', day.lower, day.upper), { filter: (visit) => day.includes(visit.visitedAt) });
}

/** A household's fever reports, newest first. */
export function feverReportsOfHousehold(householdId: string): RecordQuery<'fever_report'> {
  return query('fevers', 'fever_report', equals('householdId', householdId), { order: newestFirst((report) => report.reportedAt) });
}

/** The fever reports made on one local day (voided ones included). */
export function feverReportsOnDay(day: LocalDay): RecordQuery<'fever_report'> {
  return query('feversOn', 'fever_report', between('reportedAt', day.lower, day.upper), { filter: (report) => day.includes(report.reportedAt) });
}

/** The daily reports confirmed for one grid and date (one per worker). */
export function dailyReportsOf(gridId: string, date: string): RecordQuery<'daily_report'> {
  return query('dailyReports', 'daily_report', equals('[gridId+date]', [gridId, date]));
}

/** One checkpoint's entries on one local day, latest first (undone ones included). */
export function checkpointEntriesOnDay(checkpointId: string, day: LocalDay): RecordQuery<'checkpoint_entry'> {
  return query('entriesOn', 'checkpoint_entry', between('[checkpointId+at]', [checkpointId, day.lower], [checkpointId, day.upper]), {
    filter: (entry) => day.includes(entry.at),
    order: newestFirst((entry) => entry.at),
  });
}

/** Every seal period on the phone (each building's history; the one that holds now). */
export function everySealPeriod(): RecordQuery<'seal_period'> {
  return query('sealPeriods', 'seal_period', { kind: 'all' });
}

/** A checkpoint's handover notes, newest first (by when written, else the shift they close). */
export function shiftNotesOf(checkpointId: string): RecordQuery<'shift_note'> {
  return query('notes', 'shift_note', equals('checkpointId', checkpointId), { order: newestFirst((note) => note.createdAt ?? note.shiftStart) });
}

/** The help requests in one state, oldest first (Home's "Requests to confirm": here, with the first screen's reads). */
export function helpRequestsInState(state: HelpRequestState): RecordQuery<'help_request'> {
  return query('requestsInState', 'help_request', equals('state', state), {
    order: (a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id.localeCompare(b.id),
  });
}
