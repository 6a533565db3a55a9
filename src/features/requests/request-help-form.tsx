/**
 * "Request help" for a registered household, by a grid worker or the secretary (say, taking a call):
 * the kind, what is needed, "Urgent", the contact (one of the household's residents, or a name typed)
 * and a phone (the household's by default). Saved on this phone as an open request (the asker's own
 * word needs no confirmation); it syncs when online.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, useSession, type LocalRecord } from '../../data';
import { HELP_KINDS, type HelpKind } from '../../domain/entities/help-request';
import { askerOf } from '../../domain/requests/help-request-rules';
import { validationKeys } from '../../shared/i18n/message-keys';
import { Banner } from '../../shared/ui/banner';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { FormFailure } from '../../shared/ui/form-failure';
import { NotesField } from '../../shared/ui/notes-field';
import { PhoneField } from '../../shared/ui/phone-field';
import { SubmitOrCancel } from '../../shared/ui/submit-or-cancel';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { useUnsavedInput } from '../../shared/ui/use-unsaved-input';

type Field = 'kind' | 'needs' | 'urgent' | 'contactName' | 'contactPhone';
const FIELDS: readonly Field[] = ['kind', 'needs', 'urgent', 'contactName', 'contactPhone'];
/** The contact choice for a name typed in (resident ids are UUIDs: no clash). */
const SOMEONE_ELSE = 'someone-else';

export interface RequestHelpFormProps {
  household: LocalRecord<'household'>;
  /** The household's residents still living there, in the order to offer them. */
  residents: readonly LocalRecord<'resident'>[];
  onSaved: () => void;
  onCancel: () => void;
}

export function RequestHelpForm({ household, residents, onSaved, onCancel }: RequestHelpFormProps) {
  const { t } = useTranslation('requests');
  const client = useDataClient();
  const { user } = useSession();
  const [kind, setKind] = useState<HelpKind | ''>('');
  const [needs, setNeeds] = useState('');
  const [urgent, setUrgent] = useState(false);
  const [contact, setContact] = useState(residents[0]?.id ?? SOMEONE_ELSE);
  const [typedName, setTypedName] = useState('');
  const [phone, setPhone] = useState(household.phone ?? '');
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit({ fixKey: 'requests:help.fixErrors', shownFields: FIELDS });
  useUnsavedInput(!saved && (kind !== '' || needs.trim() !== ''));
  const asker = user ? askerOf(user.role) : null;

  if (asker === null) return <Banner tone="warning">{t('requests:help.notAllowed')}</Banner>;

  const contactName = contact === SOMEONE_ELSE ? typedName.trim() : (residents.find((resident) => resident.id === contact)?.name ?? '');

  async function submit() {
    const problems: Partial<Record<Field, string>> = {
      kind: kind === '' ? 'kind_invalid' : undefined,
      needs: needs.trim() === '' ? 'needs_required' : undefined,
    };
    const found = Object.entries(problems).filter((entry): entry is [Field, string] => typeof entry[1] === 'string');
    if (found.length > 0 || kind === '' || asker === null) {
      form.fail(['requests:help.fixErrors'], Object.fromEntries(found.map(([field, key]) => [field, validationKeys(key)])));
      return;
    }
    const stored = await form.run(() =>
      client.create('help_request', {
        buildingId: household.buildingId,
        householdId: household.id,
        unit: household.unit,
        room: household.room,
        kind,
        needs: needs.trim(),
        urgent,
        ...(contactName !== '' ? { contactName } : {}),
        contactPhone: phone.trim(),
        askedBy: asker,
        state: 'open',
      }),
    );
    if (!stored) return;
    setSaved(true);
    onSaved();
  }

  const message = (field: Field) => {
    const keys = form.fieldError(field);
    return keys ? t(keys) : null;
  };
  const kindChoices = HELP_KINDS.map((value) => ({ value, label: t(`requests:kind.${value}`) }));
  const contactChoices = [
    ...residents.map((resident) => ({ value: resident.id, label: resident.name })),
    { value: SOMEONE_ELSE, label: t('requests:help.someoneElse') },
  ];

  return (
    <form className="gw-form" onSubmit={form.handle(submit)} noValidate>
      <FormFailure form={form} ns="requests" />
      <ChoiceGroup<HelpKind | ''>
        legend={t('requests:help.kind')}
        choices={kindChoices}
        value={kind}
        onChange={(value) => {
          setKind(value);
          form.clearField('kind');
        }}
        error={message('kind')}
      />
      <NotesField
        label={t('requests:help.needs')}
        hint={t('requests:help.needsHint')}
        name="needs"
        value={needs}
        maxLength={300}
        onChange={(text) => {
          setNeeds(text);
          form.clearField('needs');
        }}
        error={message('needs')}
      />
      <label className="gw-choice">
        <input type="checkbox" className="gw-choice__input" name="urgent" checked={urgent} onChange={(event) => setUrgent(event.target.checked)} />
        <span>{t('requests:urgent')}</span>
      </label>
      <ChoiceGroup legend={t('requests:help.contact')} choices={contactChoices} value={contact} onChange={setContact} error={message('contactName')} />
      {contact === SOMEONE_ELSE ? (
        <TextField
          label={t('requests:help.contactName')}
          name="contactName"
          autoComplete="off"
          value={typedName}
          onChange={(event) => setTypedName(event.target.value)}
          error={message('contactName')}
        />
      ) : null}
      <PhoneField
        label={t('requests:help.contactPhone')}
        name="contactPhone"
        value={phone}
        onChange={(event) => {
          setPhone(event.target.value);
          form.clearField('contactPhone');
        }}
        error={message('contactPhone')}
      />
      <SubmitOrCancel
        submitLabel={t('requests:help.submit')}
        busyLabel={t('requests:help.submitting')}
        cancelLabel={t('requests:help.cancel')}
        busy={form.busy}
        onCancel={onCancel}
      />
    </form>
  );
}
