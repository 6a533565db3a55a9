/**
 * The desk's moves on one help request, by its state: "Confirm request" and "Reject" while it is
 * unconfirmed (a resident's request through a unit poster), "Cancel request" until it is delivered.
 * Rejecting and cancelling ask for a reason (closedReason). Each move is checked by the same rules the
 * server judges (help-request-rules.ts) before it is saved on this phone; it syncs when online.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, useSession, type LocalRecord } from '../../data';
import { deskMayMove, helpRequestChangeProblem } from '../../domain/requests/help-request-rules';
import { validationKeys } from '../../shared/i18n/message-keys';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { NotesField } from '../../shared/ui/notes-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';

type Closing = 'rejected' | 'cancelled';
type Move = 'open' | Closing;
type Done = 'confirmed' | Closing;

const canConfirm = (request: LocalRecord<'help_request'>) => deskMayMove(request.state, 'open');
const canCancel = (request: LocalRecord<'help_request'>) => deskMayMove(request.state, 'cancelled');

/** The buttons (and the reason form) for one request; nothing for a request the desk cannot move. */
export function RequestActions({ request, label }: { request: LocalRecord<'help_request'>; label: string }) {
  const { t } = useTranslation('requests');
  const client = useDataClient();
  const { user } = useSession();
  const [closing, setClosing] = useState<Closing | null>(null);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<Done | null>(null);
  const form = useFormSubmit({ fixKey: null, shownFields: ['closedReason'] });

  async function move(state: Move, closedReason?: string) {
    if (!user) return;
    const after = { ...request, state, ...(closedReason ? { closedReason } : {}) };
    const problem = helpRequestChangeProblem({ role: user.role, userId: user.id }, request, after);
    if (problem) {
      form.fail(validationKeys(problem.key));
      return;
    }
    const stored = await form.run(() => client.patch('help_request', request.id, closedReason ? { state, closedReason } : { state }));
    if (!stored) return;
    setDone(state === 'open' ? 'confirmed' : state);
    setClosing(null);
    setReason('');
  }

  function close(state: Closing) {
    const text = reason.trim();
    if (text === '') {
      form.fail([], { closedReason: validationKeys('reason_required') });
      return;
    }
    void move(state, text);
  }

  const doneBanner = done ? (
    <Banner tone="success" announce>
      {t(`requests:actions.${done}`)}
    </Banner>
  ) : null;
  if (!canConfirm(request) && !canCancel(request)) return doneBanner;

  if (closing) {
    const reasonError = form.fieldError('closedReason');
    return (
      <form className="gw-form gw-request-actions" aria-label={label} onSubmit={form.handle(() => close(closing))} noValidate>
        <FormFailure form={form} ns="requests" />
        <NotesField
          label={t('requests:actions.reason')}
          name="closedReason"
          rows={2}
          value={reason}
          onChange={(text) => {
            setReason(text);
            form.clearField('closedReason');
          }}
          error={reasonError ? t(reasonError) : null}
        />
        <div className="gw-actions">
          <Button type="submit" variant="danger" disabled={form.busy} busy={form.busy}>
            {t(closing === 'rejected' ? 'requests:actions.rejectSubmit' : 'requests:actions.cancelSubmit')}
          </Button>
          <Button
            variant="secondary"
            disabled={form.busy}
            onClick={() => {
              setClosing(null);
              form.reset();
            }}
          >
            {t('requests:actions.back')}
          </Button>
        </div>
      </form>
    );
  }

  return (
    <div className="gw-request-actions" role="group" aria-label={label}>
      {doneBanner}
      <FormFailure form={form} ns="requests" />
      <div className="gw-actions">
        {canConfirm(request) ? (
          <Button disabled={form.busy} busy={form.busy} onClick={() => void move('open')}>
            {t('requests:actions.confirm')}
          </Button>
        ) : null}
        {canConfirm(request) ? (
          <Button variant="secondary" disabled={form.busy} onClick={() => setClosing('rejected')}>
            {t('requests:actions.reject')}
          </Button>
        ) : null}
        <Button variant={canConfirm(request) ? 'quiet' : 'secondary'} disabled={form.busy} onClick={() => setClosing('cancelled')}>
          {t('requests:actions.cancel')}
        </Button>
      </div>
    </div>
  );
}
