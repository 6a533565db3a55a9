/**
 * One record in the review queue: the record in short with its author, and the secretary's decisions.
 * A resubmitted one shows the return's comment, the author's word, and the returned record beside its
 * correction; its decisions are "Accept" and "Return".
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DecisionActions } from './decision-actions';
import { RecordSummary, subjectTitle } from './record-summary';
import type { ReviewTarget } from './review-decision';
import type { Places } from './review-places';
import type { QueueItem } from './review-queue';
import { reviewPath } from './review-subject';

export interface QueueItemCardProps {
  item: QueueItem;
  places: Places;
  recordBy: string;
  authorName: string | null;
}

export function QueueItemCard({ item, places, recordBy, authorName }: QueueItemCardProps) {
  const { t } = useTranslation('review');
  const { subject, standing, resubmission, correction, history } = item;
  const title = `${t(`review:kind.${subject.entity}`)} · ${subjectTitle(subject, places, t)}`;
  const target: ReviewTarget = { entity: subject.entity, recordId: subject.record.id, recordBy, history };
  const resubmitted = standing.state === 'resubmitted';
  return (
    <article className={resubmitted ? 'gw-card gw-review-item gw-review-item--resubmitted' : 'gw-card gw-review-item'} aria-label={title}>
      {resubmitted ? (
        <>
          <p>
            <strong className="gw-review-badge gw-review-badge--resubmitted">{t('review:state.resubmitted')}</strong>
          </p>
          {standing.openReturn?.comment ? (
            <p className="gw-review-entry__comment">{t('review:item.whatIsWrong', { comment: standing.openReturn.comment })}</p>
          ) : null}
          {resubmission?.comment ? <p>{t('review:item.authorWord', { comment: resubmission.comment })}</p> : null}
          <div className="gw-review-compare">
            <section aria-label={t('review:item.old')}>
              <h3>{t('review:item.old')}</h3>
              <RecordSummary subject={subject} places={places} authorName={authorName} />
            </section>
            <section aria-label={t('review:item.new')}>
              <h3>{t('review:item.new')}</h3>
              {correction ? (
                <RecordSummary subject={correction} places={places} authorName={authorName} />
              ) : (
                <p className="gw-empty">{resubmission?.correctionId ? t('review:item.correctionMissing') : t('review:item.noCorrection')}</p>
              )}
            </section>
          </div>
        </>
      ) : (
        <RecordSummary subject={subject} places={places} authorName={authorName} />
      )}
      <DecisionActions target={target} state={standing.state} label={t('review:item.actionsFor', { title })} />
      <Link className="gw-review-item__link" to={reviewPath(subject.entity, subject.record.id)}>
        {t('review:item.history')}
      </Link>
    </article>
  );
}
