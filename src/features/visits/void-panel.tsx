import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDataClient, type LocalRecord } from '../../data';
import { formatDateTime } from '../../shared/format-date-time';
import { validationKeys } from '../../shared/i18n/message-keys';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';

export interface VoidPanelProps {
  entity: 'visit' | 'fever_report';
  record: LocalRecord<'visit' | 'fever_report'>;
  /** Where "Record again" leads: a new record for the same household or person. */
  recordAgainPath: string;
}

/**
 * Corrections: a saved event is never edited; it is voided with a reason and recorded again, and
 * both stay in the history. A voided record shows its reason, time and "Record again".
 */
export function VoidPanel({ entity, record, recordAgainPath }: VoidPanelProps) {
  const { t, i18n } = useTranslation('visit');
  const client = useDataClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  // The reason is the only field: every failure is said beside it.
  const form = useFormSubmit({ fixKey: 'validation:invalid_value' });
  const error = form.fieldError('reason') ?? form.banner;
  const busy = form.busy;

  if (record.voidedAt !== undefined) {
    return (
      <div className="gw-section">
        <Banner tone="warning" title={t('visit:detail.voided', { reason: record.voidReason ?? '' })}>
          <p>{t('visit:detail.voidedAt', { time: formatDateTime(record.voidedAt, i18n.language) })}</p>
        </Banner>
        <Link className="gw-button gw-button--primary gw-button--block" to={recordAgainPath}>
          {t('visit:detail.recordAgain')}
        </Link>
      </div>
    );
  }

  async function confirm() {
    if (reason.trim() === '') form.fail([], { reason: validationKeys('reason_required') });
    else if (await form.run(() => client.voidRecord(entity, record.id, reason))) setOpen(false);
  }

  if (!open) {
    return (
      <div className="gw-actions">
        <Button variant="danger" onClick={() => setOpen(true)}>
          {t('visit:detail.void')}
        </Button>
      </div>
    );
  }
  return (
    <form className="gw-form gw-confirm" onSubmit={form.handle(confirm)} noValidate>
      <TextField
        label={t('visit:detail.reason')}
        name="reason"
        autoComplete="off"
        autoFocus
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={error ? t(error) : null}
      />
      <div className="gw-confirm__actions">
        <Button type="submit" variant="danger" disabled={busy} busy={busy}>
          {t('visit:detail.confirmVoid')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)} disabled={busy}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
