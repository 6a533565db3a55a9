/** The resident form's sex radios, key-group checkboxes and notes box, each with its error beside it. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RESIDENT_TAGS, type ResidentTag } from '../../domain/entities/resident';
import { describedByIds, FieldShell } from '../../shared/ui/field-shell';
import type { Sex } from './resident-form-model';

function FieldsetError({ id, error }: { id: string; error: string | null }) {
  return error ? (
    <p id={id} className="gw-field__error">
      {error}
    </p>
  ) : null;
}

export function SexField({ value, onChange, error }: { value: Sex | ''; onChange: (sex: Sex) => void; error: string | null }) {
  const { t } = useTranslation('household');
  const name = useId();
  const errorId = `${name}-error`;
  const choices: readonly Sex[] = ['male', 'female'];
  return (
    <fieldset className="gw-choices gw-choices--row" aria-describedby={error ? errorId : undefined}>
      <legend className="gw-choices__legend">{t('household:form.sex')}</legend>
      {choices.map((choice) => (
        <label key={choice} className="gw-choice">
          <input
            type="radio"
            className="gw-choice__input"
            name={name}
            value={choice}
            checked={value === choice}
            onChange={() => onChange(choice)}
          />
          <span>{t(`household:form.${choice}`)}</span>
        </label>
      ))}
      <FieldsetError id={errorId} error={error} />
    </fieldset>
  );
}

export function TagsField({ value, onChange, error }: { value: readonly ResidentTag[]; onChange: (tags: ResidentTag[]) => void; error: string | null }) {
  const { t } = useTranslation('household');
  const id = useId();
  const errorId = `${id}-error`;
  function toggle(tag: ResidentTag, on: boolean) {
    // Kept in the register's order, so an unchanged set never looks like a change.
    onChange(RESIDENT_TAGS.filter((candidate) => (candidate === tag ? on : value.includes(candidate))));
  }
  return (
    <fieldset className="gw-choices" aria-describedby={error ? errorId : undefined}>
      <legend className="gw-choices__legend">{t('household:form.tags')}</legend>
      {RESIDENT_TAGS.map((tag) => (
        <label key={tag} className="gw-choice">
          <input
            type="checkbox"
            className="gw-choice__input"
            checked={value.includes(tag)}
            onChange={(event) => toggle(tag, event.target.checked)}
          />
          <span>{t(`household:tags.${tag}`)}</span>
        </label>
      ))}
      <FieldsetError id={errorId} error={error} />
    </fieldset>
  );
}

export function NotesField({ value, onChange, error }: { value: string; onChange: (notes: string) => void; error: string | null }) {
  const { t } = useTranslation('household');
  const id = useId();
  const { describedBy } = describedByIds(id, null, error);
  return (
    <FieldShell id={id} label={t('household:form.notes')} error={error}>
      <textarea
        id={id}
        className="gw-field__input gw-resident-notes"
        rows={3}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}
