import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, type LocalRecord } from '../../data';
import { FEVER_ACTIONS, type FeverAction } from '../../domain/entities/fever-report';
import type { Symptom } from '../../domain/fields';
import { checkTemperature } from '../../domain/temperature';
import { validationKeys } from '../../shared/i18n/message-keys';
import { localDateOf, parseIsoDate } from '../../shared/local-date';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { FormFailure } from '../../shared/ui/form-failure';
import { PhoneField } from '../../shared/ui/phone-field';
import { formatTemperature, readTemperature, TemperatureField } from '../../shared/ui/temperature-field';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { useUnsavedInput } from '../../shared/ui/use-unsaved-input';
import type { FeverPrefill } from './fever-flow';
import { SymptomCheckboxes } from './symptom-checkboxes';

export interface FeverReportFormProps {
  prefill: FeverPrefill;
  /** The registered resident the report is for; null for a direct report (name and phone typed). */
  resident: LocalRecord<'resident'> | null;
  onSaved: (reportId: string, name: string) => void;
}

type Field = 'name' | 'phone' | 'temperature' | 'symptoms' | 'onsetDate' | 'action';

const FIELDS: readonly Field[] = ['name', 'phone', 'temperature', 'symptoms', 'onsetDate', 'action'];

function temperatureProblem(text: string): string | null {
  const value = readTemperature(text);
  if (value === null) return 'temperature_required';
  return Number.isNaN(value) ? 'temperature_range' : checkTemperature(value);
}

function onsetProblem(date: string): string | null {
  if (date === '') return null;
  if (!parseIsoDate(date)) return 'date_invalid';
  return date > localDateOf() ? 'date_in_future' : null;
}

/** Who, temperature, symptoms, onset date and the action the worker chose; "Submit report" stores it. */
export function FeverReportForm({ prefill, resident, onSaved }: FeverReportFormProps) {
  const { t } = useTranslation('visit');
  const client = useDataClient();
  const [name, setName] = useState(prefill.name ?? '');
  const [phone, setPhone] = useState(prefill.phone ?? '');
  const [temperature, setTemperature] = useState(prefill.temperature === null ? '' : formatTemperature(prefill.temperature));
  const [symptoms, setSymptoms] = useState<Symptom[]>(prefill.symptoms);
  const [onsetDate, setOnsetDate] = useState(() => localDateOf());
  const [action, setAction] = useState<FeverAction | ''>('');
  const form = useFormSubmit({ fixKey: 'visit:form.fixErrors', fieldOf: (path) => path.split('.')[0] ?? path, shownFields: FIELDS });
  const [saved, setSaved] = useState(false);
  useUnsavedInput(!saved && (action !== '' || (resident === null && name.trim() !== '')));
  const personName = resident ? resident.name : name.trim();

  async function submit() {
    const problems: Partial<Record<Field, string>> = {
      name: personName === '' ? 'name_required' : undefined,
      temperature: temperatureProblem(temperature) ?? undefined,
      onsetDate: onsetProblem(onsetDate) ?? undefined,
      action: action === '' ? 'action_invalid' : undefined,
    };
    const found = Object.entries(problems).filter((entry): entry is [Field, string] => typeof entry[1] === 'string');
    const value = readTemperature(temperature);
    if (found.length > 0 || value === null || action === '') {
      form.fail(['visit:form.fixErrors'], Object.fromEntries(found.map(([field, key]) => [field, validationKeys(key)])));
      return;
    }
    let id = '';
    const stored = await form.run(async () => {
      id = await client.create('fever_report', {
        name: personName,
        temperature: value,
        symptoms,
        action,
        reportedAt: new Date().toISOString(),
        householdId: prefill.householdId ?? undefined,
        monitoringCheckId: prefill.checkId ?? undefined,
        residentId: resident?.id,
        phone: !resident && phone.trim() !== '' ? phone.trim() : undefined,
        onsetDate: onsetDate === '' ? undefined : onsetDate,
      });
    });
    if (!stored) return;
    setSaved(true);
    onSaved(id, personName);
  }

  const message = (field: Field) => {
    const keys = form.fieldError(field);
    return keys ? t(keys) : null;
  };
  const actionChoices = FEVER_ACTIONS.map((value) => ({ value, label: t(`visit:action.${value}`) }));

  return (
    <form className="gw-form" onSubmit={form.handle(submit)} noValidate>
      <FormFailure form={form} />
      {resident ? (
        <dl className="gw-visit__facts">
          <dt>{t('visit:fever.person')}</dt>
          <dd className="gw-lead">{personName}</dd>
        </dl>
      ) : (
        <>
          {prefill.residentId ? <Banner tone="warning">{t('visit:fever.personMissing')}</Banner> : null}
          <TextField label={t('visit:fever.name')} name="name" autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} error={message('name')} />
          <PhoneField label={t('visit:fever.phone')} value={phone} onChange={(event) => setPhone(event.target.value)} error={message('phone')} />
        </>
      )}
      <TemperatureField
        label={t('visit:fever.temperature')}
        hint={t('visit:form.temperatureHint')}
        name="temperature"
        value={temperature}
        onChange={setTemperature}
        error={message('temperature')}
      />
      <SymptomCheckboxes legend={t('visit:fever.symptoms')} value={symptoms} onChange={setSymptoms} />
      {message('symptoms') ? <p className="gw-field__error">{message('symptoms')}</p> : null}
      <TextField
        label={t('visit:fever.onsetDate')}
        name="onsetDate"
        type="date"
        max={localDateOf()}
        value={onsetDate}
        onChange={(event) => setOnsetDate(event.target.value)}
        error={message('onsetDate')}
      />
      <ChoiceGroup<FeverAction | ''> legend={t('visit:action.legend')} choices={actionChoices} value={action} onChange={setAction} error={message('action')} />
      <Button type="submit" block disabled={form.busy} busy={form.busy}>
        {form.busy ? t('visit:fever.submitting') : t('visit:fever.submit')}
      </Button>
    </form>
  );
}
