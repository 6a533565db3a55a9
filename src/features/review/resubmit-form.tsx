/**
 * The author's side of a returned record: what is wrong (the return's comment), how to correct it the
 * normal way (void it and record it again), and "Send back for review", which links the correction (a
 * record of the same kind made since the return; the newest by default) or "No new record" with a word.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDataClient, useSession } from '../../data';
import { formatDateTime } from '../../shared/format-date-time';
import { validationKeys } from '../../shared/i18n/message-keys';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { FormFailure } from '../../shared/ui/form-failure';
import { NotesField } from '../../shared/ui/notes-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { useCorrectionCandidates } from './correction-candidates';
import { decisionProblem, newReview, type ReviewTarget } from './review-decision';
import { recordPath, subjectTime, type ReviewRecord, type ReviewSubject } from './review-subject';

const NONE = 'none';

export interface ResubmitFormProps {
  subject: ReviewSubject;
  target: ReviewTarget;
  openReturn: ReviewRecord;
  /** Link to the record's own screen (where it is voided): not on that screen itself. */
  linkRecord: boolean;
  /** Saved: the record is resubmitted now, and this form goes (the panel says it was sent). */
  onSent: () => void;
}

export function ResubmitForm({ subject, target, openReturn, linkRecord, onSent }: ResubmitFormProps) {
  const { t, i18n } = useTranslation('review');
  const client = useDataClient();
  const { user } = useSession();
  const candidates = useCorrectionCandidates(subject, openReturn, user?.id ?? '');
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const form = useFormSubmit({ fixKey: null, shownFields: ['comment'] });

  const chosen = choice ?? candidates?.[0]?.record.id ?? NONE;
  const ownPath = linkRecord ? recordPath(subject) : null;
  const againPath = subject.entity === 'visit' ? `/households/${encodeURIComponent(subject.record.householdId)}/visits/new` : null;

  async function send() {
    if (!user) return;
    const review = newReview(target, 'resubmit', user, { comment, ...(chosen !== NONE ? { correctionId: chosen } : {}) });
    const problem = decisionProblem(user, target, review);
    if (problem) {
      form.fail(validationKeys(problem.key));
      return;
    }
    if (await form.run(() => client.create('review', review))) onSent();
  }

  return (
    <section className="gw-section gw-review-resubmit" aria-label={t('review:resubmit.title')}>
      <Banner tone="warning" title={t('review:resubmit.returnedBy', { name: openReturn.deciderName })}>
        <p className="gw-review-entry__comment">{openReturn.comment}</p>
      </Banner>
      <p>{t('review:resubmit.howTo')}</p>
      <div className="gw-actions">
        {ownPath ? (
          <Link className="gw-button gw-button--secondary" to={ownPath}>
            {t('review:resubmit.openRecord')}
          </Link>
        ) : null}
        {againPath ? (
          <Link className="gw-button gw-button--secondary" to={againPath}>
            {t('review:resubmit.recordVisit')}
          </Link>
        ) : null}
      </div>
      {open ? (
        <form className="gw-form" aria-label={t('review:resubmit.title')} noValidate onSubmit={form.handle(send)}>
          <FormFailure form={form} ns="review" />
          <ChoiceGroup
            legend={t('review:resubmit.correction')}
            value={chosen}
            onChange={setChoice}
            choices={[
              ...(candidates ?? []).map((candidate) => ({
                value: candidate.record.id,
                label: t('review:resubmit.candidate', {
                  kind: t(`review:kind.${candidate.entity}`),
                  at: formatDateTime(subjectTime(candidate), i18n.language),
                }),
              })),
              { value: NONE, label: t('review:resubmit.noRecord') },
            ]}
          />
          <NotesField
            label={t('review:actions.comment')}
            hint={t('review:resubmit.commentHint')}
            name="comment"
            rows={2}
            value={comment}
            onChange={setComment}
          />
          <div className="gw-actions">
            <Button type="submit" disabled={form.busy} busy={form.busy}>
              {t('review:actions.resubmit')}
            </Button>
            <Button variant="quiet" disabled={form.busy} onClick={() => setOpen(false)}>
              {t('review:actions.back')}
            </Button>
          </div>
        </form>
      ) : (
        <Button block onClick={() => setOpen(true)}>
          {t('review:actions.resubmit')}
        </Button>
      )}
    </section>
  );
}
