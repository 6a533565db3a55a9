/**
 * src/data's public surface: the one module features and src/app import from this layer (the
 * lint rule forbids reaching past it, and forbids src/data's own modules importing it). Types,
 * the client and its hooks, the named queries and the errors a screen may meet.
 */
export type { DataClient } from './data-client';
export type { DatabaseStatus, SessionState, SessionStatus, StorageStatus, SyncPhase, SyncStatus, UnsentExport } from './client-state';
export type { LocalRecord, RecordSyncState } from './local-record';
export type { OutboxEntry, OutboxState } from './db/outbox-entry';
export type { UnreadableRecord } from './db/unreadable-record';
export type { RecordQuery } from './queries/record-query';
export type { IdsByValue, RecordIdsQuery } from './queries/record-ids-query';
export type { LiftInput, SealInput } from './repositories/sealing';
export type { DeliveryInput } from './repositories/deliveries';
export type { VisitInput } from './repositories/visit-with-follow-ups';
export type { KeepConflictValueInput, KeepConflictValueResult } from './repositories/conflict-resolution';
export type { SyncDirection, SyncProgress } from './sync/progress-estimate';
export type { HeldKind, PurgeCounts, PurgedKind, RetentionPurge, RetentionStatus } from './storage/retention-status';

export { createDataClient, type DataClientOptions, type GridwalkDataClient } from './create-data-client';
export { ApiError } from './api/api-error';
export { StorageFullError } from './db/storage-full-error';

export { DataClientContext, useDataClient } from './hooks/data-client-context';
export { useDatabaseStatus } from './hooks/use-database-status';
export { useConflictActions, useConflicts, useConflictsAbout, type ConflictActions, type ConflictEntry } from './hooks/use-conflicts';
export { useDayRecords, type DayRecords } from './hooks/use-day-records';
export { useRecord, useRecords } from './hooks/use-records';
export { useOpenMonitorings, type OpenMonitoring } from './hooks/use-open-monitorings';
export { useMonitoringRecords, useMonitoringRecordsAtOnce, type MonitoringRecords } from './hooks/use-monitoring-records';
export { useRecordCounts, useRecordIds } from './hooks/use-record-ids';
export { useRejectedMutations } from './hooks/use-rejected-mutations';
export { useRetentionStatus } from './hooks/use-retention-status';
export { useResidentSearch, type PreparedSearch, type RegisterRecords, type ResidentSearch } from './hooks/use-resident-search';
export { useSession } from './hooks/use-session';
export { useAppLock } from './hooks/use-app-lock';
export type { LockState, UnlockResult } from './lock/lock-state';
export { BACKGROUND_LOCK_MINUTES, IDLE_LOCK_MINUTES } from './lock/lock-state';
export { isValidPin, MAX_WRONG_PINS } from './crypto/pin-attempts';
export { isCryptoError } from './crypto/crypto-error';
export { useSignOut, type SignOutAction } from './hooks/use-sign-out';
export { useSyncProgress } from './hooks/use-sync-progress';
export { useSyncStatus } from './hooks/use-sync-status';
export { useUnreadableRecords } from './hooks/use-unreadable-records';

export {
  checkpointEntriesOnDay,
  dailyReportsOf,
  everyRecord,
  everySealPeriod,
  feverReportsOfHousehold,
  feverReportsOnDay,
  helpRequestsInState,
  householdsAtAddress,
  householdsInWalkingOrder,
  householdsOfBuilding,
  recordsByIds,
  residentsOfHousehold,
  residentsWithTag,
  shiftNotesOf,
  visitsOfHousehold,
  visitsOnDay,
} from './queries/record-queries';
export {
  checkpointEntriesBetween,
  communityReportsOn,
  communitySettingsOf,
  conflictsAbout,
  dailyReportsBetween,
  deviceSyncs,
  everyConflict,
  feverReportsBetween,
  gridsOfCommunity,
  sealPeriodsOfBuilding,
  visitsBetween,
} from './queries/desk-queries';
export { communityReportsBetween, everyCommunity, everyStreet, sealedBuildings } from './queries/street-queries';
export { householdCountsByBuilding, householdIdsByBuilding, type CountsByValue } from './queries/record-ids-query';
export {
  deliveriesBetween,
  deliveriesOfRequest,
  everyHelpRequest,
  helpRequestsOfBuilding,
  helpRequestsOfHousehold,
  openRequestsForVolunteer,
} from './queries/request-queries';
export { everyReview, everyTask, reviewsOfAuthor, reviewsOfRecord, tasksOfAssignee } from './queries/review-queries';
export {
  checksOfMonitoring,
  checksOfMonitorings,
  everyMonitoring,
  feverReportsFromChecks,
  monitoringsOfHousehold,
  monitoringsOfResident,
  openMonitorings,
} from './queries/monitoring-queries';
export {
  everyCampaign,
  exemptionsOfCampaign,
  newestSamplingsAtSite,
  resultsOfCampaign,
  samplingsInTube,
  samplingsOfCampaign,
  samplingsOfResidentIn,
} from './queries/testing-queries';
