/** The secretary's two sealing forms on a building's screen: seal it (start date, reason), lift the seal (a date). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient } from '../../data';
import { FormFailure } from '../../shared/ui/form-failure';
import { SubmitOrCancel } from '../../shared/ui/submit-or-cancel';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';

interface FormProps {
  today: string;
  onDone: () => void;
}

export function SealForm({ buildingId, today, onDone }: FormProps & { buildingId: string }) {
  const { t } = useTranslation(['sealing', 'validation']);
  const client = useDataClient();
  const form = useFormSubmit({ fixKey: 'sealing:fixErrors' });
  const [startDate, setStartDate] = useState(today);
  const [reason, setReason] = useState('');
  const error = (name: string) => {
    const keys = form.fieldError(name);
    return keys ? t(keys) : null;
  };
  const submit = async () => {
    if (await form.run(() => client.sealBuilding({ buildingId, startDate, reason }))) onDone();
  };
  return (
    <form className="gw-card gw-seal-form" onSubmit={form.handle(submit)} noValidate>
      <FormFailure form={form} ns="sealing" />
      <TextField
        label={t('sealing:startDate')}
        type="date"
        required
        value={startDate}
        error={error('startDate')}
        onChange={(event) => {
          setStartDate(event.target.value);
          form.clearField('startDate');
        }}
      />
      <TextField
        label={t('sealing:reason')}
        required
        value={reason}
        error={error('reason')}
        onChange={(event) => {
          setReason(event.target.value);
          form.clearField('reason');
        }}
      />
      <SubmitOrCancel submitLabel={t('sealing:sealBuilding')} busyLabel={t('sealing:saving')} cancelLabel={t('sealing:cancel')} busy={form.busy} onCancel={onDone} />
    </form>
  );
}

export function LiftForm({ sealPeriodId, startDate, today, onDone }: FormProps & { sealPeriodId: string; startDate: string }) {
  const { t } = useTranslation(['sealing', 'validation']);
  const client = useDataClient();
  const form = useFormSubmit({ fixKey: 'sealing:fixErrors' });
  const [liftedOn, setLiftedOn] = useState(today < startDate ? startDate : today);
  const keys = form.fieldError('liftedOn');
  const submit = async () => {
    if (await form.run(() => client.liftSeal({ sealPeriodId, liftedOn }))) onDone();
  };
  return (
    <form className="gw-card gw-seal-form" onSubmit={form.handle(submit)} noValidate>
      <FormFailure form={form} ns="sealing" />
      <TextField
        label={t('sealing:liftedOn')}
        type="date"
        required
        min={startDate}
        value={liftedOn}
        error={keys ? t(keys) : null}
        onChange={(event) => {
          setLiftedOn(event.target.value);
          form.clearField('liftedOn');
        }}
      />
      <SubmitOrCancel submitLabel={t('sealing:liftSeal')} busyLabel={t('sealing:saving')} cancelLabel={t('sealing:cancel')} busy={form.busy} onCancel={onDone} />
    </form>
  );
}
