/**
 * The grid worker's returned records (`/returned`): each one's place or person, kind, date and what is
 * wrong, opening its review page (where it is corrected and sent back for review).
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { recordsByIds, reviewsOfAuthor, useRecords, useSession } from '../../data';
import { formatDateTime } from '../../shared/format-date-time';
import { PageLayout } from '../../shared/ui/page-layout';
import { subjectTitle } from './record-summary';
import { standingReturns } from './returned-count';
import { usePlaces } from './review-places';
import { newestSubjectsFirst, reviewPath, subjectsOf, subjectTime } from './review-subject';
import './review.css';

export function ReturnedScreen() {
  const { t, i18n } = useTranslation('review');
  const { user } = useSession();
  const reviews = useRecords(user ? reviewsOfAuthor(user.id) : null);
  const returns = standingReturns(reviews ?? []);
  const idsOf = (entity: string) => [...returns.values()].filter((review) => review.recordEntity === entity).map((review) => review.recordId);
  const visitIds = idsOf('visit');
  const reportIds = idsOf('fever_report');
  const entryIds = idsOf('checkpoint_entry');
  const visits = useRecords(visitIds.length > 0 ? recordsByIds('visit', visitIds) : null);
  const reports = useRecords(reportIds.length > 0 ? recordsByIds('fever_report', reportIds) : null);
  const entries = useRecords(entryIds.length > 0 ? recordsByIds('checkpoint_entry', entryIds) : null);
  const subjects = newestSubjectsFirst(subjectsOf(visits ?? [], reports ?? [], entries ?? []));
  const places = usePlaces(subjects);
  const loading = [reviews, visits, reports, entries].some((list) => list === undefined);

  return (
    <PageLayout title={t('review:returned.title')} className="gw-review">
      {loading ? (
        <p className="gw-loading">{t('app.loading')}</p>
      ) : subjects.length === 0 ? (
        <p className="gw-empty">{t('review:returned.none')}</p>
      ) : (
        <ul className="gw-list">
          {subjects.map((subject) => {
            const title = subjectTitle(subject, places, t);
            return (
              <li key={subject.record.id} className="gw-card gw-review-item">
                <p className="gw-review-record__title">
                  <Link to={reviewPath(subject.entity, subject.record.id)}>{title}</Link>
                </p>
                <p className="gw-review-record__meta">
                  {t(`review:kind.${subject.entity}`)} · {formatDateTime(subjectTime(subject), i18n.language)}
                </p>
                <p className="gw-review-entry__comment">{t('review:item.whatIsWrong', { comment: returns.get(subject.record.id)?.comment ?? '' })}</p>
              </li>
            );
          })}
        </ul>
      )}
    </PageLayout>
  );
}
