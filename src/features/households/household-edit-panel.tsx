import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { writeFailureKeys, type LocalRecord } from '../../data/data-client';
import { useDataClient } from '../../data/hooks/data-client-context';
import { HOUSEHOLD_STATUSES, type Household } from '../../domain/entities/household';
import { Banner } from '../../shared/ui/banner';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { TextField } from '../../shared/ui/text-field';
import { useUnsavedInput } from '../../shared/ui/use-unsaved-input';
import { SubmitOrCancel } from '../../shared/ui/submit-or-cancel';

type Status = Household['status'];

/** "Edit household": occupancy and phone, patched (only what changed) in place on the household screen. */
export function HouseholdEditPanel({ household, onClose }: { household: LocalRecord; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation('household');
  const client = useDataClient();
  const initialStatus: Status = household.status === 'vacant' ? 'vacant' : 'occupied';
  const initialPhone = typeof household.phone === 'string' ? household.phone : '';
  const [status, setStatus] = useState<Status>(initialStatus);
  const [phone, setPhone] = useState(initialPhone);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [failure, setFailure] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const changes: Record<string, unknown> = {};
  if (status !== initialStatus) changes.status = status;
  if (phone.trim() !== initialPhone.trim()) changes.phone = phone.trim() === '' ? null : phone.trim();
  const changed = Object.keys(changes).length > 0;
  useUnsavedInput(changed && !busy);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!changed) {
      onClose(false);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await client.patch('household', household.id, changes);
      onClose(true);
    } catch (error) {
      const { fields, banner } = writeFailureKeys(error, 'household:edit.fixErrors');
      setErrors(fields);
      setFailure(banner);
      setBusy(false);
    }
  }

  return (
    <form className="gw-form gw-card" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('household:edit.title')}</h2>
      {failure ? <Banner tone="error">{t(failure)}</Banner> : null}
      <ChoiceGroup<Status>
        legend={t('household:edit.status')}
        choices={HOUSEHOLD_STATUSES.map((value) => ({ value, label: t(`household:${value}`) }))}
        value={status}
        onChange={setStatus}
        error={errors.status ? t(errors.status) : null}
      />
      <TextField
        label={t('household:edit.phone')}
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="off"
        value={phone}
        onChange={(event) => setPhone(event.target.value)}
        error={errors.phone ? t(errors.phone) : null}
      />
      <SubmitOrCancel
        submitLabel={t('household:edit.save')}
        busyLabel={t('household:edit.saving')}
        cancelLabel={t('common.cancel')}
        busy={busy}
        onCancel={() => onClose(false)}
      />
    </form>
  );
}
