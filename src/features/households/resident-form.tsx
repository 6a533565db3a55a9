import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { writeFailureKeys } from '../../data/data-client';
import { validationKeys } from '../../shared/i18n/message-keys';
import { localDateOf } from '../../shared/local-date';
import { Banner } from '../../shared/ui/banner';
import { TextField } from '../../shared/ui/text-field';
import { useUnsavedInput } from '../../shared/ui/use-unsaved-input';
import { SubmitOrCancel } from '../../shared/ui/submit-or-cancel';
import { NotesField, SexField, TagsField } from './resident-choice-fields';
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
  const [errors, setErrors] = useState<Partial<Record<FieldName, string[]>>>({});
  const [failure, setFailure] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const { values } = state;
  useUnsavedInput(!saved && !sameValues(values, initial));

  function update(field: FieldName, next: typeof state) {
    setState(next);
    if (errors[field]) setErrors(({ [field]: _dropped, ...rest }) => rest);
  }

  const idError = visibleIdError(values.idNumber, idFocused);
  const contradiction = contradictions(values);
  const message = (field: FieldName): string | null => {
    const keys = errors[field];
    return keys ? t(keys) : null;
  };
  const idMessage = idError ? t(validationKeys(idError)) : message('idNumber');
  const birthDateMessage = contradiction.birthDate
    ? t('household:form.birthDateMismatch', { date: contradiction.birthDate })
    : message('birthDate');
  const sexMessage = contradiction.sex
    ? t('household:form.sexMismatch', { sex: t(`household:form.${contradiction.sex}`) })
    : message('sex');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    setIdFocused(false);
    if (visibleIdError(values.idNumber, false) || contradiction.birthDate || contradiction.sex) {
      setFailure(['household:form.fixErrors']);
      return;
    }
    setBusy(true);
    try {
      await save(values);
      setErrors({});
      setSaved(true);
      onSaved();
    } catch (error) {
      const { fields, banner } = writeFailureKeys(error, 'household:form.fixErrors');
      setErrors(fields);
      setFailure(banner);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="gw-form" onSubmit={(event) => void submit(event)} noValidate>
      {failure ? <Banner tone="error">{t(failure)}</Banner> : null}
      <TextField
        label={t('household:form.name')}
        name="name"
        autoComplete="off"
        value={values.name}
        onChange={(event) => update('name', { ...state, values: { ...values, name: event.target.value } })}
        error={message('name')}
      />
      <TextField
        label={t('household:form.idNumber')}
        name="idNumber"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={18}
        hint={t('household:form.idNumberHint')}
        value={values.idNumber}
        onFocus={() => setIdFocused(true)}
        onBlur={() => setIdFocused(false)}
        onChange={(event) => update('idNumber', withIdNumber(state, event.target.value))}
        error={idMessage}
      />
      <TextField
        label={t('household:form.phone')}
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="off"
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
        value={values.notes}
        onChange={(notes) => update('notes', { ...state, values: { ...values, notes } })}
        error={message('notes')}
      />
      <SubmitOrCancel
        submitLabel={t('household:form.save')}
        busyLabel={t('household:form.saving')}
        cancelLabel={t('common.cancel')}
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}
