import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, type LocalRecord } from '../../data';
import type { Patch } from '../../domain/entities/entity-record';
import { HOUSEHOLD_STATUSES, type Household } from '../../domain/entities/household';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { FormFailure } from '../../shared/ui/form-failure';
import { PhoneField } from '../../shared/ui/phone-field';
import { SubmitOrCancel } from '../../shared/ui/submit-or-cancel';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { useUnsavedInput } from '../../shared/ui/use-unsaved-input';

type Status = Household['status'];

/** "Edit household": occupancy and phone, patched (only what changed) in place on the household screen. */
export function HouseholdEditPanel({ household, onClose }: { household: LocalRecord<'household'>; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation('household');
  const client = useDataClient();
  const initialPhone = household.phone ?? '';
  const [status, setStatus] = useState<Status>(household.status);
  const [phone, setPhone] = useState(initialPhone);
  const form = useFormSubmit({ fixKey: 'household:edit.fixErrors' });
  const changes: Patch<'household'> = {};
  if (status !== household.status) changes.status = status;
  if (phone.trim() !== initialPhone.trim()) changes.phone = phone.trim() === '' ? null : phone.trim();
  const changed = Object.keys(changes).length > 0;
  useUnsavedInput(changed && !form.busy);
  const message = (field: string) => {
    const keys = form.fieldError(field);
    return keys ? t(keys) : null;
  };

  async function submit() {
    if (!changed) onClose(false);
    else if (await form.run(() => client.patch('household', household.id, changes))) onClose(true);
  }

  return (
    <form className="gw-form gw-card" onSubmit={form.handle(submit)} noValidate>
      <h2>{t('household:edit.title')}</h2>
      <FormFailure form={form} />
      <ChoiceGroup<Status>
        legend={t('household:edit.status')}
        choices={HOUSEHOLD_STATUSES.map((value) => ({ value, label: t(`household:${value}`) }))}
        value={status}
        onChange={setStatus}
        error={message('status')}
      />
      <PhoneField label={t('household:edit.phone')} value={phone} onChange={(event) => setPhone(event.target.value)} error={message('phone')} />
      <SubmitOrCancel
        submitLabel={t('household:edit.save')}
        busyLabel={t('household:edit.saving')}
        cancelLabel={t('common.cancel')}
        busy={form.busy}
        onCancel={() => onClose(false)}
      />
    </form>
  );
}
