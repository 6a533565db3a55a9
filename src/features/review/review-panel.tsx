/**
 * A record's review, shown on its own screen (a slot of the visit and fever report screens) and on its
 * review page: the state, what is wrong while it is returned or resubmitted, the decisions this user may
 * take (the secretary's Approve / Return / Accept; the author's "Send back for review" once returned)
 * and the whole history.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewsOfRecord, useRecords, useSession } from '../../data';
import { reviewStandingOf } from '../../domain/review/review-state';
import { Banner } from '../../shared/ui/banner';
import { DecisionActions } from './decision-actions';
import { ResubmitForm } from './resubmit-form';
import type { ReviewTarget } from './review-decision';
import { ReviewHistory } from './review-history';
import { subjectAuthor, type ReviewSubject } from './review-subject';
import './review.css';

export interface ReviewPanelProps {
  subject: ReviewSubject;
  /** Link the record's own screen from the author's correction steps (not on that screen itself). */
  linkRecord?: boolean;
}

export function ReviewPanel({ subject, linkRecord = false }: ReviewPanelProps) {
  const { t } = useTranslation('review');
  const { user } = useSession();
  const history = useRecords(reviewsOfRecord(subject.record.id));
  // Kept here: the resubmission form goes as soon as the record is resubmitted.
  const [sent, setSent] = useState(false);
  if (!user || history === undefined) return null;
  const recordBy = subjectAuthor(subject, user.id);
  const target: ReviewTarget = { entity: subject.entity, recordId: subject.record.id, recordBy, history };
  const standing = reviewStandingOf(history);
  const mine = recordBy === user.id;
  return (
    <div className="gw-review-panel">
      {sent ? (
        <Banner tone="success" announce>
          {t('review:done.resubmit')}
        </Banner>
      ) : null}
      {standing.state === 'returned' && mine && standing.openReturn ? (
        <ResubmitForm subject={subject} target={target} openReturn={standing.openReturn} linkRecord={linkRecord} onSent={() => setSent(true)} />
      ) : standing.openReturn?.comment ? (
        <p className="gw-review-entry__comment">{t('review:item.whatIsWrong', { comment: standing.openReturn.comment })}</p>
      ) : null}
      <DecisionActions target={target} state={standing.state} label={t('review:item.actions')} />
      <ReviewHistory history={history} />
    </div>
  );
}
