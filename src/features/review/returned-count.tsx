/**
 * Home's "Returned: <n>": the worker's own records the secretary returned and that wait for a correction
 * (resubmitted, accepted or another's records do not count); hidden when there are none. Loaded apart
 * from Home (the worker's first screen).
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reviewsOfAuthor, useRecords, useSession } from '../../data';
import { reviewsByRecord, reviewStandingOf } from '../../domain/review/review-state';
import type { ReviewRecord } from './review-subject';

/** The returns that stand on the author's records (one per record), by record id. */
export function standingReturns(reviews: readonly ReviewRecord[]): Map<string, ReviewRecord> {
  const out = new Map<string, ReviewRecord>();
  for (const [recordId, list] of reviewsByRecord(reviews)) {
    const standing = reviewStandingOf(list);
    if (standing.state === 'returned' && standing.openReturn) out.set(recordId, standing.openReturn);
  }
  return out;
}

export function ReturnedCount() {
  const { t } = useTranslation('review');
  const { user } = useSession();
  const reviews = useRecords(user ? reviewsOfAuthor(user.id) : null);
  const count = standingReturns(reviews ?? []).size;
  if (count === 0) return null;
  return (
    <Link className="gw-button gw-button--danger gw-button--block" to="/returned">
      {t('review:returned.count', { n: count })}
    </Link>
  );
}
