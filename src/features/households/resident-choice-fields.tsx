/** The resident form's sex radios and key-group checkboxes, each with its error beside it. */
import { useTranslation } from 'react-i18next';
import { RESIDENT_TAGS, type ResidentTag } from '../../domain/entities/resident';
import { CheckboxGroup, ChoiceGroup } from '../../shared/ui/choice-group';
import type { Sex } from './resident-form-model';

export function SexField({ value, onChange, error }: { value: Sex | ''; onChange: (sex: Sex) => void; error: string | null }) {
  const { t } = useTranslation('household');
  const choices = (['male', 'female'] as const).map((sex) => ({ value: sex, label: t(`household:form.${sex}`) }));
  return (
    <ChoiceGroup<Sex | ''>
      legend={t('household:form.sex')}
      choices={choices}
      value={value}
      onChange={(sex) => {
        if (sex !== '') onChange(sex);
      }}
      error={error}
      className="gw-choices--row"
    />
  );
}

export function TagsField({ value, onChange, error }: { value: readonly ResidentTag[]; onChange: (tags: ResidentTag[]) => void; error: string | null }) {
  const { t } = useTranslation('household');
  const choices = RESIDENT_TAGS.map((tag) => ({ value: tag, label: t(`household:tags.${tag}`) }));
  return <CheckboxGroup<ResidentTag> legend={t('household:form.tags')} choices={choices} value={value} onChange={onChange} error={error} />;
}
