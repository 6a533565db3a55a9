/** Issue 19's reference field: the community a fever report names (a street officer's copy carries it). */
import { aFeverReport } from '../../fixtures/domain-records';
import { own, type ReferenceCase } from './reference-cases';

export const STREET_CASES: ReferenceCase[] = [
  {
    // A phone's must be the community the report is in: another one, or an unknown id, is refused alike.
    name: 'fever_report.communityId',
    entity: 'fever_report',
    kind: 'community',
    writer: 'worker1',
    record: (communityId) => aFeverReport({ householdId: own.household, residentId: undefined, communityId }),
    errorField: 'communityId',
    refused: { code: 'VALIDATION', key: 'community_mismatch' },
    otherGridCode: null,
    stored: (data) => data.communityId,
  },
];
