/**
 * The reads screens make, by purpose, each on an index of the local database (schema.ts). Screens
 * pass these to useRecords; index names never leave src/data.
 */
import type { EntityName } from '../../domain/entities/entity-names';
import type { ResidentTag } from '../../domain/entities/resident';
import { compareRoomPlaces } from '../../domain/round/room-order';
import { localDateOf, type LocalDay } from '../../shared/local-date';
import type { LocalRecord } from '../local-record';
import type { IndexKey, RecordQuery, RecordSelection } from './record-query';

type Finish<E extends EntityName> = Pick<RecordQuery<E>, 'filter' | 'order'>;

/** A query whose key is its name and what it selects (filter and order follow from the name). */
function query<E extends EntityName>(name: string, entity: E, select: RecordSelection, finish: Finish<E> = {}): RecordQuery<E> {
  return { key: `${name}:${JSON.stringify(select)}`, entity, select, ...finish };
}

function equals(index: string, value: IndexKey): RecordSelection {
  return { kind: 'equals', index, value };
}

function between(index: string, lower: IndexKey, upper: IndexKey): RecordSelection {
  return { kind: 'between', index, lower, upper };
}

function newestFirst<E extends EntityName>(time: (record: LocalRecord<E>) => string) {
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

/** Whether a timestamp falls on a local day from `firstDay` to `lastDay` (both included). */
function withinDays(firstDay: LocalDay, lastDay: LocalDay) {
  return (timestamp: string) => {
    const at = Date.parse(timestamp);
    if (Number.isNaN(at)) return false;
    const date = localDateOf(new Date(at));
    return date >= firstDay.date && date <= lastDay.date;
  };
}

/** The visits made from one local day to another, both included (voided ones included): a few days, never all of time. */
export function visitsBetween(firstDay: LocalDay, lastDay: LocalDay): RecordQuery<'visit'> {
  const within = withinDays(firstDay, lastDay);
  return query('visitsBetween', 'visit', between('visitedAt', firstDay.lower, lastDay.upper), { filter: (visit) => within(visit.visitedAt) });
}

/** A household's fever reports, newest first. */
export function feverReportsOfHousehold(householdId: string): RecordQuery<'fever_report'> {
  return query('fevers', 'fever_report', equals('householdId', householdId), { order: newestFirst((report) => report.reportedAt) });
}

/** The fever reports made on one local day (voided ones included). */
export function feverReportsOnDay(day: LocalDay): RecordQuery<'fever_report'> {
  return query('feversOn', 'fever_report', between('reportedAt', day.lower, day.upper), { filter: (report) => day.includes(report.reportedAt) });
}

/** The fever reports made from one local day to another, both included (voided ones included). */
export function feverReportsBetween(firstDay: LocalDay, lastDay: LocalDay): RecordQuery<'fever_report'> {
  const within = withinDays(firstDay, lastDay);
  return query('feversBetween', 'fever_report', between('reportedAt', firstDay.lower, lastDay.upper), {
    filter: (report) => within(report.reportedAt),
  });
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

/** Every checkpoint's entries on one local day, in time order (undone ones included). */
export function allCheckpointEntriesOnDay(day: LocalDay): RecordQuery<'checkpoint_entry'> {
  return query('allEntriesOn', 'checkpoint_entry', between('at', day.lower, day.upper), { filter: (entry) => day.includes(entry.at) });
}

/** Every seal period on the phone (each building's history; the one that holds now). */
export function everySealPeriod(): RecordQuery<'seal_period'> {
  return query('sealPeriods', 'seal_period', { kind: 'all' });
}

/** One building's seal periods, the latest started first. */
export function sealPeriodsOfBuilding(buildingId: string): RecordQuery<'seal_period'> {
  return query('sealPeriodsOf', 'seal_period', equals('buildingId', buildingId), {
    order: (a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : a.id < b.id ? 1 : -1),
  });
}

/** The phones' last syncs the server sends the secretary (one record per user's device). */
export function deviceSyncs(): RecordQuery<'device_sync'> {
  return query('deviceSyncs', 'device_sync', { kind: 'all' });
}

/** The grids of one community (reference data from the pull). */
export function gridsOfCommunity(communityId: string): RecordQuery<'grid'> {
  return query('gridsOf', 'grid', equals('communityId', communityId));
}

/** Every grid's daily reports for the dates from `firstDate` to `lastDate` (YYYY-MM-DD, both included). */
export function dailyReportsBetween(firstDate: string, lastDate: string): RecordQuery<'daily_report'> {
  return query('dailyReportsBetween', 'daily_report', between('date', firstDate, lastDate));
}

/** A community's settings (one record; more only if two secretaries created one offline: the caller picks). */
export function communitySettingsOf(communityId: string): RecordQuery<'community_settings'> {
  return query('communitySettings', 'community_settings', equals('communityId', communityId));
}

/** A community's own daily reports for one date, the latest confirmed first. */
export function communityReportsOn(communityId: string, date: string): RecordQuery<'community_report'> {
  return query('communityReports', 'community_report', equals('date', date), {
    filter: (report) => report.communityId === communityId,
    order: newestFirst((report) => report.confirmedAt),
  });
}

/** A checkpoint's handover notes, newest first (by when written, else the shift they close). */
export function shiftNotesOf(checkpointId: string): RecordQuery<'shift_note'> {
  return query('notes', 'shift_note', equals('checkpointId', checkpointId), { order: newestFirst((note) => note.createdAt ?? note.shiftStart) });
}

/** The same-field conflicts the server recorded about any of these records (seen ones included), newest first. */
export function conflictsAbout(recordIds: readonly string[]): RecordQuery<'conflict'> {
  return query('conflictsAbout', 'conflict', { kind: 'anyOf', index: 'recordId', values: [...new Set(recordIds)].sort() }, {
    order: newestFirst((conflict) => conflict.at),
  });
}

/** Every conflict on the phone (seen ones included), newest first. */
export function everyConflict(): RecordQuery<'conflict'> {
  return query('conflicts', 'conflict', between('at', '', '\uffff'), { order: newestFirst((conflict) => conflict.at) });
}
