/** A volunteer's buildings: the community's buildings as checkboxes; saving assigns them (updatePerson). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient } from '../../data';
import type { Person } from '../../domain/api/people';
import { CheckboxGroup } from '../../shared/ui/choice-group';
import { FormFailure } from '../../shared/ui/form-failure';
import { SubmitOrCancel } from '../../shared/ui/submit-or-cancel';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { peopleErrorKeys, personFieldOf } from './person-errors';
import type { CommunityPlaces } from './use-community-places';

export interface PersonBuildingsFormProps {
  person: Person;
  places: CommunityPlaces;
  onSaved: (person: Person) => void;
  onCancel: () => void;
}

export function PersonBuildingsForm({ person, places, onSaved, onCancel }: PersonBuildingsFormProps) {
  const { t } = useTranslation(['people', 'validation']);
  const client = useDataClient();
  const form = useFormSubmit({ fixKey: null, fieldOf: personFieldOf, codeKeys: peopleErrorKeys });
  const [buildingIds, setBuildingIds] = useState<string[]>(() => places.buildings.map((b) => b.id).filter((id) => person.buildingIds.includes(id)));
  const keys = form.fieldError('buildingIds');

  const submit = async () => {
    const result: { person?: Person } = {};
    const ok = await form.run(async () => {
      result.person = await client.updatePerson(person.id, { buildingIds });
    });
    if (ok && result.person) onSaved(result.person);
  };

  return (
    <form className="gw-person-buildings" onSubmit={form.handle(submit)} noValidate>
      <FormFailure form={form} ns="people" />
      <CheckboxGroup
        legend={t('people:editBuildingsTitle', { name: person.name })}
        choices={places.buildings.map((building) => ({ value: building.id, label: building.name }))}
        value={buildingIds}
        error={keys ? t(keys) : null}
        onChange={(next) => {
          setBuildingIds(next);
          form.clearField('buildingIds');
        }}
      />
      <SubmitOrCancel submitLabel={t('people:saveBuildings')} busyLabel={t('people:saving')} cancelLabel={t('people:cancel')} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
