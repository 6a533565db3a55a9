/**
 * The records that may be the correction of a returned one: of the same kind, by the same worker, about
 * the same household (a visit), the same person (a fever report) or the same checkpoint (a gate entry),
 * made after the return and not voided; newest first.
 */
import {
  checkpointEntriesBetween,
  feverReportsBetween,
  feverReportsOfHousehold,
  useRecords,
  visitsOfHousehold,
} from '../../data';
import { localDateOf, localDay } from '../../shared/local-date';
import { newestSubjectsFirst, subjectAuthor, subjectTime, subjectsOf, type ReviewRecord, type ReviewSubject } from './review-subject';

/** Whether `candidate` may correct `original` (returned by `openReturn`) for the worker `userId`. */
export function mayCorrect(original: ReviewSubject, candidate: ReviewSubject, openReturn: ReviewRecord, userId: string): boolean {
  if (candidate.entity !== original.entity || candidate.record.id === original.record.id) return false;
  if (candidate.record.voidedAt || subjectAuthor(candidate, userId) !== userId) return false;
  if ((Date.parse(subjectTime(candidate)) || 0) < (Date.parse(openReturn.decidedAt) || 0)) return false;
  if (original.entity === 'visit') return candidate.record.householdId === original.record.householdId;
  if (original.entity === 'fever_report' && candidate.entity === 'fever_report') {
    const { residentId, name } = original.record;
    return residentId ? candidate.record.residentId === residentId : candidate.record.name === name;
  }
  return original.entity === 'checkpoint_entry' && candidate.entity === 'checkpoint_entry' && candidate.record.checkpointId === original.record.checkpointId;
}

/** The candidates on this phone (live); undefined while they load. */
export function useCorrectionCandidates(original: ReviewSubject, openReturn: ReviewRecord, userId: string): ReviewSubject[] | undefined {
  const since = localDay(localDateOf(new Date(Date.parse(openReturn.decidedAt) || Date.now())));
  const today = localDay(localDateOf());
  const householdId = original.record.householdId;
  const visits = useRecords(original.entity === 'visit' ? visitsOfHousehold(original.record.householdId) : null);
  const reports = useRecords(
    original.entity === 'fever_report' ? (householdId ? feverReportsOfHousehold(householdId) : feverReportsBetween(since, today)) : null,
  );
  const entries = useRecords(original.entity === 'checkpoint_entry' ? checkpointEntriesBetween(since, today) : null);
  if (visits === undefined || reports === undefined || entries === undefined) return undefined;
  return newestSubjectsFirst(subjectsOf(visits, reports, entries).filter((candidate) => mayCorrect(original, candidate, openReturn, userId)));
}
