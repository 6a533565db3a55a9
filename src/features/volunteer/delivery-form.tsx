/**
 * "Delivered": how (left at door or handed over, required), when (now unless changed) and a note.
 * Saved on this phone with the request marked delivered in one write (client.recordDelivery); it
 * reaches the server with the next sync.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, useSession } from '../../data';
import type { DeliveryOutcome } from '../../domain/entities/delivery';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { FormFailure } from '../../shared/ui/form-failure';
import { NotesField } from '../../shared/ui/notes-field';
import { SubmitOrCancel } from '../../shared/ui/submit-or-cancel';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';

// The entity module brings zod: the form names the outcomes itself (typed against the entity's).
const OUTCOMES: readonly DeliveryOutcome[] = ['left_at_door', 'handed_over'];

/** A date and time as a datetime-local input holds it (the phone's time zone), to the minute. */
export function toLocalInput(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

export interface DeliveryFormProps {
  helpRequestId: string;
  onSaved: () => void;
  onCancel: () => void;
}

export function DeliveryForm({ helpRequestId, onSaved, onCancel }: DeliveryFormProps) {
  const { t } = useTranslation(['volunteer', 'requests', 'validation']);
  const client = useDataClient();
  const { user } = useSession();
  const titleId = useId();
  const [outcome, setOutcome] = useState<DeliveryOutcome | ''>('');
  const [time, setTime] = useState(() => toLocalInput(new Date()));
  const [note, setNote] = useState('');
  const form = useFormSubmit({ fixKey: 'volunteer:deliver.fixErrors' });
  const error = (field: string) => {
    const keys = form.fieldError(field);
    return keys ? t(keys) : null;
  };

  async function save() {
    const at = new Date(time);
    const problems: Record<string, string[]> = {};
    if (outcome === '') problems.outcome = ['volunteer:deliver.outcomeRequired'];
    if (Number.isNaN(at.getTime())) problems.deliveredAt = ['validation:timestamp_invalid'];
    if (outcome === '' || Object.keys(problems).length > 0 || !user) {
      form.fail(['volunteer:deliver.fixErrors'], problems);
      return;
    }
    const saved = await form.run(() =>
      client.recordDelivery({
        helpRequestId,
        outcome,
        deliveredAt: at.toISOString(),
        ...(note.trim() === '' ? {} : { note: note.trim() }),
        volunteer: { id: user.id, name: user.displayName },
      }),
    );
    if (saved) onSaved();
  }

  return (
    <form className="gw-form gw-card" aria-labelledby={titleId} onSubmit={form.handle(save)} noValidate>
      <h2 id={titleId}>{t('volunteer:deliver.title')}</h2>
      <FormFailure form={form} ns="volunteer" />
      <ChoiceGroup<DeliveryOutcome | ''>
        legend={t('volunteer:deliver.outcome')}
        choices={OUTCOMES.map((value) => ({ value, label: t(`requests:outcome.${value}`) }))}
        value={outcome}
        onChange={(value) => {
          setOutcome(value);
          form.clearField('outcome');
        }}
        error={error('outcome')}
      />
      <TextField
        label={t('volunteer:deliver.time')}
        type="datetime-local"
        value={time}
        required
        onChange={(event) => {
          setTime(event.target.value);
          form.clearField('deliveredAt');
        }}
        error={error('deliveredAt')}
      />
      <NotesField label={t('volunteer:deliver.note')} name="note" value={note} onChange={setNote} error={error('note')} />
      <SubmitOrCancel
        submitLabel={t('volunteer:deliver.save')}
        busyLabel={t('volunteer:deliver.saving')}
        cancelLabel={t('volunteer:deliver.cancel')}
        busy={form.busy}
        onCancel={onCancel}
      />
    </form>
  );
}
