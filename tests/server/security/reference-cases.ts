/**
 * The reference fields of every client-writable entity and how a create naming a record in each is
 * answered (reference-fields.test.ts fills the targets and runs them). Targets: records of worker1's grid
 * (own), of worker2's grid (otherGrid) and of another community (elsewhere).
 */
import { z } from 'zod';
import type { EntityName } from '../../../src/domain/entities/registry';
import { decision, taskFor } from '../../fixtures/review-task-server';
import {
  aBuilding,
  aCheckpointEntry,
  aDelivery,
  aFeverReport,
  aHelpRequest,
  aHousehold,
  aResident,
  aResidentCheckpointEntry,
  aShiftNote,
  aVisit,
} from '../../fixtures/domain-records';

export type Kind =
  | 'community'
  | 'grid'
  | 'building'
  | 'household'
  | 'resident'
  | 'checkpoint'
  | 'checkpointEntry'
  | 'helpRequest'
  | 'visit'
  | 'review'
  | 'feverReport'
  | 'monitoring'
  | 'monitoringCheck'
  | 'campaign'
  | 'site';
export type Targets = Record<Kind, string>;
/**
 * Records of worker1's grid (and the community, its checkpoint and a gate entry of it); its help request
 * is in the sealed building, of worker1's grid and assigned to volunteer1.
 */
const noTargets = (): Targets => ({ community: '', grid: '', building: '', household: '', resident: '', checkpoint: '', checkpointEntry: '', helpRequest: '', visit: '', review: '', feverReport: '', monitoring: '', monitoringCheck: '', campaign: '', site: '' });
export const own: Targets = noTargets();
/** Records of worker2's grid, in the same community (a testing campaign and its sites are the community's). */
export const otherGrid: Omit<Targets, 'community' | 'checkpoint' | 'checkpointEntry' | 'campaign' | 'site'> = {
  grid: '',
  building: '',
  household: '',
  resident: '',
  helpRequest: '',
  visit: '',
  review: '',
  feverReport: '',
  monitoring: '',
  monitoringCheck: '',
};
/** Records of another community. */
export const elsewhere: Targets = noTargets();
/**
 * Reviews: own.visit is a visit by worker1 that secretary1 returned (ownReturn); own.review is secretary1's
 * return of worker1's second visit (secondVisit). otherGrid and elsewhere hold a visit by their grid's
 * worker and its return.
 */
export const reviews = { worker1: '', ownReturn: '', secondVisit: '' };
/** Where worker1's household is: a help request naming a household must be at its building, unit and room. */
export const ownAddress = { unit: '', room: '' };

export const aDailyReport = (gridId: string) => ({
  gridId,
  date: '2026-11-02',
  counts: { doorsKnocked: 40, visited: 31, notHome: 7, refused: 2, residentsChecked: 66, feversFound: 0, feversReported: 0 },
  confirmedAt: '2026-11-02T11:30:00.000Z',
});

export interface ReferenceCase {
  /** entity.field as the issue names it. */
  name: string;
  entity: EntityName;
  kind: Kind;
  /** Who writes: a grid worker, or the secretary where a grid worker may not create the entity at all, or the volunteer who delivers. */
  writer: 'worker1' | 'secretary1' | 'volunteer1';
  /** A valid record naming `target` in the field (its other references in the writer's reach). */
  record: (target: string) => Record<string, unknown>;
  /** The field the refusal names. */
  errorField: string;
  /**
   * How a record of another community (and, alike, an unknown id) is refused: NOT_FOUND not_found unless
   * told (a task's target outside the community is VALIDATION target_outside_community).
   */
  refused?: { code: 'NOT_FOUND' | 'VALIDATION'; key: string };
  /**
   * Where another community's record is refused otherwise than an unknown id: FORBIDDEN (issue 17: a
   * sampling, exemption or result outside the writer's community), while an unknown id stays `refused`.
   */
  foreignCode?: 'FORBIDDEN';
  /**
   * How naming worker2's grid is refused (NOT_FOUND: a record the writer may not read, answered as an
   * unknown one), or null where the rules allow it (gate duty is community-wide; the secretary writes every grid).
   */
  otherGridCode: 'FORBIDDEN' | 'VALIDATION' | 'NOT_FOUND' | null;
  /** Where the stored record keeps the reference. */
  stored: (data: Record<string, unknown>) => unknown;
}

const field = (name: string) => (data: Record<string, unknown>) => data[name];
const firstOf = (name: string) => (data: Record<string, unknown>) => z.array(z.string()).parse(data[name])[0];
const aCommunityReport = (communityId: string, grids: { gridsReported?: string[]; gridsMissing?: string[] } = {}) => ({
  communityId,
  date: '2026-11-02',
  counts: { doorsKnocked: 40, visited: 31, notHome: 7, refused: 2, residentsChecked: 66, feversFound: 0, feversReported: 0 },
  gridsReported: grids.gridsReported ?? [own.grid],
  gridsMissing: grids.gridsMissing ?? [],
  confirmedAt: '2026-11-02T18:30:00.000Z',
});
const firstCheck = (data: Record<string, unknown>) => z.array(z.object({ residentId: z.string() })).parse(data.checks)[0]?.residentId;

