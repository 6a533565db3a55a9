/**
 * The records behind the Review screen, live: the visits, fever reports and gate entries of the chosen
 * day (or of the last 14 days), every record whose review loop is open (returned or resubmitted, from
 * any day) with its correction, their reviews and places; the queue and the open returns per grid.
 */
import { useMemo } from 'react';
import {
  checkpointEntriesBetween,
  everyReview,
  feverReportsBetween,
  recordsByIds,
  useRecords,
  visitsBetween,
} from '../../data';
import type { ReviewedEntity } from '../../domain/entities/review';
import { reviewStandingOf, reviewsByRecord } from '../../domain/review/review-state';
import { addDays, localDateOf, localDay } from '../../shared/local-date';
import { gridOf, usePlaces, type Places } from './review-places';
import { buildQueue, openReturnsByGrid, standingResubmission, type OpenReturns, type QueueItem } from './review-queue';
import { subjectsOf, type ReviewRecord, type ReviewSubject } from './review-subject';

/** The days the queue looks back without a chosen day. */
export const QUEUE_DAYS = 14;

export interface ReviewQueue {
  loading: boolean;
  queue: QueueItem[];
  openReturns: OpenReturns[];
  places: Places;
  gridOf: (subject: ReviewSubject) => string | null;
}

/** The ids of records whose loop is open (and their corrections), by kind. */
function openLoopIds(byRecord: ReadonlyMap<string, ReviewRecord[]>): Record<ReviewedEntity, string[]> {
  const ids: Record<ReviewedEntity, string[]> = { visit: [], fever_report: [], checkpoint_entry: [] };
  for (const [recordId, reviews] of byRecord) {
    const standing = reviewStandingOf(reviews);
    const entity = reviews[0]?.recordEntity;
    if (!entity || !standing.openReturn) continue;
    ids[entity].push(recordId);
    const correction = standingResubmission(standing)?.correctionId;
    if (correction) ids[entity].push(correction);
  }
  return ids;
}

export function useReviewQueue(day: string | null): ReviewQueue {
  const today = localDateOf();
  const first = localDay(day ?? addDays(today, -(QUEUE_DAYS - 1)));
  const last = localDay(day ?? today);
  const reviews = useRecords(everyReview());
  const visits = useRecords(visitsBetween(first, last));
  const reports = useRecords(feverReportsBetween(first, last));
  const entries = useRecords(checkpointEntriesBetween(first, last));
  // Derived once per change of what was read (the screen re-renders on every filter change).
  const byRecord = useMemo(() => reviewsByRecord(reviews ?? []), [reviews]);
  const open = useMemo(() => openLoopIds(byRecord), [byRecord]);
  const openVisits = useRecords(open.visit.length > 0 ? recordsByIds('visit', open.visit) : null);
  const openReports = useRecords(open.fever_report.length > 0 ? recordsByIds('fever_report', open.fever_report) : null);
  const openEntries = useRecords(open.checkpoint_entry.length > 0 ? recordsByIds('checkpoint_entry', open.checkpoint_entry) : null);

  const subjects = useMemo(
    () => subjectsOf([...(visits ?? []), ...(openVisits ?? [])], [...(reports ?? []), ...(openReports ?? [])], [...(entries ?? []), ...(openEntries ?? [])]),
    [visits, openVisits, reports, openReports, entries, openEntries],
  );
  const places = usePlaces(subjects);
  const gridOfSubject = (subject: ReviewSubject) => gridOf(subject, places);
  const loading = [reviews, visits, reports, entries, openVisits, openReports, openEntries].some((list) => list === undefined);
  const queue = useMemo(() => (loading ? [] : buildQueue(subjects, byRecord)), [loading, subjects, byRecord]);
  return {
    loading,
    queue,
    openReturns: loading ? [] : openReturnsByGrid(subjects, byRecord, gridOfSubject),
    places,
    gridOf: gridOfSubject,
  };
}
