import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validationKeys } from '../../shared/i18n/message-keys';
import { localDateOf } from '../../shared/local-date';
import { FormFailure } from '../../shared/ui/form-failure';
import { IdNumberField } from '../../shared/ui/id-number-field';
import { NotesField } from '../../shared/ui/notes-field';
import { PhoneField } from '../../shared/ui/phone-field';
import { SubmitOrCancel } from '../../shared/ui/submit-or-cancel';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { useUnsavedInput } from '../../shared/ui/use-unsaved-input';
import { SexField, TagsField } from './resident-choice-fields';
import {
  contradictions,
  EMPTY_RESIDENT,
  initialState,
  visibleIdError,
  withBirthDate,
  withIdNumber,
  withSex,
  type ResidentValues,
} from './resident-form-model';

type FieldName = keyof ResidentValues;

export interface ResidentFormProps {
  /** The stored resident's values when editing; empty for a new resident. */
  initial?: ResidentValues;
  /** Stores the values (create or patch); rejects with the data client's errors. */
  save: (values: ResidentValues) => Promise<void>;
  onSaved: () => void;
  onCancel: () => void;
}

function sameValues(a: ResidentValues, b: ResidentValues): boolean {
  return (Object.keys(a) as FieldName[]).every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

/**
 * A resident's details. The ID number is checked as it is typed (its error shows once all 18
 * characters are there, or when the field is left) and, when valid, fills in birth date and sex;
 * a birth date or sex that contradicts it is pointed out beside the field.
 */
export function ResidentForm({ initial = EMPTY_RESIDENT, save, onSaved, onCancel }: ResidentFormProps) {
  const { t } = useTranslation('household');
  const [state, setState] = useState(() => initialState(initial));
  const [idFocused, setIdFocused] = useState(false);
  const form = useFormSubmit({ fixKey: 'household:form.fixErrors' });
  const [saved, setSaved] = useState(false);
  const { values } = state;
  useUnsavedInput(!saved && !sameValues(values, initial));

  function update(field: FieldName, next: typeof state) {
    setState(next);
    form.clearField(field);
  }

  const idError = visibleIdError(values.idNumber, idFocused);
  const contradiction = contradictions(values);
  const message = (field: FieldName): string | null => {
    const keys = form.fieldError(field);
    return keys ? t(keys) : null;
  };
  const idMessage = idError ? t(validationKeys(idError)) : message('idNumber');
  const birthDateMessage = contradiction.birthDate
    ? t('household:form.birthDateMismatch', { date: contradiction.birthDate })
    : message('birthDate');
  const sexMessage = contradiction.sex
    ? t('household:form.sexMismatch', { sex: t(`household:form.${contradiction.sex}`) })
    : message('sex');

  async function submit() {
    setIdFocused(false);
    if (visibleIdError(values.idNumber, false) || contradiction.birthDate || contradiction.sex) {
      form.fail(['household:form.fixErrors']);
      return;
    }
    if (!(await form.run(() => save(values)))) return;
    setSaved(true);
    onSaved();
  }

  return (
    <form className="gw-form" onSubmit={form.handle(submit)} noValidate>
      <FormFailure form={form} />
      <TextField
        label={t('household:form.name')}
        name="name"
        autoComplete="off"
        value={values.name}
        onChange={(event) => update('name', { ...state, values: { ...values, name: event.target.value } })}
        error={message('name')}
      />
      <IdNumberField
        label={t('household:form.idNumber')}
        hint={t('household:form.idNumberHint')}
        value={values.idNumber}
        onFocus={() => setIdFocused(true)}
        onBlur={() => setIdFocused(false)}
        onChange={(event) => update('idNumber', withIdNumber(state, event.target.value))}
        error={idMessage}
      />
      <PhoneField
        label={t('household:form.phone')}
        value={values.phone}
        onChange={(event) => update('phone', { ...state, values: { ...values, phone: event.target.value } })}
        error={message('phone')}
      />
      <SexField value={values.sex} onChange={(sex) => update('sex', withSex(state, sex))} error={sexMessage} />
      <TextField
        label={t('household:form.birthDate')}
        name="birthDate"
        type="date"
        max={localDateOf()}
        value={values.birthDate}
        onChange={(event) => update('birthDate', withBirthDate(state, event.target.value))}
        error={birthDateMessage}
      />
      <TagsField
        value={values.tags}
        onChange={(tags) => update('tags', { ...state, values: { ...values, tags } })}
        error={message('tags')}
      />
      <NotesField
        label={t('household:form.notes')}
        value={values.notes}
        onChange={(notes) => update('notes', { ...state, values: { ...values, notes } })}
        error={message('notes')}
      />
      <SubmitOrCancel
        submitLabel={t('household:form.save')}
        busyLabel={t('household:form.saving')}
        cancelLabel={t('common.cancel')}
        busy={form.busy}
        onCancel={onCancel}
      />
    </form>
  );
}