export const CASES: ReferenceCase[] = [
  {
    name: 'building.gridId',
    entity: 'building',
    kind: 'grid',
    writer: 'secretary1',
    record: (gridId) => aBuilding({ gridId, name: '新楼' }),
    errorField: 'gridId',
    otherGridCode: null,
    stored: field('gridId'),
  },
  {
    name: 'household.buildingId',
    entity: 'household',
    kind: 'building',
    writer: 'worker1',
    record: (buildingId) => aHousehold({ buildingId, room: '909' }),
    errorField: 'buildingId',
    otherGridCode: 'FORBIDDEN',
    stored: field('buildingId'),
  },
  {
    name: 'resident.householdId',
    entity: 'resident',
    kind: 'household',
    writer: 'worker1',
    record: (householdId) => aResident({ householdId }),
    errorField: 'householdId',
    otherGridCode: 'FORBIDDEN',
    stored: field('householdId'),
  },
  {
    name: 'visit.householdId',
    entity: 'visit',
    kind: 'household',
    writer: 'worker1',
    record: (householdId) => aVisit({ householdId, outcome: 'not_home', checks: [] }),
    errorField: 'householdId',
    otherGridCode: 'FORBIDDEN',
    stored: field('householdId'),
  },
  {
    name: 'visit.checks[].residentId',
    entity: 'visit',
    kind: 'resident',
    writer: 'worker1',
    record: (residentId) => aVisit({ householdId: own.household, checks: [{ residentId, temperature: 36.5, symptoms: [] }] }),
    errorField: 'checks',
    // A resident of another grid is no resident of the visited household.
    otherGridCode: 'VALIDATION',
    stored: firstCheck,
  },
  {
    name: 'fever_report.householdId',
    entity: 'fever_report',
    kind: 'household',
    writer: 'worker1',
    record: (householdId) => aFeverReport({ householdId, residentId: undefined }),
    errorField: 'householdId',
    otherGridCode: 'FORBIDDEN',
    stored: field('householdId'),
  },
  {
    name: 'fever_report.residentId',
    entity: 'fever_report',
    kind: 'resident',
    writer: 'worker1',
    record: (residentId) => aFeverReport({ householdId: undefined, residentId }),
    errorField: 'residentId',
    otherGridCode: 'FORBIDDEN',
    stored: field('residentId'),
  },
  {
    name: 'fever_report.checkpointEntryId',
    entity: 'fever_report',
    kind: 'checkpointEntry',
    writer: 'worker1',
    record: (checkpointEntryId) => aFeverReport({ householdId: undefined, residentId: undefined, name: '李四', checkpointEntryId }),
    errorField: 'checkpointEntryId',
    otherGridCode: null,
    stored: field('checkpointEntryId'),
  },
  {
    name: 'checkpoint_entry.checkpointId',
    entity: 'checkpoint_entry',
    kind: 'checkpoint',
    writer: 'worker1',
    record: (checkpointId) => aCheckpointEntry({ checkpointId }),
    errorField: 'checkpointId',
    otherGridCode: null,
    stored: field('checkpointId'),
  },
  {
    name: 'checkpoint_entry.residentId',
    entity: 'checkpoint_entry',
    kind: 'resident',
    writer: 'worker1',
    record: (residentId) => aResidentCheckpointEntry({ checkpointId: own.checkpoint, residentId, householdId: undefined }),
    errorField: 'residentId',
    otherGridCode: null,
    stored: field('residentId'),
  },
  {
    name: 'checkpoint_entry.householdId',
    entity: 'checkpoint_entry',
    kind: 'household',
    writer: 'worker1',
    record: (householdId) => aCheckpointEntry({ checkpointId: own.checkpoint, householdId }),
    errorField: 'householdId',
    otherGridCode: null,
    stored: field('householdId'),
  },
  {
    name: 'daily_report.gridId',
    entity: 'daily_report',
    kind: 'grid',
    writer: 'worker1',
    record: aDailyReport,
    errorField: 'gridId',
    otherGridCode: 'FORBIDDEN',
    stored: field('gridId'),
  },
  {
    name: 'shift_note.checkpointId',
    entity: 'shift_note',
    kind: 'checkpoint',
    writer: 'worker1',
    record: (checkpointId) => aShiftNote({ checkpointId }),
    errorField: 'checkpointId',
    otherGridCode: null,
    stored: field('checkpointId'),
  },
  {
    name: 'seal_period.buildingId',
    entity: 'seal_period',
    kind: 'building',
    writer: 'secretary1',
    record: (buildingId) => ({ buildingId, startDate: '2026-11-20', reason: '密接者居住' }),
    errorField: 'buildingId',
    otherGridCode: null,
    stored: field('buildingId'),
  },
  {
    name: 'community_settings.communityId',
    entity: 'community_settings',
    kind: 'community',
    writer: 'secretary1',
    record: (communityId) => ({ communityId, reportDeadline: '18:00' }),
    errorField: 'communityId',
    otherGridCode: null,
    stored: field('communityId'),
  },
  {
    name: 'community_report.communityId',
    entity: 'community_report',
    kind: 'community',
    writer: 'secretary1',
    record: (communityId) => aCommunityReport(communityId),
    errorField: 'communityId',
    otherGridCode: null,
    stored: field('communityId'),
  },
  {
    name: 'community_report.gridsReported[]',
    entity: 'community_report',
    kind: 'grid',
    writer: 'secretary1',
    record: (gridId) => aCommunityReport(own.community, { gridsReported: [gridId] }),
    errorField: 'gridsReported',
    otherGridCode: null,
    stored: firstOf('gridsReported'),
  },
  {
    name: 'community_report.gridsMissing[]',
    entity: 'community_report',
    kind: 'grid',
    writer: 'secretary1',
    record: (gridId) => aCommunityReport(own.community, { gridsMissing: [gridId] }),
    errorField: 'gridsMissing',
    otherGridCode: null,
    stored: firstOf('gridsMissing'),
  },
  {
    name: 'help_request.buildingId',
    entity: 'help_request',
    kind: 'building',
    writer: 'worker1',
    record: (buildingId) => aHelpRequest({ buildingId, householdId: undefined, unit: '1', room: '102' }),
    errorField: 'buildingId',
    otherGridCode: 'FORBIDDEN',
    stored: field('buildingId'),
  },
  {
    name: 'help_request.householdId',
    entity: 'help_request',
    kind: 'household',
    writer: 'worker1',
    record: (householdId) => aHelpRequest({ buildingId: own.building, householdId, ...ownAddress }),
    errorField: 'householdId',
    // A household of another grid is not at the request's address (worker1's building).
    otherGridCode: 'VALIDATION',
    stored: field('householdId'),
  },
  {
    name: 'review.recordId',
    entity: 'review',
    kind: 'visit',
    // The author resubmits their returned visit: the only decision a grid worker makes.
    writer: 'worker1',
    record: (recordId) => decision('resubmit', { id: recordId, by: reviews.worker1 }, { previousId: reviews.ownReturn }),
    errorField: 'recordId',
    // A visit of another grid is one worker1 cannot read, answered as an unknown one.
    otherGridCode: 'NOT_FOUND',
    stored: field('recordId'),
  },
  {
    name: 'review.previousId',
    entity: 'review',
    kind: 'review',
    writer: 'worker1',
    record: (previousId) => decision('resubmit', { id: reviews.secondVisit, by: reviews.worker1 }, { previousId }),
    errorField: 'previousId',
    // The decision is judged from a review of the record only: any other (or none) is not found among them.
    refused: { code: 'VALIDATION', key: 'not_found' },
    otherGridCode: 'VALIDATION',
    stored: field('previousId'),
  },
  {
    name: 'review.correctionId',
    entity: 'review',
    kind: 'visit',
    writer: 'worker1',
    record: (correctionId) => decision('resubmit', { id: reviews.secondVisit, by: reviews.worker1 }, { previousId: own.review, correctionId }),
    errorField: 'correctionId',
    // A correction is the author's own record of the same kind: worker2's visit is not.
    refused: { code: 'VALIDATION', key: 'correction_invalid' },
    otherGridCode: 'VALIDATION',
    stored: field('correctionId'),
  },
  {
    name: 'task.targetId',
    entity: 'task',
    kind: 'building',
    writer: 'secretary1',
    record: (targetId) => taskFor({ id: reviews.worker1, name: '网格员 李娟' }, { type: 'building', id: targetId }),
    errorField: 'targetId',
    refused: { code: 'VALIDATION', key: 'target_outside_community' },
    // The secretary gives tasks anywhere in the community.
    otherGridCode: null,
    stored: field('targetId'),
  },
  {
    name: 'delivery.helpRequestId',
    entity: 'delivery',
    kind: 'helpRequest',
    writer: 'volunteer1',
    record: (helpRequestId) => aDelivery({ helpRequestId }),
    errorField: 'helpRequestId',
    // A request of a building not assigned to the volunteer is one they cannot read.
    otherGridCode: 'NOT_FOUND',
    stored: field('helpRequestId'),
  },
];

/**
 * Uuid fields that name a user, not a record (no record of another community to name): a request's
 * claimant is never set on a create (help-requests.test.ts); a review's recordBy must be the reviewed
 * record's author (record_by_invalid) and a task's assignee an active grid worker of the community
 * (assignee_invalid), each tested in review.test.ts and tasks.test.ts.
 */
export const USER_FIELDS = ['help_request.claimedBy', 'review.recordBy', 'task.assigneeId'];
/**
 * Reference fields never set on a create: a task is created open, without an outcome (task_not_closed);
 * its assignee's patch marking it done names the visit, which must be of the task's community
 * (doneVisitId not_found, tasks.test.ts). A task's former assignees (user ids) are the server's to write on a
 * reassignment, never a phone's (immutable_field, tasks.test.ts).
 */
export const NOT_ON_CREATE = ['task.doneVisitId', 'task.formerAssigneeIds[]'];
