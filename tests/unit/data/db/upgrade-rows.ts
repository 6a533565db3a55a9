/** Rows as later schema versions stored them, for the schema upgrade cases (schema-upgrade.test.ts). */
import { sampleIds } from '../../../fixtures/domain-records';

/** Version 8 (issue 16): a home monitoring and one of its checks, as the phone stores them. */
export const monitoringRow = {
  id: '0190a000-0000-7000-8000-0000000000e1',
  residentId: sampleIds.resident,
  householdId: sampleIds.household,
  reason: 'returnee',
  startDate: '2026-11-20',
  startedAt: '2026-11-20T15:00:00+08:00',
  days: 14,
  checksPerDay: 2,
  version: 1,
  _sync: 'synced',
};
export const monitoringCheckRow = {
  id: '0190a000-0000-7000-8000-0000000000e2',
  monitoringId: monitoringRow.id,
  residentId: sampleIds.resident,
  householdId: sampleIds.household,
  checkedAt: '2026-11-20T15:30:00+08:00',
  temperature: 36.6,
  symptoms: [],
  version: 1,
  _sync: 'pending',
};

/** Version 9 (issue 17): a sampling of a testing campaign, as the phone stores it. */
export const samplingRow = {
  id: '0190a000-0000-7000-8000-0000000000e3',
  campaignId: '0190a000-0000-7000-8000-0000000000e4',
  residentId: sampleIds.resident,
  householdId: sampleIds.household,
  sampledAt: '2026-11-26T08:10:00+08:00',
  siteId: '0190a000-0000-7000-8000-0000000000e5',
  atHome: false,
  tubeNumber: 'T-0001',
  version: 1,
  _sync: 'pending',
};
