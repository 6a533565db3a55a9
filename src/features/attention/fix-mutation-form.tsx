import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, type OutboxEntry } from '../../data';
import { fieldErrorKeys } from '../../shared/i18n/message-keys';
import { FormFailure } from '../../shared/ui/form-failure';
import { SubmitOrCancel } from '../../shared/ui/submit-or-cancel';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { useUnsavedInput } from '../../shared/ui/use-unsaved-input';
import { describeWriteFailure } from '../../shared/write-failure';
import { applyEdits, fieldKind, getAtPath, parseInput, toInputValue, type FieldKind } from './mutation-fields';
import { fieldLabel } from './mutation-labels';

export interface FixMutationFormProps {
  entry: OutboxEntry;
  /** Field messages (validation keys) to show at first: the server's, or the local ones from a failed resend. */
  initialErrors: Record<string, string>;
  onCancel: () => void;
  onResent: () => void;
}

interface EditableField {
  path: string;
  kind: FieldKind;
}

function editableFields(entry: OutboxEntry, errorFields: Record<string, string>): EditableField[] {
  const fields: EditableField[] = [];
  for (const path of Object.keys(errorFields)) {
    const kind = fieldKind(path, getAtPath(entry.data, path));
    if (kind) fields.push({ path, kind });
  }
  return fields;
}

const INPUT_MODES: Record<FieldKind, 'text' | 'tel' | 'decimal' | 'numeric'> = {
  text: 'text',
  phone: 'tel',
  decimal: 'decimal',
  integer: 'numeric',
  list: 'text',
};

/** One input per field the rejection names, prefilled from the mutation; saving resends the corrected data. */
export function FixMutationForm({ entry, initialErrors, onCancel, onResent }: FixMutationFormProps) {
  const { t } = useTranslation('attention');
  const client = useDataClient();
  const [fields, setFields] = useState(() => editableFields(entry, initialErrors));
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map(({ path }) => [path, toInputValue(getAtPath(entry.data, path))])),
  );
  const [saved, setSaved] = useState(false);
  // Edited and not yet resent: a reload (new version) asks before discarding it.
  useUnsavedInput(!saved && Object.entries(values).some(([path, value]) => value !== toInputValue(getAtPath(entry.data, path))));
  const form = useFormSubmit({ fixKey: 'attention:fixInvalid', initialFields: fieldErrorKeys(initialErrors) });

  async function submit() {
    const edits: { path: string; value: unknown; empty: boolean }[] = [];
    const parseErrors: Record<string, string[]> = {};
    for (const { path, kind } of fields) {
      const parsed = parseInput(values[path] ?? '', kind);
      if (parsed.ok) edits.push({ path, value: parsed.value, empty: parsed.empty });
      else parseErrors[path] = ['attention:numberExpected'];
    }
    if (Object.keys(parseErrors).length > 0) {
      form.fail([], parseErrors);
      return;
    }
    const fixed = applyEdits(entry.data, edits, entry.op);
    const resent = await form.run(async () => {
      try {
        await client.resend(entry.mutationId, fixed);
      } catch (error) {
        // Fields the resend found wrong that the form does not show yet get an input too.
        const failure = describeWriteFailure(error);
        if (failure.kind === 'invalid') {
          const known = new Set(fields.map((field) => field.path));
          const added = editableFields({ ...entry, data: fixed }, failure.fields).filter((field) => !known.has(field.path));
          if (added.length > 0) {
            setFields([...fields, ...added]);
            setValues({ ...values, ...Object.fromEntries(added.map(({ path }) => [path, toInputValue(getAtPath(fixed, path))])) });
          }
        }
        throw error;
      }
    });
    if (!resent) return;
    setSaved(true);
    onResent();
  }

  const shown = new Set(fields.map((field) => field.path));
  const otherErrors = Object.entries(form.fieldErrors).filter(([path]) => !shown.has(path));

  return (
    <form className="gw-form gw-fix" onSubmit={form.handle(submit)} noValidate>
      <h3 className="gw-fix__title">{t('attention:fixTitle')}</h3>
      <FormFailure form={form} />
      {otherErrors.length > 0 ? (
        <ul className="gw-field-errors">
          {otherErrors.map(([path, keys]) => (
            <li key={path}>
              {fieldLabel(t, path)}: {t(keys)}
            </li>
          ))}
        </ul>
      ) : null}
      {fields.map(({ path, kind }) => (
        <TextField
          key={path}
          label={fieldLabel(t, path)}
          name={path}
          type={kind === 'phone' ? 'tel' : 'text'}
          inputMode={INPUT_MODES[kind]}
          autoCapitalize={path.endsWith('idNumber') ? 'characters' : undefined}
          value={values[path] ?? ''}
          onChange={(event) => setValues({ ...values, [path]: event.target.value })}
          error={form.fieldErrors[path] ? t(form.fieldErrors[path]) : null}
          hint={kind === 'list' ? t('attention:listHint') : undefined}
        />
      ))}
      <p className="gw-hint">{t('attention:emptyMeansClear')}</p>
      <SubmitOrCancel submitLabel={t('attention:saveAndResend')} cancelLabel={t('common.cancel')} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
