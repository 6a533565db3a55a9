/**
 * "Add person": name, mobile (their username), role (volunteer or grid worker), a volunteer's
 * buildings or a grid worker's grid, and the last day the account works (14 days ahead by default).
 * Checked with the server's schema first; the server's field errors (and PHONE_IN_USE) show on the
 * fields. On success the caller shows the sign-in code.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, useDataClient } from '../../data';
import type { AddPersonResponse, PersonRole } from '../../domain/api/people';
import { addDays, localDateOf } from '../../shared/local-date';
import { ChoiceGroup, CheckboxGroup } from '../../shared/ui/choice-group';
import { FormFailure } from '../../shared/ui/form-failure';
import { PhoneField } from '../../shared/ui/phone-field';
import { SubmitOrCancel } from '../../shared/ui/submit-or-cancel';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { useUnsavedInput } from '../../shared/ui/use-unsaved-input';
import { checkAddPerson } from './check-person';
import { peopleErrorKeys, personFieldOf } from './person-errors';
import type { CommunityPlaces } from './use-community-places';

const ROLES: readonly PersonRole[] = ['volunteer', 'grid_worker'];
/** How long a new account works unless the secretary sets another end date. */
const DEFAULT_DAYS = 14;

export interface AddPersonFormProps {
  places: CommunityPlaces;
  onAdded: (added: AddPersonResponse) => void;
  onCancel: () => void;
}

export function AddPersonForm({ places, onAdded, onCancel }: AddPersonFormProps) {
  const { t } = useTranslation(['people', 'validation']);
  const client = useDataClient();
  const titleId = useId();
  const [phoneInUse, setPhoneInUse] = useState(false);
  const form = useFormSubmit({ fixKey: 'people:fixErrors', fieldOf: personFieldOf, codeKeys: peopleErrorKeys });
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [role, setRole] = useState<PersonRole>('volunteer');
  const [buildingIds, setBuildingIds] = useState<string[]>([]);
  const [gridId, setGridId] = useState('');
  const [endsOn, setEndsOn] = useState(() => addDays(localDateOf(), DEFAULT_DAYS));
  useUnsavedInput(name !== '' || phone !== '' || buildingIds.length > 0);

  const error = (field: string) => {
    const keys = form.fieldError(field);
    if (keys) return t(keys);
    return field === 'phone' && phoneInUse ? t('errors.PHONE_IN_USE') : null;
  };
  const changed = (field: string) => {
    form.clearField(field);
    if (field === 'phone') setPhoneInUse(false);
  };

  const submit = async () => {
    setPhoneInUse(false);
    const result: { added?: AddPersonResponse } = {};
    const ok = await form.run(async () => {
      const request = await checkAddPerson({
        name,
        phone,
        role,
        buildingIds: role === 'volunteer' ? buildingIds : [],
        gridIds: role === 'grid_worker' && gridId ? [gridId] : [],
        endsOn,
      });
      try {
        result.added = await client.addPerson(request);
      } catch (failure) {
        if (failure instanceof ApiError && failure.code === 'PHONE_IN_USE') setPhoneInUse(true);
        throw failure;
      }
    });
    if (ok && result.added) onAdded(result.added);
  };

  return (
    <form className="gw-card gw-form gw-person-form" onSubmit={form.handle(submit)} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{t('people:form.title')}</h2>
      <FormFailure form={form} ns="people" />
      <TextField
        label={t('people:form.name')}
        name="name"
        autoComplete="off"
        value={name}
        error={error('name')}
        onChange={(event) => {
          setName(event.target.value);
          changed('name');
        }}
      />
      <PhoneField
        label={t('people:form.phone')}
        hint={t('people:form.phoneHint')}
        value={phone}
        error={error('phone')}
        onChange={(event) => {
          setPhone(event.target.value);
          changed('phone');
        }}
      />
      <ChoiceGroup
        legend={t('people:form.role')}
        choices={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
        value={role}
        error={error('role')}
        onChange={(next) => {
          setRole(next);
          changed('role');
        }}
      />
      {role === 'volunteer' ? (
        places.buildings.length > 0 ? (
          <CheckboxGroup
            legend={t('people:form.buildings')}
            choices={places.buildings.map((building) => ({ value: building.id, label: building.name }))}
            value={buildingIds}
            error={error('buildingIds')}
            onChange={(next) => {
              setBuildingIds(next);
              changed('buildingIds');
            }}
          />
        ) : (
          <p className="gw-empty">{t('people:form.noBuildings')}</p>
        )
      ) : places.grids.length > 0 ? (
        <ChoiceGroup
          legend={t('people:form.grid')}
          choices={places.grids.map((grid) => ({ value: grid.id, label: grid.name }))}
          value={gridId}
          error={error('gridIds')}
          onChange={(next) => {
            setGridId(next);
            changed('gridIds');
          }}
        />
      ) : (
        <p className="gw-empty">{t('people:form.noGrids')}</p>
      )}
      <TextField
        label={t('people:form.endsOn')}
        hint={t('people:form.endsOnHint')}
        type="date"
        required
        value={endsOn}
        error={error('endsOn')}
        onChange={(event) => {
          setEndsOn(event.target.value);
          changed('endsOn');
        }}
      />
      <SubmitOrCancel submitLabel={t('people:form.save')} busyLabel={t('people:saving')} cancelLabel={t('people:cancel')} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
