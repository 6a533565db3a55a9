/**
 * Data-layer code the first screen does not need, loaded on first use as separate chunks (the
 * service worker precaches them, so they load offline too): the sync run (push, pull), writes,
 * the needs-attention actions and the export. Keeps the app's first screen within its budget.
 */
export const loadSyncRun = () => import('./sync/sync-once');
export const loadRecordWriter = () => import('./repositories/record-writer');
export const loadSealingWriter = () => import('./repositories/sealing');
export const loadDeliveryWriter = () => import('./repositories/deliveries');
export const loadVisitWriter = () => import('./repositories/visit-with-follow-ups');
export const loadConflictResolver = () => import('./repositories/conflict-resolution');
export const loadConflictEntries = () => import('./repositories/conflict-entries');
export const loadNeedsAttention = () => import('./repositories/needs-attention');
export const loadExportUnsent = () => import('./repositories/export-unsent');
export const loadPersistentStorage = () => import('./storage/persistent-storage');
export const loadRetentionStatus = () => import('./storage/retention-status');
export const loadPeopleApi = () => import('./api/people-api');
export const loadPosterApi = () => import('./api/poster-api');
export const loadPhonesApi = () => import('./api/phones-api');
export const loadRemoteWipe = () => import('./session/remote-wipe');
export const loadUnlockKeys = () => import('./lock/unlock-keys');
