import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeWriteFailure, type LocalRecord } from '../../data/data-client';
import { useDataClient } from '../../data/hooks/data-client-context';
import { FEVER_ACTIONS, type FeverAction } from '../../domain/entities/fever-report';
import type { Symptom } from '../../domain/fields';
import { checkTemperature } from '../../domain/temperature';
import { errorKeys, validationKeys } from '../../shared/i18n/message-keys';
import { localDateOf, parseIsoDate } from '../../shared/local-date';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { formatTemperature, readTemperature, TemperatureField } from '../../shared/ui/temperature-field';
import { TextField } from '../../shared/ui/text-field';
import { useUnsavedInput } from '../../shared/ui/use-unsaved-input';
import { textOf } from '../../shared/text-of';
import type { FeverPrefill } from './fever-flow';
import { SymptomCheckboxes } from './symptom-checkboxes';

export interface FeverReportFormProps {
  prefill: FeverPrefill;
  /** The registered resident the report is for; null for a direct report (name and phone typed). */
  resident: LocalRecord | null;
  onSaved: (reportId: string, name: string) => void;
}

type Field = 'name' | 'phone' | 'temperature' | 'symptoms' | 'onsetDate' | 'action';
type Errors = Partial<Record<Field | '_', string[]>>;

const FIELDS: readonly string[] = ['name', 'phone', 'temperature', 'symptoms', 'onsetDate', 'action'];

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
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  useUnsavedInput(!saved && (action !== '' || (resident === null && name.trim() !== '')));
  const personName = resident ? textOf(resident.name) : name.trim();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const problems: Partial<Record<Field, string>> = {
      name: personName === '' ? 'name_required' : undefined,
      temperature: temperatureProblem(temperature) ?? undefined,
      onsetDate: onsetProblem(onsetDate) ?? undefined,
      action: action === '' ? 'action_invalid' : undefined,
    };
    const found = Object.entries(problems).filter((entry): entry is [Field, string] => typeof entry[1] === 'string');
    if (found.length > 0) {
      setErrors(Object.fromEntries(found.map(([field, key]) => [field, validationKeys(key)])));
      setFailure(['visit:form.fixErrors']);
      return;
    }
    const data: Record<string, unknown> = {
      name: personName,
      temperature: readTemperature(temperature),
      symptoms,
      action,
      reportedAt: new Date().toISOString(),
    };
    if (prefill.householdId) data.householdId = prefill.householdId;
    if (resident) data.residentId = resident.id;
    if (!resident && phone.trim() !== '') data.phone = phone.trim();
    if (onsetDate !== '') data.onsetDate = onsetDate;
    setBusy(true);
    try {
      const id = await client.create('fever_report', data);
      setSaved(true);
      onSaved(id, personName);
    } catch (error) {
      const described = describeWriteFailure(error);
      if (described.kind === 'invalid') {
        const next: Errors = {};
        for (const [path, key] of Object.entries(described.fields)) {
          const field = path.split('.')[0] ?? path;
          next[(FIELDS.includes(field) ? field : '_') as Field | '_'] ??= validationKeys(key);
        }
        setErrors(next);
        setFailure(next._ ?? ['visit:form.fixErrors']);
      } else {
        setFailure(errorKeys(described.code));
      }
      setBusy(false);
    }
  }

  const message = (field: Field) => {
    const keys = errors[field];
    return keys ? t(keys) : null;
  };
  const actionChoices = FEVER_ACTIONS.map((value) => ({ value, label: t(`visit:action.${value}`) }));

  return (
    <form className="gw-form" onSubmit={(event) => void submit(event)} noValidate>
      {failure ? <Banner tone="error">{t(failure)}</Banner> : null}
      {resident ? (
        <dl className="gw-visit__facts">
          <dt>{t('visit:fever.person')}</dt>
          <dd className="gw-lead">{personName}</dd>
        </dl>
      ) : (
        <>
          {prefill.residentId ? <Banner tone="warning">{t('visit:fever.personMissing')}</Banner> : null}
          <TextField label={t('visit:fever.name')} name="name" autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} error={message('name')} />
          <TextField
            label={t('visit:fever.phone')}
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
            error={message('phone')}
          />
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
      <Button type="submit" block disabled={busy} busy={busy}>
        {busy ? t('visit:fever.submitting') : t('visit:fever.submit')}
      </Button>
    </form>
  );
}
