/**
 * A record's whole review history: every decision (translated), its comment, who and when; a decision
 * a later one set aside (two secretaries deciding offline) is marked "Overridden by a later decision";
 * and the state the record is in now.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewStandingOf } from '../../domain/review/review-state';
import { formatDateTime } from '../../shared/format-date-time';
import type { ReviewRecord } from './review-subject';

export function ReviewState({ history }: { history: readonly ReviewRecord[] }) {
  const { t } = useTranslation('review');
  const { state } = reviewStandingOf(history);
  return (
    <p className="gw-review-state">
      {t('review:history.state')} <strong className={`gw-review-badge gw-review-badge--${state}`}>{t(`review:state.${state}`)}</strong>
    </p>
  );
}

export function ReviewHistory({ history }: { history: readonly ReviewRecord[] }) {
  const { t, i18n } = useTranslation('review');
  const titleId = useId();
  const standing = reviewStandingOf(history);
  const overridden = new Set(standing.overridden.map((review) => review.id));
  const oldestFirst = [...standing.chain, ...standing.overridden].sort(
    (a, b) => (Date.parse(a.decidedAt) || 0) - (Date.parse(b.decidedAt) || 0) || (a.id < b.id ? -1 : 1),
  );
  return (
    <section className="gw-section gw-review-history" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('review:history.title')}</h2>
      <ReviewState history={history} />
      {oldestFirst.length === 0 ? (
        <p className="gw-empty">{t('review:history.none')}</p>
      ) : (
        <ol className="gw-list gw-review-history__list">
          {oldestFirst.map((review) => (
            <li key={review.id} className={overridden.has(review.id) ? 'gw-card gw-review-entry gw-review-entry--overridden' : 'gw-card gw-review-entry'}>
              <p className="gw-review-entry__decision">{t(`review:decision.${review.decision}`)}</p>
              <p className="gw-review-entry__meta">
                {t('review:history.byAt', { name: review.deciderName, at: formatDateTime(review.decidedAt, i18n.language) })}
              </p>
              {review.comment ? <p className="gw-review-entry__comment">{review.comment}</p> : null}
              {review.decision === 'resubmit' ? (
                <p>{review.correctionId ? t('review:history.withCorrection') : t('review:history.noCorrection')}</p>
              ) : null}
              {overridden.has(review.id) ? <p className="gw-review-entry__overridden">{t('review:history.overridden')}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
