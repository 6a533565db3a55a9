/**
 * A reviewed record with its kind (visit, fever report, checkpoint entry), and what the review screens
 * read of any of them: its time, household, author and where its own screen is.
 */
import type { LocalRecord } from '../../data';
import type { ReviewedEntity } from '../../domain/entities/review';

export type ReviewSubject =
  | { entity: 'visit'; record: LocalRecord<'visit'> }
  | { entity: 'fever_report'; record: LocalRecord<'fever_report'> }
  | { entity: 'checkpoint_entry'; record: LocalRecord<'checkpoint_entry'> };

export type ReviewRecord = LocalRecord<'review'>;

export const REVIEW_KINDS: readonly ReviewedEntity[] = ['visit', 'fever_report', 'checkpoint_entry'];

export function isReviewedEntity(value: string): value is ReviewedEntity {
  return (REVIEW_KINDS as readonly string[]).includes(value);
}

/** When the record was made (visited, reported, through the gate). */
export function subjectTime(subject: ReviewSubject): string {
  if (subject.entity === 'visit') return subject.record.visitedAt;
  if (subject.entity === 'fever_report') return subject.record.reportedAt;
  return subject.record.at;
}

export function subjectHousehold(subject: ReviewSubject): string | undefined {
  return subject.record.householdId;
}

/** Who made it: the server's createdBy, or this phone's user for a record made here and not yet synced back. */
export function subjectAuthor(subject: ReviewSubject, userId: string): string {
  return subject.record.createdBy ?? userId;
}

/** The record's review page (summary, history, decisions). */
export function reviewPath(entity: ReviewedEntity, recordId: string): string {
  return `/review/${entity}/${encodeURIComponent(recordId)}`;
}

/** The record's own screen, where it is voided (checkpoint entries have none). */
export function recordPath(subject: ReviewSubject): string | null {
  if (subject.entity === 'visit') return `/visits/${encodeURIComponent(subject.record.id)}`;
  if (subject.entity === 'fever_report') return `/fever-reports/${encodeURIComponent(subject.record.id)}`;
  return null;
}

const byTime = (a: ReviewSubject, b: ReviewSubject) => (Date.parse(subjectTime(b)) || 0) - (Date.parse(subjectTime(a)) || 0);

/** Newest first. */
export function newestSubjectsFirst(subjects: readonly ReviewSubject[]): ReviewSubject[] {
  return [...subjects].sort(byTime);
}

/** The subjects of the three kinds' lists, one per id. */
export function subjectsOf(
  visits: readonly LocalRecord<'visit'>[],
  reports: readonly LocalRecord<'fever_report'>[],
  entries: readonly LocalRecord<'checkpoint_entry'>[],
): ReviewSubject[] {
  const out = new Map<string, ReviewSubject>();
  for (const record of visits) out.set(record.id, { entity: 'visit', record });
  for (const record of reports) out.set(record.id, { entity: 'fever_report', record });
  for (const record of entries) out.set(record.id, { entity: 'checkpoint_entry', record });
  return [...out.values()];
}
