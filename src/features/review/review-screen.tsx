/**
 * The secretary's Review (`/review`): the queue of records to decide (resubmitted first, then fever
 * reports, then newest) with filters by grid, worker, kind and day; "Approve" / "Return" on each,
 * "Accept" / "Return" on a resubmitted one; "Approve all shown (<n>)" approves every record shown that is
 * not reviewed yet as one action; the open returns per grid; and a link to Tasks.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDataClient, useSession } from '../../data';
import { localDay } from '../../shared/local-date';
import { validationKeys } from '../../shared/i18n/message-keys';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { PageLayout } from '../../shared/ui/page-layout';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { OpenReturnsSection } from './open-returns';
import { QueueItemCard } from './queue-item';
import { decisionProblem, newReview } from './review-decision';
import { ReviewFilters, type ReviewFilterValues } from './review-filters';
import { filterQueue } from './review-queue';
import { subjectAuthor } from './review-subject';
import { useReviewQueue } from './use-review-queue';
import './review.css';

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

export function ReviewScreen() {
  const { t } = useTranslation('review');
  const client = useDataClient();
  const { user } = useSession();
  const [filter, setFilter] = useState<ReviewFilterValues>({ gridId: '', authorId: '', kind: '', day: null });
  const [approved, setApproved] = useState<number | null>(null);
  const { loading, queue, openReturns, places, gridOf } = useReviewQueue(filter.day);
  const form = useFormSubmit({ fixKey: null });
  const queueTitleId = useId();
  const userId = user?.id ?? '';

  const authorOf = (item: (typeof queue)[number]) => subjectAuthor(item.subject, userId);
  const nameOf = (authorId: string) =>
    authorId === userId ? (user?.displayName ?? null) : (places.people.get(authorId) ?? null);
  const shown = filterQueue(queue, { ...filter, day: filter.day ? localDay(filter.day) : null }, gridOf, userId);
  const toApprove = shown.filter((item) => item.standing.state === 'not_reviewed');

  const grids = [...places.grids.values()].map((grid) => ({ value: grid.id, label: grid.name })).sort(byLabel);
  const workers = [...new Set(queue.map(authorOf))]
    .map((id) => ({ value: id, label: nameOf(id) ?? t('review:filters.unknownWorker', { id: id.slice(-4) }) }))
    .sort(byLabel);

  async function approveAll() {
    if (!user || toApprove.length === 0) return;
    const targets = toApprove.map((item) => ({ entity: item.subject.entity, recordId: item.subject.record.id, recordBy: authorOf(item), history: item.history }));
    const reviews = targets.map((target) => newReview(target, 'approve', user));
    const problem = targets.map((target, index) => decisionProblem(user, target, reviews[index]!)).find((found) => found !== null);
    if (problem) {
      form.fail(validationKeys(problem.key));
      return;
    }
    const count = reviews.length;
    if (await form.run(() => client.createMany('review', reviews))) setApproved(count);
  }

  return (
    <PageLayout title={t('review:title')} className="gw-review">
      <div className="gw-actions">
        <Link className="gw-button gw-button--secondary" to="/tasks">
          {t('review:tasksLink')}
        </Link>
      </div>
      <ReviewFilters value={filter} grids={grids} workers={workers} onChange={setFilter} />
      <section className="gw-section" aria-labelledby={queueTitleId}>
        <h2 id={queueTitleId}>{t('review:queue.title')}</h2>
        {approved !== null ? (
          <Banner tone="success" announce>
            {t('review:queue.approvedAll', { n: approved })}
          </Banner>
        ) : null}
        <FormFailure form={form} ns="review" />
        {toApprove.length > 0 ? (
          <Button block disabled={form.busy} busy={form.busy} onClick={() => void approveAll()}>
            {t('review:queue.approveAll', { n: toApprove.length })}
          </Button>
        ) : null}
        {loading ? (
          <p className="gw-loading">{t('app.loading')}</p>
        ) : shown.length === 0 ? (
          <p className="gw-empty">{t('review:queue.empty')}</p>
        ) : (
          <ul className="gw-list gw-review-queue">
            {shown.map((item) => (
              <li key={item.subject.record.id}>
                <QueueItemCard item={item} places={places} recordBy={authorOf(item)} authorName={nameOf(authorOf(item))} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <OpenReturnsSection groups={openReturns} places={places} />
    </PageLayout>
  );
}
