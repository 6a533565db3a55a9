import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeWriteFailure, type LocalRecord } from '../../data/data-client';
import { useDataClient } from '../../data/hooks/data-client-context';
import { isVoided } from '../../domain/round/day-status';
import { errorKeys, validationKeys } from '../../shared/i18n/message-keys';
import { formatDateTime } from '../../shared/format-date-time';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { TextField } from '../../shared/ui/text-field';
import { textOf } from '../../shared/text-of';

export interface VoidPanelProps {
  entity: 'visit' | 'fever_report';
  record: LocalRecord;
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
  const [error, setError] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);

  if (isVoided(record)) {
    return (
      <div className="gw-section">
        <Banner tone="warning" title={t('visit:detail.voided', { reason: textOf(record.voidReason) })}>
          <p>{t('visit:detail.voidedAt', { time: formatDateTime(record.voidedAt, i18n.language) })}</p>
        </Banner>
        <Link className="gw-button gw-button--primary gw-button--block" to={recordAgainPath}>
          {t('visit:detail.recordAgain')}
        </Link>
      </div>
    );
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (reason.trim() === '') {
      setError(validationKeys('reason_required'));
      return;
    }
    setBusy(true);
    try {
      await client.voidRecord(entity, record.id, reason);
      setOpen(false);
      setError(null);
    } catch (failure) {
      const described = describeWriteFailure(failure);
      setError(described.kind === 'invalid' ? validationKeys(described.fields.reason ?? 'invalid_value') : errorKeys(described.code));
    } finally {
      setBusy(false);
    }
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
    <form className="gw-form gw-confirm" onSubmit={(event) => void confirm(event)} noValidate>
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
