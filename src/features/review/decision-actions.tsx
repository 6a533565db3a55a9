/**
 * The secretary's decisions on one record, by its review state: "Approve" and "Return" when it is not
 * reviewed, "Accept" and "Return" when it was resubmitted, nothing otherwise (and nothing for anyone
 * who may not review). "Return" asks for a comment (what is wrong); without one nothing is saved.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, useSession } from '../../data';
import { mayDecide } from '../../domain/review/review-rules';
import { decisionsFrom, type ReviewDecisionName, type ReviewState } from '../../domain/review/review-state';
import { validationKeys } from '../../shared/i18n/message-keys';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { NotesField } from '../../shared/ui/notes-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { decisionProblem, newReview, type ReviewTarget } from './review-decision';

type DeskDecision = Exclude<ReviewDecisionName, 'resubmit'>;
const isDeskDecision = (decision: ReviewDecisionName): decision is DeskDecision => decision !== 'resubmit';

export function DecisionActions({ target, state, label }: { target: ReviewTarget; state: ReviewState; label: string }) {
  const { t } = useTranslation('review');
  const client = useDataClient();
  const { user } = useSession();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [done, setDone] = useState<DeskDecision | null>(null);
  const form = useFormSubmit({ fixKey: null, shownFields: ['comment'] });

  const decisions = user ? decisionsFrom(state).filter(isDeskDecision).filter((d) => mayDecide({ role: user.role, userId: user.id }, d, target.recordBy)) : [];

  async function decide(decision: DeskDecision, text?: string) {
    if (!user) return;
    const review = newReview(target, decision, user, text ? { comment: text } : {});
    const problem = decisionProblem(user, target, review);
    if (problem) {
      if (problem.field === 'comment') form.fail([], { comment: validationKeys(problem.key) });
      else form.fail(validationKeys(problem.key));
      return;
    }
    if (!(await form.run(() => client.create('review', review)))) return;
    setDone(decision);
    setReturning(false);
    setComment('');
  }

  const doneBanner = done ? (
    <Banner tone="success" announce>
      {t(`review:done.${done}`)}
    </Banner>
  ) : null;
  if (decisions.length === 0) return doneBanner;

  if (returning) {
    const error = form.fieldError('comment');
    return (
      <form className="gw-form gw-review-actions" aria-label={label} noValidate onSubmit={form.handle(() => decide('return', comment.trim() || undefined))}>
        <FormFailure form={form} ns="review" />
        <NotesField
          label={t('review:actions.comment')}
          name="comment"
          rows={3}
          value={comment}
          onChange={(text) => {
            setComment(text);
            form.clearField('comment');
          }}
          error={error ? t(error) : null}
        />
        <div className="gw-actions">
          <Button type="submit" variant="danger" disabled={form.busy} busy={form.busy}>
            {t('review:actions.return')}
          </Button>
          <Button
            variant="quiet"
            disabled={form.busy}
            onClick={() => {
              setReturning(false);
              form.reset();
            }}
          >
            {t('review:actions.back')}
          </Button>
        </div>
      </form>
    );
  }

  return (
    <div className="gw-review-actions" role="group" aria-label={label}>
      {doneBanner}
      <FormFailure form={form} ns="review" />
      <div className="gw-actions">
        {decisions.map((decision) =>
          decision === 'return' ? (
            <Button key={decision} variant="secondary" disabled={form.busy} onClick={() => setReturning(true)}>
              {t('review:actions.return')}
            </Button>
          ) : (
            <Button key={decision} disabled={form.busy} busy={form.busy} onClick={() => void decide(decision)}>
              {t(`review:actions.${decision}`)}
            </Button>
          ),
        )}
      </div>
    </div>
  );
}
