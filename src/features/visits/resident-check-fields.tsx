import { useTranslation } from 'react-i18next';
import type { VisitCheck } from '../../domain/entities/visit';
import { isFever } from '../../domain/temperature';
import { DOOR_QUICK_TEMPERATURES, readTemperature, TemperatureField } from '../../shared/ui/temperature-field';
import { SymptomCheckboxes } from './symptom-checkboxes';

/** A resident's check as typed at the door (the temperature still text); both empty means "not at home". */
export type CheckEntry = Pick<VisitCheck, 'symptoms'> & { temperature: string };

export const EMPTY_ENTRY: CheckEntry = { temperature: '', symptoms: [] };

export function entryIsEmpty(entry: CheckEntry): boolean {
  return entry.temperature.trim() === '' && entry.symptoms.length === 0;
}

function entryShowsFever(entry: CheckEntry): boolean {
  const value = readTemperature(entry.temperature);
  return (value !== null && Number.isFinite(value) && isFever(value)) || entry.symptoms.includes('fever');
}

export interface ResidentCheckFieldsProps {
  name: string;
  entry: CheckEntry;
  onChange: (entry: CheckEntry) => void;
  /** The translated temperature error, if any. */
  error: string | null;
  /** Under home monitoring: "Home monitoring · Day <n> of 14" (this check is saved as their follow-up too). */
  monitoring?: string | undefined;
}

/** One resident's temperature (keypad and quick buttons) and symptoms. */
export function ResidentCheckFields({ name, entry, onChange, error, monitoring }: ResidentCheckFieldsProps) {
  const { t } = useTranslation('visit');
  return (
    <li className="gw-visit__resident">
      <p className="gw-visit__resident-name">{name}</p>
      {monitoring ? <p className="gw-visit__monitoring">{monitoring}</p> : null}
      <TemperatureField
        label={t('visit:form.temperatureFor', { name })}
        hint={t('visit:form.temperatureHint')}
        value={entry.temperature}
        onChange={(temperature) => onChange({ ...entry, temperature })}
        error={error}
        quickValues={DOOR_QUICK_TEMPERATURES}
        quickLabel={(value) => t('visit:form.quickFor', { value, name })}
      />
      <SymptomCheckboxes
        legend={t('visit:form.symptomsFor', { name })}
        value={entry.symptoms}
        onChange={(symptoms) => onChange({ ...entry, symptoms })}
      />
      {entryShowsFever(entry) ? (
        <p className="gw-visit__fever" role="status">
          {t('visit:form.feverNote')}
        </p>
      ) : null}
    </li>
  );
}
