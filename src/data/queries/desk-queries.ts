/**
 * The reads only the secretary's desk makes (Buildings, Reports, Trends, Conflicts), by purpose, each on an
 * index: kept apart from record-queries.ts so they load with the desk's screens, not with the first screen.
 */
import type { RecordQuery } from './record-query';
import { withinDays, type LocalDay } from '../../shared/local-date';
import { between, equals, newestFirst, query } from './record-queries';

/** The visits made from one local day to another, both included (voided ones included): a few days, never all of time. */
export function visitsBetween(firstDay: LocalDay, lastDay: LocalDay): RecordQuery<'visit'> {
  return query('visitsBetween', 'visit', between('visitedAt', firstDay.lower, lastDay.upper), {
    filter: (visit) => withinDays(firstDay, lastDay, visit.visitedAt),
  });
}

/** The fever reports made from one local day to another, both included (voided ones included). */
export function feverReportsBetween(firstDay: LocalDay, lastDay: LocalDay): RecordQuery<'fever_report'> {
  return query('feversBetween', 'fever_report', between('reportedAt', firstDay.lower, lastDay.upper), {
    filter: (report) => withinDays(firstDay, lastDay, report.reportedAt),
  });
}

/** Every checkpoint's entries from one local day to another, both included, in time order (undone ones included). */
export function checkpointEntriesBetween(firstDay: LocalDay, lastDay: LocalDay): RecordQuery<'checkpoint_entry'> {
  return query('entriesBetween', 'checkpoint_entry', between('at', firstDay.lower, lastDay.upper), {
    filter: (entry) => withinDays(firstDay, lastDay, entry.at),
  });
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
