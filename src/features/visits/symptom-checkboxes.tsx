import { useTranslation } from 'react-i18next';
import { SYMPTOMS, type Symptom } from '../../domain/fields';

export interface SymptomCheckboxesProps {
  legend: string;
  value: readonly Symptom[];
  onChange: (symptoms: Symptom[]) => void;
}

/** The known symptoms as large checkboxes in a named group; the list keeps the form's order. */
export function SymptomCheckboxes({ legend, value, onChange }: SymptomCheckboxesProps) {
  const { t } = useTranslation('visit');
  function toggle(symptom: Symptom, checked: boolean) {
    onChange(SYMPTOMS.filter((s) => (s === symptom ? checked : value.includes(s))));
  }
  return (
    <fieldset className="gw-choices gw-visit__symptoms">
      <legend className="gw-choices__legend">{legend}</legend>
      {SYMPTOMS.map((symptom) => (
        <label key={symptom} className="gw-choice">
          <input
            type="checkbox"
            className="gw-choice__input"
            checked={value.includes(symptom)}
            onChange={(event) => toggle(symptom, event.target.checked)}
          />
          <span>{t(`visit:symptom.${symptom}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
