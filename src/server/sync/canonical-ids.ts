/**
 * The id fields of a review or a task that the server matches against the ids it holds (always lower
 * case): a grid worker's read scope (a review's recordBy, a task's assigneeId), a record's review history
 * (recordId, previousId) and who may change a task (assigneeId). A uuid in capitals names the same record
 * or user, so it is stored in lower case: otherwise worker1 would never pull a return naming them as
 * "0190…A1", nor the task given to them that way.
 */
import type { EntityName } from '../../domain/entities/registry';

const ID_FIELDS: Partial<Record<EntityName, readonly string[]>> = {
  review: ['recordId', 'recordBy', 'previousId', 'correctionId'],
  task: ['targetId', 'assigneeId', 'doneVisitId'],
};

/** The record's fields (a create's, or a patch's) with its matched id fields in lower case. */
export function withCanonicalIds(entity: EntityName, data: Record<string, unknown>): Record<string, unknown> {
  const fields = ID_FIELDS[entity];
  if (!fields) return data;
  const out: Record<string, unknown> = { ...data };
  for (const field of fields) {
    const value = out[field];
    if (typeof value === 'string') out[field] = value.toLowerCase();
  }
  return out;
}
