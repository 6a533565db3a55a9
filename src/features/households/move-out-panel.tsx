import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, type LocalRecord } from '../../data';
import type { Patch } from '../../domain/entities/entity-record';
import { localDateOf } from '../../shared/local-date';
import { Button } from '../../shared/ui/button';
import { ConfirmPanel } from '../../shared/ui/confirm-panel';
import { FormFailure } from '../../shared/ui/form-failure';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';

/**
 * Moving a resident out (asks for the date, today by default) or back in. The record stays in the
 * register either way; only movedOutOn changes.
 */
export function MoveOutPanel({ resident, onDone }: { resident: LocalRecord<'resident'>; onDone: () => void }) {
  const { t } = useTranslation('household');
  const client = useDataClient();
  const [asking, setAsking] = useState(false);
  const [date, setDate] = useState(() => localDateOf());
  const form = useFormSubmit({ fixKey: 'household:form.fixErrors' });
  const { name, movedOutOn } = resident;
  const busy = form.busy;
  const dateError = form.fieldError('movedOutOn');

  async function write(changes: Patch<'resident'>) {
    if (await form.run(() => client.patch('resident', resident.id, changes))) onDone();
  }

  return (
    <section className="gw-section">
      {dateError ? null : <FormFailure form={form} />}
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
              form.reset();
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
