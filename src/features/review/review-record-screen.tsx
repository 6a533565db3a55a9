/**
 * One record's review page (`/review/:entity/:recordId`), for the secretary and the record's author:
 * the record in short, its review state and history, and the decisions this user may take. The only
 * review screen of a checkpoint entry (it has no screen of its own).
 */
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useRecord, useSession } from '../../data';
import { PageLayout } from '../../shared/ui/page-layout';
import { RecordSummary } from './record-summary';
import { ReviewPanel } from './review-panel';
import { usePlaces } from './review-places';
import { isReviewedEntity, type ReviewSubject } from './review-subject';
import './review.css';

function useSubject(entity: string, recordId: string): ReviewSubject | null | undefined {
  const kind = isReviewedEntity(entity) ? entity : null;
  const visit = useRecord('visit', kind === 'visit' ? recordId : null);
  const report = useRecord('fever_report', kind === 'fever_report' ? recordId : null);
  const entry = useRecord('checkpoint_entry', kind === 'checkpoint_entry' ? recordId : null);
  if (kind === 'visit') return visit && { entity: kind, record: visit };
  if (kind === 'fever_report') return report && { entity: kind, record: report };
  if (kind === 'checkpoint_entry') return entry && { entity: kind, record: entry };
  return null;
}

export function ReviewRecordScreen() {
  const { t } = useTranslation('review');
  const { entity = '', recordId = '' } = useParams();
  const subject = useSubject(entity, recordId);
  const places = usePlaces(subject ? [subject] : []);
  const { user } = useSession();
  if (!subject) {
    return (
      <PageLayout title={t('review:record.title')}>
        <p className={subject === null ? 'gw-empty' : 'gw-loading'}>{subject === null ? t('review:record.missing') : t('app.loading')}</p>
      </PageLayout>
    );
  }
  const author = subject.record.createdBy;
  const authorName = author === undefined || author === user?.id ? user?.displayName : places.people.get(author);
  return (
    <PageLayout title={t('review:record.title')}>
      <RecordSummary subject={subject} places={places} authorName={authorName ?? null} />
      <ReviewPanel subject={subject} linkRecord />
    </PageLayout>
  );
}
