import { useTranslation } from 'react-i18next';
import { SYMPTOMS, type Symptom } from '../../domain/fields';
import { CheckboxGroup } from '../../shared/ui/choice-group';

export interface SymptomCheckboxesProps {
  legend: string;
  value: readonly Symptom[];
  onChange: (symptoms: Symptom[]) => void;
}

/** The known symptoms as large checkboxes in a named group; the list keeps the form's order. */
export function SymptomCheckboxes({ legend, value, onChange }: SymptomCheckboxesProps) {
  const { t } = useTranslation('visit');
  const choices = SYMPTOMS.map((symptom) => ({ value: symptom, label: t(`visit:symptom.${symptom}`) }));
  return <CheckboxGroup<Symptom> legend={legend} choices={choices} value={value} onChange={onChange} className="gw-visit__symptoms" />;
}
