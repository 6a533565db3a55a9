/**
 * The secretary's review queue, from the records and their reviews (the state is derived every time,
 * never stored): records not reviewed yet and resubmitted ones; resubmitted first (with the return's
 * comment and the correction), then fever reports, then newest. Voided records and the corrections of
 * a resubmission are not queued on their own. Also the open returns (returned or resubmitted) per grid.
 */
import type { ReviewedEntity } from '../../domain/entities/review';
import { reviewStandingOf, type ReviewStanding } from '../../domain/review/review-state';
import type { LocalDay } from '../../shared/local-date';
import { subjectAuthor, subjectTime, type ReviewRecord, type ReviewSubject } from './review-subject';

export interface QueueItem {
  subject: ReviewSubject;
  /** Every review of the record, oldest first. */
  history: ReviewRecord[];
  standing: ReviewStanding<ReviewRecord>;
  /** A resubmitted record's resubmission (the author's word is its comment). */
  resubmission: ReviewRecord | null;
  /** The new record the resubmission links (null: "No new record", or not on this phone). */
  correction: ReviewSubject | null;
}

/** The records named as the correction of a resubmission. */
export function correctionIds(reviews: readonly ReviewRecord[]): Set<string> {
  const out = new Set<string>();
  for (const review of reviews) if (review.decision === 'resubmit' && review.correctionId) out.add(review.correctionId);
  return out;
}

/** The resubmission that stands (the latest on the chain). */
export function standingResubmission(standing: ReviewStanding<ReviewRecord>): ReviewRecord | null {
  return [...standing.chain].reverse().find((review) => review.decision === 'resubmit') ?? null;
}

const rank = (item: QueueItem) => (item.standing.state === 'resubmitted' ? 0 : item.subject.entity === 'fever_report' ? 1 : 2);

/** Resubmitted first, then fever reports, then newest (then id, for a stable order). */
export function compareQueueItems(a: QueueItem, b: QueueItem): number {
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  const byTime = (Date.parse(subjectTime(b.subject)) || 0) - (Date.parse(subjectTime(a.subject)) || 0);
  if (byTime !== 0) return byTime;
  return a.subject.record.id < b.subject.record.id ? -1 : 1;
}

/** The queue over `subjects` (any records on the phone; corrections are found among them by id). */
export function buildQueue(subjects: readonly ReviewSubject[], byRecord: ReadonlyMap<string, ReviewRecord[]>): QueueItem[] {
  const all = [...byRecord.values()].flat();
  const corrections = correctionIds(all);
  const byId = new Map(subjects.map((subject) => [subject.record.id, subject]));
  const items: QueueItem[] = [];
  for (const subject of subjects) {
    const history = byRecord.get(subject.record.id) ?? [];
    const standing = reviewStandingOf(history);
    if (standing.state === 'resubmitted') {
      const resubmission = standingResubmission(standing);
      const correction = resubmission?.correctionId ? (byId.get(resubmission.correctionId) ?? null) : null;
      items.push({ subject, history, standing, resubmission, correction });
    } else if (standing.state === 'not_reviewed' && !subject.record.voidedAt && !corrections.has(subject.record.id)) {
      items.push({ subject, history, standing, resubmission: null, correction: null });
    }
  }
  return items.sort(compareQueueItems);
}

export interface QueueFilter {
  /** '' = every grid. */
  gridId: string;
  /** '' = every worker. */
  authorId: string;
  kind: ReviewedEntity | '';
  /** null = every day the queue holds. */
  day: LocalDay | null;
}

export const NO_FILTER: QueueFilter = { gridId: '', authorId: '', kind: '', day: null };

/** The items the filter keeps; `gridOf` names a record's grid (through its household's building). */
export function filterQueue(
  items: readonly QueueItem[],
  filter: QueueFilter,
  gridOf: (subject: ReviewSubject) => string | null,
  userId: string,
): QueueItem[] {
  return items.filter(({ subject }) => {
    if (filter.kind && subject.entity !== filter.kind) return false;
    if (filter.authorId && subjectAuthor(subject, userId) !== filter.authorId) return false;
    if (filter.gridId && gridOf(subject) !== filter.gridId) return false;
    if (filter.day && !filter.day.includes(subjectTime(subject))) return false;
    return true;
  });
}

export interface OpenReturns {
  /** null: records with no grid (a gate entry of a visitor). */
  gridId: string | null;
  count: number;
  /** When the oldest open return was made. */
  oldest: string;
}

/** Returned or resubmitted records per grid, with the oldest return; the grid with the oldest first. */
export function openReturnsByGrid(
  subjects: readonly ReviewSubject[],
  byRecord: ReadonlyMap<string, ReviewRecord[]>,
  gridOf: (subject: ReviewSubject) => string | null,
): OpenReturns[] {
  const groups = new Map<string | null, OpenReturns>();
  for (const subject of subjects) {
    const { openReturn } = reviewStandingOf(byRecord.get(subject.record.id) ?? []);
    if (!openReturn) continue;
    const gridId = gridOf(subject);
    const group = groups.get(gridId);
    if (!group) groups.set(gridId, { gridId, count: 1, oldest: openReturn.decidedAt });
    else {
      group.count += 1;
      if ((Date.parse(openReturn.decidedAt) || 0) < (Date.parse(group.oldest) || 0)) group.oldest = openReturn.decidedAt;
    }
  }
  return [...groups.values()].sort((a, b) => (Date.parse(a.oldest) || 0) - (Date.parse(b.oldest) || 0));
}

/** Whole days from `since` to `now` (0 the first 24 hours). */
export function ageInDays(since: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - (Date.parse(since) || now.getTime())) / 86_400_000));
}
