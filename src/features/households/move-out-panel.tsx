import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeWriteFailure, type LocalRecord } from '../../data/data-client';
import { useDataClient } from '../../data/hooks/data-client-context';
import { errorKeys, validationKeys } from '../../shared/i18n/message-keys';
import { localDateOf } from '../../shared/local-date';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { ConfirmPanel } from '../../shared/ui/confirm-panel';
import { TextField } from '../../shared/ui/text-field';

/**
 * Moving a resident out (asks for the date, today by default) or back in. The record stays in the
 * register either way; only movedOutOn changes.
 */
export function MoveOutPanel({ resident, onDone }: { resident: LocalRecord; onDone: () => void }) {
  const { t } = useTranslation('household');
  const client = useDataClient();
  const [asking, setAsking] = useState(false);
  const [date, setDate] = useState(() => localDateOf());
  const [dateError, setDateError] = useState<string[] | null>(null);
  const [failure, setFailure] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const name = typeof resident.name === 'string' ? resident.name : '';
  const movedOutOn = typeof resident.movedOutOn === 'string' ? resident.movedOutOn : null;

  async function write(changes: Record<string, unknown>) {
    setBusy(true);
    setFailure(null);
    setDateError(null);
    try {
      await client.patch('resident', resident.id, changes);
      onDone();
    } catch (error) {
      const described = describeWriteFailure(error);
      if (described.kind === 'invalid' && described.fields.movedOutOn) setDateError(validationKeys(described.fields.movedOutOn));
      else setFailure(described.kind === 'failed' ? errorKeys(described.code) : ['household:form.fixErrors']);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="gw-section">
      {failure ? <Banner tone="error">{t(failure)}</Banner> : null}
      {movedOutOn ? (
        <>
          <p className="gw-lead">{t('household:editResident.movedOutOn', { date: movedOutOn })}</p>
          <Button variant="secondary" block disabled={busy} busy={busy} onClick={() => void write({ movedOutOn: null })}>
            {t('household:editResident.moveBackIn')}
          </Button>
        </>
      ) : asking ? (
        <>
          <TextField
            label={t('household:editResident.moveOutDate')}
            name="movedOutOn"
            type="date"
            max={localDateOf()}
            value={date}
            onChange={(event) => setDate(event.target.value)}
            error={dateError ? t(dateError) : null}
          />
          <ConfirmPanel
            message={t('household:editResident.moveOutConfirm', { name })}
            confirmLabel={t('household:editResident.moveOutSave')}
            cancelLabel={t('common.cancel')}
            busy={busy}
            onConfirm={() => void write({ movedOutOn: date })}
            onCancel={() => {
              setAsking(false);
              setDateError(null);
            }}
          />
        </>
      ) : (
        <Button variant="secondary" block onClick={() => setAsking(true)}>
          {t('household:editResident.moveOut')}
        </Button>
      )}
    </section>
  );
}
